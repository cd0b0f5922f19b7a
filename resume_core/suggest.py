"""Suggest new skills and accomplishments from an interview, and check they are the user's own facts.

`suggest_items` asks the engine (the offline one finds skills through the vocabulary and takes the
user's own sentences that state an action and a result) and drops what the job or project already
has. Every suggested accomplishment then goes through `grounding.check_grounding`: each number,
percentage, money amount, named tool and proper noun must appear in what the USER said (the
interviewer's questions do not count). A suggestion that fails is flagged, and `accept_suggestion` refuses it
until the user edits it: a model that invents "reduced costs by 40%" is caught here.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core.anecdotes import find_anecdote
from resume_core.engines.base import Engine, ExtractRequest
from resume_core.engines.offline import OfflineEngine
from resume_core.engines.openai_engine import render_transcript
from resume_core.errors import UserError
from resume_core.grounding import check_grounding
from resume_core.importers.skills import normalise  # the one duplicate check, shared with import
from resume_core.interview_text import has_number, has_result, sentences, skills_in, words
from resume_core.model import Accomplishment, Anecdote, Bank, Job, Project, Skill

UNGROUNDED_NOTE = "not in your own words - check before accepting"


class SuggestedItems(BaseModel):
    """What the engine returns: candidate skills and resume bullets."""

    model_config = ConfigDict(extra="forbid")

    skills: list[str] = Field(default_factory=list, description="Short skill names the user used.")
    accomplishments: list[str] = Field(default_factory=list, description="One-sentence resume bullets.")


class Suggestion(BaseModel):
    """One item for the user to accept, edit or reject."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["skill", "accomplishment"]
    text: str
    unsupported: list[str] = Field(default_factory=list, description="Words the user never said.")

    @property
    def grounded(self) -> bool:
        return not self.unsupported


def suggest_items(
    bank: Bank, anecdote_id: str, engine: Engine | None = None, max_skills: int = 10, max_accomplishments: int = 3
) -> list[Suggestion]:
    """Skills, then accomplishments, suggested from one anecdote and not already on its owner."""
    owner, anecdote = find_anecdote(bank, anecdote_id)
    said = user_words(anecdote)
    request = ExtractRequest(
        prompt="suggest_items",
        variables={
            "owner": owner.name,
            "existing_skills": [s.name for s in owner.skills],
            "existing_accomplishments": [a.text for a in owner.accomplishments],
            "transcript": render_transcript(anecdote.transcript),
            "max_skills": max_skills,
            "max_accomplishments": max_accomplishments,
        },
        schema=SuggestedItems,
        offline=lambda: offline_suggestions(owner, anecdote, max_skills, max_accomplishments),
    )
    found = (engine or OfflineEngine()).extract(request)
    have = {normalise(s.name) for s in owner.skills}
    out: list[Suggestion] = []
    for name in found.skills:
        name = name.strip()
        if name and len(name) <= 60 and normalise(name) not in have and len(out) < max_skills:
            have.add(normalise(name))
            out.append(Suggestion(kind="skill", text=name))
    have = {normalise(a.text) for a in owner.accomplishments}
    count = 0
    for text in found.accomplishments:
        text = text.strip()
        if text and normalise(text) not in have and count < max_accomplishments:
            have.add(normalise(text))
            count += 1
            out.append(Suggestion(kind="accomplishment", text=text, unsupported=check_grounding(text, said)))
    return out


def offline_suggestions(
    owner: Job | Project, anecdote: Anecdote, max_skills: int = 10, max_accomplishments: int = 3
) -> SuggestedItems:
    """Skills the user named (through the vocabulary) and their own action-and-result sentences."""
    said = user_words(anecdote)
    have = {normalise(s.name) for s in owner.skills}
    skills = [s for s in skills_in(said) if normalise(s) not in have][:max_skills]
    bullets: list[str] = []
    for sentence in sentences(said):
        bullet = _as_bullet(sentence)
        if bullet and bullet not in bullets:
            bullets.append(bullet)
    # Outcomes first ("cut", "so that"), then measured ones, otherwise in the order told.
    bullets.sort(key=lambda b: (not has_result(b), not has_number(b)))
    return SuggestedItems(skills=skills, accomplishments=bullets[:max_accomplishments])


def _as_bullet(sentence: str) -> str:
    """'I cut deploys from 40 to 6 minutes.' -> 'Cut deploys from 40 to 6 minutes'; '' if not an
    action with a result told in the first person."""
    match = re.match(r"^(?:(?:and|so|then|also|basically|well),?\s+)*I\s+(?!was\b|am\b|think\b|guess\b)(\w.*)$",
                     sentence.strip(), re.IGNORECASE)
    if not match or not (has_number(sentence) or has_result(sentence)) or len(words(sentence)) < 5:
        return ""
    body = match[1].strip().rstrip(".!;: ")
    if body.split()[1:2] and body.split()[1].lower().strip(",") in _NEEDS_CONTEXT:
        return ""  # "Did it with two others": a bullet cannot say what "it" was
    return body[0].upper() + body[1:]


_NEEDS_CONTEXT = {"it", "that", "this", "them", "those", "these", "so", "too", "one", "there", "here"}


def user_words(anecdote: Anecdote) -> str:
    """Everything the user said in the interview (their turns only)."""
    return "\n".join(t.text for t in anecdote.transcript if t.role == "user")


# --- accepting ------------------------------------------------------------------------------


def accept_suggestion(bank: Bank, anecdote_id: str, suggestion: Suggestion, text: str | None = None) -> Bank:
    """The bank with the (possibly edited) suggestion added to the anecdote's job or project.

    A suggestion flagged as not grounded is refused unless the user changed its text.
    """
    final = (suggestion.text if text is None else text).strip()
    if not final:
        raise UserError("The suggestion is empty.", fix="Type the text you want to keep, or reject it.")
    if suggestion.unsupported and final == suggestion.text.strip():
        raise UserError(
            f"This suggestion uses words you did not say in the interview: {', '.join(suggestion.unsupported)}.",
            fix="Edit it so it states only what is true (your own numbers and names), then accept it.",
        )
    bank = bank.model_copy(deep=True)
    owner, _ = find_anecdote(bank, anecdote_id)
    if suggestion.kind == "skill":
        if any(normalise(s.name) == normalise(final) for s in owner.skills):
            raise UserError(f"{owner.name} already lists the skill {final!r}.", fix="Reject this suggestion.")
        owner.skills.append(Skill(id=bank.new_id("skill"), name=final, source_anecdote_id=anecdote_id))
    else:
        owner.accomplishments.append(
            Accomplishment(id=bank.new_id("accomplishment"), text=final, source_anecdote_id=anecdote_id)
        )
    return bank

