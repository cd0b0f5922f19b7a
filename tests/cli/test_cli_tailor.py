"""`python -m resume_core tailor`: JSON selection, coverage and gaps; Markdown out."""

from __future__ import annotations

import argparse
import json

import pytest

from resume_core.cli import tailor as cli
from resume_core.output.pdf_check import extract_text
from resume_core.bank.xml_io import render_bank_xml, render_posting_xml
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


def test_json_lists_items_coverage_and_gaps(files, capsys):
    bank, posting = files
    assert run(["--bank", str(bank), "--posting", str(posting), "--json", "--today", TODAY]) == 0
    out = json.loads(capsys.readouterr().out)
    ids = [item["id"] for item in out["items"]]
    assert "acc-n2" in ids
    # The office party serves nothing: it shows only to fill this small bank's page, scored lowest.
    bullets = [i for i in out["items"] if i["kind"] == "accomplishment"]
    assert all(i["score"] < min(b["score"] for b in bullets if b["covers"]) for i in bullets if i["id"] == "acc-n4")
    terraform = next(i for i in out["items"] if i["id"] == "acc-n2")
    assert terraform["job"] == "Northwind" and terraform["kind"] == "accomplishment" and "req-tf" in terraform["covers"]
    assert {g["requirement_id"] for g in out["gaps"]} >= {"req-rust"}
    assert out["estimated_lines"] <= out["page_lines"]
    assert {row["status"] for row in out["coverage"]} <= {"covered", "not_selected", "gap"}
    # A gap (Rust) keeps the score below full, a met row (Terraform) above nothing.
    assert 0.0 < out["coverage_score"] < 1.0


def test_without_today_the_date_is_tp_today(files, capsys, monkeypatch):
    bank, posting = files
    outputs = {}
    for day in (TODAY, "2040-01-01"):
        assert run(["--bank", str(bank), "--posting", str(posting), "--json", "--today", day]) == 0
        outputs[day] = capsys.readouterr().out
    assert outputs[TODAY] != outputs["2040-01-01"]  # the date matters for this bank
    monkeypatch.setenv("TP_TODAY", "2040-01-01")
    assert run(["--bank", str(bank), "--posting", str(posting), "--json"]) == 0
    assert capsys.readouterr().out == outputs["2040-01-01"]


def test_out_writes_markdown(files, tmp_path):
    bank, posting = files
    out = tmp_path / "resume.md"
    assert run(["--bank", str(bank), "--posting", str(posting), "--out", str(out), "--today", TODAY]) == 0
    text = out.read_text(encoding="utf-8")
    # The office party serves nothing: it may only fill this small bank's page, after the relevant lines.
    assert "Wrote Terraform modules used by 12 teams" in text
    assert "summer party" not in text or text.index("summer party") > text.index("Wrote Terraform modules")
    pdf, pages = extract_text(out.with_suffix(".pdf").read_bytes())  # the PDF is written next to it
    assert pages == 1 and "Wrote Terraform modules used by 12 teams" in pdf
    assert "summer party" not in pdf or pdf.index("summer party") > pdf.index("Wrote Terraform modules")


def test_a_text_posting_is_analysed_first(files, tmp_path, capsys):
    bank, _ = files
    posting = tmp_path / "posting.txt"
    posting.write_text("Platform Engineer\nRequirements:\n- Kubernetes and Terraform on AWS\n- Rust is a plus\n")
    assert run(["--bank", str(bank), "--posting", str(posting), "--json", "--today", TODAY]) == 0
    out = json.loads(capsys.readouterr().out)
    assert any(item["id"] == "acc-n2" for item in out["items"])


def test_a_missing_file_is_a_user_error(tmp_path):
    from resume_core.errors import UserError

    with pytest.raises(UserError):
        run(["--bank", str(tmp_path / "nope.xml"), "--posting", str(tmp_path / "nope.txt")])


@pytest.mark.timeout(120)
def test_same_input_same_output_in_fresh_processes(tmp_path):
    """Set order changes with each process's hash seed; the page must not."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from resume_core.posting.analysis import build_posting

    root = Path(__file__).resolve().parents[2]
    bank = root / "data" / "sample_bank.xml"
    text = (root / "data" / "sample_postings" / "data_engineer_copperleaf_analytics.txt").read_text(encoding="utf-8")
    posting = tmp_path / "posting.xml"
    posting.write_text(render_posting_xml(build_posting(text)), encoding="utf-8")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-m", "resume_core", "tailor", "--bank", str(bank), "--posting", str(posting),
             "--json", "--today", TODAY],
            cwd=root, env=env, capture_output=True, text=True, check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]


def test_json_rows_carry_verdict_reason_evidence_and_why_not(files, capsys):
    bank, posting = files
    assert run(["--bank", str(bank), "--posting", str(posting), "--json", "--today", TODAY]) == 0
    out = json.loads(capsys.readouterr().out)
    rows = {row["requirement_id"]: row for row in out["coverage"]}
    for row in rows.values():  # the old fields stay, the new ones are added
        assert {"status", "evidence_id", "in_resume", "verdict", "reason", "evidence", "years_needed",
                "years_found"} <= set(row)
        assert row["verdict"] in {"met", "partly_met", "not_met", "not_on_page"} and row["reason"]
    assert rows["req-tf"]["verdict"] == "met" and "acc-n2" in rows["req-tf"]["evidence"]
    assert rows["req-rust"]["verdict"] == "not_met" and rows["req-rust"]["evidence"] == []
    assert {g["requirement_id"] for g in out["gaps"]} == {r for r, row in rows.items() if row["verdict"] == "not_met"}
    assert out["why_not"], "a bank line the posting touches is off the page: it says why"
    for line in out["why_not"]:
        assert line["cause"] in {"excluded", "proven_elsewhere", "job_full", "page_budget", "not_chosen", "weak"}
        assert line["reason"]
        assert line["id"] not in {item["id"] for item in out["items"]}


def test_json_years_rows_say_what_is_needed_and_found(tmp_path, capsys):
    from resume_core.bank.model import Bank, Job, Person, Position, Posting, Requirement

    bank = Bank(person=Person(name="Sam"), jobs=[Job(id="job-1", name="Acme", positions=[
        Position(title="Help Desk Administrator", start_date="2012", end_date="2015")])])
    posting = Posting(id="pst-1", requirements=[Requirement(
        id="req-y", kind="required", text="A minimum of 3 years experience as a HELP DESK ADMINISTRATOR")])
    (tmp_path / "b.xml").write_text(render_bank_xml(bank), encoding="utf-8")
    (tmp_path / "p.xml").write_text(render_posting_xml(posting), encoding="utf-8")
    assert run(["--bank", str(tmp_path / "b.xml"), "--posting", str(tmp_path / "p.xml"), "--json", "--today", TODAY]) == 0
    [row] = json.loads(capsys.readouterr().out)["coverage"]
    assert row["verdict"] == "met" and row["years_needed"] == 3 and row["years_found"] == pytest.approx(3.0, abs=0.01)
    assert row["evidence"] == ["job-1"] and "Acme 2012-2015 >= 3 required" in row["reason"]


def test_pages_2_fills_two_pages_and_says_so_in_the_json(tmp_path, capsys):
    from resume_core.bank.sample import load_sample_bank

    bank, posting = tmp_path / "bank.xml", tmp_path / "posting.txt"
    bank.write_text(render_bank_xml(load_sample_bank()), encoding="utf-8")
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    posting.write_bytes((root / "data" / "sample_postings" / "senior_platform_engineer_northwind_relay.txt").read_bytes())
    outs = {}
    for pages in ("1", "2"):
        assert run(["--bank", str(bank), "--posting", str(posting), "--json", "--today", TODAY, "--pages", pages]) == 0
        outs[pages] = json.loads(capsys.readouterr().out)
    assert outs["1"]["pages"] == 1 and outs["2"]["pages"] == 2
    assert outs["1"]["page_lines"] < outs["2"]["estimated_lines"] <= outs["2"]["page_lines"]
    assert len(outs["2"]["items"]) > len(outs["1"]["items"])
    out = tmp_path / "resume.md"
    assert run(["--bank", str(bank), "--posting", str(posting), "--today", TODAY, "--pages", "2", "--out", str(out)]) == 0
    from pypdf import PdfReader

    assert len(PdfReader(str(out.with_suffix(".pdf"))).pages) == 2
    with pytest.raises(SystemExit):
        run(["--bank", str(bank), "--posting", str(posting), "--pages", "3"])
