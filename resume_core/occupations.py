"""Map a job title to an O*NET occupation and the technologies commonly listed for it.

`data/occupations.json` (built by `tools/build_vocab.py`) holds each occupation's title, its O*NET
alternate titles and its in-demand / hot technologies, best first. A posting title is matched
exactly after dropping seniority words ("Senior QA Engineer" -> "qa engineer"), else by the
alternate title sharing the most words with it that ends in the same role word.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from resume_core.vocab import DATA_DIR

_NOISE = re.compile(
    r"\b(?:senior|sr|junior|jr|lead|principal|staff|head|chief|mid|level|entry|intern|associate|i{1,3}|iv|"
    r"remote|hybrid|contract|freelance|m/f/d|m/w/d|f/m/d|full[- ]?time|part[- ]?time)\b|\([^)]*\)|[^a-z0-9+#. ]"
)


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    technologies: tuple[str, ...]


_SPELLING = {"frontend": "front end", "backend": "back end", "fullstack": "full stack", "front-end": "front end",
             "back-end": "back end", "full-stack": "full stack", "qa": "quality assurance", "ml": "machine learning",
             "sre": "site reliability engineer", "dev": "developer"}


def clean_title(title: str) -> str:
    """A title reduced to its occupation words ("Senior Front-End Developer (m/f/d)" -> "front end developer")."""
    words = _NOISE.sub(" ", title.lower().replace("-", " ").replace("front end", "frontend")).split()
    return " ".join(_SPELLING.get(w, w) for w in words)


class OccupationIndex:
    def __init__(self, rows: list) -> None:
        self._by_code: dict[str, Occupation] = {}
        self._exact: dict[str, str] = {}
        self._by_last: dict[str, list[tuple[frozenset[str], str]]] = {}
        for code, title, titles, technologies in rows:
            self._by_code[code] = Occupation(code, title, tuple(technologies))
            for key in titles:  # cleaned by tools/build_vocab.py with clean_title
                self._exact.setdefault(key, code)
                words = key.split()
                self._by_last.setdefault(words[-1], []).append((frozenset(words), code))

    def match(self, title: str) -> Occupation | None:
        """The occupation a job title most likely names, or None."""
        key = clean_title(title)
        if not key:
            return None
        if key in self._exact:
            return self._by_code[self._exact[key]]
        words = key.split()
        wanted = frozenset(words)
        best: tuple[float, str] | None = None
        for candidate, code in self._by_last.get(words[-1], []):
            overlap = len(wanted & candidate)
            score = overlap / len(wanted | candidate)
            if overlap >= min(2, len(wanted)) and (best is None or score > best[0]):
                best = (score, code)
        return self._by_code[best[1]] if best else None


@lru_cache(maxsize=1)
def load_occupations() -> OccupationIndex:
    data = json.loads((DATA_DIR / "occupations.json").read_text(encoding="utf-8"))
    return OccupationIndex(data["occupations"])
