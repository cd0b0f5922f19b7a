"""A story worth keeping: the title and the STAR-shaped summary of an interview, in the person's words.

`suggest_title` names the story by its action and result ("Cut the report time from 90 to 25
minutes"; else "Redesigned the algebra course - the pass rate went from 61% to 84%"), from the
bullets `bullets.read_story` finds. `summarise_answers` sorts the person's own sentences into
Situation, What I did and Result. Both take the interview's context (its `name` and `topic`).
"""

from __future__ import annotations

import re

from resume_core.interview.bullets import read_story
from resume_core.interview.clauses import TEAM_FRAME, read_sentence
from resume_core.interview.state import question_key
from resume_core.interview.text import has_number, has_result, sentences
from resume_core.bank.model import Turn

_TRAILING = {"and", "or", "but", "the", "a", "an", "to", "of", "in", "on", "at", "for", "with", "we", "i", "it"}


def summarise_answers(context, turns: list[Turn]) -> str:
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
            key = question_key(sentence)
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


def suggest_title(context, turns: list[Turn]) -> str:
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
    if not bullet.action.strip():  # an outcome said on its own: its words are the headline
        return _title_case(_clip(text, 12))
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
