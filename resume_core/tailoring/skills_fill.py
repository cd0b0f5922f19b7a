"""The skills section's line, filled one name at a time: the lines its names take joined by ", ", each name
measured once as it is added, exactly as `page_budget.skills_lines` measures the whole joined line.

Filling tries every skill of the bank against the names already in; measuring the whole line again for
each try made the skills section quadratic in the bank's skills.
"""

from __future__ import annotations

from resume_core.tailoring.page_budget import FILL_MARGIN, PageMetrics, flow, skills_lines


class SkillsLine:
    """Names joined by ", " on full-width lines wrapped `FILL_MARGIN` early (see `page_budget.skills_lines`)."""

    def __init__(self, metrics: PageMetrics):
        self.metrics = metrics
        self.names: list[str] = []
        self.width = metrics.line_em * FILL_MARGIN
        self.measured = bool(metrics.font) and self.width > 0  # else by characters: measured whole
        # The joined text so far is words that wrapped into (lines, used), then `tail`: its last word,
        # which the next ", " still changes (or "" when the text ends in a space).
        self.lines, self.used, self.tail = 0, 0.0, ""

    def _segment(self, name: str) -> str:
        return f"{self.tail}, {name}" if self.names else name

    def lines_with(self, name: str) -> int:
        """Lines of the names so far and `name` after them (`skills_lines([*names, name])`)."""
        if not self.measured:
            return skills_lines([*self.names, name], self.metrics)
        return flow(self._segment(name).split(), self.metrics.font, self.width, self.lines, self.used)[0]

    def add(self, name: str) -> None:
        segment = self._segment(name)
        words = segment.split()
        self.tail = words.pop() if words and not segment[-1].isspace() else ""
        if self.measured:
            self.lines, self.used = flow(words, self.metrics.font, self.width, self.lines, self.used)
        self.names.append(name)
