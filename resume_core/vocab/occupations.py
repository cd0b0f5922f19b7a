"""Map a job title to an O*NET occupation and the technologies commonly listed for it.

`data/occupations.json` (built by `tools/build_vocab.py`) holds each occupation's title, its O*NET
alternate titles and its in-demand / hot technologies, best first. A posting title is reduced to its
occupation words ("Senior Front-End Developer (m/f/d)" -> "front end developer"); then its head noun
(the last word: developer, engineer, nurse) and the words before it are looked up among the
alternate titles with the same head noun. Several occupations often list one title ("data engineer":
Database Architects, Data Scientists, Statisticians): the one with the most titles sharing the words
wins, weighted toward the occupations software postings usually belong to. A match that rests on one
title of a rare occupation ("technical platform engineer" -> Blockchain Engineers) is too weak to
use: no occupation is better than a wrong one, since its technologies become implied requirements.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from resume_core.vocab.vocabulary import DATA_DIR

_NOISE = re.compile(
    r"\b(?:senior|sr|junior|jr|lead|principal|staff|head|chief|mid|level|entry|intern|associate|i{1,3}|iv|"
    r"remote|hybrid|contract|freelance|m/f/d|m/w/d|f/m/d|full[- ]?time|part[- ]?time)\b|\([^)]{0,200}\)|[^a-z0-9+#. ]"
)  # the bracket span is bounded: an unclosed "(" repeated must not cost quadratic time
# Seniority and employment words a posting adds to a title; O*NET titles never carry them. Only
# queries are cleaned with these (the stored titles were cleaned by `clean_title` at build time).
_QUERY_NOISE = re.compile(r"\b(?:founding|experienced|expert|graduate|trainee|apprentice|working student|"
                          r"permanent|temporary|new grad|ii|iii|iv|v|\d+)\b")
_SPELLING = {"frontend": "front end", "backend": "back end", "fullstack": "full stack", "front-end": "front end",
             "back-end": "back end", "full-stack": "full stack", "qa": "quality assurance", "ml": "machine learning",
             "sre": "site reliability engineer", "dev": "developer"}
# Titles newer than O*NET's list, said in the words O*NET uses ("platform engineer" is the
# infrastructure engineer of a cloud-era team).
_QUERY_WORDS = {"platform": "infrastructure"}
# Role words that alone name no occupation ("Engineer": civil, ship, software, ...).
_VAGUE = frozenset("engineer developer manager analyst specialist consultant designer scientist associate officer "
                   "director coordinator technician assistant representative lead administrator architect "
                   "programmer expert member".split())
_STOP = frozenset({"and", "of", "the", "for", "in", "&", "+", "a", "an", "to", "with"})
# Occupations most postings this app sees belong to; among occupations listing the same title, they win.
COMMON = frozenset({
    "15-1252.00",  # Software Developers
    "15-1254.00",  # Web Developers
    "15-1253.00",  # Software Quality Assurance Analysts and Testers
    "15-2051.00",  # Data Scientists
    "15-1243.00",  # Database Architects
    "15-1242.00",  # Database Administrators
    "15-1299.08",  # Computer Systems Engineers/Architects
    "15-1244.00",  # Network and Computer Systems Administrators
    "15-1241.00",  # Computer Network Architects
    "15-1212.00",  # Information Security Analysts
    "15-1299.05",  # Information Security Engineers
    "15-1211.00",  # Computer Systems Analysts
    "15-1255.00",  # Web and Digital Interface Designers
    "11-3021.00",  # Computer and Information Systems Managers
    "15-1299.09",  # Information Technology Project Managers
})
COMMON_WEIGHT = 3
MIN_SUPPORT = 2  # weighted titles a match without an exact title needs
MAX_EXACT = 5  # a one-word title listed by more occupations than this is too vague to name one


@dataclass(frozen=True)
class Occupation:
    code: str
    title: str
    technologies: tuple[str, ...]
    via: str = ""  # the O*NET alternate title the job title was matched through


def clean_title(title: str) -> str:
    """A title reduced to its occupation words ("Senior Front-End Developer (m/f/d)" -> "front end developer")."""
    words = _NOISE.sub(" ", title.lower().replace("-", " ").replace("front end", "frontend")).split()
    return " ".join(_SPELLING.get(w, w) for w in words)


def _query_key(title: str) -> str:
    words = [_QUERY_WORDS.get(w, w) for w in _QUERY_NOISE.sub(" ", clean_title(title)).split()]
    if words and len(words[-1]) > 4 and words[-1].endswith("s") and not words[-1].endswith(("ss", "ics", "us")):
        words[-1] = words[-1][:-1]  # "Java Developers" -> "java developer"
    return " ".join(words)


class OccupationIndex:
    def __init__(self, rows: list) -> None:
        self._by_code: dict[str, Occupation] = {}
        self._titles: list[tuple[str, str]] = []  # (alternate title, code)
        self._by_head: dict[str, list[int]] = {}  # head noun -> titles ending in it
        # head noun -> another word -> titles with both; built for a head noun when first asked
        self._by_word: dict[str, dict[str, list[int]]] = {}
        for code, title, titles, technologies in rows:
            self._by_code[code] = Occupation(code, title, tuple(technologies))
            for key in titles:  # cleaned by tools/build_vocab.py with clean_title
                self._by_head.setdefault(key[key.rfind(" ") + 1 :], []).append(len(self._titles))
                self._titles.append((key, code))

    def _words(self, head: str) -> dict[str, list[int]]:
        if head not in self._by_word:
            index: dict[str, list[int]] = {}
            for i in self._by_head.get(head, ()):
                for word in set(self._titles[i][0].split()[:-1]):
                    index.setdefault(word, []).append(i)
            self._by_word[head] = index
        return self._by_word[head]

    def match(self, title: str) -> Occupation | None:
        """The occupation a job title most likely names, or None when no match is sound.

        A title with a qualifier ("Engineer, Infrastructure", "Software Engineer - Machine Learning")
        is also tried turned around ("Infrastructure Engineer") and without the qualifier; a title
        no occupation lists is tried without its first words ("Android Software Engineer" ->
        "Software Engineer").
        """
        first, *rest = re.split(r"\s*[,(|:/]\s*|\s+[-–—]\s+", title, maxsplit=1)
        candidates = [title]
        if rest and rest[0].strip() and len(rest[0].split()) <= 3:
            candidates.append(f"{rest[0]} {first}")
        candidates.append(first)
        keys = list(dict.fromkeys(filter(None, map(_query_key, candidates))))
        for occupation in map(self._match_key, keys):
            if occupation is not None:
                return occupation
        # Dropping words can change the field ("Network Development Engineer" is no chemical
        # "development engineer"): only a title a common occupation lists as such counts.
        for key in keys:
            words = key.split()
            for shorter in (" ".join(words[i:]) for i in range(1, len(words) - 1)):
                occupation = self._match_key(shorter)
                if occupation is not None and occupation.code in COMMON and occupation.via == shorter:
                    return occupation
        return None

    def _match_key(self, key: str) -> Occupation | None:
        *others, head = key.split()
        if not others and head in _VAGUE:
            return None
        modifiers = set(others) - _STOP
        if modifiers:
            # Every word before the head must be shared; of three or more, all but one.
            needed = len(modifiers) - (len(modifiers) >= 3)
            shared: dict[int, int] = {}
            words = self._words(head)
            for word in modifiers:
                for index in words.get(word, ()):
                    shared[index] = shared.get(index, 0) + 1
            found = [index for index, count in shared.items() if count >= needed]
        else:
            found = self._by_head.get(head, [])
        support: dict[str, int] = {}
        exact: set[str] = set()
        via: dict[str, str] = {}
        for index in found:
            candidate, code = self._titles[index]
            support[code] = support.get(code, 0) + 1
            if candidate == key:
                exact.add(code)
            if code not in via or candidate == key:
                via[code] = candidate

        def named(code: str) -> bool:  # "Web Developers" for a developer, "Registered Nurses" for a nurse
            return head in self._by_code[code].title.lower().replace("/", " ").replace("s ", " ") + " "

        if not modifiers:
            # One word names an occupation called by it ("Accountant"), never one that merely lists
            # it ("technical" -> nanotechnology technicians), and never one of many ("engineer").
            support = {code: n for code, n in support.items() if named(code)}
            if len(exact) > MAX_EXACT:
                return None
        if not support:
            return None

        def score(code: str) -> tuple[bool, int, bool, str]:
            return code in exact, support[code] * (COMMON_WEIGHT if code in COMMON else 1), named(code), code

        best = max(support, key=score)
        if best not in exact and score(best)[1] < MIN_SUPPORT:
            return None
        return replace(self._by_code[best], via=via[best])

    def get(self, code: str) -> Occupation | None:
        return self._by_code.get(code)


@lru_cache(maxsize=1)
def load_occupations() -> OccupationIndex:
    data = json.loads((DATA_DIR / "occupations.json").read_text(encoding="utf-8"))
    return OccupationIndex(data["occupations"])
