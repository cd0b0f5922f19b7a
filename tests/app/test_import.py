"""The Import tab: upload a resume, see the preview, confirm, bank populated; the same file again adds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_runner import find, seed_editor

from resume_core.storage.store import LocalStore

# Uploads go through the bounded import (wall-clock budget): one xdist worker with tests/test_hostile.py.
pytestmark = [pytest.mark.timeout(120), pytest.mark.xdist_group("bounded-import")]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"


def upload(at, name: str, data: bytes, mime: str = "text/plain"):
    find(at, "file_uploader", "tp_import_upload").set_value((name, data, mime))
    at.run()
    assert not at.exception
    return at


def confirm(at):
    at.button(key="tp_import_confirm").click()
    at.run()
    assert not at.exception
    return at


def test_upload_preview_confirm_then_again_adds_nothing(app, workspace):
    data = (FIXTURES / "jordan_reyes.md").read_bytes()
    upload(app, "jordan_reyes.md", data, "text/markdown")
    assert any("Found **3 jobs**" in m.value for m in app.markdown)
    editor = find(app, "dataframe", "tp_import_rows_")
    assert "confidence" in editor.value.columns
    confirm(app)
    bank, _ = LocalStore(workspace).load_bank()
    assert [j.name for j in bank.jobs] == ["Northwind Analytics Inc.", "Blue Mesa Software LLC", "Acme Corp"]
    assert any("added" in s.value and "3 jobs" in s.value for s in app.success)

    upload(app, "jordan_reyes.md", data, "text/markdown")
    confirm(app)
    again, _ = LocalStore(workspace).load_bank()
    assert again == bank
    assert any("nothing new" in s.value for s in app.success)


def test_unticked_rows_are_not_imported_and_checks_are_flagged(app, workspace):
    row = json.loads((FIXTURES / "dotin_sample.jsonl").read_text().splitlines()[1])  # dotin-train-6
    upload(app, "tara.txt", row["text"].encode())
    editor = find(app, "dataframe", "tp_import_rows_job-")
    frame = editor.value
    assert frame.loc[0, "what"] == "job" and frame.loc[0, "text"] == "Accenture"
    bullet = next(i for i, what in enumerate(frame["what"]) if what == "accomplishment")
    dropped = frame.loc[bullet, "text"]
    seed_editor(app, editor.key, edited={bullet: {"keep": False}})
    confirm(app)
    bank, _ = LocalStore(workspace).load_bank()
    assert bank.jobs[0].name == "Accenture"
    assert dropped not in [a.text for a in bank.jobs[0].accomplishments]


def test_a_bad_file_shows_the_problem_and_its_fix(app, workspace):
    upload(app, "scan.pdf", b"%PDF-1.4\n%%EOF", "application/pdf")
    [error] = [e.value for e in app.error]
    assert "scan.pdf" in error and "not a readable PDF" in error  # which file, and what is wrong with it
    assert any("Export the resume to PDF again" in i.value and "DOCX or text" in i.value for i in app.info)
    assert not any(b.key == "tp_import_confirm" for b in app.button)  # nothing to confirm
    assert not (workspace / "bank.xml").exists()


def test_a_checked_preview_waits_while_the_user_looks_at_another_page(app, workspace):
    upload(app, "tara.txt", json.loads((FIXTURES / "dotin_sample.jsonl").read_text().splitlines()[1])["text"].encode())
    editor = find(app, "dataframe", "tp_import_rows_job-")
    seed_editor(app, editor.key, edited={0: {"text": "Accenture Fixed By Hand"}})
    app.run()
    app.switch_page("pages/tailor.py")
    app.run()
    app.switch_page("pages/big_resume.py")
    app.run()
    assert not app.exception
    assert any("tara" in i.value and "not added yet" in i.value for i in app.info)
    assert find(app, "dataframe", "tp_import_rows_job-").value.loc[0, "text"] == "Accenture Fixed By Hand"
    assert not (workspace / "bank.xml").exists()  # nothing is added until the user confirms
    confirm(app)
    assert LocalStore(workspace).load_bank()[0].jobs[0].name == "Accenture Fixed By Hand"
    assert not any("not added yet" in i.value for i in app.info)


def previewed(at) -> bool:
    return any(b.key == "tp_import_confirm" for b in at.button) or any("not added yet" in i.value for i in at.info)


def test_removing_the_file_or_discarding_drops_the_preview(app, workspace):
    data = (FIXTURES / "jordan_reyes.md").read_bytes()
    upload(app, "jordan_reyes.md", data, "text/markdown")
    assert previewed(app)
    find(app, "file_uploader", "tp_import_upload").set_value(None)
    app.run()
    assert not previewed(app)

    upload(app, "jordan_reyes.md", data, "text/markdown")
    app.switch_page("pages/tailor.py")
    app.run()
    app.switch_page("pages/big_resume.py")
    app.run()
    assert any("not added yet" in i.value for i in app.info)
    app.button(key="tp_import_discard").click()
    app.run()
    assert not previewed(app)
    assert not (workspace / "bank.xml").exists()


def test_a_file_that_is_no_resume_is_refused_and_the_last_report_goes(app, workspace):
    upload(app, "jordan_reyes.md", (FIXTURES / "jordan_reyes.md").read_bytes(), "text/markdown")
    confirm(app)
    assert any("Imported jordan" in s.value for s in app.success)
    before = (workspace / "bank.xml").read_bytes()
    upload(app, "recipe.txt", b"Banana bread\n\nMash three bananas, stir in butter and sugar, bake for an hour.\n")
    [error] = [e.value for e in app.error]
    assert "recipe" in error and "doesn't look like a resume" in error
    assert not any(b.key == "tp_import_confirm" for b in app.button)  # nothing to add
    assert not any("Imported jordan" in s.value for s in app.success)  # the old report is gone
    assert (workspace / "bank.xml").read_bytes() == before


def _seed_preview(at, result) -> None:
    """A file read earlier and waiting in the session (the page shows its preview without a re-upload)."""
    at.session_state["tp_import_result"] = (f"{result.source}:0123456789abcdef", result)
    at.run()
    assert not at.exception


def _cisco_result():
    from resume_core.importing.result import ImportResult
    from resume_core.bank.model import Accomplishment, Bank, Job, Position

    jobs = [Job(id="job-0000c001", name="Cisco", positions=[Position(title="Team Lead", start_date="2018-01")]),
            Job(id="job-0000c002", name="Cisco", positions=[Position(title="Network Engineer", start_date="2017-12", end_date="2018-01")]),
            Job(id="job-0000c003", name="Cisco", positions=[Position(title="Team Member", start_date="2014-12", end_date="2017-12")],
                accomplishments=[Accomplishment(id="acc-0000c003", text="Answered 40 tickets a day")]),
            Job(id="job-0000a001", name="Acme", positions=[Position(title="Intern", start_date="2013", end_date="2014")])]
    return ImportResult(bank=Bank(jobs=jobs), source="jori.txt", kind="txt",
                        unplaced=["References available on request", "Hobbies: chess, sailing", "★★★★☆"])


def test_lines_not_placed_are_listed_under_the_preview_to_copy(app, workspace):
    _seed_preview(app, _cisco_result())
    [expander] = [e for e in app.expander if "Not placed" in e.label]
    assert expander.label == "Not placed: 3 lines"
    area = next(t for t in app.text_area if t.label == "Lines not placed")
    assert area.value.splitlines() == ["References available on request", "Hobbies: chess, sailing", "★★★★☆"]


def test_the_preview_says_which_rows_combine_and_the_merge_keeps_every_position(app, workspace):
    _seed_preview(app, _cisco_result())
    assert any("Found **4 jobs**" in m.value for m in app.markdown)
    assert any("3 rows -> Cisco: 3 positions" in m.value.replace("\\", "") for m in app.markdown)  # said BEFORE the merge
    confirm(app)
    bank, _ = LocalStore(workspace).load_bank()
    assert [j.name for j in bank.jobs] == ["Cisco", "Acme"]
    assert [(p.title, p.start_date, p.end_date) for p in bank.jobs[0].positions] == [
        ("Team Lead", "2018-01", ""), ("Network Engineer", "2017-12", "2018-01"), ("Team Member", "2014-12", "2017-12")]
    assert [a.text for a in bank.jobs[0].accomplishments] == ["Answered 40 tickets a day"]
    assert any("Combined 3 rows -> Cisco: 3 positions" in s.value.replace("\\", "") for s in app.success)


def test_rows_the_user_keeps_separate_become_separate_jobs(app, workspace):
    _seed_preview(app, _cisco_result())
    [keep_separate] = [c for c in app.checkbox if c.key and c.key.startswith("tp_import_separate_")]
    keep_separate.check()
    app.run()
    confirm(app)
    bank, _ = LocalStore(workspace).load_bank()
    assert [(j.name, j.positions[0].title) for j in bank.jobs] == [
        ("Cisco", "Team Lead"), ("Cisco", "Network Engineer"), ("Cisco", "Team Member"), ("Acme", "Intern")]


def test_an_edited_title_is_what_lands_in_the_bank(app, workspace):
    _seed_preview(app, _cisco_result())
    editor = find(app, "dataframe", "tp_import_rows_job-0000c002")
    seed_editor(app, editor.key, edited={0: {"title": "Senior Network Engineer"}})
    app.run()
    confirm(app)
    bank, _ = LocalStore(workspace).load_bank()
    assert "Senior Network Engineer" in [p.title for p in bank.jobs[0].positions]
    assert len(bank.jobs[0].positions) == 3
