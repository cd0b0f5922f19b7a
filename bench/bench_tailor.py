"""Tailoring: speed by bank size, coverage on real CVs against an oracle, ranking quality, prompt size.

Data (copies, with licences in bench/data/): real CVs from dotin (`resumes/dotin_train.jsonl`, CC0)
imported as banks with `import_resume`, each paired with the SkillSpan posting
(`skillspan_traindev.jsonl`, MIT / CC BY 4.0) whose labelled knowledge spans overlap the CV's
labelled "Tech Tools" and "Job Specific Skills" most. The posting is analysed offline
(`build_posting`) and tailored offline under the one-page letter budget.

- coverage: share of the posting's labelled knowledge spans that appear in the tailored page's text
  (summary, bullets, skills), against a greedy oracle that knows the labels and fills the same page
  with the same selection code (its scores are label hits instead of our relevance);
- nDCG@10 of the bullet ranking, the gain of a bullet being how many posting labels it contains;
- speed: posting analysis + scoring + selection + assembly for synthetic banks of 100, 1,000 and
  10,000 items made from the imported CV text, cold caches, median of 3, wall and CPU time;
- prompt tokens (characters / 4) of the model's selection prompt (top candidates only) against
  the same prompt carrying every candidate of the bank;
- speed before and after issue 17's speed work, the two versions taking turns (`bench/speed_turns.py`).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import statistics
import time
from pathlib import Path

from resume_core.posting.analysis import build_posting
from resume_core.errors import ImportProblem
from resume_core.importing import import_resume
from resume_core.tailoring.llm_select import prompt_chars, top_candidates
from resume_core.bank.model import Accomplishment, Bank, Job, Person, Position, Posting, Requirement, Skill
from resume_core.tailoring.scoring import ScoreTable, WeightedRequirement, concept_strengths, terms, vocab_matches
from resume_core.tailoring.selection import BULLET_KINDS
from resume_core.tailoring.pipeline import build_table, tailor

from bench.speed_turns import turns

DATA = Path(__file__).parent / "data"
CVS = DATA / "resumes" / "dotin_train.jsonl"
POSTINGS = DATA / "skillspan_traindev.jsonl"
CV_LABELS = ("Tech Tools", "Job Specific Skills")
TODAY = "2026-11-25"
SIZES = (100, 1_000, 10_000)
MIN_OVERLAP = 2


def norm(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9+#]+", text.lower())) + " "


def has(haystack: str, label: str) -> bool:
    return norm(label) in haystack


class OracleTable(ScoreTable):
    """Scores that know the labels: a candidate covers exactly the labels its text contains."""

    def __init__(self, table: ScoreTable, labels: list[str]):
        reqs = [WeightedRequirement(f"req-l{i}", lab, "required", 1.0, frozenset(), ()) for i, lab in enumerate(labels)]
        candidates = [dataclasses.replace(c, recency=1.0) for c in table.candidates]
        super().__init__(candidates, reqs, dataclasses.replace(table.stats, requirements={r.id: r for r in reqs}))
        self.cover = {c.id: hits for c in candidates if (hits := self.cover_text(c.text))}

    def cover_text(self, text: str) -> dict[str, float]:
        normed = norm(text)
        return {r.id: 1.0 for r in self.requirements if has(normed, r.text)}


def page_text(resume) -> str:
    return norm(" ".join(line.text for line in resume.lines()))


def ndcg_at_10(table: ScoreTable, labels: list[str]) -> float | None:
    bullets = [c for c in table.candidates if c.kind in BULLET_KINDS]
    gain = {c.id: sum(has(norm(c.text), lab) for lab in labels) for c in bullets}
    ranked = [c for c in table.ranked() if c.kind in BULLET_KINDS][:10]
    ideal = sorted(gain.values(), reverse=True)[:10]
    if not ideal or ideal[0] == 0:
        return None
    dcg = sum(gain[c.id] / math.log2(n + 2) for n, c in enumerate(ranked))
    return dcg / sum(g / math.log2(n + 2) for n, g in enumerate(ideal))


def stable_ids(bank: Bank, tag: str) -> Bank:
    """The bank with ids numbered in document order: imports draw random ids, and ties break by id."""
    counter = iter(range(1_000_000))

    def walk(node):
        if isinstance(node, dict):
            return {k: (f"{v.split('-')[0]}-{tag}n{next(counter)}" if k == "id" else walk(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return Bank.model_validate(walk(bank.model_dump()))


def load_pairs(limit: int | None = None) -> list[tuple[str, Bank, dict]]:
    cvs = [json.loads(line) for line in CVS.read_text(encoding="utf-8").splitlines() if line.strip()]
    postings = [json.loads(line) for line in POSTINGS.read_text(encoding="utf-8").splitlines() if line.strip()]
    knowledge = [{norm(k).strip() for k in p["knowledge"]} - {""} for p in postings]
    pairs = []
    for cv in cvs:
        labels = {norm(m).strip() for kind in CV_LABELS for m in cv["entities"].get(kind, [])} - {""}
        overlap, index = max((len(labels & k), -i) for i, k in enumerate(knowledge))
        if overlap < MIN_OVERLAP:
            continue
        try:
            bank = stable_ids(import_resume(f"{cv['id']}.txt", cv["text"].encode("utf-8")).bank, str(len(pairs)))
        except ImportProblem:  # nothing resume-like in it: no bank to tailor
            continue
        if any(owner.accomplishments for owner in bank.owners()):
            pairs.append((cv["id"], bank, postings[-index]))
        if limit and len(pairs) >= limit:
            break
    return pairs


def quality(pairs) -> dict:
    ours_hits = oracle_hits = total = 0
    ratios, ndcgs, prompt_top, prompt_all = [], [], [], []
    for _cv_id, bank, raw in pairs:
        labels = list(dict.fromkeys(raw["knowledge"]))
        posting = build_posting(raw["text"])
        table = build_table(bank, posting, TODAY)
        ours = page_text(tailor(bank, posting, today=TODAY, table=table).resume)
        label_posting = Posting(
            id="pst-oracle", requirements=[Requirement(id=f"req-l{i}", text=lab, kind="required") for i, lab in enumerate(labels)]
        )
        oracle_table = OracleTable(table, labels)
        oracle = page_text(tailor(bank, label_posting, today=TODAY, table=oracle_table).resume)
        got, best = sum(has(ours, lab) for lab in labels), sum(has(oracle, lab) for lab in labels)
        ours_hits, oracle_hits, total = ours_hits + got, oracle_hits + best, total + len(labels)
        if best:
            ratios.append(got / best)
        if (value := ndcg_at_10(table, labels)) is not None:
            ndcgs.append(value)
        prompt_top.append(prompt_chars(table.requirements, top_candidates(table)) / 4)
        prompt_all.append(prompt_chars(table.requirements, table.candidates) / 4)
    return {
        "pairs (CV, posting)": len(pairs),
        "labelled skills covered, ours (share)": ours_hits / total,
        "labelled skills covered, oracle (share)": oracle_hits / total,
        "ours / oracle coverage (pooled)": ours_hits / oracle_hits if oracle_hits else 0.0,
        "ours / oracle coverage (median per pair)": statistics.median(ratios) if ratios else 0.0,
        "nDCG@10 of the ranking (mean)": statistics.fmean(ndcgs) if ndcgs else 0.0,
        "prompt tokens, top candidates (mean)": statistics.fmean(prompt_top),
        "prompt tokens, whole bank (mean)": statistics.fmean(prompt_all),
    }


def synthetic_bank(pool_banks: list[Bank], size: int) -> Bank:
    """A bank of `size` items (accomplishments and skills) cut from real imported CV text."""
    texts = [a.text for b in pool_banks for o in b.owners() for a in o.accomplishments]
    skills = [s.name for b in pool_banks for o in b.owners() for s in o.skills]
    jobs, made, n = [], 0, 0
    while made < size:
        year = 2026 - len(jobs)
        accs, sks = [], []
        for _ in range(min(25, size - made)):
            if n % 3 == 2:
                sks.append(Skill(id=f"skl-s{n}", name=skills[n % len(skills)]))
            else:
                accs.append(Accomplishment(id=f"acc-s{n}", text=texts[n % len(texts)]))
            n, made = n + 1, made + 1
        jobs.append(Job(id=f"job-s{len(jobs)}", name=f"Employer {len(jobs)}", accomplishments=accs, skills=sks,
                        positions=[Position(title="Engineer", start_date=f"{year - 1}-01", end_date=f"{year}-01")]))
    return Bank(person=Person(name="Synthetic"), jobs=jobs)


def speed(pool_banks: list[Bank], posting_text: str) -> dict:
    texts = {a.text for b in pool_banks for o in b.owners() for a in o.accomplishments}
    out: dict[str, float | int] = {"distinct accomplishment texts the synthetic banks cycle through": len(texts)}
    build_posting(posting_text)  # load the vocabulary once: it is cached per process in the app too
    for size in SIZES:
        bank = synthetic_bank(pool_banks, size)
        times, cpu = [], []
        for _ in range(3):
            for cache in (terms, concept_strengths, vocab_matches):
                cache.cache_clear()
            started, started_cpu = time.perf_counter(), time.process_time()
            tailor(bank, build_posting(posting_text), today=TODAY)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
        out[f"analysis + tailoring, {size:,} items (ms)"] = statistics.median(times) * 1000
        # CPU time does not count the waits of a machine shared with other work: compare runs by it.
        out[f"analysis + tailoring, {size:,} items (CPU ms)"] = statistics.median(cpu) * 1000
        if size == 1_000:
            table = build_table(bank, build_posting(posting_text), TODAY)
            out["prompt tokens at 1,000 items, top candidates"] = prompt_chars(table.requirements, top_candidates(table)) / 4
            out["prompt tokens at 1,000 items, whole bank"] = prompt_chars(table.requirements, table.candidates) / 4
    small, big = out[f"analysis + tailoring, {SIZES[0]:,} items (ms)"], out[f"analysis + tailoring, {SIZES[-1]:,} items (ms)"]
    out["growth 100 -> 10,000 items (x; n log n would be ~200x)"] = big / small
    return out


def run(print_table: bool = True) -> dict:
    pairs = load_pairs()
    figures = quality(pairs)
    longest = max((p for _, _, p in pairs), key=lambda p: len(p["knowledge"]))
    figures.update(speed([b for _, b, _ in pairs], longest["text"]))
    figures.update(turns())  # before and after the speed work, taking turns (bench/speed_turns.py)
    if print_table:
        for key, value in figures.items():
            print(f"{key:60} {value:,.3f}" if isinstance(value, float) else f"{key:60} {value}")
    return figures


if __name__ == "__main__":
    run()
