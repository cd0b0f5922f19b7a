"""`python -m resume_core import`: summary, --json, -o, --merge-into (twice adds nothing)."""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import pytest

from resume_core.cli import import_resume as cli
from resume_core.errors import UserError
from resume_core.bank.xml_io import parse_bank_xml

# Bounded imports have a wall-clock budget (resume_core.limits.WORKER_SECONDS): under xdist the tests that run
# them share one worker (and its fork server), so no two bounded imports of the suite run at once.
pytestmark = pytest.mark.xdist_group("bounded-import")

RESUME = Path(__file__).parent.parent / "fixtures" / "resumes" / "jordan_reyes.md"


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser()
    cli.add_arguments(parser)
    return cli.run(parser.parse_args(list(argv)))


def test_summary_names_every_job(capsys, tmp_path):
    resume = tmp_path / "jordan.md"
    shutil.copy(RESUME, resume)
    assert run(str(resume)) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported jordan.md (md, offline): 3 jobs")
    assert "Blue Mesa Software LLC | Data Engineer | 2017-03 - 2019-12 | 2 bullets" in out


def test_output_then_merge_twice_adds_nothing(capsys, tmp_path):
    bank_path = tmp_path / "bank.xml"
    assert run(str(RESUME), "-o", str(bank_path)) == 0
    first = parse_bank_xml(bank_path.read_bytes())
    assert [j.name for j in first.jobs] == ["Northwind Analytics Inc.", "Blue Mesa Software LLC", "Acme Corp"]
    capsys.readouterr()
    assert run(str(RESUME), "--merge-into", str(bank_path), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["merge"]["added"] == {}
    assert report["merge"]["skipped"]["jobs"] == 3
    assert report["output"] == str(bank_path)
    assert {"jobs", "projects", "skills", "accomplishments", "education", "warnings", "details"} <= set(report)
    assert report["details"]["jobs"][1]["company"] == "Blue Mesa Software LLC"
    assert parse_bank_xml(bank_path.read_bytes()).model_dump(exclude={"schema_version"}) == first.model_dump(exclude={"schema_version"})


def test_output_never_overwrites(tmp_path):
    bank_path = tmp_path / "bank.xml"
    bank_path.write_text("<keep/>")
    with pytest.raises(UserError) as caught:
        run(str(RESUME), "-o", str(bank_path))
    assert "--merge-into" in caught.value.fix
    assert bank_path.read_text() == "<keep/>"


def test_missing_file_is_a_user_error(tmp_path):
    with pytest.raises(UserError):
        run(str(tmp_path / "nope.pdf"))


def test_through_the_main_command_a_bad_file_exits_2_with_the_fix(capsys, tmp_path):
    from resume_core.cli import main

    bad = tmp_path / "resume.pdf"
    bad.write_bytes(b"")
    assert main(["import", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "error: resume.pdf is empty." in err and "fix:" in err


def test_json_lists_skills_not_tied_to_a_job_and_the_lines_not_placed(capsys, tmp_path, monkeypatch):
    real = cli.import_resume_bounded  # the CLI reads files in a bounded worker process

    def with_leftovers(*args, **kwargs):  # the reader's leftovers, as import-read's readers report them
        result = real(*args, **kwargs)
        return result.model_copy(update={"unplaced": ["References on request", "★★★★☆"]})

    monkeypatch.setattr(cli, "import_resume_bounded", with_leftovers)
    assert run(str(RESUME), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["unplaced"] == ["References on request", "★★★★☆"]
    person_skills = {s["name"] for s in data["details"]["skills"]}
    assert "Terraform" in person_skills  # listed, used in no job: the person's own, on no job
    assert not any("Terraform" in job["skills"] for job in data["details"]["jobs"])
    assert data["person_skills"] == len(data["details"]["skills"]) and data["skills"] >= data["person_skills"]
    assert {"file", "kind", "method", "jobs", "warnings", "details", "merge", "output"} <= set(data)  # none renamed

    assert run(str(RESUME)) == 0
    out = capsys.readouterr().out
    assert "Skills not tied to a job: " in out and "Not placed (2 lines" in out and "| References on request" in out


def test_merge_json_says_which_rows_were_combined(capsys, tmp_path):
    resume = tmp_path / "jori.md"
    resume.write_text("# Jori Smith\n\n## Work Experience\n\n**Team Lead** | Cisco | Denver, CO\nJun 2017 - Present\n\n"
                      "- Led a help desk team of six.\n\n**Team Member** | Cisco | Denver, CO\nDec 2014 - Dec 2017\n\n"
                      "- Answered 40 tickets a day.\n", encoding="utf-8")
    from resume_core.bank.model import Bank
    from resume_core.bank.xml_io import render_bank_xml

    bank_path = tmp_path / "bank.xml"
    bank_path.write_text(render_bank_xml(Bank()), encoding="utf-8")
    assert run(str(resume), "--merge-into", str(bank_path), "--json") == 0
    [combined] = json.loads(capsys.readouterr().out)["merge"]["combined"]
    assert combined["text"] == "2 rows -> Cisco: 2 positions" and combined["existing"] is False
    assert run(str(resume), "--merge-into", str(bank_path)) == 0  # again: nothing added, and it says where
    out = capsys.readouterr().out
    assert "Merged: added nothing new" in out and "Combined 2 rows -> your Cisco: 2 positions." in out
    bank = parse_bank_xml(bank_path.read_bytes())
    assert [(p.title, p.start_date, p.end_date) for p in bank.jobs[0].positions] == [
        ("Team Lead", "2017-06", ""), ("Team Member", "2014-12", "2017-12")]
