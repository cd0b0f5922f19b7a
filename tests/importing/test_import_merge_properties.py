"""Merge properties on arbitrary banks (hostile text included): idempotent, never loses or rewrites,
and the preview is the truth: for any preview and any user edits (and any rows kept separate),
every kept row's title, dates and bullets are in the bank after the merge."""

from __future__ import annotations

from bank_strategies import banks, dates, non_empty, text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from resume_core.importing import merge_banks
from resume_core.importing.merge import match_key
from resume_core.importing.preview import apply_preview, build_preview_groups, position_row_id
from resume_core.importing.result import ImportResult
from resume_core.bank.model import Accomplishment, Bank, Job, Position

SETTINGS = settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(base=banks(), incoming=banks())
def test_merging_twice_adds_nothing_the_second_time(base, incoming):
    once = merge_banks(base, incoming)
    twice = merge_banks(once.bank, incoming)
    assert twice.added_total == 0
    assert twice.bank == once.bank


@SETTINGS
@given(base=banks(), incoming=banks())
def test_existing_items_are_kept_unchanged(base, incoming):
    merged = merge_banks(base, incoming).bank
    for job in base.jobs:
        kept = next(j for j in merged.jobs if j.id == job.id)
        assert kept.accomplishments[: len(job.accomplishments)] == job.accomplishments
        assert kept.skills[: len(job.skills)] == job.skills
        assert kept.positions[: len(job.positions)] == job.positions
    assert merged.education[: len(base.education)] == base.education
    assert base.ids() <= merged.ids()


@SETTINGS
@given(incoming=banks())
def test_merging_into_an_empty_bank_keeps_every_distinct_item(incoming):
    merged = merge_banks(Bank(), incoming)
    assert len(merged.bank.ids()) == len(set(merged.bank.ids()))
    assert merged.added.get("jobs", 0) <= len(incoming.jobs)


# --- the preview is the truth: every kept row is in the bank after the merge, as it was shown -----


COMPANIES = ["Cisco", "cisco ", "CISCO.", "Acme", "🎯", "--"]  # the same company, written differently
TITLES = ["Team Member", "team member", "Engineer", "Engineer!"]  # the same title, written differently
NEAR = st.sampled_from(["", "2014-12", "2016", "2017-12", "2018-01"])  # ranges that mostly overlap


@st.composite
def positions(draw):
    return Position(title=draw(st.one_of(st.sampled_from(TITLES), st.sampled_from(TITLES), non_empty)),
                    start_date=draw(NEAR), end_date=draw(NEAR))


@st.composite
def previews(draw):
    """An import whose jobs are often of one company with the same titles at other dates, so rows
    combine, and the preview rows after user edits; `untouched` are the ids of rows left as shown."""
    incoming = draw(banks())
    extra = [Job(id=f"job-extra{n}", name=draw(st.sampled_from(COMPANIES[:4])),
                 positions=draw(st.lists(positions(), max_size=3)),
                 accomplishments=[Accomplishment(id=f"acc-extra{n}", text=draw(non_empty))])
             for n in range(draw(st.integers(1, 4)))]
    incoming = Bank.model_validate({**incoming.model_dump(), "jobs": [
        *(j.model_dump() for j in incoming.jobs), *(j.model_dump() for j in extra)]})
    for job in incoming.jobs:
        if draw(st.booleans()):
            job.name = draw(st.sampled_from(COMPANIES))
    result = ImportResult(bank=incoming)
    groups, untouched = [], set()
    for group in build_preview_groups(result):
        rows = []
        for row in group.rows:
            row = dict(row)
            action = draw(st.sampled_from(["keep", "keep", "untick", "edit", "clear"]))
            if action == "keep":
                untouched.add(row["id"])
            if action == "untick":
                row["keep"] = False
            elif action == "clear":
                row["text"] = draw(st.sampled_from(["", "  ", None, float("nan")]))
            elif action == "edit":
                row["text"] = draw(st.one_of(non_empty, st.sampled_from(COMPANIES)))
                row["title"] = draw(text)
                if row["what"] in ("job", "position", "project", "education"):
                    row["start"], row["end"] = draw(dates), draw(dates)
            rows.append(row)
        groups.append(rows)
    return result, groups, untouched


def _blank(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _kept_rows(result: ImportResult, groups: list[list[dict]]) -> list[dict]:
    """The rows that must reach the bank: ticked, not blank, and under a job or project that is kept."""
    out = []
    owner_ids = {o.id for o in result.bank.owners()}
    for rows in groups:
        head = rows[0]
        if head["id"] in owner_ids and not (head["keep"] and _blank(head["text"])):
            continue  # a dropped job takes its positions and bullets with it
        out += [r for r in rows if r["keep"] and _blank(r["text"])]
    return out


def _assert_every_row_is_in(bank, rows: list[dict], original) -> None:
    jobs = {}
    for job in bank.jobs:
        jobs.setdefault(match_key(job.name), []).append(job)
    for row in rows:
        shown, what = _blank(row["text"]), row["what"]
        if what in ("job", "position"):
            if what == "job":
                first = next(j for j in original.jobs if j.id == row["id"]).positions
                title = _blank(row["title"]) or (first[0].title if first else "")
                company = shown
            else:
                title, company = shown, None
            if company is not None:
                assert match_key(company) in jobs, (row, [j.name for j in bank.jobs])
            if not title:
                continue  # a job row without any title holds no position
            where = jobs[match_key(company)] if company is not None else bank.jobs
            wanted = (match_key(title), _blank(row["start"]), _blank(row["end"]))
            assert any((match_key(p.title), p.start_date, p.end_date) == wanted for j in where for p in j.positions), (
                row, [(j.name, j.positions) for j in bank.jobs])
        elif what == "project":
            assert any(match_key(p.name) == match_key(shown) for p in bank.projects), row
        elif what == "accomplishment":
            assert match_key(shown) in {match_key(a.text) for o in bank.owners() for a in o.accomplishments}, row
        elif what == "skill":
            assert match_key(shown) in {match_key(s.name) for s in bank.all_skills()}, row
        elif what == "education":
            assert any(match_key(e.institution) == match_key(shown) and (
                (e.start_date, e.end_date) == (_blank(row["start"]), _blank(row["end"]))
                or not (_blank(row["start"]) or _blank(row["end"]))) for e in bank.education), row
        elif what == "certificate":
            assert match_key(shown) in {match_key(c.name) for c in bank.certificates}, row


@SETTINGS
@given(base=banks(), preview=previews(), data=st.data())
def test_every_kept_preview_row_is_in_the_bank_after_the_merge(base, preview, data):
    result, groups, untouched = preview
    incoming = apply_preview(result, [r for rows in groups for r in rows])
    plan = merge_banks(base, incoming).combined
    # Whatever the user chooses to keep separate, nothing shown is lost.
    chosen = data.draw(st.lists(st.sampled_from(plan), unique_by=lambda c: c.job_id) if plan else st.just([]))
    separate = {row for combination in chosen for row in combination.rows}
    merged = merge_banks(base, incoming, separate=separate)
    kept = _kept_rows(result, groups)
    _assert_every_row_is_in(merged.bank, kept, result.bank)
    # A job left as shown, with all its position rows, keeps every position and its dates exactly.
    kept_ids = {r["id"] for r in kept}
    for job in result.bank.jobs:
        rows = [job.id, *(position_row_id(job.id, n) for n in range(1, len(job.positions)))]
        if all(r in untouched and r in kept_ids for r in rows):
            held = {(match_key(p.title), p.start_date, p.end_date) for j in merged.bank.jobs for p in j.positions}
            assert {(match_key(p.title), p.start_date, p.end_date) for p in job.positions} <= held, job
    for job in base.jobs:  # and nothing that was there goes
        assert next(j for j in merged.bank.jobs if j.id == job.id).positions[: len(job.positions)] == job.positions
    # Rows kept separate were not combined with anything.
    for combination in merged.combined:
        assert not set(combination.rows) & separate


@SETTINGS
@given(preview=previews())
def test_the_plan_shown_before_the_merge_is_what_the_merge_does(preview):
    result, groups, _ = preview
    incoming = apply_preview(result, [r for rows in groups for r in rows])
    plan = merge_banks(Bank(), incoming).combined
    merged = merge_banks(Bank(), incoming)
    assert plan == merged.combined
    assert len(merged.bank.jobs) == len(incoming.jobs) - sum(len(c.rows) - 1 for c in plan)
    for combination in plan:
        job = next(j for j in merged.bank.jobs if j.id == combination.job_id)
        rows = [j for j in incoming.jobs if j.id in combination.rows]
        distinct = {(match_key(p.title), p.start_date, p.end_date) for j in rows for p in j.positions}
        assert combination.positions == len(job.positions)
        assert distinct == {(match_key(p.title), p.start_date, p.end_date) for p in job.positions}


@st.composite
def one_company_rows(draw):
    """2-4 rows of one company written differently, with titles repeated at other dates (the Cisco case)."""
    return Bank(jobs=[Job(id=f"job-row{n}", name=draw(st.sampled_from(COMPANIES[:3])),
                          positions=draw(st.lists(positions(), min_size=1, max_size=2)))
                      for n in range(draw(st.integers(2, 4)))])


@SETTINGS
@given(base=st.one_of(st.just(Bank()), one_company_rows()), incoming=one_company_rows(), data=st.data())
def test_combined_rows_keep_every_position_with_its_dates(base, incoming, data):
    plan = merge_banks(base, incoming).combined
    separate = set(data.draw(st.lists(st.sampled_from([j.id for j in incoming.jobs]), max_size=2)))
    merged = merge_banks(base, incoming, separate=separate).bank
    held = [(match_key(p.title), p.start_date, p.end_date) for j in merged.jobs for p in j.positions]
    for job in (*base.jobs, *incoming.jobs):
        for p in job.positions:
            assert (match_key(p.title), p.start_date, p.end_date) in held, (p, merged.jobs)
    assert sum(len(c.rows) for c in plan) <= len(incoming.jobs)
