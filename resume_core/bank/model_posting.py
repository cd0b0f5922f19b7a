"""What is made for a job posting: the posting and its requirements, the tailored resume (entries and
lines traced to the bank) and the snapshot that keeps what was sent.

Re-exported by `resume_core.bank.model`, which is where callers import them from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from resume_core.bank.model_base import IsoDate, ItemId, Strict
from resume_core.bank.model_items import Certificate, Education, Person, Position

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
