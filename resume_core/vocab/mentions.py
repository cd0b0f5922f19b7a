"""Skills a bullet names that the vocabulary alone does not find, for `resume_core.tailoring.scoring`.

The vocabulary is careful: a common word such as "Go" counts as a skill only next to technical
context, and "Mentored four engineers" names no skill at all. Two kinds of evidence fill the gap:

- `OwnerSkills`: a skill the bullet's own job or project lists, spelled verbatim in the bullet
  ("a Go admission webhook" under a project that lists Go);
- `SkillVerbs`: a skill named by a gerund, done as a verb ("mentored" for mentoring, "monitored"
  for monitoring). Only inflected forms count, so "card-network" is no networking.

Both only look for skills some requirement of the posting asks for (its `concepts`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


class SkillVerbs:
    """Gerund skills of the posting found as verbs ("mentoring" in "Mentored ...")."""

    def __init__(self, concepts: Iterable[str]):
        self.by_root: dict[str, str] = {}
        for concept in concepts:
            root = concept[:-3] if concept.endswith("ing") else ""
            if concept.isalpha() and len(root) >= 4:
                self.by_root.setdefault(root, concept)
        alternatives = "|".join(sorted(map(re.escape, self.by_root), key=lambda w: (-len(w), w)))
        self.pattern = re.compile(rf"\b({alternatives})e?(?:d|ing)\b", re.IGNORECASE) if alternatives else None
        # Most texts hold none of the roots: for ASCII, where case is plain, a substring test tells so first.
        self.ascii_roots = tuple(self.by_root) if all(map(str.isascii, self.by_root)) else None

    def named(self, text: str) -> set[str]:
        if self.pattern is None:
            return set()
        if self.ascii_roots is not None and text.isascii():
            low = text.lower()
            if not any(root in low for root in self.ascii_roots):
                return set()
        # The pattern is case-blind as re is: "Teſted" (a long s) matches the root "test", which lower()
        # leaves as "teſt" and casefold() makes "test"; a spelling neither maps back is no match.
        found = (self.by_root.get(m.group(1).lower()) or self.by_root.get(m.group(1).casefold())
                 for m in self.pattern.finditer(text))
        return {concept for concept in found if concept}


class OwnerSkills:
    """Skills the owner lists (`owner_skills`) that `text` spells exactly, case and all."""

    def __init__(self, concepts: Iterable[str], canonical: Callable[[str], str]):
        self.concepts = frozenset(concepts)
        self.canonical = canonical
        self.by_name: dict[str, tuple[str, re.Pattern] | None] = {}  # owners share most names
        self.listed: dict[tuple[str, ...], tuple[str, ...]] = {}  # an owner's names, stripped, once per owner

    def _pattern(self, name: str) -> tuple[str, re.Pattern] | None:
        if name not in self.by_name:
            concept = self.canonical(name)
            # Whole names only, and not "Go-live" or "go to market".
            self.by_name[name] = (
                (concept, re.compile(rf"(?<![\w.+#-]){re.escape(name)}(?![\w+#])(?!-live| to\b)"))
                if concept in self.concepts
                else None
            )
        return self.by_name[name]

    def named(self, text: str, owner_skills: tuple[str, ...]) -> dict[str, float]:
        found: dict[str, float] = {}
        if not self.concepts:
            return found
        names = self.listed.get(owner_skills)
        if names is None:
            names = self.listed[owner_skills] = tuple(stripped for name in owner_skills if (stripped := name.strip()))
        for name in names:
            if name in text and (hit := self._pattern(name)) and hit[1].search(text):
                found[hit[0]] = 1.0
        return found
