"""The interview: questions that dig facts out of the user's memory, without a model.

`build_context` gathers what one job or project already says (bullets, skills, role) and what a
chosen posting asks for that the bank does not cover. `icebreakers` turns the weak spots into
opening questions: a bullet without a measurable result, a listed skill no bullet shows, a role
with few bullets, an uncovered posting requirement (a gap interview's topic comes first).
`follow_up` asks for the first fact the topic in hand still lacks (`interview.state`: an example,
the person's own part, the gap skill, numbers, the outcome, the tools), in terms of what was said,
each once; when the topic is done it says what it heard and moves to the next opener, and it never
asks the same question twice. The story's title and summary come from `story`.
`build_conversation` packs all of it for any engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_core.engines.base import Conversation
from resume_core.errors import UserError
from resume_core.interview.clauses import TEAM_FRAME
from resume_core.interview.state import snippet, target_skills, topic_states
from resume_core.interview.text import has_number, skills_in, words
from resume_core.bank.model import Bank, Job, Posting, Turn
from resume_core.interview.story import headline, summarise_answers, suggest_title

__all__ = ["InterviewContext", "build_context", "build_conversation", "follow_up", "icebreakers", "opener_targets",
           "summarise_answers", "suggest_title", "uncovered_requirements"]

MAX_ICEBREAKERS = 5
FEW_ACCOMPLISHMENTS = 3


@dataclass(frozen=True)
class InterviewContext:
    """What the offline interviewer knows about the job or project being discussed."""

    owner_id: str
    name: str
    kind: str  # "job" or "project"
    role: str
    description: str
    accomplishments: tuple[str, ...]
    skills: tuple[str, ...]
    gaps: tuple[tuple[str, str], ...] = ()  # (skill, requirement text) the bank does not cover
    posting_label: str = ""
    topic: str = ""

    @property
    def where(self) -> str:
        return f"at {self.name}" if self.kind == "job" else f"on {self.name}"


def build_context(bank: Bank, owner_id: str, posting: Posting | None = None, topic: str = "") -> InterviewContext:
    owner = bank.find_owner(owner_id)
    if owner is None:
        raise UserError("That job or project is no longer in your Big Resume.", fix="Pick another one.")
    if isinstance(owner, Job):
        kind, role = "job", ", ".join(p.title for p in owner.positions)
    else:
        kind, role = "project", ", ".join(owner.roles)
    gaps: tuple[tuple[str, str], ...] = ()
    label = ""
    if posting is not None:
        gaps = tuple(uncovered_requirements(bank, posting))
        label = " at ".join(p for p in (posting.title, posting.company) if p) or "chosen"
    return InterviewContext(
        owner_id=owner.id,
        name=owner.name,
        kind=kind,
        role=role,
        description=owner.description,
        accomplishments=tuple(a.text for a in owner.accomplishments),
        skills=tuple(s.name for s in owner.skills),
        gaps=gaps,
        posting_label=label,
        topic=topic.strip(),
    )


def uncovered_requirements(bank: Bank, posting: Posting) -> list[tuple[str, str]]:
    """(skill, requirement text) for kept posting requirements that no bank skill or bullet shows."""
    covered: set[str] = set()
    for owner in bank.owners():
        for text in (*(s.name for s in owner.skills), *(a.text for a in owner.accomplishments)):
            covered.update(s.lower() for s in skills_in(text))
        covered.update(s.name.strip().lower() for s in owner.skills)
    order = {"required": 0, "preferred": 1, "implied": 2}
    out: list[tuple[str, str]] = []
    for req in sorted(posting.requirements, key=lambda r: order[r.kind]):
        if req.keep and req.skill and req.skill.lower() not in covered and req.skill not in (s for s, _ in out):
            out.append((req.skill, req.text))
    return out


def icebreakers(context: InterviewContext, limit: int = MAX_ICEBREAKERS) -> list[str]:
    """Up to `limit` (at least 3) opening questions aimed at what this entry is missing."""
    return _openers(context)[: max(3, limit)]


def _openers(context: InterviewContext) -> list[str]:
    """Every opening question: gap questions interleaved by kind, then general ones."""
    return [q for q, _ in _opener_pairs(context)]


def _opener_pairs(context: InterviewContext) -> list[tuple[str, str]]:
    """Every opening question with the skill it asks about ('' for none)."""
    c = context
    topic_skill = c.topic if c.topic and len(c.topic.split()) <= 6 else ""
    shown = {skill.lower() for acc in c.accomplishments for skill in skills_in(acc)}
    topic_skills = {t.lower() for t in target_skills(c.topic)} if c.topic else set()
    groups: list[list[tuple[str, str]]] = [
        [(f"Let's talk about {c.topic} {c.where}. What is one concrete thing you did there, and what came of it?",
          topic_skill)]
        if c.topic
        else [],
        [
            (f"The {c.posting_label} posting asks for {skill}"
             + (f" (\u201c{text}\u201d)" if text.strip().lower() != skill.lower() else "")
             + f". Did you use {skill} {c.where}? What did you do with it?", skill)
            for skill, text in c.gaps
            if skill.lower() != c.topic.lower() and skill.lower() not in topic_skills
        ],
        [
            (f"Your resume says \u201c{acc}\u201d {c.where}. What changed because of it: how much faster, "
             "cheaper, bigger or more reliable did things get?", "")
            for acc in c.accomplishments
            if not has_number(acc)
        ],
        [
            (f"You list {skill} for {c.name}, but none of your accomplishments there shows it. "
             f"What did you build with {skill} {c.where}?", skill)
            for skill in c.skills
            if skill.lower() not in shown and not any(skill.lower() in a.lower() for a in c.accomplishments)
            and not _same_name(skill, c.name)  # never "What did you build with Cisco at Cisco?"
        ],
        [
            ((f"{c.name} has no accomplishments yet." if not c.accomplishments else
              f"{c.name} has only {len(c.accomplishments)} accomplishment"
              f"{'' if len(c.accomplishments) == 1 else 's'} so far.") + " What was the hardest problem you solved there"
             + (f" as {c.role}?" if c.role else "?"), "")
        ]
        if len(c.accomplishments) < FEW_ACCOMPLISHMENTS
        else [],
    ]
    generic = [
        (f"What are you proudest of from your time {c.where}?", ""),
        (f"What did things look like {c.where} before your work, and what was different after?", ""),
        (f"Who relied on your work {c.where}, and what did it let them do?", ""),
    ]
    # One of each kind in turn, at most two of a kind before the general questions, so the first
    # few openers vary; the rest stay available for later turns.
    picked: list[tuple[str, str]] = []
    for _round in range(2):
        for group in groups:
            if group:
                picked.append(group.pop(0))
    rest = [pair for group in groups for pair in group]
    # A name ending in a full stop ("Acme Inc.") must not end a question as ".?".
    return [(q.replace(".?", "?"), skill) for q, skill in (*picked, *generic, *rest)]


def follow_up(context: InterviewContext, turns: list[Turn]) -> str:
    """The next question: the first fact the topic in hand still lacks (`interview.state`), else a move to
    the next opener that says what was heard; never a question already asked."""
    asked = {_key(t.text) for t in turns if t.role == "assistant"}

    def fresh(question: str) -> bool:
        return _key(question) not in asked and not any(_key(question) in a for a in asked)

    pairs = _opener_pairs(context)
    topics = topic_states(turns, context.name, opener_targets(context))
    topic = topics[-1] if topics else None
    if topic is not None and topic.answered:
        for slot in _slots_in_order(topic):
            question = _ask(slot, topic, context)
            if question and fresh(question):
                return question
    openers = [q for q, _ in pairs if fresh(q)]
    if openers:
        return _acknowledge(topics) + openers[0]
    for n in range(1, 100):
        closing = (
            f"Is there anything else {context.where} you want on record (a number, a name, a result)? "
            f"If not, press Finish to get your summary.{' (' + str(n) + ')' if n > 1 else ''}"
        )
        if fresh(closing):
            return closing
    return "Press Finish to get your summary."


def opener_targets(context: InterviewContext) -> dict[str, str]:
    """Each opener that asks about a skill (a gap, a listed skill) -> that skill, by question key."""
    return {_key(q): skill for q, skill in _opener_pairs(context) if skill}


def _slots_in_order(topic) -> list[str]:
    slot = topic.next_slot()
    return [slot] if slot else []


def _ask(slot: str, topic, context: InterviewContext) -> str:
    """The follow-up for one missing slot, in terms of what the person already said."""
    bullets = topic.story.bullets
    last = bullets[-1] if bullets else None
    about = ""
    if last is not None:
        part = snippet((last.action or last.text).removeprefix(TEAM_FRAME))
        about = f"You said you {part[0].lower() + part[1:]}" if last.first_person else f"About \u201c{part}\u201d"
    if slot == "example":
        return ("Could you give me one specific example? Pick one time: what was the situation, what did you do, "
                "and what happened?")
    if slot == "skill":
        return (f"Where did {topic.target} come into this? Tell me one thing you did with {topic.target} yourself, "
                "and what came of it.")
    if slot == "own_part":
        return f"You said \u201c{topic.we_sentence}\u201d. Which part of that did you personally do?"
    if slot == "moment":
        soft = topic.soft[0].lower()
        return (f"You mentioned {soft}. Can you describe one moment that shows it: who was involved, what you did, "
                "and what changed?")
    about = about.removesuffix("...") + ("..." if about.endswith("...") else ".") if about else ""
    if slot == "numbers":
        tool = next((t for t in topic.tools if not _same_name(t, context.name)), "")
        if tool:
            return f"You mentioned {tool}. How big was the {tool} work (data, traffic, users, machines)?"
        lead = f"{about} Can you put a number on that?" if about else "Can you put a number on that?"
        return (f"{lead} For example how many people or things it touched, how much time or money it saved, "
                "or how much faster it got.")
    if slot == "outcome":
        lead = f"{about} What was the outcome?" if about else "What was the outcome?"
        return f"{lead} What could people do afterwards that they couldn't before?"
    if slot == "tools":
        lead = f"{about} Which tools, systems or methods did you use for it?" if about else \
            "Which tools, systems or methods did you use?"
        return lead
    return ""


def _acknowledge(topics: list) -> str:
    """The bridge to the next opener, quoting the best thing heard on the topic just finished."""
    topic = topics[-1] if topics else None
    if topic is None or not topic.answered:
        return ""
    if topic.declined:
        return "No problem. "
    # The work told on this topic first (not an earlier story it added a number to), measured ones first.
    bullets = sorted(topic.story.bullets, key=lambda b: (b.turns[0] < topic.start, not b.measured, not b.has_outcome))
    if not bullets:
        return "Thanks, that helps. "
    return f"Thanks - \u201c{headline(bullets[0])}\u201d is on record. Next: "


def _same_name(skill: str, name: str) -> bool:
    """Is the skill named like the employer ("Cisco" at Cisco, "Salesforce" at Salesforce Inc.)?"""
    a = re.sub(r"[^a-z0-9]+", " ", skill.lower()).strip()
    b = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
    return bool(a) and (a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} ")


def _key(text: str) -> str:
    return " ".join(words(text.lower()))


def build_conversation(context: InterviewContext, turns: list[Turn]) -> Conversation:
    """The interview as a `Conversation` any engine can continue or summarise."""
    facts = [f"Role: {context.role}"] if context.role else []
    if context.description:
        facts.append(f"Description: {context.description}")
    facts += [f"Accomplishment: {a}" for a in context.accomplishments]
    if context.skills:
        facts.append(f"Skills listed: {', '.join(context.skills)}")
    facts += [f"Posting requirement not yet covered: {skill} ({text})" for skill, text in context.gaps]
    return Conversation(
        prompt="interview",
        variables={
            "owner": f"{context.name} ({context.kind})",
            "topic": context.topic or "(none given: probe the weakest spots)",
            "facts": facts,
        },
        turns=list(turns),
        context=context,
        offline_reply=follow_up,
        offline_summary=summarise_answers,
        summary_prompt="summarise_interview",
    )
