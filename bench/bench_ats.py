"""What a layout-based resume parser reads back from our PDFs, field by field.

Every exported PDF is read by `resume_core.output.ats_reader` (text items -> lines -> sections -> entries ->
fields, the published rules of open-source layout parsers; it knows nothing of our templates) and
compared with the Markdown the PDF was made from:

- name, e-mail: read from the header as printed;
- jobs: each experience heading's organisation read in its own entry; titles: the title read as that
  entry's title; dates: its date range read whole;
- bullets: each bullet read whole (wrapped lines joined) under the right job;
- schools: each education entry's school (and degree) read as separate fields.

Sets, each for all 3 templates x 2 papers:
- sample: the sample bank (data/sample_bank.xml) tailored offline to the 3 sample postings and to 3
  Dice postings (bench/data/postings/dice_dev.jsonl);
- dotin dev / dotin hold-out: other people's real CVs (bench/data/resumes/dotin_train.jsonl, CC0)
  imported as banks and tailored to their SkillSpan posting (as in bench_tailor), split by a hash of
  the CV id (hold-out: the first hex digit of its sha1 is below 5).
Time: the median of `export_pdf` (fit, write, text check and parser check) on the sample, per
template.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import time
from pathlib import Path

from resume_core.output.ats_reader import AtsRead, read_resume
from resume_core.output.pdf_check import expected_entries
from resume_core.output.render import PAPERS, TEMPLATES, markdown_blocks

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_POSTINGS = ROOT / "data" / "sample_postings"
DICE = ROOT / "bench" / "data" / "postings" / "dice_dev.jsonl"
TODAY = "2026-11-25"
FIELDS = ("name", "email", "jobs", "titles", "dates", "bullets", "schools")
DOTIN_CVS = 30


def holdout(key: str) -> bool:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest()[0], 16) < 5


def _match(read_entries, start: int, heading: tuple[str, str, str]) -> int | None:
    """The read entry (from `start` on) agreeing with most of (title, organisation, dates)."""
    best, best_score = None, 0
    for index in range(start, len(read_entries)):
        entry = read_entries[index]
        score = sum((entry.title == heading[0], bool(heading[1]) and entry.organisation == heading[1],
                     bool(heading[2]) and entry.dates == heading[2]))
        if score > best_score:
            best, best_score = index, score
    return best


def score(read: AtsRead, markdown: str, email: str) -> dict[str, list[int]]:
    """field -> [read right, expected] for one PDF."""
    counts = {name: [0, 0] for name in FIELDS}

    def tally(name: str, ok: bool) -> None:
        counts[name][0] += int(ok)
        counts[name][1] += 1

    name = next((block.text for block in markdown_blocks(markdown) if block.kind == "name"), "")
    tally("name", read.name == name)
    if email:
        tally("email", read.email == email)
    cursor: dict[str, int] = {}
    for section, headings, bullets in expected_entries(markdown):
        kind = section.casefold()
        section_read = read.section(section)
        entries = section_read.entries if section_read else []
        if not headings:
            continue
        heading = headings[0]
        found = _match(entries, cursor.get(kind, 0), heading)
        entry = entries[found] if found is not None else None
        if found is not None:
            cursor[kind] = found + 1
        if kind == "education":
            tally("schools", entry is not None and entry.title == heading[0]
                  and (not heading[1] or entry.organisation == heading[1]))
        elif kind in ("experience", "projects"):
            if kind == "experience" and heading[1]:
                tally("jobs", entry is not None and entry.organisation == heading[1])
            tally("titles", entry is not None and entry.title == heading[0])
            for bullet in bullets:
                tally("bullets", entry is not None and bullet in entry.bullets)
        if heading[2] and kind in ("experience", "projects", "education"):
            tally("dates", entry is not None and entry.dates == heading[2])
    return counts


def _add(total: dict[str, list[int]], part: dict[str, list[int]]) -> None:
    for name, (hit, n) in part.items():
        total.setdefault(name, [0, 0])
        total[name][0] += hit
        total[name][1] += n


def _export_all(bank, posting, totals, failures, label):
    from resume_core.output.export import export_pdf
    from resume_core.tailoring.pipeline import tailor

    for template in sorted(TEMPLATES):
        for paper in sorted(PAPERS):
            resume = tailor(bank, posting, template=template, paper=paper, today=TODAY).resume
            result = export_pdf(resume, template, paper)
            part = score(read_resume(result.pdf), result.markdown, resume.person.email)
            _add(totals, part)
            for name, (hit, n) in part.items():
                if hit < n:
                    failures.append(f"{label} {template}/{paper}: {name} {hit}/{n}")


def sample_set(totals, failures) -> int:
    from resume_core.posting.analysis import build_posting
    from resume_core.bank.sample import load_sample_bank

    bank = load_sample_bank()
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(SAMPLE_POSTINGS.glob("*.txt"))]
    dice = [json.loads(line) for line in DICE.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts += [(d["id"], d["text"]) for d in sorted(dice, key=lambda d: hashlib.sha1(d["id"].encode()).hexdigest())[:3]]
    for label, text in texts:
        _export_all(bank, build_posting(text), totals, failures, f"sample/{label}")
    return len(texts)


def dotin_sets(dev, hold, failures) -> tuple[int, int]:
    from bench.bench_tailor import load_pairs
    from resume_core.posting.analysis import build_posting

    counts = [0, 0]
    for cv_id, bank, raw in load_pairs(limit=DOTIN_CVS):
        side = holdout(cv_id)
        counts[side] += 1
        _export_all(bank, build_posting(raw["text"]), hold if side else dev, failures, cv_id)
    return counts[0], counts[1]


def timing() -> dict[str, float]:
    from bench.bench_export import _tailored_sample
    from resume_core.output.export import export_pdf

    out = {}
    export_pdf(_tailored_sample("classic"), "classic", "letter")  # warm-up: import and fonts
    for template in sorted(TEMPLATES):
        resume = _tailored_sample(template)
        times = []
        for _ in range(3):
            started = time.perf_counter()
            export_pdf(resume, template, "letter")
            times.append(time.perf_counter() - started)
        out[f"{template}: fit+write+check+parser s"] = round(statistics.median(times), 3)
    return out


def run(print_table: bool = True) -> dict:
    figures: dict[str, float | int | str] = {}
    sample: dict[str, list[int]] = {}
    dev: dict[str, list[int]] = {}
    hold: dict[str, list[int]] = {}
    failures: list[str] = []
    postings = sample_set(sample, failures)
    n_dev, n_hold = dotin_sets(dev, hold, failures)
    for label, totals, size in (("sample bank", sample, f"{postings} postings"), ("dotin dev", dev, f"{n_dev} CVs"),
                                ("dotin hold-out", hold, f"{n_hold} CVs")):
        for name in FIELDS:
            hit, n = totals.get(name, [0, 0])
            figures[f"{label} ({size} x 6): {name}"] = round(hit / n, 3) if n else "-"
    figures.update(timing())
    if print_table:
        for key, value in figures.items():
            print(f"{key:50} {value}")
        for line in failures[:40]:
            print("  miss:", line)
    return figures


if __name__ == "__main__":
    run()
