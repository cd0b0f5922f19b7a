"""Interviews kept as anecdotes in the bank, one turn at a time, so nothing typed is ever lost.

An interview is an `Anecdote` with status "in_progress" on its job or project; every turn is
appended (and the caller saves the bank) as it happens, so a reload, crash or engine error leaves
the transcript intact and the interview can be resumed. Finishing stores the user's edited summary
and marks it "saved". Every function returns a new bank and leaves the one given unchanged.
"""

from __future__ import annotations

from typing import Literal

from resume_core.errors import UserError
from resume_core.bank.model import Anecdote, Bank, Job, Project, Turn, now_iso


def start_interview(
    bank: Bank, owner_id: str, topic: str = "", title: str = "", posting_id: str = ""
) -> tuple[Bank, str]:
    """A new in-progress anecdote on `owner_id` (probing `posting_id`'s gaps, if given); returns the new
    bank and the anecdote's id."""
    bank = bank.model_copy(deep=True)
    owner = bank.find_owner(owner_id)
    if owner is None:
        raise UserError("That job or project is no longer in your Big Resume.", fix="Pick another one.")
    stamp = now_iso()
    anecdote = Anecdote(
        id=bank.new_id("anecdote"), title=title, topic=topic, posting_id=posting_id or "", status="in_progress",
        created=stamp, updated=stamp,
    )
    owner.anecdotes.append(anecdote)
    return bank, anecdote.id


def append_turn(bank: Bank, anecdote_id: str, role: Literal["assistant", "user"], text: str) -> Bank:
    """The bank with one more turn on the anecdote's transcript."""
    bank = bank.model_copy(deep=True)
    _, anecdote = find_anecdote(bank, anecdote_id)
    stamp = now_iso()
    anecdote.transcript.append(Turn(role=role, text=text, at=stamp))
    anecdote.updated = stamp
    return bank


def finish_interview(bank: Bank, anecdote_id: str, summary: str, title: str = "") -> Bank:
    """The bank with the anecdote saved: the user's summary, a title, status "saved"."""
    if not summary.strip():
        raise UserError("The summary is empty.", fix="Write a few lines about the story, then save.")
    bank = bank.model_copy(deep=True)
    _, anecdote = find_anecdote(bank, anecdote_id)
    anecdote.summary = summary.strip()
    anecdote.title = title.strip() or anecdote.title
    anecdote.status = "saved"
    anecdote.updated = now_iso()
    return bank


def find_anecdote(bank: Bank, anecdote_id: str) -> tuple[Job | Project, Anecdote]:
    """The anecdote with this id and the job or project holding it."""
    for owner in bank.owners():
        for anecdote in owner.anecdotes:
            if anecdote.id == anecdote_id:
                return owner, anecdote
    raise UserError(
        "That interview is no longer in your Big Resume (it may have been deleted in another tab).",
        fix="Start a new interview, or reload the Big Resume.",
    )


def in_progress_interviews(bank: Bank) -> list[tuple[Job | Project, Anecdote]]:
    """Unfinished interviews, most recently touched first."""
    found = [(o, a) for o in bank.owners() for a in o.anecdotes if a.status == "in_progress"]
    return sorted(found, key=lambda pair: pair[1].updated or pair[1].created, reverse=True)
