"""Small hand-written banks and postings for the scoring and tailoring tests (`from tailor_banks import ...`)."""

from __future__ import annotations

from resume_core.model import (
    Accomplishment,
    Bank,
    Certificate,
    Education,
    Job,
    Person,
    Position,
    Posting,
    Project,
    Requirement,
    Skill,
)

TODAY = "2026-11-25"


def acc(n: str, text: str) -> Accomplishment:
    return Accomplishment(id=f"acc-{n}", text=text)


def make_bank() -> Bank:
    return Bank(
        person=Person(
            name="Ada Example",
            label="Platform Engineer",
            email="ada@example.com",
            summary=(
                "Platform engineer who likes boring, reliable infrastructure. "
                "I have run Kubernetes clusters on AWS for eight years. "
                "Outside work I bake bread and coach a junior football team."
            ),
        ),
        jobs=[
            Job(
                id="job-north",
                name="Northwind",
                description="Logistics software for 300 warehouses.",
                positions=[Position(title="Senior Platform Engineer", start_date="2021-03")],
                skills=[
                    Skill(id="skl-k8s1", name="Kubernetes"),
                    Skill(id="skl-tf1", name="Terraform"),
                    Skill(id="skl-go1", name="Go"),
                ],
                accomplishments=[
                    acc("n1", "Migrated 40 services from VMs to Kubernetes on AWS EKS, cutting hosting cost 30%"),
                    acc("n2", "Wrote Terraform modules used by 12 teams to provision AWS accounts"),
                    acc("n3", "Cut deploy time from 40 to 6 minutes with a GitHub Actions pipeline"),
                    acc("n4", "Organised the office summer party for 80 people"),
                    acc("n5", "Built Prometheus and Grafana dashboards and on-call runbooks for 40 services"),
                ],
            ),
            Job(
                id="job-contoso",
                name="Contoso",
                positions=[
                    Position(title="DevOps Engineer", start_date="2017-01", end_date="2019-06"),
                    Position(title="Site Reliability Engineer", start_date="2019-07", end_date="2021-02"),
                ],
                skills=[Skill(id="skl-k8s2", name="kubernetes"), Skill(id="skl-py1", name="Python")],
                accomplishments=[
                    acc("c1", "Automated database backups with Python and cron, saving 5 hours a week"),
                    acc("c2", "Ran Kubernetes clusters serving 2 million requests a day"),
                    acc("c3", "Led incident reviews and reduced pages by 60%"),
                ],
            ),
            Job(
                id="job-old",
                name="Initech",
                positions=[Position(title="Support Technician", start_date="2005-01", end_date="2008-12")],
                accomplishments=[acc("o1", "Answered help desk tickets for 200 staff")],
            ),
        ],
        projects=[
            Project(
                id="prj-kite",
                name="kite",
                description="An open-source Terraform linter.",
                skills=[Skill(id="skl-tf2", name="Terraform")],
                accomplishments=[acc("p1", "Grew kite to 2,000 GitHub stars and 30 contributors")],
            )
        ],
        education=[Education(id="edu-uni", institution="State University", study_type="B.S.", area="Physics")],
        certificates=[
            Certificate(id="crt-cka", name="Certified Kubernetes Administrator", date="2022-05"),
            Certificate(id="crt-food", name="Food Hygiene Level 2", date="2015-01"),
        ],
    )


def req(n: str, text: str, kind: str = "required", skill: str = "") -> Requirement:
    return Requirement(id=f"req-{n}", text=text, kind=kind, skill=skill)


def make_posting(requirements: list[Requirement] | None = None) -> Posting:
    return Posting(
        id="pst-target",
        company="Acme",
        title="Platform Engineer",
        text="We want a platform engineer with Kubernetes, Terraform and AWS.",
        requirements=requirements
        if requirements is not None
        else [
            req("k8s", "Kubernetes in production", skill="Kubernetes"),
            req("tf", "Infrastructure as code with Terraform", skill="Terraform"),
            req("aws", "AWS", skill="Amazon Web Services"),
            req("cicd", "CI/CD pipelines", kind="preferred"),
            req("obs", "Monitoring with Prometheus and Grafana", kind="preferred"),
            req("rust", "Rust", kind="preferred", skill="Rust"),
            req("lead", "Mentoring engineers", kind="implied"),
        ],
    )
