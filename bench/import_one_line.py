"""One-line CVs made from real multi-line CVs: each dotin CV and each RJDB resume with its line breaks
lost (every run of white space one space), as many real CVs arrive when copied out of a web form or a
PDF with no line ends.

The truth is the same CV imported with its lines: the one-line import should find the same jobs.
Figures, over the jobs the multi-line import finds (a job: company and title, start, bullets):
- jobs found: some one-line job has the same title and company (case and punctuation ignored);
- titles right: some one-line position has the same title;
- start dates right: of the titles found, one starts in the same month;
- bullets in the right job: a bullet of the job is, whole, an accomplishment of a job holding its title
  (strict: a multi-sentence paragraph the one-line import cuts at its sentences counts as missed);
- name right: the same person name (CVs where the multi-line import found one).
Split: a third of the CVs held out by the hash of their id (never looked at while tuning).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from pathlib import Path

from bench.import_layouts import norm
from resume_core.errors import ImportProblem
from resume_core.importing import import_resume

DATA = Path(__file__).parent / "data"
DOTIN = DATA / "resumes" / "dotin_train.jsonl"
RJDB = DATA / "pairs" / "rjdb_dev.jsonl"
MAX_PER_SOURCE = 400


def _split(key: str) -> str:
    return "hold-out" if int(hashlib.md5(key.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def _texts() -> list[tuple[str, str, str]]:
    """(source, id, multi-line text) for every CV used."""
    out: list[tuple[str, str, str]] = []
    if DOTIN.exists():
        for line in DOTIN.read_text(encoding="utf-8").split("\n")[:MAX_PER_SOURCE]:
            if line.strip():
                row = json.loads(line)
                out.append(("dotin", str(row["id"]), row["text"]))
    if RJDB.exists():
        for line in RJDB.read_text(encoding="utf-8").split("\n")[: MAX_PER_SOURCE // 2]:
            if line.strip():
                row = json.loads(line)
                for side in ("matched", "unmatched"):
                    if (row.get(side) or "").strip():
                        out.append(("rjdb", f"{row['id']}-{side}", row[side]))
    return out


def _import(name: str, text: str):
    try:
        return import_resume(name, text.encode("utf-8")).bank
    except ImportProblem:
        return None


def score(truth_bank, bank) -> dict[str, tuple[int, int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows = []
    for job in bank.jobs if bank else []:
        bullets = {norm(a.text) for a in job.accomplishments}
        rows += [(norm(job.name), norm(p.title), p.start_date, bullets) for p in job.positions]
    if truth_bank.person.name:
        out["name right"] = [int(bool(bank) and norm(bank.person.name) == norm(truth_bank.person.name)), 1]
    for job in truth_bank.jobs:
        company = norm(job.name)
        for position in job.positions:
            title = norm(position.title)
            titled = [r for r in rows if r[1] == title]
            out["jobs found"][0] += any(r[0] == company for r in titled)
            out["jobs found"][1] += 1
            out["titles right"][0] += bool(titled)
            out["titles right"][1] += 1
            if titled:
                out["start dates right"][0] += any(r[2][:7] == position.start_date[:7] for r in titled)
                out["start dates right"][1] += 1
        for accomplishment in job.accomplishments:
            out["bullets in the right job"][0] += any(norm(accomplishment.text) in r[3] for r in rows
                                                      if r[1] in {norm(p.title) for p in job.positions})
            out["bullets in the right job"][1] += 1
    return {k: tuple(v) for k, v in out.items()}


def one_line_figures(sources: tuple[str, ...] = ("dotin", "rjdb"), limit: int | None = None) -> dict:
    sums: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    texts = [t for t in _texts() if t[0] in sources]
    for source, key, text in texts[:limit]:
        truth = _import(f"{key}.txt", text)
        if truth is None or not truth.jobs:
            continue
        flat = _import(f"{key}.oneline.txt", " ".join(text.split()))
        for name, (hit, total) in score(truth, flat).items():
            bucket = sums[(source, _split(f"{source}:{key}"))][name]
            bucket[0] += hit
            bucket[1] += total
    return {f"one-line {source} [{split}]: {name}": hit / total
            for (source, split), names in sorted(sums.items()) for name, (hit, total) in names.items() if total}


if __name__ == "__main__":
    for figure, value in one_line_figures().items():
        print(f"{figure:60s} {value:.3f}")
