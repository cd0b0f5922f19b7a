"""Resume text into a bank fragment with an AI engine, the offline parse as the fallback.

The model fills a flat schema (small local models handle one level of lists well) through the
`parse_resume` prompt. Its reply is checked, not trusted: dates are re-read into ISO, empty jobs are
dropped, and a bullet or skill that is not in the resume text keeps a low confidence so the preview
flags it. When the engine fails, or replies with nothing useful where the offline parser found
jobs, the offline result is returned with a warning: an AI problem never breaks an import.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from resume_core.engines.base import Engine, ExtractRequest
from resume_core.errors import EngineError
from resume_core.importing.dates import parse_date
from resume_core.importing.parse_text import parse_resume_text
from resume_core.importing.result import ImportResult
from resume_core.importing.skills import attach_listed_skills, find_skills, normalise
from resume_core.bank.model import Accomplishment, Bank, Certificate, Education, Job, Person, Position, Project, Skill, new_id

MAX_PROMPT_CHARS = 24_000  # about 6k tokens: longer resumes are cut, the offline parse still sees all


class _Flat(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ParsedJob(_Flat):
    company: str = ""
    title: str = ""
    location: str = ""
    start: str = Field("", description="YYYY-MM or YYYY")
    end: str = Field("", description="YYYY-MM or YYYY; empty for present")
    bullets: list[str] = Field(default_factory=list)


class ParsedEducation(_Flat):
    institution: str = ""
    degree: str = ""
    area: str = ""
    end: str = ""


class ParsedProject(_Flat):
    name: str = ""
    description: str = ""
    bullets: list[str] = Field(default_factory=list)


class ParsedResume(_Flat):
    """What the `parse_resume` prompt asks the model for."""

    name: str = ""
    email: str = ""
    phone: str = ""
    location: str = ""
    summary: str = ""
    jobs: list[ParsedJob] = Field(default_factory=list)
    education: list[ParsedEducation] = Field(default_factory=list)
    projects: list[ParsedProject] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)
    certifications: list[str] = Field(default_factory=list)


def to_parsed(result: ImportResult) -> ParsedResume:
    """The offline parse in the model's schema (the offline engine's answer)."""
    bank = result.bank
    return ParsedResume(
        name=bank.person.name, email=bank.person.email, phone=bank.person.phone, location=bank.person.location,
        summary=bank.person.summary,
        jobs=[ParsedJob(company=j.name, title=j.positions[0].title if j.positions else "", location=j.location,
                        start=j.start_date, end=j.end_date, bullets=[a.text for a in j.accomplishments]) for j in bank.jobs],
        education=[ParsedEducation(institution=e.institution, degree=e.study_type, area=e.area, end=e.end_date)
                   for e in bank.education],
        projects=[ParsedProject(name=p.name, description=p.description, bullets=[a.text for a in p.accomplishments])
                  for p in bank.projects],
        skills=list(dict.fromkeys(s.name for o in bank.owners() for s in o.skills)),
        certifications=[c.name for c in bank.certificates],
    )


def _iso(value: str, *, is_end: bool = False) -> str:
    value = value.strip()
    if re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2]))?", value):
        return value
    return parse_date(value, is_end=is_end)


def build_bank(parsed: ParsedResume, text: str) -> tuple[Bank, dict[str, dict[str, float]]]:
    """A bank from the model's reply; what the resume text does not contain gets a low confidence."""
    source = " " + normalise(text) + " "
    taken: set[str] = set()
    confidence: dict[str, dict[str, float]] = {}

    def fresh(kind: str) -> str:
        value = new_id(kind, taken)
        taken.add(value)
        return value

    def grounded(value: str) -> float:
        return 0.85 if normalise(value) and normalise(value) in source else 0.4

    def items(bullets: list[str]) -> list[Accomplishment]:
        out = []
        for bullet in dict.fromkeys(b.strip() for b in bullets if b.strip()):
            item = Accomplishment(id=fresh("accomplishment"), text=bullet)
            confidence[item.id] = {"text": grounded(bullet)}
            out.append(item)
        return out

    bank = Bank(person=Person(name=parsed.name.strip(), email=parsed.email.strip(), phone=parsed.phone.strip(),
                              location=parsed.location.strip(), summary=parsed.summary.strip()))
    for job in parsed.jobs:
        company = job.company.strip() or job.title.strip()
        if not company:
            continue
        item = Job(id=fresh("job"), name=company, location=job.location.strip(),
                   positions=[Position(title=job.title.strip() or "Untitled role", start_date=_iso(job.start),
                                       end_date=_iso(job.end, is_end=True))],
                   accomplishments=items(job.bullets))
        confidence[item.id] = {"company": grounded(company), "title": grounded(job.title) if job.title else 0.2,
                               "dates": 0.8 if item.start_date else 0.3}
        bank.jobs.append(item)
    for project in parsed.projects:
        if project.name.strip():
            bank.projects.append(Project(id=fresh("project"), name=project.name.strip(),
                                         description=project.description.strip(), accomplishments=items(project.bullets)))
    for entry in parsed.education:
        if entry.institution.strip() or entry.degree.strip():
            school = Education(id=fresh("education"), institution=entry.institution.strip() or entry.degree.strip(),
                               study_type=entry.degree.strip(), area=entry.area.strip(), end_date=_iso(entry.end, is_end=True))
            confidence[school.id] = {"institution": grounded(school.institution)}
            bank.education.append(school)
    for name in dict.fromkeys(c.strip() for c in parsed.certifications if c.strip()):
        bank.certificates.append(Certificate(id=fresh("certificate"), name=name))
    for owner in bank.owners():
        body = " ".join(a.text for a in owner.accomplishments)
        owner.skills = [Skill(id=fresh("skill"), name=n, category=c) for n, c in find_skills(body)]
    flagged = attach_listed_skills(bank, [(s.strip(), "") for s in parsed.skills if s.strip()], taken)
    for skill_id, value in flagged.items():
        confidence[skill_id] = {"name": value}
    return bank, confidence


def parse_with_engine(text: str, engine: Engine, *, source: str = "", kind: str = "text") -> ImportResult:
    """Ask `engine` for the structured resume; fall back to the offline parse on any failure."""
    offline = parse_resume_text(text, source=source, kind=kind)
    request = ExtractRequest(prompt="parse_resume", variables={"resume": text[:MAX_PROMPT_CHARS]},
                             schema=ParsedResume, offline=lambda: to_parsed(offline))
    try:
        parsed = engine.extract(request)
        bank, confidence = build_bank(parsed, text)
    except (EngineError, ValidationError) as exc:
        reason = exc.message if isinstance(exc, EngineError) else "the reply did not fit the resume format"
        offline.warnings.append(f"The AI engine could not parse this resume ({reason}); showing the offline parse.")
        return offline
    if offline.bank.jobs and not bank.jobs:
        offline.warnings.append("The AI engine found no jobs in this resume; showing the offline parse instead.")
        return offline
    if len(text) > MAX_PROMPT_CHARS:
        offline_only = len(offline.bank.jobs) - len(bank.jobs)
        note = f" ({offline_only} more jobs in the offline parse)" if offline_only > 0 else ""
        warnings = [f"The resume is long; the AI engine read its first {MAX_PROMPT_CHARS:,} characters{note}."]
    else:
        warnings = []
    return ImportResult(bank=bank, confidence=confidence, warnings=warnings, source=source, kind=kind, method="llm")
