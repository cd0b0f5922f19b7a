"""The one check that keeps generated text honest: every fact it states must be in the user's own words.

`check_grounding(text, truth)` returns what `text` states that `truth` does not: each number,
percentage or money amount (compared as values, so "$2M" matches "$2 million", and a percentage
needs a percentage), each vocabulary tool or skill, and each proper noun (whole words only: "Rust"
is not found in "trust"). `bank_truth` is the truth for text generated from a Big Resume: its text
fields only, never ids, dates, links or contact details (a "20%" must not pass because a job
started in 2021), and only the user's turns of an interview (the interviewer's questions are not
facts). Suggestions from an interview (`suggest`) and the tailored summary (`tailoring.summary`) both
use it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from resume_core.interview.numbers import SCALES, TENS, UNITS, words_value
from resume_core.interview.text import sentences, skills_in
from resume_core.bank.model import Bank

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mm": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9, "billion": 1e9}
_OTHER = {"double": 2, "doubled": 2, "triple": 3, "tripled": 3, "half": 0.5, "halved": 0.5, "dozen": 12}
_NUMBER_WORD = "|".join(sorted((*UNITS, *TENS, "hundred", *SCALES), key=len, reverse=True))
_QUANTITY = re.compile(
    r"(?P<cur>[$€£])?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<unit>%|percent\b|per cent\b|k\b|mm?\b|bn?\b|"
    r"thousand\b|million\b|billion\b)?"
    rf"|\b(?P<spelled>(?:{_NUMBER_WORD})(?:[ \t-]{{1,3}}(?:and[ \t-]{{1,3}})?(?:{_NUMBER_WORD})){{0,6}})\b"
    r"(?:\s?(?P<wunit>%|percent\b|per cent\b))?"
    rf"|\b(?P<word>{'|'.join(_OTHER)})\b",
    re.IGNORECASE,
)
_PROPER = re.compile(r"(?<![\w'])(?:[A-Z][\w'+#.\-]*[\w+#]|[a-z]+[A-Z][\w]*|[A-Z])(?![\w])")

# Fields of a bank that hold no claim a sentence could cite: identity, dates, links, contact, status.
_NOT_TEXT = frozenset({"id", "date", "start_date", "end_date", "release_date", "created", "updated", "at", "url",
                       "email", "phone", "username", "network", "number", "role", "status", "schema_version"})


def bank_truth(bank: Bank) -> str:
    """The text fields of `bank`, one per line: what a text generated from it may state."""
    out: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if value.get("role") == "assistant":
                return  # an interviewer's question: the user never said it
            for key, item in value.items():
                if key not in _NOT_TEXT and not key.endswith("_id"):
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str) and value.strip():
            out.append(value)

    walk(bank.model_dump())
    return "\n".join(out)


def quantities(text: str) -> list[tuple[str, float, str]]:
    """(as written, value, kind) for each quantity; kind is '%', 'money' or ''."""
    out = []
    for m in _QUANTITY.finditer(text):
        if m["word"]:
            out.append((m["word"], float(_OTHER[m["word"].lower()]), ""))
            continue
        if m["spelled"]:
            kind = "%" if m["wunit"] else ""
            out.append((m.group().strip(), words_value(re.findall(r"[a-z]+", m["spelled"].lower())), kind))
            continue
        unit = (m["unit"] or "").lower()
        value = float(m["num"].replace(",", "")) * _SCALE.get(unit, 1.0)
        kind = "%" if unit in ("%", "percent", "per cent") else "money" if m["cur"] else ""
        out.append((m.group().strip(), value, kind))
    return out


def _says(haystack: str, phrase: str) -> bool:
    """Does lowercased `haystack` contain `phrase` as whole words?"""
    return re.search(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", haystack) is not None


@lru_cache(maxsize=8)
def _heard(truth: str) -> tuple[list[tuple[str, float, str]], frozenset[str]]:
    """The quantities and skills of one truth, read once for all the suggestions checked against it."""
    from resume_core.interview.spoken import tidy  # the numbers as said, and as the bullets write them

    tidied, budget = [], _TIDY_BUDGET
    for line in truth.split("\n"):  # each answer is read for bullets up to its first 20,000 characters
        if budget <= 0:
            break
        part = line[:min(20_000, budget)]
        tidied.append(tidy(part))
        budget -= len(part) + 1
    said = quantities(truth) + quantities("\n".join(tidied))
    return said, frozenset(s.lower() for s in skills_in(truth))


_TIDY_BUDGET = 100_000  # characters of tidied answers read for numbers said in words ("sixty two percent")


def check_grounding(text: str, truth: str) -> list[str]:
    """The numbers, amounts, tools and proper nouns of `text` that `truth` does not state, as written."""
    unsupported: list[str] = []
    heard, heard_skills = _heard(truth)
    for written, value, kind in quantities(text):
        if not any(abs(v - value) < 1e-9 and (k == kind or (kind != "%" and k != "%")) for _, v, k in heard):
            unsupported.append(written)
    truth_lower = truth.lower()
    for skill in skills_in(text):
        if skill.lower() not in heard_skills and not _says(truth_lower, skill):
            unsupported.append(skill)
    for sentence in sentences(text):
        for i, m in enumerate(_PROPER.finditer(sentence)):
            name = m.group().rstrip(".")
            if (i == 0 and m.start() == 0) or name == "I":
                continue  # a sentence's first word is capitalised anyway
            if not _says(truth_lower, name) and name not in unsupported:
                unsupported.append(name)
    return list(dict.fromkeys(unsupported))
