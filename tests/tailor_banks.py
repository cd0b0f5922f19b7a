"""Small hand-written banks and postings for the scoring and tailoring tests (`from tailor_banks import ...`)."""

from __future__ import annotations

from resume_core.bank.model import (
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


OTHER_WORK = [
    "Rebuilt the nightly ETL in Airflow and dbt, cutting the run from 6 hours to 50 minutes and the morning "
    "reruns from three a week to none",
    "Moved 40 TB of event data from Hadoop to Snowflake with zero downtime for the reporting team, wrapping up "
    "three months early",
    "Mentored four junior engineers; two were promoted within a year",
    "Wrote the data contracts that let six product teams publish events without breaking the warehouse, with "
    "checks that run on every pull request",
    "Cut the monthly warehouse bill by 35% by clustering the ten largest tables and expiring stale snapshots",
    "Ran the weekly data office hours where analysts brought their slowest queries, and turned the ten most "
    "common fixes into a style guide",
]
OLDER_WORK = [
    "Wrote the Kafka ingestion service in Python that handles 20k events per second and replays a full day of "
    "events in under an hour",
    "Added data quality checks with Great Expectations, catching 30 bad loads before they reached finance",
    "Built Tableau dashboards for the sales team and trained twelve account managers to use them in their "
    "quarterly reviews with customers",
    "Automated a weekly Excel report with pandas, saving the finance team a day each month",
    "Moved the event pipeline from nightly batches to hourly micro-batches so dashboards showed the same day",
    "Documented every table of the warehouse in a catalogue the analysts still use, with owners, freshness "
    "targets and sample queries",
]
FIRST_WORK = [
    "Cleaned and joined three years of sales data in SQL for the annual pricing review",
    "Built a churn report in Python that the customer success team used every Monday to choose which accounts "
    "to call first",
    "Replaced a dozen hand-kept spreadsheets with one shared reporting database",
]


def small_bank() -> Bank:
    """A data engineer's bank with one bullet a platform posting cares about and much real work it does not."""
    accs = [Accomplishment(id="acc-k8s", text="Ran the team's Airflow workers on Kubernetes on AWS")]
    accs += [Accomplishment(id=f"acc-w{n}", text=t) for n, t in enumerate(OTHER_WORK)]
    return Bank(
        person=Person(name="Jordan Example", summary="Data engineer who turns slow pipelines into reliable ones."),
        jobs=[
            Job(id="job-now", name="Northwind Analytics", accomplishments=accs,
                positions=[Position(title="Senior Data Engineer", start_date="2020-01")]),
            Job(id="job-before", name="Blue Mesa",
                accomplishments=[Accomplishment(id=f"acc-o{n}", text=t) for n, t in enumerate(OLDER_WORK)],
                positions=[Position(title="Data Engineer", start_date="2018-03", end_date="2019-12")]),
            Job(id="job-first", name="Acme",
                accomplishments=[Accomplishment(id=f"acc-f{n}", text=t) for n, t in enumerate(FIRST_WORK)],
                skills=[Skill(id=f"skl-{n}", name=t) for n, t in enumerate(("SQL", "Python", "Airflow", "dbt", "Snowflake"))],
                positions=[Position(title="Data Analyst", start_date="2016-06", end_date="2018-02")]),
            Job(id="job-intern", name="Initech",
                accomplishments=[Accomplishment(id="acc-i0", text="Cleaned survey data in R for a regional "
                                                "health study and wrote the methods section of its report")],
                positions=[Position(title="Research Intern", start_date="2015-06", end_date="2015-09")]),
        ],
        education=[Education(id="edu-1", institution="University of Colorado Boulder", area="Computer Science",
                             study_type="B.S.", end_date="2016")],
    )
