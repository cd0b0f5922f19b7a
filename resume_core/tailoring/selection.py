"""Choose the bullets for one page: greedy marginal-gain selection of a submodular coverage objective.

The value of a set S of bullets is sum over requirements r of weight(r) * (1 - prod_{i in S}(1 - e_ir)),
where e_ir is item i's effective cover of r (`resume_core.tailoring.scoring`). A second bullet proving the
same requirement adds only what the first left unproven, so five bullets about one requirement lose
to bullets about five different ones. Under a page budget the greedy picks, each time, the bullet with
the best gain per page line, using lazy evaluation: gains only shrink, so a stale heap key is an
upper bound and most items are never re-scored. An entry's heading is paid by its first bullet, but
when ranking it is shared with a second relevant bullet of the entry.

First, each project whose best line is about as relevant as the bank's best line opens with that
line (`strong_projects`). Phase 1 then takes bullets that cover something. Phase 2 runs the same
greedy again with every requirement's unproven share raised to at least `SECOND_PROOF`: a second
proof is worth less than a first, but more than white space. Phase 3 fills leftover lines of
entries on the page with their remaining bullets, by score (a project's description first). Phases 2 and 3 take only bullets that
prove something (a cover of at least `FILL_MIN_COVER`, not a word in common); a bullet that covers
nothing never goes on a targeted page, so it can never push out one that covers something. A job's
description (a first-person "we do X, I lead Y") counts only for requirements that none of that
job's accomplishments covers. Ties break by id: the same input always gives the same page.

`MAX_BULLETS` per entry shapes a full page; when the capped phases leave a line or more white,
phases 2 and 3 run again without the cap, so a sparse page keeps relevant lines.

Phase 4 (`fill`, only when the caller asks) is not about relevance: when a small bank leaves the
page mostly white after the relevance phases, a job seeker would rather show their real recent work.
It adds the remaining accomplishments of jobs already on the page, most recent job first, in the
bank's order, until the caller's target. It only uses lines relevance left unused, so it never
displaces a relevant bullet; its bullets are listed in `Selection.filled` (tailoring scores them
below every relevant line, so the PDF fit loop drops them first).
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from resume_core.tailoring.page_budget import PageMetrics
from resume_core.tailoring.scoring import Candidate, ScoreTable
from resume_core.tailoring.selection_state import MAX_BULLETS as MAX_BULLETS  # re-exported: callers read them here
from resume_core.tailoring.selection_state import Owner as Owner
from resume_core.tailoring.selection_state import Selection as Selection
from resume_core.tailoring.selection_state import SelectionState

BULLET_KINDS = frozenset({"accomplishment", "job", "project"})
FILLER_KINDS = frozenset({"accomplishment", "project"})  # a job's description is never filler
SECOND_PROOF = 0.5  # share of a proven requirement that phase 2 still values in further proofs
COVERS = 0.5  # a cover at least this strong proves a requirement (also tailor.COVERED)
STRONG_PROJECT = 0.5  # a project whose best line is this close to the bank's best line gets a place
FILL_MIN_COVER = 0.2  # phases 2 and 3 take only bullets that cover some requirement this well


def description_scope(table: ScoreTable, candidates: list[Candidate]) -> dict[str, frozenset[str]]:
    """Job description id -> the requirements it may count for: those it covers and no accomplishment
    of its job does. A description that adds nothing beyond the accomplishments stays off the page."""
    best: dict[tuple[str, str], float] = {}
    for cand in candidates:
        if cand.kind == "accomplishment":
            for r, c in table.cover.get(cand.id, {}).items():
                best[cand.owner_id, r] = max(best.get((cand.owner_id, r), 0.0), c)
    return {
        cand.id: frozenset(r for r, c in table.cover.get(cand.id, {}).items()
                           if c >= COVERS and best.get((cand.owner_id, r), 0.0) < COVERS)
        for cand in candidates
        if cand.kind == "job"
    }


def strong_projects(table: ScoreTable, owners: list[Owner], by_id: dict[str, Candidate],
                    scope: dict[str, frozenset[str]]) -> list[Candidate]:
    """The best line of each project about as relevant as the bank's best line, best first.

    Its proofs often repeat what the jobs already show, so coverage alone would leave it off for
    its heading's cost; yet a project built with the very tools the posting names is evidence a
    reader looks for, so it opens before the greedy starts."""
    scores = {i: table.score(c) for i, c in by_id.items() if i not in scope and proves(table, c, scope)}
    top = max(scores.values(), default=0.0)
    best: dict[str, Candidate] = {}
    for item_id, score in scores.items():
        cand = by_id[item_id]
        if cand.owner_kind != "project" or score <= 0 or score < STRONG_PROJECT * top - 1e-12:
            continue
        held = best.get(cand.owner_id)
        if held is None or (-score, cand.order, cand.id) < (-scores[held.id], held.order, held.id):
            best[cand.owner_id] = cand
    return sorted(best.values(), key=lambda c: (-scores[c.id], c.order, c.id))


def proves(table: ScoreTable, cand: Candidate, scope: dict[str, frozenset[str]]) -> bool:
    """True when `cand` covers some requirement at least FILL_MIN_COVER: more than a word in common."""
    covers = table.cover.get(cand.id, {})
    if cand.id in scope:
        covers = {r: c for r, c in covers.items() if r in scope[cand.id]}
    return max(covers.values(), default=0.0) >= FILL_MIN_COVER


def _greedy(state: SelectionState, by_id: dict[str, Candidate], owners: list[Owner]) -> None:
    """Lazy greedy on gain per line over `by_id`'s bullets that cover something, until nothing that gains fits."""
    heap: list[tuple[float, str]] = []

    def push(cand: Candidate) -> None:
        gain = state.gain(cand)
        if gain > 1e-12:
            heapq.heappush(heap, (-round(gain / state.cost(cand, ranking=True), 9), cand.id))

    by_owner: dict[str, list[Candidate]] = {}
    for cand in by_id.values():
        if cand.id in state.table.cover:
            by_owner.setdefault(cand.owner_id, []).append(cand)
            if state.allowed(cand):
                push(cand)
    while heap:
        _, item_id = heapq.heappop(heap)
        cand = by_id[item_id]
        if not state.allowed(cand):
            continue
        gain = state.gain(cand)
        if gain <= 1e-12:
            continue
        # Rounded: float noise must not decide ties.
        key = (-round(gain / state.cost(cand, ranking=True), 9), item_id)
        if heap and key > heap[0]:
            heapq.heappush(heap, key)  # stale: someone else may now be better
            continue
        if state.cost(cand) > state.left + 1e-9:
            continue  # may fit later, when its entry opens: it is pushed again then
        projects_were_open = state.projects_open
        if state.take(cand):
            # Opening an entry made its other bullets cheaper (and the first project opens the
            # Projects heading for all projects): give those fresh, higher keys.
            cheaper = by_owner.get(cand.owner_id, [])
            if state.projects_open and not projects_were_open:
                cheaper = [c for o in owners if o.kind == "project" for c in by_owner.get(o.id, [])]
            for other in cheaper:
                if state.allowed(other):
                    push(other)


def select_bullets(
    table: ScoreTable,
    owners: list[Owner],
    metrics: PageMetrics,
    budget_lines: float,
    residual: dict[str, float] | None = None,
    preset: Sequence[str] = (),
    fill: tuple[float, float] | None = None,
) -> Selection:
    """Pick bullets worth the most requirement coverage per line, within `budget_lines`.

    `residual` starts each requirement's unproven share (1.0 when absent; lower when the skills
    section already names it). `preset` ids (a model's choice, already validated) are taken first
    in their order, each only if it fits; the greedy then fills what is left. `fill` = (below, up_to)
    in bullet lines: when relevance leaves fewer than `below` lines used, phase 4 adds other
    accomplishments of jobs on the page while the total stays within `up_to` (and the budget).
    """
    owner_ids = {o.id for o in owners}
    by_id = {c.id: c for c in table.candidates if c.kind in BULLET_KINDS and c.owner_id in owner_ids}
    scope = description_scope(table, list(by_id.values()))
    start = {r.id: 1.0 for r in table.requirements}
    start.update(residual or {})
    state = SelectionState(table, {o.id: o for o in owners}, metrics, budget_lines, start, scope)
    for cand in by_id.values():
        if table.cover.get(cand.id) and (cand.id not in scope or scope[cand.id]):
            state.relevant[cand.owner_id] = state.relevant.get(cand.owner_id, 0) + 1

    for item_id in preset:
        wanted = by_id.get(item_id)
        if wanted and state.allowed(wanted) and state.cost(wanted) <= state.left + 1e-9:
            state.take(wanted)
    if not preset:
        for cand in strong_projects(table, owners, by_id, scope):
            if state.allowed(cand) and state.cost(cand) <= state.left + 1e-9:
                state.take(cand)

    _greedy(state, by_id, owners)  # phase 1: first proofs
    state.selection.residual = dict(state.residual)
    state.residual = {r: max(v, SECOND_PROOF) for r, v in state.residual.items()}
    # Phase 2: further proofs, before any white space. A word or two in common with the posting is
    # no proof: such bullets do not fill the page.
    clear = {i: c for i, c in by_id.items() if proves(table, c, scope)}
    if state.left >= 1 - 1e-9:  # every bullet takes at least a line
        _greedy(state, clear, owners)
        _relevant_filler(state, table, owners, by_id, clear)
    if state.left >= 1 - 1e-9:
        # The caps shaped the page and it still has room: a cap may shape a full page, never leave a
        # relevant line (the user's own edit, a quantified interview bullet) off a sparse one.
        state.capped = False
        # Only entries at their cap gain anything: every other bullet was already weighed with more room.
        full = {o.id for o in owners if len(state.selection.bullets.get(o.id, [])) >= MAX_BULLETS[o.kind]}
        if full:
            capped = {i: c for i, c in clear.items() if c.owner_id in full}
            _greedy(state, capped, owners)
            _relevant_filler(state, table, owners, by_id, capped)
    if fill is not None and state.selection.used_lines < fill[0] - 1e-9:
        _fill_sparse_page(state, owners, by_id, min(fill[1], budget_lines))
    return state.selection


def _relevant_filler(state: SelectionState, table: ScoreTable, owners: list[Owner], by_id: dict[str, Candidate],
                     clear: dict[str, Candidate]) -> None:
    # Phase 3: fill what is left with the best remaining relevant bullets of entries on the page,
    # first the description of a project on the page (it says what the project is). Bullets relevant
    # to nothing stay off, unless the posting has no requirements at all (then the page is a plain
    # reverse-chronological resume).
    shown = {o.id for o in owners if o.reserved} | set(state.selection.bullets)
    scores = {c.id: table.score(c) for c in by_id.values()}
    order = {o.id: n for n, o in enumerate(owners)}
    untargeted = not table.requirements
    filler = sorted(
        (
            c
            for c in by_id.values()
            if c.owner_id in shown and c.kind in FILLER_KINDS and (c.id in clear or untargeted)
        ),
        key=lambda c: (c.kind != "project", -scores[c.id], order[c.owner_id], c.order, c.id),
    )
    for cand in filler:
        if state.allowed(cand) and state.cost(cand) <= state.left + 1e-9:
            state.take(cand)


def _fill_sparse_page(state: SelectionState, owners: list[Owner], by_id: dict[str, Candidate], up_to: float) -> None:
    """Phase 4: the other accomplishments of jobs on the page (most recent job first, bank order)
    while the bullets stay within `up_to` lines. Relevance is done: this only uses its leftovers."""
    shown = {o.id for o in owners if o.reserved} | set(state.selection.bullets)
    order = {o.id: n for n, o in enumerate(owners)}
    rest = sorted(
        (c for c in by_id.values()
         if c.kind == "accomplishment" and c.owner_id in shown and state.owners[c.owner_id].kind == "job"),
        key=lambda c: (order[c.owner_id], c.order, c.id),
    )
    for cand in rest:
        cost = state.cost(cand)
        if state.allowed(cand) and cost <= state.left + 1e-9 and state.selection.used_lines + cost <= up_to + 1e-9:
            state.take(cand)
            state.selection.filled.append(cand.id)
            state.selection.serves[cand.id] = []  # shown as work, not as proof of a requirement
