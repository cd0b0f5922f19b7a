"""The domain types of Target Practice, as strict pydantic values.

A `Bank` is the user's Big Resume: a person, jobs, projects, education and the rest, where every
skill, accomplishment, anecdote, job and project carries a stable id. A `Posting` is a saved job
posting with its analysed requirements. A `TailoredResume` is a one-page selection of bank text
for one posting, every line traced back to the bank item it came from.

Python fields are snake_case; their aliases (used in XML and JSON) are the camelCase names of JSON
Resume where the two overlap (`startDate`, `studyType`, ...). Identity is the id, never the position
in a list, so items can be added, removed and reordered without breaking references.

The types live in three modules behind this one: `model_base` (the strict base, ids, dates),
`model_items` (the parts of a Big Resume) and `model_posting` (postings, tailored resumes, snapshots);
the `Bank` that holds the parts is here. Import any of them from `resume_core.bank.model`.
"""

from __future__ import annotations

from pydantic import Field, model_validator

from resume_core.bank.model_base import (
    ID_PREFIXES,
    SCHEMA_VERSION,
    IsoDate,
    ItemId,
    Strict,
    new_id,
    now_iso,
)
from resume_core.bank.model_items import (
    Accomplishment,
    Anecdote,
    Award,
    Certificate,
    Education,
    Job,
    Link,
    Patent,
    Person,
    Position,
    Project,
    Publication,
    Skill,
    Turn,
)
from resume_core.bank.model_posting import (
    Entry,
    Line,
    Posting,
    PostingStatus,
    Provenance,
    Requirement,
    RequirementAspect,
    RequirementKind,
    Snapshot,
    TailoredResume,
)

__all__ = [
    "ID_PREFIXES", "SCHEMA_VERSION", "Accomplishment", "Anecdote", "Award", "Bank", "Certificate", "Education",
    "Entry", "IsoDate", "ItemId", "Job", "Line", "Link", "Patent", "Person", "Position", "Posting", "PostingStatus",
    "Project", "Provenance", "Publication", "Requirement", "RequirementAspect", "RequirementKind", "Skill",
    "Snapshot", "Strict", "TailoredResume", "Turn", "new_id", "now_iso",
]


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
