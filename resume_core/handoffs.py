"""What the app's actions return and what one page hands another, as typed values.

A save answers `Saved`, `Conflict` (the file changed since it was loaded; the edit is kept) or
`Refused` (too big to read back; nothing saved). The Tailor page hands the Export page a
`TailorHandoff` (the resume under review and whether the user changed it); any page asks the
Interview page for an interview with an `InterviewRequest`. A tailored draft kept in the store says
whether it was reviewed through `is_reviewed_draft`, never by comparing a note by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from resume_core.errors import BankFileError, ConflictError
from resume_core.bank.model import Bank, Posting, Snapshot, TailoredResume, now_iso

if TYPE_CHECKING:
    from resume_core.tailoring.pipeline import TailorResult

REVIEWED_NOTE = "reviewed"  # a draft the user changed: tailoring again would throw their work away
TAILORED_NOTE = "tailored"  # a draft as the selection made it
DRAFT_ID = "snp-draft"


@dataclass(frozen=True)
class Saved:
    """The bank (or posting) was written. `version` is its new token; `changed` names the items whose
    saved text changed (`field_names` names; '' means every item), so the UI redraws only those."""

    version: str
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """Not saved: someone changed the file since it was loaded. The edit is kept in the workspace."""

    error: ConflictError

    @property
    def message(self) -> str:
        return self.error.message


@dataclass(frozen=True)
class Refused:
    """Not saved: the store refused it (a bank too big to read back). Nothing changed."""

    error: BankFileError


SaveResult = Saved | Conflict | Refused


@dataclass(frozen=True)
class Analyzed:
    """A posting analysed: the posting with its requirements, whether it was saved, and the analysis'
    warnings to show beside it."""

    posting: Posting
    outcome: Saved | Conflict
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeptEdit:
    """An edit that could not be saved because of a conflict, kept until saved over the newer file or
    discarded. `tables` names the table editors whose edits it holds; `conflicted` is False once the
    newer file was loaded (reload) and the edit is merely still kept."""

    bank: Bank
    message: str
    tables: tuple[str, ...] = ()
    conflicted: bool = True


@dataclass(frozen=True)
class Reloaded:
    """The bank read again from the store; `changed` names the items whose fields must be redrawn."""

    bank: Bank
    changed: tuple[str, ...] = field(default=())


class Handoff(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TailorHandoff(Handoff):
    """The resume on the Tailor page, which the Export page exports first."""

    resume: TailoredResume
    reviewed: bool = Field(False, description="The user changed it (tailoring again asks first).")

    @property
    def posting_id(self) -> str:
        return self.resume.posting_id


@dataclass(frozen=True)
class Draft:
    """A fresh tailoring: the whole result (coverage, gaps, why not) with its resume and warnings."""

    result: TailorResult

    @property
    def resume(self) -> TailoredResume:
        return self.result.resume

    @property
    def flags(self) -> list[str]:
        return self.result.flags


class InterviewRequest(Handoff):
    """'Interview me about this' from another page: the job or project, a topic, and for a posting's
    gap the posting (None keeps the Interview page's own posting choice)."""

    owner_id: str
    topic: str = ""
    posting_id: str | None = None


def is_reviewed_draft(draft: Snapshot) -> bool:
    """Whether a kept draft holds the user's review (edits, moves, exclusions)."""
    return draft.note == REVIEWED_NOTE


def build_draft(resume: TailoredResume, template: str, *, reviewed: bool) -> Snapshot:
    """The draft the store keeps for the resume's posting, so a reload finds it again."""
    return Snapshot(id=DRAFT_ID, posting_id=resume.posting_id, created=now_iso(), template=template,
                    note=REVIEWED_NOTE if reviewed else TAILORED_NOTE, resume=resume)


def posting_label(posting: Posting | None) -> str:
    """'Site Reliability Engineer at Lendo', as far as the posting says ('' for no posting)."""
    if posting is None:
        return ""
    return " at ".join(part for part in (posting.title or "Untitled posting", posting.company) if part)


def field_texts(bank: Bank) -> dict[str, str]:
    """What the text fields of each item show, by field name ('person', or a job, project or anecdote
    id); tables and transcripts excluded, since their editors keep their own edits."""
    tables = {"links", "positions", "skills", "accomplishments", "anecdotes", "transcript"}
    texts = {"person": bank.person.model_dump_json(exclude=tables)}
    for owner in bank.owners():
        texts[owner.id] = owner.model_dump_json(exclude=tables)
        for anecdote in owner.anecdotes:
            texts[anecdote.id] = json.dumps([anecdote.title, anecdote.summary])
    return texts


def changed_fields(old: Bank | None, new: Bank) -> tuple[str, ...]:
    """The field names whose text differs between two banks; ('',) (every field) when there was none."""
    if old is None:
        return ("",)
    before, after = field_texts(old), field_texts(new)
    return tuple(name for name, text in after.items() if before.get(name) != text)
