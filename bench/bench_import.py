"""Import 308 real CVs offline and measure what lands in the bank; then RJDB resumes and resumes in
real layouts (`bench/import_layouts.py`: per format and layout, dev and hold-out); then the dotin and
RJDB CVs with their line breaks lost (`bench/import_one_line.py`).

Data: bench/data/resumes/dotin_train.jsonl (dotin CVs, CC0, with labelled entities). Figures: share
of CVs with at least one job found; jobs, accomplishments, skills and education entries per CV;
recall of the labelled "Tech Tools" and "Job Specific Skills" (the share of unique labelled mentions
found as a bank skill or inside bank text, after normalising case and punctuation) and the stricter
share found as bank skills; recall of labelled company names among job names; how often a job's name
is a labelled company, for jobs the preview flags "check this" and for the others (is the flag where
the errors are?); time per CV, after a first import that loads the skill vocabulary (timed apart).
"""

from __future__ import annotations

import json
import re
import statistics
import time
from pathlib import Path

from resume_core.errors import ImportProblem
from resume_core.importing import import_resume
from resume_core.importing.skills import normalise
from resume_core.bank.model import Bank, Person

DATA = Path(__file__).parent / "data" / "resumes" / "dotin_train.jsonl"
SKILL_LABELS = ("Tech Tools", "Job Specific Skills")


def bank_text(bank: Bank) -> str:
    """Every piece of text the bank holds, normalised, for the "inside bank text" check."""
    parts = [bank.person.name, bank.person.label, bank.person.summary]
    for owner in bank.owners():
        parts += [owner.name, owner.description, *(a.text for a in owner.accomplishments), *(s.name for s in owner.skills)]
    for job in bank.jobs:
        parts += [job.location, *(p.title for p in job.positions)]
    for project in bank.projects:
        parts += [*project.roles, *project.technologies]
    for edu in bank.education:
        parts += [edu.institution, edu.study_type, edu.area]
    parts += [s.name for s in bank.skills]  # the person's own skills (tied to no job)
    parts += [c.name for c in bank.certificates] + [a.title for a in bank.awards] + [p.name for p in bank.publications]
    return " " + normalise(" ".join(parts)) + " "


def _contains(haystack: str, needle: str) -> bool:
    return re.search(r"(?<![\w+#])" + re.escape(needle) + r"(?![\w+#])", haystack) is not None


def run(print_table: bool = True) -> dict:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    with_job = jobs = accs = skills = education = flagged = 0
    right = {True: 0, False: 0}  # flagged? -> jobs whose name is a labelled company
    seen = {True: 0, False: 0}
    labelled = in_text = as_skill = refused = 0
    companies = companies_found = unplaced = 0
    times: list[float] = []
    started = time.perf_counter()
    import_resume("warm-up.txt", rows[0]["text"].encode("utf-8"))  # loads the skill vocabulary once
    first_import = time.perf_counter() - started
    for row in rows:
        started = time.perf_counter()
        try:
            result = import_resume(f"{row['id']}.txt", row["text"].encode("utf-8"))
        except ImportProblem:  # nothing resume-like in it (contact lines only): counts as nothing found
            result, refused = None, refused + 1
        times.append(time.perf_counter() - started)
        bank = result.bank if result else Bank(person=Person())
        unplaced += len(result.unplaced) if result else 0
        with_job += bool(bank.jobs)
        jobs += len(bank.jobs)
        accs += sum(len(o.accomplishments) for o in bank.owners())
        skills += len(bank.all_skills())
        education += len(bank.education)
        flagged += sum(result.needs_check(job.id) for job in bank.jobs)
        text = bank_text(bank)
        skill_names = {normalise(s.name) for s in bank.all_skills()}
        wanted = {normalise(m) for label in SKILL_LABELS for m in row["entities"].get(label, [])} - {""}
        labelled += len(wanted)
        in_text += sum(1 for w in wanted if w in skill_names or _contains(text, w))
        as_skill += sum(1 for w in wanted if w in skill_names)
        names = " " + normalise(" ".join(j.name for j in bank.jobs)) + " "
        wanted_companies = {normalise(m) for m in row["entities"].get("Companies worked at", [])} - {""}
        companies += len(wanted_companies)
        for job in bank.jobs:
            check = result.needs_check(job.id)
            seen[check] += 1
            right[check] += normalise(job.name) in wanted_companies
        companies_found += sum(1 for c in wanted_companies if _contains(names, c))
    n = len(rows)
    figures = {
        "CVs": n,
        "CVs with a job found (share)": with_job / n,
        "CVs refused as not a resume (nothing found but contact lines)": refused,
        "jobs per CV": jobs / n,
        "accomplishments per CV": accs / n,
        "skills per CV": skills / n,
        "education entries per CV": education / n,
        "jobs flagged 'check this' (share)": flagged / max(jobs, 1),
        "labelled skills in bank (recall)": in_text / labelled,
        "labelled skills as bank skills (recall)": as_skill / labelled,
        "labelled companies as job names (recall)": companies_found / max(companies, 1),
        "job name is a labelled company, unflagged jobs": right[False] / max(seen[False], 1),
        "job name is a labelled company, flagged jobs": right[True] / max(seen[True], 1),
        "ms per CV (median)": statistics.median(times) * 1000,
        "ms per CV (max)": max(times) * 1000,
        "first import incl. vocabulary load (s)": first_import,
        "dotin: lines not placed per CV": unplaced / n,
    }
    from bench.import_layouts import layout_figures, rjdb_figures

    figures.update(rjdb_figures())
    figures.update(layout_figures())
    from bench.import_one_line import one_line_figures

    figures.update(one_line_figures())
    if print_table:
        width = max(map(len, figures))
        for key, value in figures.items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            print(f"{key.ljust(width)}  {shown}")
    return figures


if __name__ == "__main__":
    run()
