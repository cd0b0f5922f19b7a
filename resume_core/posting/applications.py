"""The applications list: every saved posting with its status, applied date, next step and notes.

`application_rows` gives one plain row per posting (for a table the user sorts and edits),
`apply_application_rows` writes edited rows back onto the postings (validated: a date must be
YYYY-MM-DD, a status one of the known ones), and `export_applications_csv` is the same list as CSV
for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import re
from typing import get_args

from resume_core.errors import UserError
from resume_core.bank.model import Posting, PostingStatus

STATUSES: tuple[str, ...] = get_args(PostingStatus)
COLUMNS = ("title", "company", "status", "applied_date", "next_step", "notes", "saved", "url")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def application_rows(postings: list[Posting]) -> list[dict[str, str]]:
    """One row per posting, most recently applied (then saved) first."""
    rows = [{"id": p.id, "title": p.title, "company": p.company, "status": p.status, "applied_date": p.applied_date,
             "next_step": p.next_step, "notes": p.notes, "saved": p.saved_at[:10], "url": p.url} for p in postings]
    return sorted(rows, key=lambda r: (r["applied_date"], r["saved"]), reverse=True)


def apply_application_rows(postings: list[Posting], rows: list[dict]) -> list[Posting]:
    """The postings whose status, applied date, next step or notes the edited `rows` change."""
    by_id = {p.id: p for p in postings}
    problems: list[str] = []
    changed: list[Posting] = []
    for row in rows:
        posting = by_id.get(str(row.get("id", "")))
        if posting is None:
            continue
        applied = str(row.get("applied_date") or "").strip()
        status = str(row.get("status") or posting.status)
        if applied and not _DATE.match(applied):
            problems.append(f"'{posting.title or posting.id}': the applied date {applied!r} is not YYYY-MM-DD.")
            continue
        if status not in STATUSES:
            problems.append(f"'{posting.title or posting.id}': the status {status!r} is not one of {', '.join(STATUSES)}.")
            continue
        update = {"status": status, "applied_date": applied,
                  "next_step": " ".join(str(row.get("next_step") or "").split()),
                  "notes": str(row.get("notes") or "").strip()}
        if any(getattr(posting, key) != value for key, value in update.items()):
            changed.append(posting.model_copy(update=update))
    if problems:
        raise UserError(" ".join(problems), fix="Write dates as 2026-12-08 and pick a status from the list.")
    return changed


def export_applications_csv(postings: list[Posting]) -> bytes:
    """The applications list as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore")
    writer.writeheader()
    for row in application_rows(postings):
        # A cell starting with = + - @ would be run as a formula by a spreadsheet: quote it as text.
        writer.writerow({k: ("'" + v if v[:1] in "=+-@" else v) for k, v in row.items()})
    return ("\ufeff" + out.getvalue()).encode("utf-8")
