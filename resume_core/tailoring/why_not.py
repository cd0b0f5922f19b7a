"""Why a bank line the posting touches is not on the page.

Every accomplishment, skill and description that covers some requirement but is off the page gets one
reason a user can act on: they took it off themselves; what it proves is already proven by lines on the
page (it scored below the cut: which requirements, and what beat it); its job already shows the most
bullets a job may show; or the page was full (dropped by the page budget, with the weakest line that
won a place); or it shares only a word or two with the posting. Pure: reads the page and the scores.
"""

from __future__ import annotations

import heapq
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from resume_core.bank.model import TailoredResume
from resume_core.tailoring.scoring import ScoreTable
from resume_core.tailoring.selection import COVERS, FILL_MIN_COVER, MAX_BULLETS

MAX_REASONS = 200  # a bank of thousands of lines: the most relevant ones are what a user asks about


class WhyNot(BaseModel):
    """One bank line off the page, and why."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: str = Field(description="'accomplishment', 'skill', 'job' (description) or 'project' (description).")
    text: str
    job_id: str
    job: str
    cause: str = Field(description=(
        "'excluded' (the user took it off), 'proven_elsewhere' (below the cut), 'job_full' (its entry shows the "
        "most bullets), 'page_budget' (no room), 'not_chosen' (the page has room, it adds little), 'weak'."))
    reason: str = Field(description="One line the user can read, e.g. 'Terraform is already shown by ...'.")
    requirements: list[str] = Field(default_factory=list, description="Ids of the requirements it covers.")
    beaten_by: list[str] = Field(default_factory=list, description="Ids of the page lines that won instead.")


def why_not_rows(resume: TailoredResume, table: ScoreTable, excluded: set[str] | frozenset[str] = frozenset(),
                 room: bool = False) -> list[WhyNot]:
    """Each bank line the posting touches that the page does not show, most relevant first. `room`: the
    page still has lines to spare (then nothing was dropped for space: the line added too little)."""
    page_ids = list(dict.fromkeys(line.item_id for line in resume.lines() if line.item_id))  # page order
    on_page = set(page_ids)
    shown_per_owner = {e.source_id: len(e.bullets) for e in (*resume.experience, *resume.projects)}
    names = {r.id: r.text for r in table.requirements}
    proven_by: dict[str, list[str]] = {}
    for item_id in page_ids:
        for req_id, cover in table.cover.get(item_id, {}).items():
            if cover >= COVERS:
                proven_by.setdefault(req_id, []).append(item_id)
    kept_scores = sorted((table.score(c), c.id, c.text) for c in table.candidates
                         if c.id in on_page and c.kind != "skill")
    weakest = kept_scores[0] if kept_scores else None
    out = []
    # The most relevant lines the page does not show, as `table.ranked()` orders them; a partial
    # selection, not a sort of the whole bank (thousands of lines).
    left_out = (c for c in table.candidates if c.id not in on_page and table.cover.get(c.id))
    shown = heapq.nsmallest(MAX_REASONS, left_out, key=lambda c: (-table.score(c), c.id))
    for cand in shown:
        covers = table.cover[cand.id]
        strong = sorted((r for r, c in covers.items() if c >= FILL_MIN_COVER), key=lambda r: -covers[r])
        asks = "; ".join(f"'{_short(names[r])}'" for r in strong[:3])
        common: dict[str, Any] = {"id": cand.id, "kind": cand.kind, "text": cand.text, "job_id": cand.owner_id,
                  "job": cand.owner_name, "requirements": strong}
        if cand.id in excluded:
            out.append(WhyNot(**common, cause="excluded", reason="you took it off this page"))
        elif not strong:
            out.append(WhyNot(**common, cause="weak", reason="it shares only a word or two with the posting"))
        elif all(proven_by.get(r) for r in strong):
            winners = list(dict.fromkeys(i for r in strong for i in proven_by[r]))[:4]
            out.append(WhyNot(**common, cause="proven_elsewhere", beaten_by=winners,
                              reason=f"below the cut: what it shows ({asks}) is already proven by the page's lines"))
        elif cand.kind != "skill" and shown_per_owner.get(cand.owner_id, 0) >= MAX_BULLETS.get(cand.owner_kind, 99):
            out.append(WhyNot(**common, cause="job_full",
                              reason=f"{cand.owner_name} already shows {shown_per_owner[cand.owner_id]} bullets, "
                                     f"the most one entry gets on a full page; it covers {asks}"))
        elif room:
            out.append(WhyNot(**common, cause="not_chosen", reason=(
                f"not chosen: it adds little to what the page shows ({asks}); the page has room, "
                "so add it in Review if it matters")))
        else:
            beaten = [weakest[1]] if weakest and weakest[0] >= table.score(cand) else []
            tail = f"; the weakest line that made it: '{_short(weakest[2])}'" if beaten and weakest else ""
            what = "the skills section was full" if cand.kind == "skill" else "the page had no room left"
            out.append(WhyNot(**common, cause="page_budget", beaten_by=beaten,
                              reason=f"dropped by the page budget: {what} for it (it covers {asks}){tail}"))
    return out


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
