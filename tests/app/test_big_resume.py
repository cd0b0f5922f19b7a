"""The Big Resume page: load the sample, edit tables, save, reload; broken uploads; conflicts; session mode."""

from __future__ import annotations

import pytest
from app_runner import click, find, seed_editor, start_app, ws

from resume_core.bank.sample import load_sample_bank
from resume_core.storage.store import LocalStore

pytestmark = pytest.mark.timeout(120)


def load_sample(at):
    sample_button = next(b for b in at.button if "Load sample" in b.label)
    sample_button.click()
    at.run()
    assert not at.exception
    return at


def first_job_id(workspace) -> str:
    bank, _ = LocalStore(workspace).load_bank()
    return bank.jobs[0].id


def test_empty_workspace_offers_the_sample_and_loading_it_saves(app, workspace):
    assert any("empty" in info.value for info in app.info)
    load_sample(app)
    bank, _ = LocalStore(workspace).load_bank()
    assert bank == load_sample_bank()
    assert not any("Load sample" in b.label for b in app.button)


def test_edit_skill_and_accomplishment_survives_a_reload(app, workspace):
    load_sample(app)
    job_id = first_job_id(workspace)
    before, _ = LocalStore(workspace).load_bank()
    seed_editor(app, f"{job_id}-skills@", edited={0: {"name": "Edited Skill"}}, added=[{"name": "Brand New Skill"}])
    seed_editor(app, f"{job_id}-accomplishments@", edited={0: {"text": "Edited bullet that matters"}})
    click(app, f"save-{job_id}")
    assert not app.exception and not app.error

    again = start_app()  # a new session reads the workspace afresh
    job = ws(again).bank().jobs[0]
    old = before.jobs[0]
    assert job.skills[0].name == "Edited Skill" and job.skills[0].id == old.skills[0].id
    assert job.skills[-1].name == "Brand New Skill" and job.skills[-1].id not in before.ids()
    assert len(job.skills) == len(old.skills) + 1
    assert job.accomplishments[0].text == "Edited bullet that matters"
    assert job.accomplishments[0].id == old.accomplishments[0].id
    assert job.accomplishments[1:] == old.accomplishments[1:]
    history = LocalStore(workspace).bank_history()
    assert history and history[0].kind == "previous"  # the sample version is kept


def test_invalid_date_is_refused_with_the_row_named(app, workspace):
    load_sample(app)
    job_id = first_job_id(workspace)
    on_disk = (workspace / "bank.xml").read_bytes()
    seed_editor(app, f"{job_id}-positions@", edited={0: {"start_date": "2021-13"}})
    click(app, f"save-{job_id}")
    assert any("Positions row 1" in e.value and "2021-13" in e.value for e in app.error)
    assert (workspace / "bank.xml").read_bytes() == on_disk


def test_broken_upload_names_the_line_and_changes_nothing(app, workspace):
    load_sample(app)
    on_disk = (workspace / "bank.xml").read_bytes()
    broken = b'<?xml version="1.0"?>\n<bank schemaVersion="2">\n  <person>\n    <name>Ada</name>\n</bank>\n'
    find(app, "file_uploader", "tp_upload_big_resume").set_value(("broken.xml", broken, "application/xml"))
    app.run()
    assert not app.exception
    assert any("line 5" in e.value for e in app.error), [e.value for e in app.error]  # the mismatched tag
    assert not any("Replace my Big Resume" in b.label for b in app.button)
    assert (workspace / "bank.xml").read_bytes() == on_disk


def test_valid_upload_replaces_the_bank_after_confirming(app, workspace):
    from resume_core.bank.model import Bank, Person
    from resume_core.bank.xml_io import render_bank_xml

    load_sample(app)
    other = Bank(person=Person(name="Grace Hopper"))
    find(app, "file_uploader", "tp_upload_big_resume").set_value(
        ("grace.xml", render_bank_xml(other).encode(), "application/xml"))
    app.run()
    assert LocalStore(workspace).load_bank()[0] != other  # nothing happens before the click
    click(app, "tp_upload_apply_big_resume")
    assert LocalStore(workspace).load_bank()[0] == other


def test_conflict_keeps_the_disk_file_and_the_users_edit(app, workspace):
    load_sample(app)
    job_id = first_job_id(workspace)
    store = LocalStore(workspace)
    behind, version = store.load_bank()
    behind.person.name = "Changed In Another Tab"
    store.save_bank(behind, version)
    on_disk = (workspace / "bank.xml").read_bytes()

    seed_editor(app, f"{job_id}-skills@", edited={0: {"name": "My Edit"}})
    click(app, f"save-{job_id}")
    assert any("changed on disk" in e.value for e in app.error)
    assert (workspace / "bank.xml").read_bytes() == on_disk
    kept = ws(app).kept.bank
    assert kept.jobs[0].skills[0].name == "My Edit"
    assert any("Not saved" in w.value for w in app.warning)  # the frame's notice with its buttons

    click(app, "tp_conflict_reload")
    assert ws(app).bank().person.name == "Changed In Another Tab"
    assert ws(app).kept.bank.jobs[0].skills[0].name == "My Edit"
    click(app, "tp_conflict_overwrite")
    saved, _ = LocalStore(workspace).load_bank()
    assert saved.jobs[0].skills[0].name == "My Edit"


def test_session_mode_writes_nothing_to_the_workspace(monkeypatch, workspace):
    monkeypatch.setenv("TP_STORAGE", "session")
    at = start_app()
    assert any("session only" in c.value for c in at.sidebar.caption)
    load_sample(at)
    job_id = ws(at).bank().jobs[0].id
    seed_editor(at, f"{job_id}-skills@", edited={0: {"name": "Session Skill"}})
    click(at, f"save-{job_id}")
    assert ws(at).bank().jobs[0].skills[0].name == "Session Skill"
    assert not workspace.exists() or not any(workspace.iterdir())
    assert ws(start_app()).bank() == type(load_sample_bank())()  # a new session starts empty


def test_add_move_and_delete_a_job(app, workspace):
    load_sample(app)
    count = len(LocalStore(workspace).load_bank()[0].jobs)
    app.text_input(key="tp_new_job").input("Globex")
    click(app, "FormSubmitter:add-job-Add job")
    bank = LocalStore(workspace).load_bank()[0]
    assert len(bank.jobs) == count + 1 and bank.jobs[0].name == "Globex"
    assert app.selectbox(key="tp_job_pick").value == bank.jobs[0].id  # the new job is open
    new_id = bank.jobs[0].id
    click(app, f"down-{new_id}")
    assert LocalStore(workspace).load_bank()[0].jobs[1].id == new_id
    click(app, f"delete-{new_id}")
    assert new_id not in LocalStore(workspace).load_bank()[0].ids()


SAMPLE_ANECDOTES = [(o.id, a.id) for o in load_sample_bank().owners() for a in o.anecdotes]


def test_the_sample_has_anecdotes_beyond_the_first_job():
    """Otherwise the edit test below would be skipped (empty) or only ever see the first job."""
    assert {owner_id for owner_id, _ in SAMPLE_ANECDOTES} - {load_sample_bank().jobs[0].id}


@pytest.mark.parametrize(("owner_id", "anecdote_id"), SAMPLE_ANECDOTES)
def test_anecdote_summary_edit(app, workspace, owner_id, anecdote_id):
    load_sample(app)
    bank = LocalStore(workspace).load_bank()[0]
    owner = bank.find_owner(owner_id)
    anecdote = next(a for a in owner.anecdotes if a.id == anecdote_id)
    picker = "tp_job_pick" if owner in bank.jobs else "tp_project_pick"
    app.selectbox(key=picker).set_value(owner_id).run()  # open the owner that holds this anecdote
    find(app, "text_area", f"{anecdote.id}#").set_value("A shorter summary in my words")
    click(app, f"save-{anecdote.id}")
    saved = next(a for a in LocalStore(workspace).load_bank()[0].find_owner(owner_id).anecdotes if a.id == anecdote_id)
    assert saved.summary == "A shorter summary in my words" and saved.transcript == anecdote.transcript


def test_interview_button_opens_the_interview_on_that_project(app, workspace):
    load_sample(app)
    project = LocalStore(workspace).load_bank()[0].projects[0]
    app.button(key=f"talk-{project.id}").click()
    app.run()
    assert not app.exception
    assert app.title[0].value.endswith("Interview")
    assert app.selectbox(key=next(s.key for s in app.selectbox if s.label == "Job or project")).value == project.id


def test_the_sample_can_replace_any_bank_and_the_old_one_is_in_the_history(workspace):
    from app_runner import click, start_app

    from resume_core.bank.model import Bank, Person
    from resume_core.storage.store import LocalStore

    store = LocalStore(workspace)
    store.save_bank(Bank(person=Person(name="Grandma's Banana Bread")), "")
    at = start_app()
    click(at, "tp_sample_replace")
    assert not at.exception
    assert store.load_bank()[0].person.name == "Avery Lindqvist"
    [old] = [e for e in store.bank_history() if store.load_history_bank(e.id).person.name == "Grandma's Banana Bread"]
    assert old.kind == "previous"


def test_skills_not_tied_to_a_job_are_shown_edited_and_saved(workspace):
    from resume_core.bank.model import Skill

    store = LocalStore(workspace)
    bank = load_sample_bank()
    bank.skills = [Skill(id="skl-0000aaaa", name="Spanish", category="Languages")]
    store.save_bank(bank, None)
    app = start_app()
    assert any("Skills (not tied to a job)" in m.value and "(1)" in m.value for m in app.markdown)
    table = find(app, "dataframe", "person-skills@")
    assert list(table.value["name"]) == ["Spanish"]
    seed_editor(app, "person-skills@", edited={0: {"name": "Castilian Spanish"}}, added=[{"name": "Welding"}])
    click(app, "save-person")
    assert not app.exception
    saved, _ = store.load_bank()
    assert [(s.name, s.category) for s in saved.skills] == [("Castilian Spanish", "Languages"), ("Welding", "")]
    assert saved.skills[0].id == "skl-0000aaaa"  # an edit keeps the id tailored pages point to
    assert saved.jobs == bank.jobs  # on no job
