"""When a skill name that is also an ordinary word counts as a skill: the technical context around it.

`Vocabulary.find` first matches every name, then asks a `TextContext` about the names that need
context. An ordinary-word name of a well-known tool ("Go", "Spring", "Celery") counts right after a
cue ("experience with Go", "written in Go"), in a sentence that names another tool, as a short line
in a list of tools, or as an item of a list with such a name ("We use Ruby, Rust and Dart"). The name of an obscure taxonomy product that is an ordinary word or an
all-caps abbreviation ("Works", "Office", "EMS", "DOE") counts only after a strong cue or as an item
of a list next to a tool ("Minitab, DOE"): a tool elsewhere in the sentence proves nothing about
"the EMS helps companies". The same holds for well-known tools named by words common outside tech
("Vault", "Prefect", "Phoenix"), listed as `strict` in curated.json. Soft skills and languages are no
technical context.
"""

from __future__ import annotations

import bisect
import re

SENTENCE_END = re.compile(r"\n|[.!?;:](?=\s)|\u2022")
# Words right before a name that show the name is meant as a skill ("using Go", "experience with Go").
_CUES = frozenset(
    "experience experienced knowledge proficient proficiency familiar familiarity using use used expertise "
    "skill background fluent fluency expert".split()
)
_LINKS = frozenset(("in", "with", "of"))
# Between two items of one list of tools: spaces, commas, slashes, brackets, "and"/"or" (not ";").
_LIST_GAP = re.compile(r"[\s,/&|()+\-]*(?:(?:and|or)[\s,/&|()]*)?", re.IGNORECASE)
_LIST_ITEM = 4  # tokens: a line this short next to a line naming a tool is an item of a list of tools
NOT_TECHNICAL = frozenset(("Soft skills", "Languages"))


class TextContext:
    """Sentences and lines of one text, which of them name a tool, and the matches found in it.

    `found` holds (match, alias, token index) in reading order: match with start, end, category; alias
    with needs_context and strict.
    """

    def __init__(self, text: str, toks: list, found: list) -> None:
        self.text, self.toks, self.found = text, toks, found
        self.ends = [m.end() for m in SENTENCE_END.finditer(text)]
        # A name at the very start of a line belongs to that line, hence bisect_right.
        self.solid = {self.sentence(m.start) for m, a, _ in found if _is_tool(m, a)}
        self._breaks: list[int] | None = None

    def sentence(self, position: int) -> int:
        return bisect.bisect_right(self.ends, position)

    def sentence_span(self, position: int) -> tuple[int, int]:
        index = self.sentence(position)
        start = self.ends[index - 1] if index > 0 else 0
        return start, self.ends[index] if index < len(self.ends) else len(self.text)

    def decide(self) -> list[bool]:
        """For each match: does it count as a skill here?"""
        keep = [not alias.needs_context or self._counts(i) for i, (_, alias, _) in enumerate(self.found)]
        # Items of one list stand together: "We use Ruby, Rust and Dart" (each pass may free the next item).
        changed = True
        while changed:
            changed = False
            for i, (match, _alias, _) in enumerate(self.found):
                if keep[i] or self._compound(match):
                    continue
                near = [j for j in (i - 1, i + 1) if 0 <= j < len(self.found) and keep[j]]
                if any(self.found[j][0].category not in NOT_TECHNICAL and self._listed_with(i, j) for j in near):
                    keep[i] = changed = True
        return keep

    def _counts(self, position: int) -> bool:
        match, alias, index = self.found[position]
        if self._compound(match):
            return False
        if self._cued(index, alias.strict, match.category) or self._listed(match.start):
            return True
        if alias.strict:
            return self._next_to_tool(position)
        return self.sentence(match.start) in self.solid

    def _compound(self, match) -> bool:
        """The tail of a compound word: "Kubernetes-World", "Back-Office"."""
        return match.start > 1 and self.text[match.start - 1] == "-" and self.text[match.start - 2].isalnum()

    def _cued(self, index: int, strict: bool, category: str) -> bool:
        """Right after a cue: "using Go", "experience with DOE"; for well-known names also a bare "with",
        and for languages a bare "in" ("written in Go", not "based in Phoenix")."""
        before = [t for t, _, _ in self.toks[max(0, index - 2) : index]]
        if not before:
            return False
        if before[-1] in _CUES:
            return True
        if not strict and (before[-1] == "with" or (before[-1] == "in" and category == "Programming")):
            return True
        return len(before) == 2 and before[1] in _LINKS and before[0] in _CUES

    def _listed(self, start: int) -> bool:
        """A short line in a list of tools ("Spring" between the lines "Java" and "Spring Boot")."""
        if self._breaks is None:
            self._breaks = [m.end() for m in re.finditer(r"\n", self.text)]
            self._sizes = [0] * (len(self._breaks) + 1)
            for _, begin, _ in self.toks:
                self._sizes[bisect.bisect_right(self._breaks, begin)] += 1
            self._tool_lines = {bisect.bisect_right(self._breaks, m.start) for m, a, _ in self.found if _is_tool(m, a)}
        line = bisect.bisect_right(self._breaks, start)
        return self._sizes[line] <= _LIST_ITEM and bool({line - 1, line + 1} & self._tool_lines)

    def _next_to_tool(self, position: int) -> bool:
        """An item of a list whose next or previous item is a tool ("Minitab, JMP and DOE")."""
        for other in (position - 1, position + 1):
            if 0 <= other < len(self.found) and _is_tool(*self.found[other][:2]) and self._listed_with(position, other):
                return True
        return False

    def _listed_with(self, one: int, other: int) -> bool:
        """Are two matches next items of one list (only commas, slashes, "and", "or" between them)?"""
        first, second = sorted((self.found[one][0], self.found[other][0]), key=lambda m: m.start)
        gap = _LIST_GAP.match(self.text, first.end, second.start)  # always matches: every part is optional
        return gap is not None and gap.end() == second.start


def _is_tool(match, alias) -> bool:
    return not alias.needs_context and match.category not in NOT_TECHNICAL
