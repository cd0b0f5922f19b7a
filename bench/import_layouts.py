"""Import figures for resumes in real layouts (themes, Word, pasted and one-line text) and RJDB resumes.

Layout corpus: `bench/.layout/corpus/` made by `python -m bench.make_layout_corpus` (skipped with a
note when it is missing). Each file is imported and compared with its person's resume.json:
- name right: the person's name, exactly (accents kept, case and spacing ignored);
- jobs found: a truth job for which some imported job carries both its company and its title (the
  title alone for themes that never print the employer: flat, macchiato);
- titles right: a truth job whose title is some imported position's title;
- start dates right: of the truth jobs whose title was found, the position starts in the right month;
- bullets in the right job: a truth bullet that is, whole, an accomplishment of the job holding its title;
- skills found: a truth skill keyword among the bank's skill names or inside its text;
- schools found: a truth institution among the education entries' institutions;
- lines not placed: the mean length of `ImportResult.unplaced`.
Rows are grouped by format/layout and split into tuned (people and themes looked at) and hold-out
(held-out people or held-out themes: never looked at while tuning).

RJDB (`bench/data/pairs/rjdb_dev.jsonl`, both the matched and the unmatched resume of each pair):
"Name: ..." gives the name; every dated line of the "## Experience" section is one job, its first
year the start. Figures: name right, jobs found (imported jobs starting in a truth start year, one
to one), start years right; also per split (a third of the pairs held out by the hash of their id).
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from resume_core.errors import ImportProblem
from resume_core.importing import import_resume, read_resume_text

CORPUS = Path(__file__).parent / ".layout" / "corpus"
RJDB = Path(__file__).parent / "data" / "pairs" / "rjdb_dev.jsonl"


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(re.sub(r"[^\w+#]+", " ", text).split())


def _score_one(result, truth: dict, printed: str = "") -> dict[str, tuple[int, int]]:
    bank = result.bank
    rows: list[tuple[str, str, str, set[str]]] = []  # company, title, start, bullets
    for job in bank.jobs:
        bullets = {norm(a.text) for a in job.accomplishments}
        for position in job.positions:
            rows.append((norm(job.name), norm(position.title), position.start_date, bullets))
    text = norm(" ".join([bank.person.summary, *(a.text for o in bank.owners() for a in o.accomplishments),
                          *(o.name for o in bank.owners())]))
    skill_names = {norm(s.name) for o in bank.owners() for s in o.skills}
    skill_names |= {norm(s.name) for s in bank.skills}  # the person's own skills (no job names them)
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    out["name right"] = [int(norm(bank.person.name) == norm(truth["name"])), 1]
    for job in truth["jobs"]:
        company, title = norm(job["company"]), norm(job["title"])
        titled = [r for r in rows if r[1] == title]
        # Some themes never print the employer (flat, macchiato): there the title alone finds the job.
        shown = not printed or company in printed
        out["jobs found"][0] += any(r[0] == company or not shown for r in titled)
        out["jobs found"][1] += 1
        out["titles right"][0] += bool(titled)
        out["titles right"][1] += 1
        if titled:
            out["start dates right"][0] += any(r[2][:7] == job["start"][:7] for r in titled)
            out["start dates right"][1] += 1
        for bullet in job["bullets"]:
            out["bullets in the right job"][0] += any(norm(bullet) in r[3] for r in titled)
            out["bullets in the right job"][1] += 1
    for skill in truth["skills"]:
        out["skills found"][0] += norm(skill) in skill_names or f" {norm(skill)} " in f" {text} "
        out["skills found"][1] += 1
    institutions = {norm(e.institution) for e in bank.education}
    for school in truth["schools"]:
        out["schools found"][0] += norm(school) in institutions
        out["schools found"][1] += 1
    out["lines not placed"] = [len(result.unplaced), 1]
    return {k: tuple(v) for k, v in out.items()}


def layout_figures() -> dict:
    truth_file = CORPUS / "truth.jsonl"
    if not truth_file.exists():
        return {"layout corpus": "missing: run python -m bench.make_layout_corpus"}
    sums: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    crashes: dict[str, int] = defaultdict(int)
    times: dict[str, list[float]] = defaultdict(list)
    for line in truth_file.read_text(encoding="utf-8").splitlines():
        truth = json.loads(line)
        for item in truth["files"]:
            group = f"{item['format']}/{item['layout']}"
            split = "hold-out" if truth["held_out"] or item["held_out"] else "dev"
            data = (CORPUS / item["file"]).read_bytes()
            started = time.perf_counter()
            try:
                result = import_resume(item["file"], data)
                times[item["format"]].append(time.perf_counter() - started)
            except ImportProblem:
                crashes[split] += 1
                continue
            printed = f" {norm(read_resume_text(item['file'], data))} "
            for key, (hit, total) in _score_one(result, truth, printed).items():
                for bucket in ((group, split), ("all layouts", split)):
                    sums[bucket][key][0] += hit
                    sums[bucket][key][1] += total
    figures: dict[str, object] = {}
    for (group, split), keys in sorted(sums.items()):
        for key, (hit, total) in keys.items():
            figures[f"layout {group} [{split}]: {key}"] = hit / total if total else 0.0
    for split in ("dev", "hold-out"):
        figures[f"layout files refused [{split}]"] = crashes[split]
    for kind, spent in sorted(times.items()):
        figures[f"layout {kind}: ms per file (median)"] = statistics.median(spent) * 1000
    return figures


def _rjdb_truth(text: str) -> tuple[str, list[str]]:
    name = re.search(r"(?im)^\s*name\s*:\s*(.+?)\s*$", text)
    section = re.search(r"(?ims)^#+\s*(?:work\s+)?experience\s*$(.*?)(?=^#+\s|\Z)", text)
    starts = []
    for line in (section.group(1) if section else "").splitlines():
        years = re.findall(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)", line)
        if years:
            starts.append(years[0])
    return (name.group(1) if name else ""), starts


def rjdb_figures() -> dict:
    if not RJDB.exists():
        return {}
    names = named = jobs = found = 0
    by_split: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # jobs found, jobs
    for line in RJDB.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        row = json.loads(line)
        for side in ("matched", "unmatched"):
            text = row.get(side) or ""
            if not text.strip():
                continue
            name, starts = _rjdb_truth(text)
            try:
                bank = import_resume(f"{row['id']}-{side}.txt", text.encode("utf-8")).bank
            except ImportProblem:
                bank = None
            if name:
                names += 1
                named += bool(bank) and norm(bank.person.name) == norm(name)
            jobs += len(starts)
            left = [p.start_date[:4] for j in (bank.jobs if bank else []) for p in j.positions]
            split = _rjdb_split(row["id"])
            by_split[split][1] += len(starts)
            for year in starts:
                if year in left:
                    left.remove(year)
                    found += 1
                    by_split[split][0] += 1
    return {
        "RJDB resumes: name right": named / max(names, 1),
        "RJDB resumes: jobs found (start year right)": found / max(jobs, 1),
        **{f"RJDB resumes [{split}]: jobs found (start year right)": hit / max(total, 1)
           for split, (hit, total) in sorted(by_split.items())},
    }


def _rjdb_split(pair_id: str) -> str:
    """A fixed hold-out: a third of the pairs by the hash of their id (never looked at while tuning)."""
    return "hold-out" if int(hashlib.md5(str(pair_id).encode()).hexdigest(), 16) % 3 == 0 else "dev"
