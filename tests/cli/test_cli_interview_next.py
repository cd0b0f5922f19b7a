"""`python -m resume_core interview-next`: the next question for a transcript, and what it already knows."""

from __future__ import annotations

import json

import pytest
from interview_bank import interview_bank, kafka_posting

from resume_core.cli import main
from resume_core.bank.xml_io import render_bank_xml, render_posting_xml


@pytest.fixture
def bank_file(tmp_path):
    path = tmp_path / "bank.xml"
    path.write_text(render_bank_xml(interview_bank()), encoding="utf-8")
    return path


def _transcript(tmp_path, turns):
    path = tmp_path / "t.json"
    path.write_text(json.dumps([{"role": r, "text": t} for r, t in turns]), encoding="utf-8")
    return path


def test_an_empty_transcript_gets_an_opener_about_the_gap(bank_file, tmp_path, capsys):
    posting = tmp_path / "posting.xml"
    posting.write_text(render_posting_xml(kafka_posting()), encoding="utf-8")
    args = ["interview-next", "--bank", str(bank_file), "--owner", "job-acme0001",
            "--transcript", str(_transcript(tmp_path, [])), "--topic", "Kafka", "--posting", str(posting)]
    assert main(args) == 0
    assert "Kafka" in capsys.readouterr().out


def test_the_next_question_asks_for_what_is_missing_and_json_says_what_is_known(bank_file, tmp_path, capsys):
    turns = [("assistant", "What are you proudest of from your time at Acme?"),
             ("user", "We moved billing onto the new cluster, about 200 services, and releases got faster.")]
    args = ["interview-next", "--bank", str(bank_file), "--owner", "job-acme0001",
            "--transcript", str(_transcript(tmp_path, turns)), "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert "personally" in out["question"]  # a "we" story: the person's own part is what is missing
    assert {"numbers", "outcome", "example"} <= set(out["topic"]["known"]) and out["topic"]["asked"] == []

    turns += [("assistant", out["question"]), ("user", "I wrote the migration scripts.")]
    args[6] = str(_transcript(tmp_path, turns))
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert "personally" not in out["question"] and "own_part" in out["topic"]["asked"]
    assert out["topic"]["question"] == turns[0][1]
