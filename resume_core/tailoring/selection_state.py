"""The page being filled by `resume_core.tailoring.selection`: the entries (`Owner`), the chosen bullets
(`Selection`) and the running state of a selection (`SelectionState`): what each bullet costs in page
lines (its entry's heading paid by its first bullet), what it still gains (each requirement's unproven
share), and taking it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resume_core.tailoring.page_budget import (
    PageMetrics,
    bullet_cost,
    collapsed_lines,
    entries_section_lines,
    entry_header_lines,
)
from resume_core.tailoring.scoring import Candidate, ScoreTable


MAX_BULLETS = {"job": 6, "project": 3}


@dataclass(frozen=True)
class Owner:
    """A job or project as selection sees it: what opening its entry costs."""

    id: str
    kind: str  # "job" or "project"
    positions: int
    reserved: bool  # shown anyway (collapsed when no bullet wins): its title line is already paid


@dataclass
class Selection:
    """The chosen bullets, per owner, in the order they were chosen."""

    bullets: dict[str, list[str]] = field(default_factory=dict)
    serves: dict[str, list[str]] = field(default_factory=dict)  # bullet id -> requirement ids it adds to
    used_lines: float = 0.0
    budget_lines: float = 0.0
    residual: dict[str, float] = field(default_factory=dict)  # requirement id -> share still unproven
    filled: list[str] = field(default_factory=list)  # bullet ids phase 4 added to fill a sparse page

    def chosen(self) -> list[str]:
        return [i for ids in self.bullets.values() for i in ids]

    def relevant(self) -> Selection:
        """This selection without phase 4's filler: what relevance alone chose."""
        return Selection(
            bullets={o: kept for o, ids in self.bullets.items() if (kept := [i for i in ids if i not in self.filled])},
            serves={i: r for i, r in self.serves.items() if i not in self.filled},
            used_lines=self.used_lines, budget_lines=self.budget_lines, residual=dict(self.residual),
        )


class SelectionState:
    """One selection in progress: lines left, residuals, bullets taken (see `resume_core.tailoring.selection`)."""

    def __init__(self, table: ScoreTable, owners: dict[str, Owner], metrics: PageMetrics, budget: float,
                 residual: dict[str, float], scope: dict[str, frozenset[str]]):
        self.table, self.owners, self.metrics = table, owners, metrics
        self.weights = {r.id: r.weight for r in table.requirements}
        self.residual = dict(residual)
        self.scope = scope
        self.selection = Selection(budget_lines=budget, residual=self.residual)
        self.left = budget
        self.projects_open = False
        self.lines: dict[str, float] = {}  # bullet lines per candidate, measured once
        self._effective: dict[str, dict[str, float]] = {}  # effective covers per candidate, computed once
        self.relevant: dict[str, int] = {}  # owner id -> how many of its bullets cover something
        self.capped = True  # MAX_BULLETS applies; lifted when the capped page leaves lines white

    def effective(self, cand: Candidate) -> dict[str, float]:
        """Effective covers within the candidate's scope, computed once: covers do not change while selecting."""
        eff = self._effective.get(cand.id)
        if eff is None:
            eff = self.table.effective(cand)
            if cand.id in self.scope:
                eff = {r: e for r, e in eff.items() if r in self.scope[cand.id]}
            self._effective[cand.id] = eff
        return eff

    def gain(self, cand: Candidate) -> float:
        return sum(self.weights[r] * self.residual[r] * e for r, e in self.effective(cand).items())

    def cost(self, cand: Candidate, ranking: bool = False) -> float:
        """Lines `cand` adds to the page. For `ranking`, an entry's heading is shared with a second
        bullet when the entry has one that covers something: a project with several relevant
        bullets must not lose to one weak bullet of an open entry for paying its heading alone."""
        owner = self.owners[cand.owner_id]
        if cand.id not in self.lines:
            self.lines[cand.id] = bullet_cost(cand.text, self.metrics)
        lines = self.lines[cand.id]
        if cand.owner_id not in self.selection.bullets:
            head = entry_header_lines(owner.positions, self.metrics)
            head = head - collapsed_lines(owner.positions, self.metrics) if owner.reserved else head
            if owner.kind == "project" and not self.projects_open:
                head += entries_section_lines(self.metrics)
            lines += head / 2 if ranking and self.relevant.get(cand.owner_id, 0) > 1 else head
        return lines

    def allowed(self, cand: Candidate) -> bool:
        taken = self.selection.bullets.get(cand.owner_id, [])
        return cand.id not in taken and (not self.capped or len(taken) < MAX_BULLETS[self.owners[cand.owner_id].kind])

    def take(self, cand: Candidate) -> bool:
        """Add `cand` if it fits; True when the owner's entry was opened by it."""
        cost = self.cost(cand)
        opened = cand.owner_id not in self.selection.bullets
        self.left -= cost
        self.selection.used_lines += cost
        self.selection.bullets.setdefault(cand.owner_id, []).append(cand.id)
        if self.owners[cand.owner_id].kind == "project":
            self.projects_open = True
        served = []
        for r, e in sorted(self.effective(cand).items()):
            if self.residual[r] > 1e-9 and e > 0:
                served.append(r)
            self.residual[r] *= 1 - e
        self.selection.serves.setdefault(cand.id, served)
        return opened
