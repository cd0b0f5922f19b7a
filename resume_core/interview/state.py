"""What the interviewer already knows about the topic in hand, so it asks only for what is missing.

A transcript is cut into topics: each question the interviewer opens with (an opener, or the move to
the next one) starts a topic, and the follow-ups after it belong to it. For each topic, `TopicState`
records which facts the person's answers already hold (a concrete example, their own part, numbers,
an outcome, the tools, the gap skill the topic is about, a moment behind a soft skill) and which of
those the interviewer already asked for. `next_slot` is the first fact that is neither known nor
asked; when none is left the topic is done and the interviewer moves on. Each follow-up asks for
one slot, and `slot_of` recognises which slot an earlier question asked, so nothing is asked twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.interview.bullets import MAX_READ_CHARS, Story, read_story
from resume_core.interview.clauses import read_sentence
from resume_core.interview.tools import instances_of, tools_said
from resume_core.interview.text import has_number, has_result, sentences, skills_in, soft_skills_in, tools_in, words
from resume_core.bank.model import Turn

SLOTS = ("example", "own_part", "skill", "moment", "numbers", "outcome", "tools")
CORE = ("example", "own_part", "numbers", "outcome")
"""A topic with these known is done; the others are asked only while it is not."""

# One distinctive phrase per follow-up template (see `interview._ask`), to tell which slot a question asked.
MARKERS = {
    "example": "one specific example",
    "skill": "come into this",
    "own_part": "personally do",
    "moment": "describe one moment",
    "numbers": "put a number on",
    "outcome": "what was the outcome",
    "tools": "which tools, systems or methods",
}
_SCALE_MARK = "how big was"
_OUTCOME_WORDS = re.compile(r"\b(use[sd]?|rel(?:y|ied|ies) on|let|lets|allowed|so (?:that|the|we|they|people|our|it|everyone)|now|"
                            r"afterwards|after that|because of (?:it|that|this)|thanks to)\b", re.IGNORECASE)
_OWN = re.compile(r"\b(I|I'm|I've|I'd|my|me|myself|mine)\b")
_WE = re.compile(r"\b(we|our|us|the team)\b", re.IGNORECASE)


@dataclass
class TopicState:
    """One topic of the interview: where it starts, what was said on it, what is known and what asked."""

    start: int
    question: str
    target: str = ""  # the skill the topic is about (a posting gap), if any
    said: str = ""
    known: set[str] = field(default_factory=set)
    asked: set[str] = field(default_factory=set)
    story: Story = field(default_factory=Story)
    tools: list[str] = field(default_factory=list)
    soft: list[str] = field(default_factory=list)
    we_sentence: str = ""
    declined: bool = False

    @property
    def answered(self) -> bool:
        return bool(self.said.strip())

    def next_slot(self) -> str | None:
        """The first fact neither known nor asked; None when the topic is done."""
        if all(slot in self.known for slot in CORE) and (not self.target or "skill" in self.known):
            return None
        for slot in SLOTS:
            if slot not in self.known and slot not in self.asked:
                return slot
        return None


def slot_of(question: str) -> str | None:
    """The slot a follow-up asked for, or None for an opener (which starts a topic)."""
    lower = question.lower()
    if lower.startswith("thanks"):
        return None  # "Thanks - ... Next: <opener>" moves on
    for slot, marker in MARKERS.items():
        if marker in lower:
            return slot
    return "numbers" if _SCALE_MARK in lower else None


def topic_states(turns: list[Turn], owner_name: str = "", targets: dict[str, str] | None = None) -> list[TopicState]:
    """The transcript's topics in order. `targets` maps an opener's key to the skill it asks about."""
    targets = targets or {}
    topics: list[TopicState] = []
    for index, turn in enumerate(turns):
        if turn.role == "assistant":
            slot = slot_of(turn.text)
            if slot is None or not topics:
                topics.append(TopicState(start=index, question=turn.text, target=_target(turn.text, targets)))
            if slot is not None:
                topics[-1].asked.add(slot)
        else:
            if not topics:
                topics.append(TopicState(start=index, question=""))
            topic = topics[-1]
            topic.said = f"{topic.said}\n{turn.text[:MAX_READ_CHARS]}".strip()
    for topic in topics:
        _fill(topic, turns, owner_name)
    return topics


def _target(question: str, targets: dict[str, str]) -> str:
    key = question_key(question)
    return next((skill for opener, skill in targets.items() if opener and opener in key), "")


_DECLINE = re.compile(r"^\W*(no|nope|never|not really|not much|none|nothing|i didn't|i did not|i haven't|i have not|"
                      r"i don't|i do not|i never|n/a)\b", re.IGNORECASE)


def declined(answer: str) -> bool:
    """A short "No, I never used it there": the topic has nothing more to give."""
    return bool(_DECLINE.search(answer)) and len(words(answer)) < 12 and not has_number(answer)


def _fill(topic: TopicState, turns: list[Turn], owner_name: str) -> None:
    said = topic.said
    if not said:
        return
    answers = [t.text for t in turns[topic.start:] if t.role == "user"]
    if answers and declined(answers[-1]):
        topic.known.update(SLOTS)  # move on rather than press for what the person does not have
        topic.declined = True
        return
    end = next((i for i in range(topic.start + 1, len(turns)) if turns[i].role == "assistant"
                and slot_of(turns[i].text) is None), len(turns))
    # Read from the start, so an answer that only adds a number joins the action it belongs to, then
    # keep the bullets this topic's answers took part in.
    whole = read_story(turns[:end], owner_name)
    topic.story = Story([b for b in whole.bullets if any(i >= topic.start for i in b.turns)], whole.situations)
    kinds = {c.kind for s in sentences(said) for c in read_sentence(s, owner_name)}
    if topic.story.bullets or len(words(said)) >= 12 or (has_number(said) and len(words(said)) >= 5):
        topic.known.add("example")
    # Only a "we" action ("We moved billing...") without any "I" action leaves the person's part open;
    # "we only reacted when customers complained" tells the situation, not the work.
    if "team" in kinds and not kinds & {"own", "part", "role"}:
        topic.we_sentence = _we_sentence(said, owner_name)
    if not topic.we_sentence:
        topic.known.add("own_part")
    if has_number(said):
        topic.known.add("numbers")
    if has_result(said) or _OUTCOME_WORDS.search(said):
        topic.known.add("outcome")
    topic.tools = list(dict.fromkeys([*tools_in(said), *tools_said(said, owner_name)]))  # "we used dentrix"
    told = " ".join([said, *(b.text for b in topic.story.bullets)])  # a bullet it added to may name the tool
    if topic.tools or tools_in(told) or re.search(r"\b(with|using|in|into|on|via|through)\s+[A-Z]", told):
        topic.known.add("tools")
    topic.soft = soft_skills_in(said)
    if not topic.soft:
        topic.known.add("moment")
    if not topic.target or _mentions(said, topic.target):
        topic.known.add("skill")


def _mentions(said: str, skill: str) -> bool:
    named = {s.lower() for s in skills_in(skill)} or {skill.lower()}
    heard = skills_in(said)
    return bool(named & {s.lower() for s in heard}) or any(
        re.search(r"(?<!\w)" + re.escape(n) + r"(?!\w)", said.lower()) for n in {skill.lower(), *named}) \
        or bool(instances_of(skill, [*heard, *tools_said(said)]))  # "the instagram" shows social media


def _we_sentence(said: str, owner_name: str = "") -> str:
    """The first sentence that tells a "we" action (shortened), to quote back."""
    for sentence in sentences(said):
        if any(c.kind == "team" for c in read_sentence(sentence, owner_name)):
            sentence = sentence.rstrip(".!?;: ")
            return sentence if len(sentence) <= 90 else sentence[:87].rstrip() + "..."
    return ""


def target_skills(topic: str) -> list[str]:
    """The skills an interview's topic names: "Kafka", "Datadog, Prometheus or Grafana" (the Tailor page
    starts a gap interview with the gap's skills as its topic)."""
    parts = re.split(r",\s*|\s+or\s+|\s*/\s*", topic.strip())
    return [p.strip() for p in parts if p.strip() and len(p.split()) <= 4]


def question_key(text: str) -> str:
    return " ".join(words(text.lower()))


_TO_YOU = {"my": "your", "me": "you", "myself": "yourself", "mine": "yours", "i": "you", "i'm": "you're",
           "i've": "you've", "i'd": "you'd"}


def snippet(text: str, limit: int = 10) -> str:
    """The first clause of a bullet, at most `limit` words, said back to the person ("my" -> "your")."""
    head = re.split(r"[;:]|,\s", text, maxsplit=1)[0].strip()
    cut = [_TO_YOU.get(w.lower(), w) for w in head.split()]
    return " ".join(cut[:limit]) + ("..." if len(cut) > limit else "")
