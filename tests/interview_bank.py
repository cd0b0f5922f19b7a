"""A small Big Resume for interview and suggestion tests (importable: tests/ is on sys.path)."""

from __future__ import annotations

from resume_core.bank.model import Accomplishment, Bank, Job, Position, Posting, Project, Requirement, Skill, Turn


def transcript(*texts: str) -> list[Turn]:
    """Turns alternating interviewer, person, interviewer, ...: `transcript(question, answer, ...)`."""
    return [Turn(role="assistant" if i % 2 == 0 else "user", text=text) for i, text in enumerate(texts)]


def interview_bank() -> Bank:
    return Bank(
        jobs=[
            Job(
                id="job-acme0001",
                name="Acme",
                positions=[Position(title="Platform Engineer", start_date="2019", end_date="2023")],
                skills=[Skill(id="skl-acme0001", name="Terraform"), Skill(id="skl-acme0002", name="Python")],
                accomplishments=[
                    Accomplishment(id="acc-acme0001", text="Migrated the billing service to Kubernetes"),
                    Accomplishment(id="acc-acme0002", text="Wrote Python tooling that cut release time by 30%"),
                ],
            )
        ],
        projects=[Project(id="prj-side0001", name="Pantry Routes", roles=["Maintainer"])],
    )


def kafka_posting() -> Posting:
    return Posting(
        id="pst-kafka001",
        title="Data Engineer",
        company="Globex",
        requirements=[
            Requirement(id="req-kafka001", text="3+ years with Kafka", kind="required", skill="Kafka"),
            Requirement(id="req-kafka002", text="Terraform", kind="required", skill="Terraform"),
            Requirement(id="req-kafka003", text="Snowflake", kind="preferred", skill="Snowflake", keep=False),
        ],
    )
