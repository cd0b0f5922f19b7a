"""The interview: questions that dig facts out of the user's memory, without a model.

`build_context` gathers what one job or project already says (bullets, skills, role) and what a
chosen posting asks for that the bank does not cover. `icebreakers` turns the weak spots into
opening questions: a bullet without a measurable result, a listed skill no bullet shows, a role
with few bullets, an uncovered posting requirement. `follow_up` reacts to the last answer (no
number: ask for one; "we": ask what the user did; a tool: ask about scale and outcome; short: ask
for an example) and never asks the same question twice. `summarise_answers` builds a summary
from the user's own sentences. `build_conversation` packs all of it for any engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_core.engines.base import Conversation
from resume_core.errors import UserError
from resume_core.bullets import read_story
from resume_core.clauses import TEAM_FRAME, read_sentence
from resume_core.interview_state import snippet, target_skills, topic_states
from resume_core.interview_text import has_number, has_result, sentences, skills_in, words
from resume_core.model import Bank, Job, Posting, Turn

MAX_ICEBREAKERS = 5
FEW_ACCOMPLISHMENTS = 3
_TRAILING = {"and", "or", "but", "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "we", "i", "it"}


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
            (f"{c.name} has only {len(c.accomplishments)} accomplishment"
             f"{'' if len(c.accomplishments) == 1 else 's'} so far. What was the hardest problem you solved there"
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
    """The next question: the first fact the topic in hand still lacks (`interview_state`), else a move to
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
    if slot == "numbers":
        tool = next((t for t in topic.tools if not _same_name(t, context.name)), "")
        if tool:
            return f"You mentioned {tool}. How big was the {tool} work (data, traffic, users, machines)?"
        lead = f"{about}. Can you put a number on that?" if about else "Can you put a number on that?"
        return (f"{lead} For example how many people or things it touched, how much time or money it saved, "
                "or how much faster it got.")
    if slot == "outcome":
        lead = f"{about}. What was the outcome?" if about else "What was the outcome?"
        return f"{lead} What could people do afterwards that they couldn't before?"
    if slot == "tools":
        lead = f"{about}. Which tools, systems or methods did you use for it?" if about else \
            "Which tools, systems or methods did you use?"
        return lead
    return ""


def _acknowledge(topics: list) -> str:
    """The bridge to the next opener, quoting the best thing heard on the topic just finished."""
    topic = topics[-1] if topics else None
    if topic is None or not topic.answered:
        return ""
    bullets = sorted(topic.story.bullets, key=lambda b: (not b.measured, not b.has_outcome))
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


def summarise_answers(context: InterviewContext, turns: list[Turn]) -> str:
    """A short STAR-shaped summary in the user's own sentences: the situation, what they did, the result.

    Each sentence the user said goes where it belongs (`clauses.read_sentence`): an action to "What I
    did", an outcome or measure with another subject to "Result", a problem told before to
    "Situation"; each part keeps its three most telling sentences (measured ones first)."""
    parts: dict[str, list[str]] = {"situation": [], "did": [], "result": []}
    seen: set[str] = set()
    acted = False
    for turn in turns:
        if turn.role != "user":
            continue
        # "I moved the ETL to Airflow; the run went from 6 hours to 50 minutes": the action and its result.
        for sentence in (part for s in sentences(turn.text) for part in re.split(r";\s+", s)):
            key = _key(sentence)
            if len(key.split()) < 4 or key in seen:
                continue
            seen.add(key)
            kinds = {c.kind for c in read_sentence(sentence, context.name)}
            if kinds & {"own", "team", "part", "role"}:
                parts["did"].append(sentence)
                acted = True
            elif "outcome" in kinds and (acted or has_result(sentence)):
                parts["result"].append(sentence)
            elif "other" in kinds and acted:
                parts["did"].append(sentence)  # "It pulled the trade data": more about the work just told
            elif kinds & {"situation", "other", "outcome"}:
                parts["situation"].append(sentence)
    if not parts["did"] and not parts["result"]:
        return ""
    labels = {"situation": "Situation", "did": "What I did", "result": "Result"}
    out = []
    for name, said in parts.items():
        ranked = sorted(said, key=lambda s: (not has_number(s), not has_result(s)))[:SUMMARY_SENTENCES]
        chosen = [s for s in said if s in ranked]  # in the order told
        if chosen:
            out.append(f"{labels[name]}: " + " ".join(_full_stop(s) for s in chosen))
    return "\n\n".join(out)


SUMMARY_SENTENCES = 3


def _full_stop(sentence: str) -> str:
    sentence = sentence.strip()
    sentence = sentence[0].upper() + sentence[1:]
    return sentence if sentence[-1:] in ".!?" else sentence + "."


_RESULT_VERB = re.compile(
    r"(?:^|\b(?:and|that|which|to|it|this)\s+|,\s*)(cut|reduced|lowered|raised|increased|grew|saved|doubled|tripled|halved|improved|boosted|sped up|"
    r"shortened|brought down|brought|eliminated|won|launched|shipped|recovered)\b",
    re.IGNORECASE,
)


def suggest_title(context: InterviewContext, turns: list[Turn]) -> str:
    """A title from the action and its result: the result clause when the person said one with a verb
    ("... that cut the report time from 90 to 25 minutes" -> "Cut the report time from 90 to 25
    minutes"), else the action with the outcome ("Redesigned the algebra course - the pass rate went
    from 61% to 84%"), else the action; the interview's name when nothing was told."""
    story = read_story(turns, context.name)
    bullets = sorted(story.bullets, key=lambda b: (not _RESULT_VERB.search(b.text.removeprefix(TEAM_FRAME)),
                                                   not b.measured, not b.has_outcome))
    for bullet in bullets:
        title = headline(bullet)
        if title:
            return title
    return f"Interview about {context.name}" + (f": {context.topic}" if context.topic else "")


def headline(bullet) -> str:
    """One bullet said short: its result clause, else its action and outcome, else its action."""
    text = bullet.text.removeprefix(TEAM_FRAME)
    match = _RESULT_VERB.search(text)
    if match and has_number(text[match.start(1):]):
        return _title_case(_clip(text[match.start(1):], 10))
    told = bullet.action.removeprefix(TEAM_FRAME)
    first = _first_clause(told)
    action = _clip(first, 10)
    rest = "; ".join(p for p in (told[len(first):], bullet.outcome) if p.strip(" ,;"))
    if has_number(rest) and action:
        return _title_case(f"{action} - {_to_last_number(_telling_clause(rest), 9)}")
    return _title_case(action)


_CLAUSE_BREAK = re.compile(r"[;:]\s*|,\s+|\s+(?:and|so|because|but|which|while)\s+", re.IGNORECASE)
_HARD_BREAK = re.compile(r"[;:]\s*|,\s+|\s+(?:so|because|but|which|while)\s+", re.IGNORECASE)


def _first_clause(text: str) -> str:
    """The action's first clause: up to a comma or "so/which...", or an "and" that starts an outcome
    ("Started text reminders and no-shows fell ..."), but not an "and" inside a list ("Airflow and dbt")."""
    head = _HARD_BREAK.split(text, maxsplit=1)[0]
    for match in re.finditer(r"\s+and\s+", head):
        if has_result(head[match.end():]):
            return head[:match.start()]
    return head


def _telling_clause(text: str) -> str:
    """Of an outcome's clauses, the one with a result and a number ("cloud costs went down 30%")."""
    clauses = [c for c in _CLAUSE_BREAK.split(text) if len(c.split()) >= 2]
    ranked = sorted(clauses, key=lambda c: (not (has_result(c) and has_number(c)), not has_number(c)))
    return ranked[0] if ranked else text


_NOT_UNIT = {"of", "in", "on", "at", "for", "to", "by", "within", "the", "a", "an", "and", "or", "over", "per",
             "from", "with", "after", "before", "each", "every", "that", "which"}


def _to_last_number(text: str, limit: int) -> str:
    """`text` up to its last number within `limit` words, and the unit after it ("by 12 percent")."""
    cut = text.split()
    if len(cut) <= limit:
        return text.strip().rstrip(".,;:!")
    cut = cut[:limit]
    last = max((i for i, w in enumerate(cut) if has_number(w)), default=len(cut) - 1)
    if last + 1 < len(cut) and cut[last + 1].lower() not in _NOT_UNIT and cut[last + 1].isalpha():
        last += 1
    return " ".join(cut[: last + 1]).rstrip(".,;:!")


def _clip(text: str, limit: int) -> str:
    """The first clause of `text`, at most `limit` words, without a dangling "and"/"the"."""
    head = re.split(r"[;:]|, (?=and |so |which |but )", text, maxsplit=1)[0].strip(" ,")
    cut = head.split()[:limit]
    while len(cut) > 3 and cut[-1].lower().strip(".,;:") in _TRAILING - {"it"}:
        cut.pop()
    return " ".join(cut).rstrip(".,;:!")


def _title_case(text: str) -> str:
    return text[0].upper() + text[1:] if text else text


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
