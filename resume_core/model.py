"""The domain types of Target Practice, as strict pydantic values.

A `Bank` is the user's Big Resume: a person, jobs, projects, education and the rest, where every
skill, accomplishment, anecdote, job and project carries a stable id. A `Posting` is a saved job
posting with its analysed requirements. A `TailoredResume` is a one-page selection of bank text
for one posting, every line traced back to the bank item it came from.

Python fields are snake_case; their aliases (used in XML and JSON) are the camelCase names of JSON
Resume where the two overlap (`startDate`, `studyType`, ...). Identity is the id, never the position
in a list, so items can be added, removed and reordered without breaking references.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timezone
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator
from pydantic.alias_generators import to_camel

SCHEMA_VERSION = 3
"""Version of the Big Resume XML written by this code (see `migrations.py`)."""

_ISO_DATE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$")
# \Z, not $: "$" also accepts a trailing newline, and ids become file names.
_ID = re.compile(r"\A[a-z][a-z0-9]*(-[a-z0-9]+)+\Z")


def _check_date(value: str) -> str:
    value = value.strip()
    if not _ISO_DATE.match(value):
        raise ValueError(
            f"{value!r} is not an ISO date: write 2021, 2021-03 or 2021-03-15, or leave it empty for 'present'"
        )
    return value


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(
            f"{value!r} is not a valid id: use a lowercase prefix and a suffix, like 'acc-3f9a1b2c'"
        )
    return value


IsoDate = Annotated[str, AfterValidator(_check_date)]
"""`2021`, `2021-03`, `2021-03-15`, or empty (for an end date: "present")."""

ItemId = Annotated[str, AfterValidator(_check_id)]
"""A stable id: a kind prefix and a random suffix, such as `job-1a2b3c4d`."""

ID_PREFIXES = {
    "job": "job",
    "project": "prj",
    "skill": "skl",
    "accomplishment": "acc",
    "anecdote": "anc",
    "education": "edu",
    "certificate": "crt",
    "award": "awd",
    "patent": "pat",
    "publication": "pub",
    "posting": "pst",
    "requirement": "req",
    "snapshot": "snp",
}


def new_id(kind: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh id for an item of `kind` (a key of `ID_PREFIXES`) that is not in `taken`."""
    prefix = ID_PREFIXES[kind]
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if candidate not in taken:
            return candidate


def now_iso() -> str:
    """The current UTC time as an ISO timestamp with seconds, the format of every timestamp here."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Strict(BaseModel):
    """Base of every domain type: unknown fields are errors, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        str_strip_whitespace=False,
    )


# --- the person -----------------------------------------------------------------------------


class Link(Strict):
    """A profile or web page (JSON Resume: basics.profiles)."""

    network: str = Field("", description="Site name, e.g. 'LinkedIn', 'GitHub' or 'Website'.")
    url: str = Field(description="Full address, e.g. 'https://github.com/ada'.")
    username: str = Field("", description="User name on that site, if any.")


class Person(Strict):
    """Who the Big Resume is about (JSON Resume: basics)."""

    name: str = Field("", description="Full name as it should appear on a resume.")
    label: str = Field("", description="Headline, e.g. 'Senior Platform Engineer'.")
    email: str = ""
    phone: str = ""
    location: str = Field("", description="City and region, e.g. 'Denver, CO'.")
    url: str = Field("", description="Personal website.")
    links: list[Link] = Field(default_factory=list)
    summary: str = Field(
        "", description="A long self-description in the person's own words; tailoring quotes from it."
    )


# --- items that live inside jobs and projects -----------------------------------------------


class Skill(Strict):
    """One skill, as the user names it; tailoring matches it through the skill vocabulary."""

    id: ItemId
    name: str = Field(min_length=1, description="The skill as the user writes it, e.g. 'Terraform'.")
    category: str = Field("", description="Optional grouping, e.g. 'Cloud' or 'Leadership'.")
    source_anecdote_id: str = Field("", description="Id of the anecdote it was suggested from, if any.")


class Accomplishment(Strict):
    """One resume bullet, written to be used verbatim."""

    id: ItemId
    text: str = Field(min_length=1, description="The bullet text, e.g. 'Cut deploy time from 40 to 6 minutes'.")
    source_anecdote_id: str = Field("", description="Id of the anecdote it was suggested from, if any.")


class Turn(Strict):
    """One turn of an interview transcript."""

    role: Literal["assistant", "user"]
    text: str
    at: str = Field("", description="ISO timestamp of the turn.")


class Anecdote(Strict):
    """An interview about a job or project: the full transcript and the summary the user edited."""

    id: ItemId
    title: str = Field("", description="A short name for the story, e.g. 'The 2022 billing migration'.")
    summary: str = Field("", description="The user's edited summary of the conversation.")
    transcript: list[Turn] = Field(default_factory=list)
    status: Literal["in_progress", "saved"] = Field(
        "saved", description="'in_progress' while the interview is still going; resumable later."
    )
    topic: str = Field("", description="What the interview was asked to probe, e.g. a posting gap.")
    posting_id: str = Field("", description="Id of the posting whose gaps it probes, if any; kept to resume it.")
    created: str = ""
    updated: str = ""


class Position(Strict):
    """One title held at a job, with its dates."""

    title: str = Field(min_length=1)
    start_date: IsoDate = ""
    end_date: IsoDate = Field("", description="Empty means 'present'.")


class Job(Strict):
    """An employer and everything done there (JSON Resume: work; `name` is the company)."""

    id: ItemId
    name: str = Field(min_length=1, description="Company or organisation name.")
    location: str = ""
    url: str = ""
    description: str = Field("", description="What the company does and what the role was about.")
    positions: list[Position] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    accomplishments: list[Accomplishment] = Field(default_factory=list)
    anecdotes: list[Anecdote] = Field(default_factory=list)

    @property
    def start_date(self) -> str:
        """Earliest position start, or ''."""
        starts = [p.start_date for p in self.positions if p.start_date]
        return min(starts) if starts else ""

    @property
    def end_date(self) -> str:
        """Latest position end; '' when any position is current."""
        if not self.positions or any(not p.end_date for p in self.positions):
            return ""
        return max(p.end_date for p in self.positions)


class Project(Strict):
    """A side, open-source or client project (JSON Resume: projects)."""

    id: ItemId
    name: str = Field(min_length=1)
    url: str = ""
    description: str = ""
    roles: list[str] = Field(default_factory=list, description="E.g. ['Maintainer'].")
    technologies: list[str] = Field(default_factory=list, description="JSON Resume: keywords.")
    start_date: IsoDate = ""
    end_date: IsoDate = ""
    skills: list[Skill] = Field(default_factory=list)
    accomplishments: list[Accomplishment] = Field(default_factory=list)
    anecdotes: list[Anecdote] = Field(default_factory=list)


# --- the rest of a resume -------------------------------------------------------------------


class Education(Strict):
    """JSON Resume: education."""

    id: ItemId
    institution: str = Field(min_length=1)
    url: str = ""
    area: str = Field("", description="Field of study, e.g. 'Computer Science'.")
    study_type: str = Field("", description="Degree, e.g. 'B.S.'.")
    start_date: IsoDate = ""
    end_date: IsoDate = ""
    score: str = ""
    courses: list[str] = Field(default_factory=list)


class Certificate(Strict):
    """JSON Resume: certificates."""

    id: ItemId
    name: str = Field(min_length=1)
    date: IsoDate = ""
    issuer: str = ""
    url: str = ""


class Award(Strict):
    """JSON Resume: awards."""

    id: ItemId
    title: str = Field(min_length=1)
    date: IsoDate = ""
    awarder: str = ""
    summary: str = ""


class Patent(Strict):
    """A patent (not in JSON Resume)."""

    id: ItemId
    title: str = Field(min_length=1)
    number: str = ""
    date: IsoDate = ""
    url: str = ""
    summary: str = ""


class Publication(Strict):
    """JSON Resume: publications."""

    id: ItemId
    name: str = Field(min_length=1)
    publisher: str = ""
    release_date: IsoDate = ""
    url: str = ""
    summary: str = ""


class Bank(Strict):
    """The Big Resume: everything true about the person, far more than one page."""

    schema_version: int = Field(SCHEMA_VERSION, description="Format version of the file it came from.")
    person: Person = Field(default_factory=Person)
    jobs: list[Job] = Field(default_factory=list, description="Most recent first.")
    projects: list[Project] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list, description=(
        "Skills of the person that belong to no job or project, e.g. a resume's skills list; tailoring "
        "may put them on the Skills line, never under a made-up job or project."))
    education: list[Education] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)
    awards: list[Award] = Field(default_factory=list)
    patents: list[Patent] = Field(default_factory=list)
    publications: list[Publication] = Field(default_factory=list)

    @model_validator(mode="after")
    def _ids_are_unique(self) -> Bank:
        seen: set[str] = set()
        dupes: list[str] = []
        for item_id in self.iter_ids():
            if item_id in seen:
                dupes.append(item_id)
            seen.add(item_id)
        if dupes:
            raise ValueError(
                f"ids must be unique, but these appear more than once: {', '.join(sorted(set(dupes)))}; "
                "give each item its own id"
            )
        return self

    def iter_ids(self):
        """Every id in the bank, in document order."""
        for group in (self.jobs, self.projects):
            for owner in group:
                yield owner.id
                for item in (*owner.skills, *owner.accomplishments, *owner.anecdotes):
                    yield item.id  # type: ignore[attr-defined]  # each has an id; mypy joins them to Strict
        for section in (self.skills, self.education, self.certificates, self.awards, self.patents, self.publications):
            for entry in section:
                yield entry.id

    def ids(self) -> set[str]:
        return set(self.iter_ids())

    def new_id(self, kind: str) -> str:
        """A fresh id for a new item of `kind`, unique in this bank."""
        return new_id(kind, self.ids())

    def all_skills(self) -> list[Skill]:
        """Every skill: those of each job and project, then the person's own (`skills`)."""
        return [*(s for o in self.owners() for s in o.skills), *self.skills]

    def owners(self) -> list[Job | Project]:
        """Jobs then projects: everything that holds skills, accomplishments and anecdotes."""
        return [*self.jobs, *self.projects]

    def find_owner(self, owner_id: str) -> Job | Project | None:
        return next((o for o in self.owners() if o.id == owner_id), None)


# --- postings -------------------------------------------------------------------------------

RequirementKind = Literal["required", "preferred", "implied"]
PostingStatus = Literal["saved", "applied", "interviewing", "rejected", "offer"]
RequirementAspect = Literal[
    "skill", "years", "degree", "certification", "clearance", "travel", "work_mode", "location", "language", "other"
]


class Requirement(Strict):
    """One thing a posting asks for, explicitly or by implication."""

    id: ItemId
    text: str = Field(min_length=1, description="The requirement in words, e.g. '5+ years of Python'.")
    kind: RequirementKind
    skill: str = Field("", description="Canonical vocabulary skill it names, if it is one, e.g. 'Python'.")
    category: str = Field("", description="Vocabulary category of the skill, if any.")
    rationale: str = Field("", description="Why an implied requirement is implied (one line).")
    confidence: float = Field(1.0, ge=0.0, le=1.0)
    keep: bool = Field(True, description="False when the user removed it from consideration.")
    source: Literal["offline", "llm", "user"] = "offline"
    aspect: RequirementAspect = Field("skill", description=(
        "What sort of thing is asked: a skill, years of experience, a degree, a certification, a clearance, "
        "travel, work mode (remote/hybrid/on-site), location, a spoken language, or something else."))
    years_min: float | None = Field(None, ge=0, description="Minimum years asked, for 'years' requirements ('3+ years' -> 3).")
    alternatives_group: str = Field("", description=(
        "Requirements sharing a non-empty group are alternatives ('Istio or Linkerd'): any one of them meets it."))
    quote: str = Field("", description="The posting's sentence the requirement comes from, verbatim.")


class Posting(Strict):
    """A saved job posting and its analysis."""

    id: ItemId
    company: str = ""
    title: str = ""
    url: str = ""
    text: str = Field("", description="The posting as pasted or extracted; untrusted.")
    saved_at: str = Field("", description="ISO timestamp of when it was saved.")
    status: PostingStatus = "saved"
    notes: str = ""
    applied_date: str = Field("", description="YYYY-MM-DD the application was sent; '' when not yet.")
    next_step: str = Field("", description="What happens next and when, e.g. 'Phone screen 12 Dec'.")
    seniority: str = ""
    years_experience: str = Field("", description="E.g. '5+' as the posting states it.")
    degree: str = ""
    location: str = ""
    remote: str = Field("", description="'remote', 'hybrid', 'onsite' or ''.")
    summary: str = Field("", description="One-paragraph role summary.")
    analyzed_at: str = ""
    requirements: list[Requirement] = Field(default_factory=list)


# --- tailored resumes -----------------------------------------------------------------------

Provenance = Literal["bank", "edited", "user"]


class Line(Strict):
    """One line of a tailored resume (a bullet, a skill, the summary), traced to the bank."""

    item_id: str = Field("", description="Id of the bank item the text came from; '' for user text.")
    text: str
    provenance: Provenance = Field(
        "bank", description="'bank': verbatim bank text; 'edited': changed by the user; 'user': typed by the user."
    )
    score: float = Field(0.0, description="Tailoring value; the PDF fit loop drops the lowest first.")
    covers: list[str] = Field(default_factory=list, description="Ids of the requirements it serves.")


class Entry(Strict):
    """A job or project as it appears on a tailored resume."""

    source_id: str = Field(description="Id of the bank job or project.")
    kind: Literal["job", "project"] = "job"
    name: str = Field(description="Company or project name, verbatim.")
    location: str = ""
    url: str = ""
    positions: list[Position] = Field(default_factory=list, description="Titles and dates, verbatim.")
    start_date: IsoDate = ""
    end_date: IsoDate = ""
    bullets: list[Line] = Field(default_factory=list)
    collapsed: bool = Field(False, description="Shown as a title line only, without bullets.")


class TailoredResume(Strict):
    """A one-page resume for one posting, assembled from bank text."""

    posting_id: str = ""
    person: Person = Field(default_factory=Person, description="Contact details; summary is unused here.")
    summary: Line | None = None
    experience: list[Entry] = Field(default_factory=list)
    projects: list[Entry] = Field(default_factory=list)
    skills: list[Line] = Field(default_factory=list, description="Most relevant first.")
    education: list[Education] = Field(default_factory=list)
    certificates: list[Certificate] = Field(default_factory=list)

    def lines(self) -> list[Line]:
        """Every traced line: summary, bullets, skills."""
        out = [self.summary] if self.summary else []
        for entry in (*self.experience, *self.projects):
            out.extend(entry.bullets)
        return [*out, *self.skills]


class Snapshot(Strict):
    """A tailored resume saved with its full text, so later bank edits never change what was sent."""

    id: ItemId
    posting_id: str
    created: str
    template: str = ""
    note: str = ""
    resume: TailoredResume
