"""Small readings of what the user typed: sentences, words, numbers, results and named skills.

Shared by the offline interviewer (`interview.py`) and suggestions (`suggest.py`). Skills are found
through the skill vocabulary (`resume_core.vocab.vocabulary`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from resume_core.vocab.vocabulary import load_vocabulary

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundreds?|thousands?|millions?|billions?|dozens?|double[ds]?|tripled?|halved?|half|third|quarter|once|twice"
)
_NUMBER = re.compile(rf"\d|%|\b({_NUMBER_WORDS})\b", re.IGNORECASE)
_RESULT = re.compile(
    r"\b(so that|result(ed|ing)?|which (meant|let|made|cut|saved)|saving|saved|reduc\w*|increas\w*|improv\w*|"
    r"cut|grew|grow\w*|faster|slower|cheaper|fewer|more|less|lower\w*|rais\w*|boost\w*|eliminat\w*|"
    r"prevent\w*|avoid\w*|enabl\w*|won|launch\w*|shipp\w*|deliver\w*|doubl\w*|tripl\w*|halv\w*|"
    r"went (?:up|down|from|away)|dropp\w*|fell|rose|stopped|gone|(?:up|down) (?:by|to|from)|instead of|"
    r"recover\w*|passed|filled up|calmer|on time|earlier|sooner|quicker|better|higher|safer)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'+#.\-]*[A-Za-z0-9+#]|[A-Za-z0-9]")


def sentences(text: str) -> list[str]:
    """The non-empty sentences of `text`, stripped."""
    return [s.strip(" -\t") for s in _SENTENCE.split(text.strip()) if s.strip(" -\t")]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def has_number(text: str) -> bool:
    """Does the text state a quantity (digits, a percentage, "doubled", "hundreds")?"""
    return bool(_NUMBER.search(text))


def has_result(text: str) -> bool:
    """Does the text state an outcome ("reduced", "so that", "faster", "launched")?"""
    return bool(_RESULT.search(text))


SOFT_CATEGORIES = frozenset({"Soft skills", "Practices", "Foreign language", "management and administration"})
"""Vocabulary categories of skills that are ways of working, not tools one can ask the scale of."""


def skills_in(text: str) -> list[str]:
    """Canonical names of the skills the text names, in reading order, each once."""
    return list(dict.fromkeys(name for name, _ in _finder()(text)))


def tools_in(text: str) -> list[str]:
    """The named skills that are tools or technologies (not soft skills or practices)."""
    return list(dict.fromkeys(name for name, category in _finder()(text) if category not in SOFT_CATEGORIES))


def soft_skills_in(text: str) -> list[str]:
    """The named skills that are ways of working ("leadership", "mentoring", "Agile")."""
    return list(dict.fromkeys(name for name, category in _finder()(text) if category in SOFT_CATEGORIES))


@lru_cache(maxsize=1)
def _finder():
    """text -> [(canonical name, category)]."""
    vocabulary = load_vocabulary()
    return lambda text: [(m.canonical, m.category) for m in vocabulary.find(text)]
