"""`python -m resume_core export`: one file per format, a one-line JSON summary, snapshots as saved."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from resume_core.cli import export as cli
from resume_core.bank.model import Snapshot
from resume_core.bank.xml_io import render_bank_xml, render_posting_xml, render_snapshot_xml
from resume_fixtures import load_tailored, overlong
from tailor_banks import TODAY, make_bank, make_posting


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(argv))


@pytest.fixture
def files(tmp_path):
    bank, posting = tmp_path / "bank.xml", tmp_path / "posting.xml"
    bank.write_text(render_bank_xml(make_bank()), encoding="utf-8")
    posting.write_text(render_posting_xml(make_posting()), encoding="utf-8")
    return bank, posting


def _snapshot(tmp_path, resume):
    path = tmp_path / "snapshot.xml"
    snapshot = Snapshot(id="snp-1a2b3c4d", posting_id="pst-1a2b3c4d", created="2026-11-25T12:00:00+00:00",
                        template="modern", resume=resume)
    path.write_text(render_snapshot_xml(snapshot), encoding="utf-8")
    return path


def test_pdf_from_bank_and_posting_prints_summary(files, tmp_path, capsys):
    bank, posting = files
    out = tmp_path / "resume.pdf"
    assert run(["--bank", str(bank), "--posting", str(posting), "--format", "pdf", "--template", "compact",
                "--today", TODAY, "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["pages"] == 1 and summary["check_ok"] is True and summary["problems"] == []
    assert summary["bytes"] == out.stat().st_size and out.read_bytes().startswith(b"%PDF")
    from resume_core.output.pdf_check import extract_text

    assert "Wrote Terraform modules used by 12 teams" in extract_text(out.read_bytes())[0]
    # What a layout-based resume parser reads: the bullet whole, in an entry of Experience.
    experience = next(sec for sec in summary["ats"]["sections"] if sec["heading"] == "EXPERIENCE")
    assert any("Wrote Terraform modules used by 12 teams" in b for e in experience["entries"] for b in e["bullets"])
    assert all(e["title"] and e["dates"] for e in experience["entries"])


def test_snapshot_exports_exactly_as_saved_and_reports_drops(tmp_path, capsys):
    snapshot = _snapshot(tmp_path, overlong())
    out = tmp_path / "resume.pdf"
    assert run(["--snapshot", str(snapshot), "--format", "pdf", "--paper", "a4", "-o", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["pages"] == 1 and summary["dropped"] and summary["check_ok"]
    assert all({"id", "text", "score"} <= set(item) for item in summary["dropped"])


@pytest.mark.parametrize("fmt", ["docx", "md", "txt", "json"])
def test_other_formats_write_their_file(tmp_path, capsys, fmt):
    resume = load_tailored()
    out = tmp_path / f"resume.{fmt}"
    assert run(["--snapshot", str(_snapshot(tmp_path, resume)), "--format", fmt, "-o", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == fmt
    data = out.read_bytes()
    bullet = resume.experience[0].bullets[0].text
    if fmt == "docx":
        import docx

        assert bullet in [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    elif fmt == "json":
        assert bullet in json.loads(data)["work"][0]["highlights"]
    else:
        assert bullet in data.decode("utf-8")


def test_nothing_to_export_is_a_user_error(tmp_path):
    from resume_core.errors import UserError

    with pytest.raises(UserError, match="Nothing to export"):
        run(["--format", "md", "-o", str(tmp_path / "x.md")])
