"""The import preview is the truth: what the importer read reaches the Big Resume, and nothing else.

For each resume of two sources - dotin train CVs (`data/resumes/dotin_train.jsonl`) and the resume
sides of the RJDB pairs (`data/pairs/rjdb_dev.jsonl`, fields `matched` and `unmatched`) - import it,
build the preview, confirm it untouched (`apply_preview`), merge it into an empty bank and then into
that bank again. Figures, per split (dev and a fixed hold-out: ids whose SHA-1 ends in 0-2 of 16):
- positions kept: share of the imported positions whose title, start and end are in the bank after
  the merge (the preview and the merge may not drop or change any);
- bullets kept, skills kept: share of imported accomplishments and skills (of jobs, projects and the
  person) in the bank after the merge;
- CVs with an "Other skills" project: share whose bank holds the importer's made-up project;
- skills not tied to a job per CV: the person-level skills the importer read;
- second import adds nothing: share of CVs whose second merge adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from resume_core.errors import ImportProblem
from resume_core.importing import import_resume, merge_banks
from resume_core.importing.preview import apply_preview, build_preview_groups
from resume_core.importing.skills import normalise
from resume_core.bank.model import Bank

DATA = Path(__file__).parent / "data"


def held_out(item_id: str) -> bool:
    """A fixed hold-out split, about 3 in 16, by the id's hash."""
    return hashlib.sha1(item_id.encode()).hexdigest()[-1] in "012"


def load_resumes() -> list[tuple[str, str]]:
    """(id, text) of every resume of both sources."""
    out = []
    for line in (DATA / "resumes" / "dotin_train.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            row = json.loads(line)
            out.append((row["id"], row["text"]))
    for line in (DATA / "pairs" / "rjdb_dev.jsonl").read_text(encoding="utf-8").split("\n"):
        if line.strip():
            row = json.loads(line)
            for side in ("matched", "unmatched"):
                if isinstance(row.get(side), str) and row[side].strip():
                    out.append((f"{row['id']}-{side}", row[side]))
    return out


def _all_skills(bank: Bank) -> list:
    return [*(s for o in bank.owners() for s in o.skills), *getattr(bank, "skills", [])]


def measure(resumes: list[tuple[str, str]]) -> dict:
    n = positions = positions_kept = bullets = bullets_kept = skills = skills_kept = 0
    other = person_skills = idempotent = 0
    for item_id, text in resumes:
        try:
            result = import_resume(f"{item_id}.txt", text.encode("utf-8"))
        except ImportProblem:
            continue
        n += 1
        read = result.bank
        rows = [row for group in build_preview_groups(result) for row in group.rows]
        merged = merge_banks(Bank(), apply_preview(result, rows)).bank
        held = {(normalise(p.title), p.start_date, p.end_date) for j in merged.jobs for p in j.positions}
        for job in read.jobs:
            for p in job.positions:
                positions += 1
                positions_kept += (normalise(p.title), p.start_date, p.end_date) in held
        texts = {normalise(a.text) for o in merged.owners() for a in o.accomplishments}
        for o in read.owners():
            for a in o.accomplishments:
                bullets += 1
                bullets_kept += normalise(a.text) in texts
        names = {normalise(s.name) for s in _all_skills(merged)}
        for s in _all_skills(read):
            skills += 1
            skills_kept += normalise(s.name) in names
        other += any(p.name == "Other skills" for p in merged.projects)
        person_skills += len(getattr(read, "skills", []))
        again = merge_banks(merged, apply_preview(result, rows))
        idempotent += again.added_total == 0
    share = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {
        "CVs imported": n,
        "positions kept (title and dates)": share(positions_kept, positions),
        "bullets kept": share(bullets_kept, bullets),
        "skills kept": share(skills_kept, skills),
        "CVs with an 'Other skills' project": share(other, n),
        "skills not tied to a job per CV": share(person_skills, n),
        "second import adds nothing": share(idempotent, n),
    }


def run(print_table: bool = True) -> dict:
    resumes = load_resumes()
    figures = {}
    for split, rows in (("dev", [r for r in resumes if not held_out(r[0])]),
                        ("hold-out", [r for r in resumes if held_out(r[0])])):
        figures.update({f"{name} ({split})": value for name, value in measure(rows).items()})
    if print_table:
        for name, value in figures.items():
            print(f"{name:45} {value:.3f}" if isinstance(value, float) else f"{name:45} {value}")
    return figures


if __name__ == "__main__":
    run()
