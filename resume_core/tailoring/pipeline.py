"""Tailoring: select the bank content that serves one posting, on one page, every line verbatim.

`tailor` scores the bank (`scoring`), fills the skills section with the most relevant skills, picks
the summary (`tailoring.summary`), reserves title lines for recent jobs, lets `selection` choose
bullets under the page budget (`page_budget`), and orders each entry's bullets for a reader
(`tailoring.entries.reading_order`: most relevant first, a job's own description last). With a model engine, the
model sees only the top candidates' ids and text and answers with ids (`llm_select`); the resume is
then assembled from the bank's own text, so nothing a posting says can put words into the resume.
When relevance leaves a small bank's page mostly white, the person's other recent accomplishments
fill it (`selection` phase 4), scored below every relevant line. `coverage_for` reports, for each
requirement, the evidence in the bank and whether it made it onto the page (`coverage`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from resume_core import clock
from resume_core.bank.chronology import chronological, neg_date
from resume_core.tailoring.coverage import COVERED, CoverageRow, coverage_rows
from resume_core.engines.base import Engine
from resume_core.bank.migrations import lift_other_skills
from resume_core.bank.model import Bank, Line, Posting, TailoredResume
from resume_core.tailoring.page_budget import (
    PageMetrics,
    collapsed_lines,
    entries_section_lines,
    fixed_lines,
    metrics_for,
)
from resume_core.tailoring.scoring import (
    Candidate,
    ScoreTable,
    build_candidates,
    forgets_texts,
    recency_weight,
    score_candidates,
    weigh_requirements,
)
from resume_core.tailoring.selection import Owner, select_bullets
from resume_core.tailoring.skills_fill import SkillsLine
from resume_core.tailoring.entries import build_entry as build_entry  # re-exported: review builds entries
from resume_core.tailoring.entries import entries
from resume_core.tailoring.summary import generate_summary, pick_summary
from resume_core.tailoring.why_not import WhyNot, why_not_rows

SKILL_LISTING_SHARE = 0.3  # naming a skill in the skills section proves it a little, a bullet proves it more
RESERVE_YEARS = 10.0  # jobs that ended this recently keep at least their title line
MAX_RESERVED = 4
SAFETY_LINES = 0.25  # estimates run at most a line over the real layout and hardly ever under it (bench_export)
MAX_EDUCATION, MAX_CERTIFICATES = 3, 3
FILL_BELOW, FILL_UP_TO = 0.8, 0.88  # a page under 80% full gets other recent work, up to about 88%


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TailorResult(_Out):
    resume: TailoredResume
    coverage: list[CoverageRow]
    gaps: list[CoverageRow]
    why_not: list[WhyNot] = []
    flags: list[str] = []
    used_model: bool = False
    prompt_chars: int = 0
    whole_bank_prompt_chars: int = 0


@forgets_texts
def tailor(
    bank: Bank,
    posting: Posting,
    engine: Engine | None = None,
    template: str = "classic",
    paper: str = "letter",
    today: str | None = None,
    table: ScoreTable | None = None,
    corrections: dict[str, float] | None = None,
    pages: int = 1,
) -> TailorResult:
    """A one-page resume for `posting` from `bank` (two pages with `pages=2`, for long careers: more
    jobs keep their title line and more bullets fit), with its coverage; deterministic offline.

    `today` (YYYY-MM-DD) defaults to `clock.today()`: TP_TODAY when set, else the system date.
    `table` replaces the relevance scores (the benchmark's oracle passes scores that know the labels).
    `corrections` (requirement id -> years) are the user's own figures for years asks.
    """
    today = today or clock.today()
    bank = lift_other_skills(bank)  # an old "Other skills" pseudo-project is never a page's project
    metrics = metrics_for(template, paper, pages)
    table = table or build_table(bank, posting, today)
    use_model = engine is not None and not engine.offline

    flags: list[str] = []
    summary = pick_summary(bank, table, metrics)
    skills = _skills_section(table, metrics)
    resume = TailoredResume(
        posting_id=posting.id,
        person=bank.person.model_copy(update={"summary": ""}),
        summary=summary,
        skills=skills,
        education=list(bank.education[:MAX_EDUCATION]),
        certificates=_certificates(bank, table),
    )
    owners, budget = _owners_and_budget(bank, resume, metrics, today, years_evidence(bank, posting, today), pages)
    residual = {r.id: 1.0 for r in table.requirements}
    by_id = {c.id: c for c in table.candidates}
    for line in skills:
        for r, e in table.effective(by_id[line.item_id]).items():
            residual[r] *= 1 - SKILL_LISTING_SHARE * e
    fill = _fill_lines(metrics, budget)
    selection = select_bullets(table, owners, metrics, budget, residual, fill=fill)

    result_extra: dict[str, Any] = {}
    preferred: list[str] = []
    if use_model and engine is not None:  # use_model implies an engine; the test tells mypy
        from resume_core.tailoring.llm_select import model_selection

        picked = model_selection(engine, table, selection.relevant())
        preferred = list(picked.ids)
        flags.extend(picked.flags)
        selection = select_bullets(table, owners, metrics, budget, residual, preset=picked.ids, fill=fill)
        for item_id, req_id in picked.serves.items():
            if item_id in selection.serves and req_id not in selection.serves[item_id]:
                selection.serves[item_id] = sorted([*selection.serves[item_id], req_id])
        result_extra = {"prompt_chars": picked.prompt_chars, "whole_bank_prompt_chars": picked.whole_bank_chars}
        facts = [by_id[i].text for i in selection.chosen()] + [s.text for s in skills]
        requirements = [r.text for r in table.requirements]
        summary, summary_flags = generate_summary(engine, bank, summary, requirements, facts)
        flags.extend(summary_flags)
        resume = resume.model_copy(update={"summary": summary})

    resume = resume.model_copy(update=entries(bank, owners, selection, table, preferred))
    coverage = coverage_rows(resume, bank, posting, table, today, corrections)
    return TailorResult(
        resume=resume,
        coverage=coverage,
        gaps=[row for row in coverage if row.verdict == "not_met"],
        why_not=why_not_rows(resume, table, room=selection.budget_lines - selection.used_lines >= 1),
        flags=flags,
        used_model=use_model,
        **result_extra,
    )


def build_table(bank: Bank, posting: Posting, today: str) -> ScoreTable:
    """Scores of every bank candidate against the posting's kept requirements."""
    return score_candidates(build_candidates(bank, today), weigh_requirements(posting.requirements))


def _skills_section(table: ScoreTable, metrics: PageMetrics) -> list[Line]:
    """One line per distinct skill, the most relevant first, as many as the skills lines hold."""
    groups: dict[str, list[Candidate]] = {}
    for cand in table.candidates:
        if cand.kind == "skill":
            groups.setdefault(" ".join(cand.text.lower().split()), []).append(cand)
    scored = []
    for members in groups.values():
        best = min(members, key=lambda c: (-table.score(c), c.id))
        scored.append((-table.score(best), -len(members), best.text.lower(), best.id, best))
    chosen: list[Candidate] = []
    line = SkillsLine(metrics)
    for *_, cand in sorted(scored):
        if line.lines_with(cand.text) <= metrics.skills_max_lines:
            line.add(cand.text)
            chosen.append(cand)
    return [
        Line(item_id=c.id, text=c.text, score=round(table.score(c), 6),
             covers=sorted(r for r, v in table.cover.get(c.id, {}).items() if v >= COVERED))
        for c in chosen
    ]


def _certificates(bank: Bank, table: ScoreTable) -> list:
    weights = {r.id: r.weight for r in table.requirements}

    def value(cert) -> float:
        return sum(weights[r] * c for r, c in table.cover_text(f"{cert.name} {cert.issuer}").items())

    ranked = sorted(bank.certificates, key=lambda c: (-value(c), neg_date(c.date), c.id))
    relevant = [c for c in ranked if value(c) > 0]
    return (relevant or ranked[:2])[:MAX_CERTIFICATES]


def _fill_lines(metrics: PageMetrics, budget: float) -> tuple[float, float]:
    """Phase 4's (below, up_to) in bullet lines for a page `FILL_BELOW` / `FILL_UP_TO` full: the
    bullet budget is what the page holds after its fixed parts (and the safety margin)."""
    page = metrics.lines_per_page
    return (budget + SAFETY_LINES - (1 - FILL_BELOW) * page, budget + SAFETY_LINES - (1 - FILL_UP_TO) * page)


def years_evidence(bank: Bank, posting: Posting, today: str) -> list[str]:
    """Jobs whose dated positions meet a years ask of the posting: their title lines prove it, so they
    keep a place on the page like recent jobs do."""
    from resume_core.tailoring.verdicts import years_ask_of
    from resume_core.tailoring.years import years_found

    out: list[str] = []
    for req in posting.requirements:
        ask = years_ask_of(req) if req.keep else None
        if ask is not None:
            out.extend(years_found(bank, ask, today).evidence)
    return list(dict.fromkeys(out))


def _owners_and_budget(bank: Bank, resume: TailoredResume, metrics: PageMetrics, today: str,
                       proving: Sequence[str] = (), pages: int = 1):
    jobs = chronological(bank.jobs)
    # Two pages are for long careers: each page reaches back RESERVE_YEARS further and keeps as many titles.
    recent = [
        j.id
        for n, j in enumerate(jobs)
        if n == 0 or recency_weight(j.end_date, today) >= 0.5 ** (pages * RESERVE_YEARS / 8.0)
    ][:pages * MAX_RESERVED]
    # Recent jobs first, then older ones that prove a years ask, in page (chronological) order.
    keep = set(recent) | set(proving)
    reserved = [j.id for j in jobs if j.id in keep]
    budget = metrics.lines_per_page - SAFETY_LINES - fixed_lines(resume, metrics)
    if jobs:
        budget -= entries_section_lines(metrics)
    titles = {j.id: max(1, len(j.positions)) for j in jobs}

    # held[k]: the title lines of the first k reserved jobs, summed in order (as sum() would)
    held = [0.0]
    for i in reserved:
        held.append(held[-1] + collapsed_lines(titles[i], metrics))
    while reserved and budget - held[len(reserved)] < 0:
        reserved.pop()  # the oldest first
    budget -= held[len(reserved)]
    owners = [Owner(j.id, "job", max(1, len(j.positions)), j.id in reserved) for j in jobs]
    owners += [Owner(p.id, "project", 1, False) for p in chronological(bank.projects)]
    return owners, max(0.0, budget)


@forgets_texts
def coverage_for(resume: TailoredResume, bank: Bank, posting: Posting, today: str | None = None,
                 corrections: dict[str, float] | None = None) -> list[CoverageRow]:
    """Coverage of an edited resume: user text counts by what it says, not by where it came from."""
    today = today or clock.today()
    table = build_table(bank, posting, today)
    return coverage_rows(resume, bank, posting, table, today, corrections)


@forgets_texts
def why_not_for(resume: TailoredResume, bank: Bank, posting: Posting, today: str | None = None,
                excluded: set[str] | frozenset[str] = frozenset(), room: bool = False) -> list[WhyNot]:
    """Why each bank line the posting touches is off this (possibly edited) page; `excluded` are the
    ids the user took off it, `room` says the page has lines to spare."""
    table = build_table(bank, posting, today or clock.today())
    return why_not_rows(resume, table, excluded, room)
