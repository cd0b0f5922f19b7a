"""Suggest new skills and accomplishments from an interview, and check they are the user's own facts.

`suggest_items` asks the engine and drops what the job or project already has. The offline engine
reads every sentence that carries work (`bullets.read_story`: any action, whoever the subject, with
the numbers and outcomes said, joined across turns) and names every vocabulary skill the person
said, tools in a "with/using" phrase, and the skill an interview started from a posting gap is about
(its topic) when the person talked about it, so accepting it closes the gap. Each suggestion keeps
the transcript turns it came from. Every suggested accomplishment then goes through `grounding.check_grounding`: each number,
percentage, money amount, named tool and proper noun must appear in what the USER said (the
interviewer's questions do not count). A suggestion that fails is flagged, and `accept_suggestion` refuses it
until the user edits it: a model that invents "reduced costs by 40%" is caught here.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core.interview.anecdotes import find_anecdote
from resume_core.engines.base import Engine, ExtractRequest
from resume_core.engines.offline import OfflineEngine
from resume_core.engines.openai_engine import render_transcript
from resume_core.errors import UserError
from resume_core.interview.bullets import MAX_READ_CHARS, read_story
from resume_core.interview.grounding import check_grounding, quantities
from resume_core.interview.state import target_skills
from resume_core.importing.skills import normalise  # the one duplicate check, shared with import
from resume_core.interview.text import has_number, has_result, sentences, skills_in, words
from resume_core.interview.tools import instances_of, tools_said
from resume_core.vocab.vocabulary import load_vocabulary
from resume_core.bank.model import Accomplishment, Anecdote, Bank, Job, Project, Skill, Turn

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
    turns: list[int] = Field(default_factory=list, description="Transcript indices of the answers it comes from.")

    @property
    def grounded(self) -> bool:
        return not self.unsupported


def suggest_items(
    bank: Bank, anecdote_id: str, engine: Engine | None = None, max_skills: int = 10, max_accomplishments: int = 8
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
            out.append(Suggestion(kind="skill", text=name, turns=source_turns(name, anecdote.transcript)))
    have = {normalise(a.text) for a in owner.accomplishments}
    count = 0
    for text in found.accomplishments:
        text = text.strip()
        if text and normalise(text) not in have and count < max_accomplishments:
            have.add(normalise(text))
            count += 1
            out.append(Suggestion(kind="accomplishment", text=text, unsupported=check_grounding(text, said),
                                  turns=source_turns(text, anecdote.transcript)))
    return out


def offline_suggestions(
    owner: Job | Project, anecdote: Anecdote, max_skills: int = 10, max_accomplishments: int = 8
) -> SuggestedItems:
    """Skills the user named and every piece of work they told, in their own words."""
    said = "\n".join(t.text[:MAX_READ_CHARS] for t in anecdote.transcript if t.role == "user")
    have = {normalise(s.name) for s in owner.skills}
    targets = target_skills_said(anecdote.topic, said)
    named = [*targets, *skills_in(said), *tools_used(said, owner.name), *tools_said(said, owner.name)]
    skills = list({normalise(s): s for s in reversed(named) if normalise(s) not in have}.values())[::-1][:max_skills]
    story = read_story(anecdote.transcript, owner.name)
    existing = {normalise(a.text) for a in owner.accomplishments}
    bullets: list[str] = []
    for bullet in story.bullets:
        text = bullet.text.strip()
        if text and normalise(text) not in existing and text not in bullets:
            bullets.append(text)
    # Measured outcomes first ("cut ... from 40 to 6 minutes"), then the rest in the order told; a
    # bullet naming the interview's gap skill is kept even when many are told.
    bullets.sort(key=lambda b: (not has_result(b), not has_number(b)))
    targets = [t.lower() for t in targets]
    keep = bullets[:max_accomplishments]
    for text in bullets[max_accomplishments:]:
        if any(_says(text, t) for t in targets) and not any(any(_says(k, t) for t in targets) for k in keep):
            keep = [*keep[:-1], text] if keep else [text]
    return SuggestedItems(skills=skills, accomplishments=keep)


def target_skills_said(topic: str, said: str) -> list[str]:
    """The topic's skills the person talked about: named (in the vocabulary's spelling or as written),
    every word of it said in some form ("data analysis" <- "I analysed the data"), or shown by a tool the
    vocabulary says is an instance of it ("social media marketing" <- "I ran the instagram")."""
    told = [*skills_in(said), *tools_said(said)]
    heard = {s.lower() for s in told}
    stems = {w.lower()[:5] for w in words(said)}
    out = []
    for skill in target_skills(topic):
        named = {s.lower() for s in skills_in(skill)} or {skill.lower()}
        content = [w.lower() for w in words(skill) if len(w) > 2 and w.lower() not in {"and", "the", "with"}]
        if named & heard or _says(said, skill) or any(_says(said, n) for n in named) or (content and all(w[:5] in stems for w in content)) \
                or instances_of(skill, told):
            out.append(skill)
    return out


_WITH_TOOL = re.compile(r"\b(?:with|using|via|through)\s+(?:the\s+)?([A-Z][\w.+#\-]{0,30}(?:\s+[A-Z][\w.+#\-]{0,30}){0,2})")


def tools_used(said: str, owner_name: str = "") -> list[str]:
    """Names after "with"/"using" ("using Zapier", "with Spring"), whether or not the vocabulary knows them."""
    out = []
    for sentence in sentences(said):
        for match in _WITH_TOOL.finditer(sentence):
            for name in re.split(r"\s+and\s+", match[1]):
                name = name.strip(" .,")
                if name and normalise(name) != normalise(owner_name) and name not in {"I", "The", "A", "An"} \
                        and not name.lower() in {"me", "my", "our"}:
                    out.append(name)
    return out


def source_turns(text: str, transcript: list[Turn]) -> list[int]:
    """Indices of the user's turns a suggestion rests on: those sharing a number, a skill (or naming a tool
    the vocabulary says shows it: Instagram for social media) or two distinctive words with it."""
    numbers = {q[1] for q in quantities(text)}
    skills = {s.lower() for s in skills_in(text)}
    content = {w.lower() for w in words(text) if len(w) > 3} - _COMMON
    out = []
    for index, turn in enumerate(transcript):
        if turn.role != "user":
            continue
        theirs = {w.lower() for w in words(turn.text) if len(w) > 3}
        if (numbers & {q[1] for q in quantities(turn.text)}) or (skills & _shown_in(turn.text)) \
                or len(content & theirs) >= 2 or (_says(turn.text, text) and text):
            out.append(index)
    return out


def _shown_in(text: str) -> set[str]:
    """The skills a text names, by the vocabulary or by grammar, and those the vocabulary says they show."""
    vocabulary = load_vocabulary()
    named = [*skills_in(text), *tools_said(text)]
    implied = [n for name in named for n, _ in vocabulary.implied_by(name)]
    return {s.lower() for s in (*named, *implied)}


_COMMON = {"with", "that", "this", "from", "into", "about", "their", "they", "them", "were", "have", "part", "team",
           "which", "what", "when", "there", "then", "than", "also", "because", "after", "before", "more"}


def _says(haystack: str, phrase: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", haystack.lower()) is not None


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

