"""The page's entries from a selection (`resume_core.tailoring.pipeline`): each job or project with its chosen
bullets in reading order (`reading_order`), every line the bank's own text with its score and the
requirements it proves.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from resume_core.tailoring.coverage import COVERED
from resume_core.bank.model import Bank, Entry, Job, Line, Project
from resume_core.tailoring.scoring import ScoreTable
from resume_core.tailoring.selection import Owner


FILL_SCORE, MIN_RELEVANT_SCORE = 0.0, 1e-6  # filler lines score below every relevant line


def entries(bank: Bank, owners: list[Owner], selection, table: ScoreTable,
             preferred: Sequence[str] = ()) -> dict[str, list[Entry]]:
    by_id = {c.id: c for c in table.candidates}
    experience: list[Entry] = []
    projects: list[Entry] = []
    for owner in owners:
        chosen = selection.bullets.get(owner.id, [])
        if not chosen and not owner.reserved:
            continue
        source = bank.find_owner(owner.id)
        assert source is not None  # the owners were read from this bank
        filled = [i for i in chosen if i in selection.filled]  # bank order, after the relevant ones
        ordered = reading_order([i for i in chosen if i not in filled], table, preferred)
        description = [i for i in ordered if by_id[i].kind == "job"]  # still closes the entry
        ordered = [*(i for i in ordered if i not in description), *filled, *description]
        bullets = [
            Line(item_id=i, text=by_id[i].text, covers=_covers(i, table, selection),
                 score=FILL_SCORE if i in filled else max(MIN_RELEVANT_SCORE, round(table.score(by_id[i]), 6)))
            for i in ordered
        ]
        (experience if owner.kind == "job" else projects).append(build_entry(source, bullets))
    return {"experience": experience, "projects": projects}


def reading_order(ids: list[str], table: ScoreTable, preferred: Sequence[str] = ()) -> list[str]:
    """Bullets of one entry, most relevant first, as a reader meets them: each next bullet is the one
    that adds the most to what the lines above it already prove (so the top lines span the posting's
    requirements rather than repeat one), ties by relevance. A project's description says what the
    project is, so it opens the entry; a job's description ("we do X, I lead Y") closes it.
    `preferred` ids (a model's picks, best first) lead the accomplishments in their own order."""
    by_id = {c.id: c for c in table.candidates if c.id in ids}
    weights = {r.id: r.weight for r in table.requirements}
    residual = dict.fromkeys(weights, 1.0)
    place = {"project": 0, "accomplishment": 1, "job": 2}
    left = [i for i in ids if i in by_id]
    rank = {item_id: n for n, item_id in enumerate(dict.fromkeys(preferred))}
    out = []
    while left:
        def key(item_id: str) -> tuple:
            cand = by_id[item_id]
            gain = sum(weights[r] * residual[r] * c for r, c in table.cover.get(item_id, {}).items())
            return (place[cand.kind], rank.get(item_id, len(rank)), -round(gain, 9), -table.score(cand), cand.order,
                    item_id)

        best = min(left, key=key)
        left.remove(best)
        out.append(best)
        for r, c in table.cover.get(best, {}).items():
            residual[r] *= 1 - c
    return out


def build_entry(source: Job | Project, bullets: list[Line]) -> Entry:
    """The resume entry of a bank job or project: name, titles and dates verbatim, with `bullets`."""
    common: dict[str, Any] = {"source_id": source.id, "name": source.name, "url": source.url, "bullets": bullets,
              "start_date": source.start_date, "end_date": source.end_date}
    if isinstance(source, Job):
        return Entry(kind="job", location=source.location, positions=[p.model_copy() for p in source.positions],
                     collapsed=not bullets, **common)
    return Entry(kind="project", **common)


def _covers(item_id: str, table: ScoreTable, selection) -> list[str]:
    """Requirements a line proves: those it covers well, and those it was chosen (or a model said) to serve."""
    strong = {r for r, c in table.cover.get(item_id, {}).items() if c >= COVERED}
    return sorted(strong | set(selection.serves.get(item_id, [])))
