"""Applications: applied date, next step and notes per posting, sorted, edited with checks, CSV export."""

from __future__ import annotations

import csv
import io

import pytest

from resume_core.posting.applications import apply_application_rows, application_rows, export_applications_csv
from resume_core.errors import UserError
from resume_core.bank.model import Posting
from resume_core.bank.xml_io import parse_posting_xml, render_posting_xml


def _postings():
    return [Posting(id="pst-a", title="SRE", company="Lendo", saved_at="2026-11-01T10:00:00+00:00"),
            Posting(id="pst-b", title="Platform Engineer", company="Acme", status="applied",
                    applied_date="2026-11-20", next_step="Phone screen 2 Dec", saved_at="2026-11-10T10:00:00+00:00")]


def test_rows_put_the_latest_application_first_and_edits_are_checked():
    rows = application_rows(_postings())
    assert [r["id"] for r in rows] == ["pst-b", "pst-a"]
    rows[1].update(status="applied", applied_date="2026-12-01", next_step="  Take-home   due Friday ")
    changed = apply_application_rows(_postings(), rows)
    assert [(p.id, p.status, p.applied_date, p.next_step) for p in changed] == [
        ("pst-a", "applied", "2026-12-01", "Take-home due Friday")]
    rows[1]["applied_date"] = "1 Dec"
    with pytest.raises(UserError, match="not YYYY-MM-DD"):
        apply_application_rows(_postings(), rows)


def test_the_new_fields_round_trip_through_the_posting_file():
    posting = _postings()[1]
    assert parse_posting_xml(render_posting_xml(posting)) == posting


def test_csv_export_has_every_application_and_defuses_formulas():
    postings = _postings()
    postings[0] = postings[0].model_copy(update={"notes": "=HYPERLINK(\"http://x\")"})
    text = export_applications_csv(postings).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["company"] for r in rows] == ["Acme", "Lendo"]
    assert rows[0]["applied_date"] == "2026-11-20" and rows[0]["next_step"] == "Phone screen 2 Dec"
    assert rows[1]["notes"].startswith("'=")
