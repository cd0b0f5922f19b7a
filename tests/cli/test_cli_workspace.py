"""The CLI on the app's workspace folder (`--workspace`): it reads and saves the bank through the
Workspace, as the app does, so the app finds what the command line did."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest
from tailor_banks import TODAY, make_bank, make_posting

from resume_core.cli import import_resume, tailor
from resume_core.errors import UserError
from resume_core.handoffs import is_reviewed_draft
from resume_core.workspace import Workspace
from resume_core.bank.xml_io import render_posting_xml

RESUME = Path(__file__).parent.parent / "fixtures" / "resumes" / "jordan_reyes.md"


def run(module, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    return module.run(parser.parse_args(list(argv)))


@pytest.fixture
def folder(tmp_path) -> str:
    ws = Workspace.open("local", str(tmp_path / "workspace"))
    ws.save(make_bank(), "bank")
    ws.save_posting(make_posting())
    return str(tmp_path / "workspace")


def test_tailor_a_saved_posting_by_id_keeps_the_draft_the_app_shows(folder, capsys):
    assert run(tailor, "--workspace", folder, "--posting", "pst-target", "--json", "--today", TODAY) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["posting"] == {"id": "pst-target", "title": "Platform Engineer", "company": "Acme"}
    assert "acc-n2" in [item["id"] for item in out["items"]]
    app = Workspace.open("local", folder)  # the app, later
    handoff = app.restore_draft("pst-target")
    assert handoff is not None and not handoff.reviewed
    summary = {handoff.resume.summary.item_id} if handoff.resume.summary else set()
    assert {line.item_id for line in handoff.resume.lines()} - summary == {item["id"] for item in out["items"]}
    assert not is_reviewed_draft(app.store.load_tailored_draft("pst-target"))


def test_tailor_the_workspace_bank_to_a_posting_file_keeps_no_draft(folder, tmp_path, capsys):
    posting = tmp_path / "other.xml"
    posting.write_text(render_posting_xml(make_posting().model_copy(update={"id": "pst-file"})), encoding="utf-8")
    assert run(tailor, "--workspace", folder, "--posting", str(posting), "--json", "--today", TODAY) == 0
    assert json.loads(capsys.readouterr().out)["posting"]["id"] == "pst-file"
    assert Workspace.open("local", folder).store.load_tailored_draft("pst-file") is None


def test_a_missing_workspace_folder_is_a_user_error_and_nothing_is_created(tmp_path):
    missing = tmp_path / "typo"
    with pytest.raises(UserError) as caught:
        run(tailor, "--workspace", str(missing), "--posting", "pst-target")
    assert "TP_WORKSPACE" in caught.value.fix and not missing.exists()


def test_bank_and_workspace_are_one_choice(folder):
    with pytest.raises(SystemExit):
        run(tailor, "--workspace", folder, "--bank", "bank.xml", "--posting", "pst-target")


def test_import_merges_into_the_workspace_bank_and_keeps_the_old_one_in_its_history(folder, capsys):
    assert run(import_resume, str(RESUME), "--workspace", folder, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["output"] == str(Path(folder) / "bank.xml") and report["merge"]["added"]["jobs"] == 3
    app = Workspace.open("local", folder)
    names = [job.name for job in app.bank().jobs]
    assert "Northwind Analytics Inc." in names and names[: len(make_bank().jobs)] == [j.name for j in make_bank().jobs]
    history = app.store.bank_history()
    assert history and history[0].kind == "previous"
    assert run(import_resume, str(RESUME), "--workspace", folder, "--json") == 0  # twice adds nothing
    assert json.loads(capsys.readouterr().out)["merge"]["added"] == {}


def test_import_into_a_workspace_takes_no_other_output(folder, tmp_path):
    with pytest.raises(UserError) as caught:
        run(import_resume, str(RESUME), "--workspace", folder, "-o", str(tmp_path / "x.xml"))
    assert "Leave out" in caught.value.fix and not (tmp_path / "x.xml").exists()
