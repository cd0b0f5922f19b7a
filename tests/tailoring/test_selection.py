"""Bullet selection: the lazy greedy picks exactly what a plain greedy would, within the budget; and,
without that reference copy, properties of its public behaviour: an irrelevant bullet never displaces
a relevant one (and goes on the page only to fill a sparse one), ties do not depend on the order of the
candidates, a model's preset keeps the budget."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from resume_core.tailoring.page_budget import bullet_cost, collapsed_lines, entries_section_lines, entry_header_lines, metrics_for
from resume_core.tailoring.scoring import Candidate, ScoreTable, WeightedRequirement, _Stats
from resume_core.tailoring.selection import FILL_MIN_COVER, MAX_BULLETS, SECOND_PROOF, Owner, select_bullets, strong_projects

METRICS = metrics_for()


@st.composite
def tables(draw):
    """Random covers for up to 4 requirements over bullets of jobs (some reserved) and projects."""
    reqs = [WeightedRequirement(f"req-{i}", "r", "required", draw(st.sampled_from([1.0, 0.6, 0.35])), frozenset(), ())
            for i in range(draw(st.integers(1, 4)))]
    owners, candidates, cover = [], [], {}
    for n in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["job", "job", "project"]))
        owner = Owner(f"{kind[:3]}-{n}", kind, draw(st.integers(1, 2)), kind == "job" and draw(st.booleans()))
        owners.append(owner)
        for m in range(draw(st.integers(0, 8))):
            cid = f"acc-{n}x{m}"
            text = "word " * draw(st.integers(1, 60))
            candidates.append(Candidate(cid, "accomplishment", text, owner.id, kind, owner.id, len(candidates),
                                        draw(st.sampled_from([1.0, 0.7, 0.3]))))
            covers = {r.id: draw(st.sampled_from([0.0, 0.1, 0.2, 0.5, 1.0])) for r in reqs}
            if any(covers.values()):
                cover[cid] = {r: c for r, c in covers.items() if c}
    stats = _Stats({r.id: r for r in reqs}, {}, 1.0, {}, {}, {})
    table = ScoreTable(candidates, reqs, stats, cover)
    return table, owners, draw(st.floats(0, 60))


def plain_greedy(table, owners, budget, fill=None):  # noqa: C901 - the reference greedy, written out plainly on purpose
    """Reference: re-score every bullet at every step; phases 2 to 4 as documented in selection.py."""
    kinds = {o.id: o for o in owners}
    residual = {r.id: 1.0 for r in table.requirements}
    weights = {r.id: r.weight for r in table.requirements}
    chosen: dict[str, list[str]] = {}
    left, projects_open = budget, False

    relevant = {o.id: sum(1 for c in table.candidates if c.owner_id == o.id and table.cover.get(c.id)) for o in owners}

    def cost(c, ranking=False):
        lines = bullet_cost(c.text, METRICS)
        if c.owner_id not in chosen:
            o = kinds[c.owner_id]
            head = entry_header_lines(o.positions, METRICS)
            head = head - collapsed_lines(o.positions, METRICS) if o.reserved else head
            if o.kind == "project" and not projects_open:
                head += entries_section_lines(METRICS)
            lines += head / 2 if ranking and relevant[o.id] > 1 else head
        return lines

    capped = True

    def allowed(c):
        taken = chosen.get(c.owner_id, [])
        return c.id not in taken and (not capped or len(taken) < MAX_BULLETS[kinds[c.owner_id].kind])

    def take(c):
        nonlocal left, projects_open, residual
        left -= cost(c)
        chosen.setdefault(c.owner_id, []).append(c.id)
        projects_open = projects_open or kinds[c.owner_id].kind == "project"
        for r, e in table.effective(c).items():
            residual[r] *= 1 - e

    def clear(c):
        return max(table.cover.get(c.id, {}).values(), default=0.0) >= FILL_MIN_COVER

    for c in strong_projects(table, owners, {c.id: c for c in table.candidates}, {}):
        if allowed(c) and cost(c) <= left + 1e-9:
            take(c)

    def greedy(phase):
        while True:
            options = []
            for c in table.candidates:
                if phase == 2 and not clear(c):
                    continue
                gain = sum(weights[r] * residual[r] * e for r, e in table.effective(c).items())
                if allowed(c) and gain > 1e-12 and cost(c) <= left + 1e-9:
                    options.append((-round(gain / cost(c, ranking=True), 9), c.id, c))
            if not options:
                break
            take(min(options)[2])

    def relevant_filler():
        shown = {o.id for o in owners if o.reserved} | set(chosen)
        for c in sorted((c for c in table.candidates if c.owner_id in shown and clear(c) and c.kind != "job"),
                        key=lambda c: (c.kind != "project", -table.score(c), order[c.owner_id], c.order, c.id)):
            if allowed(c) and cost(c) <= left + 1e-9:
                take(c)

    order = {o.id: n for n, o in enumerate(owners)}
    greedy(1)
    residual = {r: max(v, SECOND_PROOF) for r, v in residual.items()}
    greedy(2)
    relevant_filler()
    if left >= 1 - 1e-9:  # a sparse page: the caps are lifted for phases 2 and 3
        capped = False
        greedy(2)
        relevant_filler()
    if fill and budget - left < fill[0] - 1e-9:
        shown = {o.id for o in owners if o.reserved} | set(chosen)
        for c in sorted((c for c in table.candidates if c.owner_id in shown and kinds[c.owner_id].kind == "job"),
                        key=lambda c: (order[c.owner_id], c.order, c.id)):
            if allowed(c) and cost(c) <= left + 1e-9 and budget - left + cost(c) <= min(fill[1], budget) + 1e-9:
                take(c)
    return chosen


def page_fill(budget):
    """Phase 4 as tailoring asks for it, taking the whole budget as the page: below 80%, up to 90%."""
    return (0.8 * budget, 0.9 * budget)


@settings(max_examples=examples(150), deadline=None)
@given(tables(), st.booleans())
def test_lazy_greedy_equals_plain_greedy_and_keeps_the_budget(case, with_fill):
    table, owners, budget = case
    fill = page_fill(budget) if with_fill else None
    selection = select_bullets(table, owners, METRICS, budget, fill=fill)
    assert selection.bullets == plain_greedy(table, owners, budget, fill)
    assert selection.used_lines <= budget + 1e-9


def test_a_model_preset_goes_first_and_unknown_ids_are_ignored():
    reqs = [WeightedRequirement("req-a", "a", "required", 1.0, frozenset(), ())]
    cands = [Candidate(f"acc-{i}", "accomplishment", "short text", "job-1", "job", "J", i, 1.0) for i in range(3)]
    table = ScoreTable(cands, reqs, _Stats({"req-a": reqs[0]}, {}, 1.0, {}, {}, {}),
                       {"acc-0": {"req-a": 1.0}, "acc-1": {"req-a": 0.5}, "acc-2": {"req-a": 0.2}})
    owners = [Owner("job-1", "job", 1, True)]
    selection = select_bullets(table, owners, METRICS, 40, preset=["acc-2", "acc-nope", "acc-2"])
    assert selection.bullets["job-1"][0] == "acc-2" and selection.bullets["job-1"].count("acc-2") == 1


def test_the_first_project_makes_every_other_project_cheaper():
    """Opening the Projects heading lowers the cost of all projects' bullets, not just that project's."""
    reqs = [WeightedRequirement(f"req-{n}", n, "required", 1.0, frozenset(), ()) for n in "abc"]
    cands = [
        Candidate("acc-a", "accomplishment", "one line", "prj-1", "project", "P1", 0, 1.0),
        Candidate("acc-b", "accomplishment", "one line", "prj-2", "project", "P2", 1, 1.0),
        Candidate("acc-c", "accomplishment", "one line", "job-1", "job", "J", 2, 1.0),
    ]
    cover = {"acc-a": {"req-a": 1.0}, "acc-b": {"req-b": 0.5}, "acc-c": {"req-c": 0.15}}
    table = ScoreTable(cands, reqs, _Stats({r.id: r for r in reqs}, {}, 1.0, {}, {}, {}), cover)
    owners = [Owner("job-1", "job", 1, True), Owner("prj-1", "project", 1, False), Owner("prj-2", "project", 1, False)]
    budget = 2 * bullet_cost("one line", METRICS) + 2 * METRICS.entry_lines + entries_section_lines(METRICS) + 0.2
    selection = select_bullets(table, owners, METRICS, budget)
    assert selection.bullets == plain_greedy(table, owners, budget) == {"prj-1": ["acc-a"], "prj-2": ["acc-b"]}


def _table(cands, cover, reqs="ab"):
    requirements = [WeightedRequirement(f"req-{n}", n, "required", 1.0, frozenset(), ()) for n in reqs]
    return ScoreTable(cands, requirements, _Stats({r.id: r for r in requirements}, {}, 1.0, {}, {}, {}), cover)


def test_a_second_proof_beats_white_space_but_a_word_in_common_does_not():
    cands = [Candidate(f"acc-{i}", "accomplishment", "one line", "job-1", "job", "J", i, 1.0) for i in range(3)]
    table = _table(cands, {"acc-0": {"req-a": 1.0}, "acc-1": {"req-a": 1.0}, "acc-2": {"req-b": 0.1}})
    selection = select_bullets(table, [Owner("job-1", "job", 1, True)], METRICS, 10)
    # acc-1 proves nothing new, but it proves something: it fills a line. acc-2 shares a word with
    # requirement b and is its only evidence, so it goes first (phase 1), but never as filler.
    assert selection.bullets["job-1"] == ["acc-0", "acc-2", "acc-1"]
    filler = _table(cands, {"acc-0": {"req-a": 1.0}, "acc-1": {"req-a": 1.0}, "acc-2": {"req-a": 0.1}})
    assert select_bullets(filler, [Owner("job-1", "job", 1, True)], METRICS, 10).bullets["job-1"] == ["acc-0", "acc-1"]


def test_a_strongly_relevant_project_wins_a_place_over_a_weak_bullet():
    """Its proofs repeat the job's, so coverage alone would spend the lines on a weak first proof."""
    cands = [
        Candidate("acc-j1", "accomplishment", "one line", "job-1", "job", "J", 0, 1.0),
        Candidate("acc-j2", "accomplishment", "one line", "job-1", "job", "J", 1, 1.0),
        Candidate("acc-p1", "accomplishment", "one line", "prj-1", "project", "P", 2, 1.0),
    ]
    table = _table(cands, {"acc-j1": {"req-a": 1.0}, "acc-j2": {"req-b": 0.25}, "acc-p1": {"req-a": 1.0}})
    owners = [Owner("job-1", "job", 1, True), Owner("prj-1", "project", 1, False)]
    line = bullet_cost("one line", METRICS)
    budget = 2 * line + METRICS.entry_lines + entries_section_lines(METRICS) + 0.1  # room for j1 and the project, not j2 too
    selection = select_bullets(table, owners, METRICS, budget)
    assert selection.bullets["prj-1"] == ["acc-p1"] and len(selection.bullets["job-1"]) == 1
    weak = _table(cands, {"acc-j1": {"req-a": 1.0}, "acc-j2": {"req-b": 0.25}, "acc-p1": {"req-a": 0.3}})
    assert "prj-1" not in select_bullets(weak, owners, METRICS, budget).bullets  # a weak project does not


def test_a_job_description_counts_only_for_what_no_accomplishment_of_its_job_shows():
    cands = [
        Candidate("job-1", "job", "We run a clinical data exchange; I lead the platform team", "job-1", "job", "J", 0, 1.0),
        Candidate("acc-1", "accomplishment", "one line", "job-1", "job", "J", 1, 1.0),
    ]
    owners = [Owner("job-1", "job", 1, True)]
    same = _table(cands, {"job-1": {"req-a": 1.0}, "acc-1": {"req-a": 0.8}})
    assert select_bullets(same, owners, METRICS, 20).bullets == {"job-1": ["acc-1"]}
    more = _table(cands, {"job-1": {"req-a": 1.0, "req-b": 1.0}, "acc-1": {"req-a": 0.8}})
    selection = select_bullets(more, owners, METRICS, 20)
    assert set(selection.bullets["job-1"]) == {"job-1", "acc-1"} and selection.serves["job-1"] == ["req-b"]


# --- properties of the public behaviour, without the reference copy above -----------------------


def _relevant(table: ScoreTable, selection) -> set[str]:
    return {i for i in selection.chosen() if table.cover.get(i)}


@settings(max_examples=examples(150), deadline=None)
@given(tables(), st.data())
def test_an_irrelevant_bullet_never_displaces_a_relevant_one_and_only_fills_a_sparse_page(case, data):
    table, owners, budget = case
    fill = page_fill(budget)
    before = select_bullets(table, owners, METRICS, budget, fill=fill)
    owner = data.draw(st.sampled_from(owners))
    short = data.draw(st.booleans())  # a one-word line is the cheapest thing on the page
    noise = Candidate("acc-noise", "accomplishment", "word" if short else "word " * 30, owner.id, owner.kind,
                      owner.id, -1, 1.0)
    at = data.draw(st.integers(0, len(table.candidates)))
    noisy = ScoreTable([*table.candidates[:at], noise, *table.candidates[at:]], table.requirements, table.stats,
                       table.cover)
    after = select_bullets(noisy, owners, METRICS, budget, fill=fill)
    relevance = select_bullets(noisy, owners, METRICS, budget)  # phases 1 to 3 only
    # What relevance chose is the same with the noise, and all of it stays on the page.
    assert after.relevant().bullets == before.relevant().bullets == relevance.bullets
    assert set(relevance.chosen()) <= set(after.chosen()) and after.used_lines <= budget + 1e-9
    assert "acc-noise" not in relevance.chosen()
    if relevance.used_lines >= fill[0] - 1e-9:  # a page relevance filled to 80%: no filler at all
        assert after.bullets == relevance.bullets and after.filled == []
    elif "acc-noise" in after.chosen():  # a sparse page: the noise may fill it, as filler only
        assert "acc-noise" in after.filled and owner.kind == "job"
        assert after.used_lines <= fill[1] + 1e-9


def test_a_sparse_page_shows_other_recent_work_after_the_relevant_bullets():
    cands = [
        Candidate("acc-0", "accomplishment", "one line", "job-1", "job", "J", 0, 1.0),
        Candidate("acc-1", "accomplishment", "other work", "job-1", "job", "J", 1, 1.0),
        Candidate("acc-2", "accomplishment", "older work", "job-2", "job", "K", 2, 0.7),
        Candidate("acc-3", "accomplishment", "a side project", "prj-1", "project", "P", 3, 1.0),
    ]
    table = _table(cands, {"acc-0": {"req-a": 1.0}})
    owners = [Owner("job-1", "job", 1, True), Owner("job-2", "job", 1, True), Owner("prj-1", "project", 1, False)]
    line = bullet_cost("one line", METRICS)
    sparse = select_bullets(table, owners, METRICS, 10 * line, fill=page_fill(10 * line))
    # Most recent job first, bank order; never a project the page does not show.
    assert sparse.bullets == {"job-1": ["acc-0", "acc-1"], "job-2": ["acc-2"]}
    assert sparse.filled == ["acc-1", "acc-2"] and sparse.relevant().bullets == {"job-1": ["acc-0"]}
    # The filler stops at the top of the target, not at the budget.
    assert sparse.used_lines <= 0.9 * 10 * line + 1e-9
    tight = select_bullets(table, owners, METRICS, 4 * line, fill=(2 * line, 2.5 * line))
    assert tight.chosen() == ["acc-0", "acc-1"] and tight.used_lines <= 2.5 * line + 1e-9
    # A page relevance already filled past the threshold gets no filler.
    full = select_bullets(table, owners, METRICS, 10 * line, fill=(line / 2, 10 * line))
    assert full.bullets == {"job-1": ["acc-0"]} and full.filled == []


@settings(max_examples=examples(150), deadline=None)
@given(tables(), st.randoms(use_true_random=False))
def test_ties_are_broken_the_same_whatever_the_order_of_the_candidates(case, random):
    """Equal gains per line (frequent in these tables) are decided by the items, not the list order."""
    table, owners, budget = case
    shuffled = list(table.candidates)
    random.shuffle(shuffled)
    first = select_bullets(table, owners, METRICS, budget)
    again = select_bullets(ScoreTable(shuffled, table.requirements, table.stats, table.cover), owners, METRICS, budget)
    assert again.bullets == first.bullets and again.used_lines == first.used_lines


@settings(max_examples=examples(100), deadline=None)
@given(tables(), st.lists(st.text("abcdef-", min_size=1, max_size=6), max_size=4))
def test_the_budget_holds_with_a_model_preset_too(case, preset_ids):
    """A model's preset (valid or invented ids) goes first, but never past the page."""
    table, owners, budget = case
    preset = [*(c.id for c in table.candidates[::3]), *(f"acc-{i}" for i in preset_ids)]
    selection = select_bullets(table, owners, METRICS, budget, preset=preset)
    assert selection.used_lines <= budget + 1e-9
    known = {c.id for c in table.candidates}
    assert set(selection.chosen()) <= known and len(selection.chosen()) == len(set(selection.chosen()))


def _one_job(n: int, words: int):
    cands = [Candidate(f"acc-{i}", "accomplishment", "word " * words, "job-1", "job", "J", i, 1.0) for i in range(n)]
    cover = {c.id: {f"req-{i}": 1.0} for i, c in enumerate(cands)}
    return _table(cands, cover, reqs="".join(str(i) for i in range(n))), [Owner("job-1", "job", 1, True)]


def test_a_sparse_page_keeps_relevant_bullets_past_the_per_job_cap():
    # Nine short bullets, each proving its own requirement, on a page with room for all of them: the
    # cap of six must not leave three relevant lines (say, the user's own edit) off a page that has room.
    table, owners = _one_job(9, 5)
    selection = select_bullets(table, owners, METRICS, 30)
    assert len(selection.bullets["job-1"]) == 9 > MAX_BULLETS["job"]


def test_the_cap_still_shapes_a_full_page():
    # Long bullets on a page that holds about seven of them: after six the cap holds while the page is
    # still filling, and the seventh comes only from the room the capped phases left.
    table, owners = _one_job(9, 60)
    budget = 6 * bullet_cost("word " * 60, METRICS) + 0.5
    selection = select_bullets(table, owners, METRICS, budget)
    assert len(selection.bullets["job-1"]) == MAX_BULLETS["job"]
