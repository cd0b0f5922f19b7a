"""Coverage: for each requirement of a posting, the best evidence in the bank and whether it is on the page.

A requirement is covered when a line of the tailored page proves it (a cover of at least `COVERED`);
"not_selected" when the bank holds such proof but the page does not show it; a gap otherwise, with
the closest evidence, if any, so the user knows what to tell the interviewer. Lines the user typed
count by what they say: their text is scored like any other.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from resume_core.chronology import chronological
from resume_core.model import Bank, Posting, TailoredResume
from resume_core.scoring import ScoreTable
from resume_core.selection import COVERS
from resume_core.tailor_summary import SUMMARY_ID

COVERED = COVERS  # a cover at least this strong counts as evidence for a requirement


class CoverageRow(BaseModel):
    """One requirement: its best evidence in the bank and whether it is on the page."""

    model_config = ConfigDict(extra="forbid")

    requirement_id: str
    requirement: str
    kind: str
    skill: str = ""
    status: Literal["covered", "not_selected", "gap"]
    evidence_id: str = ""
    evidence_kind: str = ""
    evidence_text: str = ""
    job_id: str = ""
    job: str = ""
    cover: float = 0.0
    in_resume: bool = False
    best_owner_id: str = ""


def coverage_rows(resume: TailoredResume, bank: Bank, posting: Posting, table: ScoreTable) -> list[CoverageRow]:
    """Each kept requirement with its best evidence, on the page or not (see `CoverageRow.status`)."""
    by_id = {c.id: c for c in table.candidates}
    on_page: dict[str, dict[str, float]] = {}
    line_kinds: dict[str, str] = {}  # evidence that is a line of the page, not a bank item
    for line in resume.lines():
        if line.provenance == "bank" and line.item_id in table.cover:
            on_page[line.item_id] = table.cover[line.item_id]
        elif line.provenance != "bank" or line.item_id == SUMMARY_ID:
            on_page[f"line:{line.text}"] = table.cover_text(line.text)
            line_kinds[f"line:{line.text}"] = "summary" if line.item_id == SUMMARY_ID and line.provenance == "bank" else "edited"
    newest_job = chronological(bank.jobs)[0].id if bank.jobs else ""
    rows = []
    for req in table.requirements:
        source = next(r for r in posting.requirements if r.id == req.id)
        # Strongest evidence first; among equals, the more recent job's; then by id.
        def rank(pair: tuple[float, str]) -> tuple[float, float, str]:
            recency = by_id[pair[1]].recency if pair[1] in by_id else 1.0
            return (-pair[0], -recency, pair[1])

        in_bank = sorted(((c[req.id], i) for i, c in table.cover.items() if req.id in c), key=rank)
        here = sorted(((c[req.id], i) for i, c in on_page.items() if req.id in c), key=rank)
        if here and here[0][0] >= COVERED:
            status, (cover, evidence) = "covered", here[0]
        else:
            status = "not_selected" if in_bank and in_bank[0][0] >= COVERED else "gap"
            cover, evidence = in_bank[0] if in_bank else (0.0, "")
        cand = by_id.get(evidence)
        best_owner = by_id[in_bank[0][1]].owner_id if in_bank else newest_job
        rows.append(
            CoverageRow(
                requirement_id=req.id, requirement=req.text, kind=req.kind, skill=source.skill, status=status,
                evidence_id=cand.id if cand else "", evidence_kind=cand.kind if cand else line_kinds.get(evidence, ""),
                evidence_text=cand.text if cand else evidence.removeprefix("line:"),
                job_id=cand.owner_id if cand else "", job=cand.owner_name if cand else "",
                cover=round(cover, 4), in_resume=status == "covered", best_owner_id=best_owner,
            )
        )
    return rows
