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

from dataclasses import dataclass, field

from resume_core.interview.clauses import read_sentence, sounds_like_problem
from resume_core.interview.text import has_number, has_result, sentences, words
from resume_core.bank.model import Turn

MAX_READ_CHARS = 20_000  # of one answer; a pasted book is kept in the transcript but not read further
MAX_BULLET_WORDS = 45  # an outcome that would make a bullet longer stands on its own
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
    for index in range(start, len(turns)):
        turn = turns[index]
        if turn.role != "user":
            continue
        for sentence in sentences(turn.text[:MAX_READ_CHARS]):
            for clause in read_sentence(sentence, owner_name):
                if clause.kind in {"own", "team", "part", "role"}:
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
    return story


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
