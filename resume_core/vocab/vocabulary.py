"""The skill vocabulary: canonical skills, their aliases and categories, and a fast matcher.

Built from O*NET technology skills and ESCO digital and transversal skills (`data/skills.json`, made
by `tools/build_vocab.py`) plus a hand-kept table for what the taxonomies miss (`data/curated.json`:
"k8s", "Golang", "CI/CD", modern tools such as "Argo CD" or "pytest", implications such as
Kubernetes -> containers). Text and aliases are cut into the same normalised tokens (lower case, plural
"s" dropped, "-" and "/" as spaces), so matching handles case, punctuation, plurals and multi-word
names with one dict look-up per token.
Aliases that are ordinary English words ("Go", "Spring", "Chef", "R") and all-caps taxonomy names that
are no well-known acronym ("DOE", "SMARTS") only match in their exact spelling and in technical context
(`vocab.context`), so "Go to market", "R&D", "C-level" and "funded by the DOE" are not skills; roman
numerals ("Type II") never are. The longest name wins ("Argo CD" over "CD", "A/B testing" over "testing").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path

from resume_core.vocab.context import TextContext
from resume_core.vocab.tokens import normalise as normalise, scan as scan, tokens as tokens

DATA_DIR = Path(__file__).parent.parent / "data"

# Gaps allowed between the tokens of one multi-word name ("CI/CD", "amazon-web-services").
_GAP = re.compile(r"^[ \t\-/_&.]{1,3}$")
_ROMAN = re.compile(r"[IVX]+")
# "R & D", "P & L": two letters around a spaced "&" are one abbreviation, not a language.
_SPACED_AMPERSAND = re.compile(r" ?& ?[A-Za-z](?![\w+#])")
_SPACED_AMPERSAND_BEFORE = re.compile(r"(?<![\w+#])[A-Za-z] ?& ?$")
# Words that follow an ordinary word, never a tool name ("Go ahead", "Sketch your ideas", "Go-to-market").
_ENGLISH_NEXT = re.compile(r"-to\b|\s+(?:to|at|ahead|into|out|up|back|beyond|forward|sure|your|our|their|the|it|de|for it)\b")



@dataclass(frozen=True)
class SkillMatch:
    """One skill found in a text: canonical name, category, and where it was written."""

    canonical: str
    category: str
    start: int
    end: int
    surface: str


@dataclass(frozen=True)
class _Alias:
    canonical: str
    exact: str | None  # when set, the text must spell the name exactly like this
    needs_context: bool
    strict: bool = False  # context must be a cue or a neighbour in a list of tools, not just the sentence


class Vocabulary:
    """Canonical skills with aliases; `find` scans text, `canonical` names one term."""

    def __init__(self, skills: list, curated: dict) -> None:
        self._category: dict[str, str] = {}
        self._index: dict[str, list[_Alias]] = {}
        self._trie: dict | None = None  # built from `_index` on first use, dropped when a name is added
        self._implies: dict[str, list[tuple[str, str]]] = {}
        category_names = curated.get("categories", {})
        self._keys: dict[str, str] = {}  # alias -> normalised key, shared by the loops below
        drop = {self._key(a) for a in curated.get("drop_aliases", [])}
        drop_skills = set(curated.get("drop_skills", []))
        ambiguous = set(curated.get("ambiguous", []))
        safe = set(curated.get("safe", []))
        acronyms = set(curated.get("acronyms", []))
        strict = set(curated.get("strict", []))  # ambiguous words that are common outside tech ("Vault")
        # Curated names come first so they win every collision.
        owner: dict[str, str] = {}
        for canonical, entry in curated.get("skills", {}).items():
            self._category[canonical] = entry.get("category", "")
            for alias in [canonical, *entry.get("aliases", [])]:
                owner.setdefault(self._key(alias), canonical)
                unsafe = alias in ambiguous and alias not in safe
                self._add(alias, canonical, unsafe, strict=unsafe and alias in strict)
        merged = {k: v for k, v in owner.items()}
        for canonical, category, aliases, flagged in skills:
            if canonical in drop_skills:
                continue
            # A taxonomy skill whose name the curated table claims is merged into the curated skill.
            target = merged.get(self._key(canonical), canonical)
            self._category.setdefault(target, category_names.get(category, category))
            for alias in aliases:
                key = self._key(alias)
                if not key or key in drop or (key in owner and owner[key] != target) or _ROMAN.fullmatch(alias):
                    continue
                one_word = " " not in key
                # An all-caps taxonomy name that is no well-known acronym is as often an agency, a unit or a
                # shouted word ("DOE", "EMS", "SMARTS") as a product: it needs technical context.
                obscure = one_word and alias.isupper() and alias not in acronyms
                # One-word taxonomy names only match as spelled ("Workday", "SMARTS", not "workday", "smarts").
                # Such taxonomy names of obscure products ("Works", "Office", "EMS") need a cue or a list
                # neighbour; a technical word elsewhere in the sentence is not enough ("Back Office", "the EMS").
                unsafe = (obscure or alias in ambiguous or alias in flagged) and alias not in safe
                self._add(alias, target, unsafe, exact=one_word, strict=unsafe)
        # Categories whose names need telling words in the same sentence (languages: "fluent", "spoken").
        self._context = {cat: re.compile(rx, re.IGNORECASE) for cat, rx in curated.get("category_context", {}).items()}
        for skill, implied in curated.get("implies", {}).items():
            self._implies[skill] = [(name, why) for name, why in implied]
        # Skills postings ask for together (learned, see curated.json): no relation between the skills.
        self._co_occurs: dict[str, list[tuple[str, str, float]]] = {
            skill: [(name, why, float(confidence)) for name, why, confidence in wanted]
            for skill, wanted in curated.get("co_occurs", {}).items()}

    def _key(self, alias: str) -> str:
        key = self._keys.get(alias)
        if key is None:
            key = self._keys[alias] = normalise(alias)
        return key

    def _add(self, alias: str, canonical: str, ambiguous: bool, exact: bool = False, strict: bool = False) -> None:
        key = self._key(alias)
        if not key:
            return
        needs_context = ambiguous or len(key) == 1
        spelling = alias if needs_context or exact else None
        entry = _Alias(canonical, spelling, needs_context, strict and needs_context)
        bucket = self._index.setdefault(key, [])
        if all(e.canonical != canonical or e.exact != spelling for e in bucket):
            bucket.append(entry)
        self._trie = None

    def _names(self) -> dict:
        """A trie of the names by token: {word: {next word: ..., "": aliases ending here}}.

        Built from `_index` as it is when `find` first runs (a name added later rebuilds it), so a
        scan walks only as deep as the text goes on naming something: one dict look-up per token
        for the common words that open no name, two or three for "data ...", "project ...".
        """
        if self._trie is None:
            root: dict = {}
            for key, bucket in self._index.items():
                node = root
                for word in key.split(" "):
                    node = node.setdefault(word, {})
                node[""] = bucket
            self._trie = root
        return self._trie

    # --- look-ups --------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._category)

    def __contains__(self, canonical: str) -> bool:
        return canonical in self._category

    def category(self, canonical: str) -> str:
        return self._category.get(canonical, "")

    def implied_by(self, canonical: str) -> list[tuple[str, str]]:
        """Skills that `canonical` implies, each with a one-line rationale."""
        return list(self._implies.get(canonical, []))

    def co_occurring(self, canonical: str) -> list[tuple[str, str, float]]:
        """Skills that postings asking for `canonical` often also want: (skill, rationale, confidence).
        A habit of employers, not a relation of the skills: coverage and scoring use `implied_by` only."""
        return list(self._co_occurs.get(canonical, []))

    def knows(self, term: str) -> bool:
        """Whether `term` is, as a whole, one of the vocabulary's names ("JavaScript", not "Angular.jsIf")."""
        return normalise(term) in self._index

    def needs_context(self, term: str) -> bool:
        """Whether `term` is a name that is also an ordinary word ("Excel", "Slack", "Go"): `find` takes it
        only in its exact spelling and in technical context."""
        return any(alias.needs_context for alias in self._index.get(normalise(term), ()))

    def canonical(self, term: str) -> str | None:
        """The canonical name of a term ("k8s" -> "Kubernetes"), or None when the term is unknown."""
        key = normalise(term)
        bucket = self._index.get(key)
        if bucket:
            return bucket[0].canonical
        # "Amazon Web Services (AWS)", "PostgreSQL 14": one skill that fills most of the term.
        found = self.find(term)
        covered = sum(m.end - m.start for m in found)
        if len({m.canonical for m in found}) == 1 and covered >= 0.6 * len(re.sub(r"\W", "", term)):
            return found[0].canonical
        return None

    def find(self, text: str) -> list[SkillMatch]:
        """Every skill named in `text`, longest name first, in reading order, without overlaps."""
        words, starts, ends = scan(text)
        nodes = list(map(self._names().get, words))  # the trie node of each word that opens a name
        found: list[tuple[SkillMatch, _Alias, int]] = []
        after = 0  # the first token not taken by a name found already
        for i in compress(range(len(nodes)), nodes):
            if i < after:
                continue
            names = _spelled(nodes[i], words, i)
            if not names or (hit := self._match_at(text, words, starts, ends, i, names)) is None:
                continue
            alias, length = hit
            start, end = starts[i], ends[i + length - 1]
            match = SkillMatch(alias.canonical, self.category(alias.canonical), start, end, text[start:end])
            found.append((match, alias, i))
            after = i + length
        if not any(a.needs_context or m.category in self._context for m, a, _ in found):
            return [m for m, _, _ in found]
        context = TextContext(text, list(zip(words, starts, ends)), found)
        out = []
        for (match, _, _), counts in zip(found, context.decide()):
            if not counts:
                continue
            telling = self._context.get(match.category)
            if telling is not None and not telling.search(text, *context.sentence_span(match.start)):
                continue  # "a Danish company" is no language requirement
            out.append(match)
        return out

    def _match_at(self, text: str, words: list[str], starts: list[int], ends: list[int], i: int,
                  names: list[tuple[int, list[_Alias]]]) -> tuple[_Alias, int] | None:
        """The longest of the `names` spelled from token `i` on that counts here: (alias, length in tokens)."""
        for length, bucket in reversed(names):
            last = i + length - 1
            if any(not _GAP.match(text[ends[k] : starts[k + 1]]) for k in range(i, last)):
                continue
            start, end = starts[i], ends[last]
            for alias in bucket:
                if alias.exact is not None and not _exact(text, start, end, alias.exact):
                    continue
                if length == 1 and len(words[i]) == 1 and not _lone_letter(text, start, end):
                    continue
                if alias.needs_context and _ENGLISH_NEXT.match(text, end):
                    continue  # "Go to market", "Excel at", "Make sure", "Chef de cuisine": ordinary words
                return alias, length
        return None


def _spelled(node: dict | None, words: list[str], i: int) -> list[tuple[int, list[_Alias]]]:
    """(length, aliases) of every name the words from `i` on spell, shortest first; `node` is words[i]'s."""
    names = []
    j, n = i, len(words)
    while node is not None:
        bucket = node.get("")
        if bucket:
            names.append((j - i + 1, bucket))
        j += 1
        node = node.get(words[j]) if j < n else None
    return names


def _exact(text: str, start: int, end: int, spelling: str) -> bool:
    surface = text[start:end]
    if surface.endswith("s") and surface[:-1] in (spelling, spelling.capitalize()):
        surface = surface[:-1]
    # A lower-case name may open a sentence ("Algorithms ..."); a capitalised one must be spelled so.
    if surface == spelling or (spelling.islower() and surface == spelling.capitalize()):
        return True
    # A spelling no English word has (inner capitals, a dot: "JBoss", "SalesForce", "backbone.js") is
    # the name in another case; a plain word ("workday", "SMARTS") still needs the name's own case.
    return surface.lower() == spelling.lower() and (
        not surface.isalpha() or (not surface.isupper() and any(c.isupper() for c in surface[1:])))


def _lone_letter(text: str, start: int, end: int) -> bool:
    """A one-letter language ("C", "R") stands alone: not "R&D", "C-level", "C.V." or "A/B"."""
    before, after = text[start - 1 : start], text[end : end + 1]
    if after == "/" and text[end + 1 : end + 4].upper() == "C++":
        return before not in ("&", "-", "/", "'", ".")  # "C/C++": two languages
    if before in ("&", "-", "/", "'", ".") or after in ("&", "-", "/", "'", "+"):
        return False
    if _SPACED_AMPERSAND.match(text, end) or _SPACED_AMPERSAND_BEFORE.search(text, max(0, start - 4), start):
        return False  # "R & D", "P & L": a pair of letters written apart
    return not (after == "." and text[end + 1 : end + 2].isalnum())


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    """The vocabulary from the packaged data files (loaded once per process)."""
    skills = json.loads((DATA_DIR / "skills.json").read_text(encoding="utf-8"))["skills"]
    curated = json.loads((DATA_DIR / "curated.json").read_text(encoding="utf-8"))
    return Vocabulary(skills, curated)
