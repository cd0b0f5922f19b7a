"""An interview read as work: the bullets a careful reader would write, and the story's situation.

`read_story` walks the person's answers in order, sentence by sentence (`clauses.read_sentence`):
every action becomes a bullet that remembers the turn(s) it came from; an outcome or a measure said
with another subject ("The pass rate went from 61% to 84%", a later answer's "about 40,000
accounts") joins the action told just before it, also across turns, so one answer can give the
action and the next the number. An action that needs the one before it ("presented it to the
council") continues that bullet. Only the person's words are used, plus a few framing words ("As
part of the team,", "Responsible for"), so every bullet passes the grounding check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.interview.clauses import read_sentence, sounds_like_problem
from resume_core.interview.grounding import quantities
from resume_core.interview.lexicon import GERUND
from resume_core.interview.spoken import tidy
from resume_core.vocab.vocabulary import load_vocabulary
from resume_core.interview.text import SOFT_CATEGORIES, has_number, has_result, sentences, words
from resume_core.bank.model import Turn

MAX_READ_CHARS = 20_000  # of one answer; a pasted book is kept in the transcript but not read further
MAX_BULLET_WORDS = 35  # an outcome that would make a bullet longer stands on its own
MIN_BULLET_WORDS = 3


@dataclass
class Bullet:
    """One candidate resume bullet: its text and the transcript indices of the turns it came from."""

    text: str
    turns: list[int]
    kind: str  # "own", "team", "part", "role" or "outcome"
    action: str = ""  # the action alone, before outcomes joined it
    first_person: bool = False  # the action was told with "I" as its subject
    outcome: str = ""  # the outcomes joined to it, as said

    @property
    def measured(self) -> bool:
        return has_number(self.text)

    @property
    def has_outcome(self) -> bool:
        return bool(self.outcome) or has_result(self.text)


@dataclass
class Story:
    """The bullets of an interview in the order told, and what the person said about the situation."""

    bullets: list[Bullet] = field(default_factory=list)
    situations: list[str] = field(default_factory=list)


def read_story(turns: list[Turn], owner_name: str = "", start: int = 0) -> Story:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    """The story in the user's turns of `turns[start:]` (indices in the bullets count from 0 of `turns`)."""
    story = Story()
    pending: list[tuple[str, int]] = []  # outcomes told before any action
    topic: Bullet | None = None  # "the biggest thing was a case with ...": the next action continues it
    for index in range(start, len(turns)):
        turn = turns[index]
        if turn.role != "user":
            continue
        for sentence in sentences(tidy(turn.text[:MAX_READ_CHARS])):
            for clause in read_sentence(sentence, owner_name):
                if clause.kind == "topic":
                    topic = Bullet(clause.text, [index], "own", action=clause.text)
                    story.bullets.append(topic)
                    continue
                if clause.kind in {"own", "team", "part", "role"}:
                    if topic is not None and story.bullets and story.bullets[-1] is topic:
                        _join(topic, _lower_first(clause.text), index, as_outcome=False)
                        topic = None
                        continue
                    if clause.needs_context:
                        if story.bullets:
                            _join(story.bullets[-1], _lower_first(clause.text), index, as_outcome=False)
                        continue
                    if len(words(clause.text)) < MIN_BULLET_WORDS:
                        continue
                    bullet = Bullet(clause.text, [index], clause.kind, action=clause.text,
                                    first_person=clause.first_person)
                    for text, at in pending:
                        _join(bullet, text, at)
                    pending.clear()
                    story.bullets.append(bullet)
                elif clause.kind == "outcome":
                    last = story.bullets[-1] if story.bullets else None
                    if last is None and sounds_like_problem(clause.text):
                        story.situations.append(clause.text)  # told before any action: how it was
                    elif last is None:
                        pending.append((clause.text, index))
                    elif len(words(last.text)) + len(words(clause.text)) <= MAX_BULLET_WORDS:
                        _join(last, clause.text, index)
                    elif len(words(clause.text)) >= MIN_BULLET_WORDS:
                        story.bullets.append(Bullet(_upper_first(clause.text), [index], "outcome",
                                                    outcome=clause.text))
                elif clause.kind == "situation":
                    story.situations.append(clause.text)
    for text, at in pending:  # a measure with no action anywhere still is the person's fact
        if len(words(text)) >= MIN_BULLET_WORDS:
            story.bullets.append(Bullet(_upper_first(text), [at], "outcome", outcome=text))
    for bullet in story.bullets:
        tidied = skill_case(third_person(bullet.text))
        if [q[1:] for q in quantities(tidied)] == [q[1:] for q in quantities(bullet.text)]:
            bullet.text = tidied  # never when dropping a word would join two numbers ("90 I million")
    story.bullets = [part for bullet in story.bullets for part in _short(bullet)]
    return story


def _short(bullet: Bullet) -> list[Bullet]:
    """A bullet of more than 35 words cut at its last clause break (";", ",", " and ") that leaves both
    parts a bullet; the rest is a bullet of its own, so nothing said is dropped."""
    said = bullet.text.split(" ")
    if len(said) <= MAX_BULLET_WORDS:
        return [bullet]
    for cut in range(MAX_BULLET_WORDS, MIN_BULLET_WORDS - 1, -1):
        word = said[cut - 1]
        if (word.endswith((",", ";")) or said[cut:cut + 1] == ["and"]) and len(said) - cut >= MIN_BULLET_WORDS \
                and said[cut].lower() not in {"which", "who", "that", "where", "when", "while"}:
            head = " ".join(said[:cut]).rstrip(",;")
            rest = said[cut:]
            while len(rest) > MIN_BULLET_WORDS and rest[0].lower() in {"and", "then", "so", "but", "also", "plus"}:
                rest = rest[1:]  # "then the team did the rest" -> "The team did the rest"
            tail = Bullet(_upper_first(" ".join(rest)), list(bullet.turns), "outcome", outcome=" ".join(rest))
            bullet.text = head
            return [bullet, *_short(tail)]
    return [bullet]


_OWN_GROUP = re.compile(r"\b(?:my|our) (team|crew|group|department|unit|staff|shift)\b", re.IGNORECASE)
_ME_AND = re.compile(r"\bme and\b", re.IGNORECASE)
_FIRST = re.compile(r"(?:(?<=\s)|^)(?<!because )(?<!until )(?<!since )(?<!when )(?<!while )(?<!once )(?<!after )"
                    r"(?<!before )(?<!which )(?<!that )(?<!who )(?:i|i've|i'd|i'm|i’ve|i’m|me|myself|ourselves)(?:\s+|(?=[,;.]|$))", re.IGNORECASE)
_AFTER_I = re.compile(r"\b(once|after|before|when|while|until|since|because|by the time) i ([a-z]{2,20})\b", re.IGNORECASE)
_WE = re.compile(r"\b(?:we|we've|we'd|we're|we’ve|us)\b", re.IGNORECASE)
_SINGULAR = {"were": "was", "are": "is", "have": "has", "do": "does", "don't": "doesn't", "'re": "is"}
_TEAM_VERB = re.compile(r"\bthe team (were|are|have|do|don't)\b", re.IGNORECASE)
_MY = re.compile(r"\b(?:my|our)\b", re.IGNORECASE)


_COMMON_CATEGORIES = SOFT_CATEGORIES | {"Business", "Helpdesk or call center"}  # "sales", "help desk": plain words


def skill_case(text: str) -> str:
    """Skills said in lower case (speech-to-text) written as the vocabulary spells them: "kubernetes" ->
    "Kubernetes", "active directory" -> "Active Directory"; only the same words, never a synonym."""
    out, at = [], 0
    for match in load_vocabulary().find(text):
        surface = text[match.start:match.end]
        name = match.canonical
        named = any(c.isupper() for c in name[1:]) or (" " not in name and match.category not in _COMMON_CATEGORIES)
        if named and surface.islower() and surface == name.lower():
            out += [text[at:match.start], match.canonical]
            at = match.end
    return "".join(out) + text[at:] if out else text


def _gerund(match: re.Match[str]) -> str:
    """"after I moved it" -> "after moving it" (also "once", "before", "since", "while", "when"); where no
    -ing form is known the "I" stays: a resume line may keep one "I" rather than lose its grammar."""
    word, verb = match[1].lower(), match[2].lower()
    if word in {"because", "until"}:
        return match.group()
    ing = GERUND.get(verb) or (verb[:-3] + "ying" if verb.endswith("ied") else verb[:-2] + "ing"
                                if verb.endswith("ed") and len(verb) > 4 else "")
    if not ing:
        return match.group()
    return f"{'after' if word == 'once' else match[1]} {ing}"


def third_person(text: str) -> str:
    """A bullet without "I", "we" or "my": "the team" for "we"/"our team", "the" for "my", the "I" of an
    inner clause dropped ("and I trained" -> "and trained"); a resume speaks of the person without pronouns."""
    text = _OWN_GROUP.sub(lambda m: "the " + m[1], text)
    text = _ME_AND.sub("with", text)
    text = _AFTER_I.sub(_gerund, text)
    text = _FIRST.sub("", text)
    text = re.sub(r"\bi\b", "I", text)  # an "I" kept after "because"/"until"
    text = _WE.sub("the team", text)
    text = _MY.sub("the", text)
    text = _TEAM_VERB.sub(lambda m: "the team " + _SINGULAR[m[1].lower()], text)
    text = re.sub(r"\bthe the\b", "the", text)
    text = re.sub(r" {2,}", " ", text).strip()
    return _upper_first(text)


def _join(bullet: Bullet, text: str, index: int, as_outcome: bool = True) -> None:
    bullet.text = f"{bullet.text}; {text}"
    if as_outcome:
        bullet.outcome = f"{bullet.outcome}; {text}" if bullet.outcome else text
    else:
        bullet.action = f"{bullet.action}; {text}"
    if index not in bullet.turns:
        bullet.turns.append(index)


def _lower_first(text: str) -> str:
    first = text.split()[0] if text.split() else ""
    return text[0].lower() + text[1:] if first[1:].islower() else text


def _upper_first(text: str) -> str:
    return text[0].upper() + text[1:] if text else text
