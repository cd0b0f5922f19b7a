"""`python -m resume_core suggest`: suggestions from a transcript file, with their turns and grounding flags."""

from __future__ import annotations

import argparse
import json

import pytest
from interview_bank import interview_bank, kafka_posting

from resume_core.cli import main
from resume_core.cli import suggest as cli
from resume_core.bank.xml_io import render_bank_xml, render_posting_xml

TRANSCRIPT = [
    {"role": "assistant", "text": "What was the hardest problem you solved at Acme?"},
    {"role": "user", "text": "Every month I pulled the trade data and built the reconciliation report by hand."},
    {"role": "assistant", "text": "Can you put a number on that?"},
    {"role": "user", "text": "It went from ninety minutes to twenty-five once I moved it to Kafka."},
]


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(argv))


@pytest.fixture
def files(tmp_path):
    bank, transcript, posting = tmp_path / "bank.xml", tmp_path / "t.json", tmp_path / "posting.xml"
    bank.write_text(render_bank_xml(interview_bank()), encoding="utf-8")
    transcript.write_text(json.dumps(TRANSCRIPT), encoding="utf-8")
    posting.write_text(render_posting_xml(kafka_posting()), encoding="utf-8")
    return bank, transcript, posting


def test_json_lists_suggestions_with_their_turns_and_grounding(files, capsys):
    bank, transcript, _ = files
    assert run(["--bank", str(bank), "--owner", "job-acme0001", "--transcript", str(transcript), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["owner"] == {"id": "job-acme0001", "name": "Acme"}
    [bullet] = [s for s in out["suggestions"] if s["kind"] == "accomplishment"]
    # The action from one answer and the numbers from the next, in one bullet that cites both turns.
    assert bullet["text"].startswith("Pulled the trade data and built the reconciliation report by hand")
    assert "90 minutes to 25" in bullet["text"] and bullet["turns"] == [1, 3]
    assert bullet["grounded"] is True and bullet["unsupported"] == []
    assert {"kind": "skill", "text": "Kafka", "turns": [3], "grounded": True, "unsupported": []} in out["suggestions"]
    assert set(out["story"]) == {"title", "summary"} and "ninety minutes" in out["story"]["summary"]


def test_a_gap_interview_suggests_the_requirements_skill(files, capsys):
    bank, transcript, posting = files
    assert main(["suggest", "--bank", str(bank), "--owner", "job-acme0001", "--transcript", str(transcript),
                 "--topic", "Kafka", "--posting", str(posting), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "Kafka" in [s["text"] for s in out["suggestions"] if s["kind"] == "skill"]


def test_plain_output_names_kind_text_and_turns(files, capsys):
    bank, transcript, _ = files
    assert run(["--bank", str(bank), "--owner", "job-acme0001", "--transcript", str(transcript)]) == 0
    out = capsys.readouterr().out
    assert "accomplishment: Pulled the trade data" in out and "(turns 1, 3)" in out and "title: " in out


@pytest.mark.parametrize("content, message", [
    ("{not json", "is not JSON"),
    ('{"role": "user"}', "not a list of turns"),
    ('[{"role": "boss", "text": "hi"}]', "Turns 0 of"),
])
def test_a_bad_transcript_says_what_to_fix(files, tmp_path, capsys, content, message):
    bank, _, _ = files
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    assert main(["suggest", "--bank", str(bank), "--owner", "job-acme0001", "--transcript", str(bad)]) == 2
    err = capsys.readouterr().err
    assert message in err and "fix:" in err


def test_an_unknown_owner_lists_the_ids(files, capsys):
    bank, transcript, _ = files
    assert main(["suggest", "--bank", str(bank), "--owner", "job-gone", "--transcript", str(transcript)]) == 2
    assert "job-acme0001, prj-side0001" in capsys.readouterr().err


def test_a_dead_ai_server_falls_back_to_the_offline_engine_with_a_note(files, capsys, monkeypatch):
    bank, transcript, _ = files
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("TP_MODEL", "m")
    assert run(["--bank", str(bank), "--owner", "job-acme0001", "--transcript", str(transcript), "--json",
                "--ai"]) == 0
    captured = capsys.readouterr()
    assert "Kafka" in [s["text"] for s in json.loads(captured.out)["suggestions"]]
    assert "note:" in captured.err and "offline engine answered" in captured.err
