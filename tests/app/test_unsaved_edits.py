"""Typed but unsaved edits on the Big Resume page survive saves of other parts (review finding 4)."""

from __future__ import annotations

import os

import pytest
from app_runner import click, find, seed_editor, ws

from resume_core.storage.store import LocalStore

pytestmark = pytest.mark.timeout(120)


def load_sample(at):
    next(b for b in at.button if "Load sample" in b.label).click()
    at.run()
    assert not at.exception
    return LocalStore(os.environ["TP_WORKSPACE"]).load_bank()[0]


def test_table_edit_survives_saving_the_person(app, workspace):
    bank = load_sample(app)
    job_id = bank.jobs[0].id
    seed_editor(app, f"{job_id}-skills@", edited={0: {"name": "Unsaved Skill Edit"}})
    app.run()
    headline = next(t for t in app.text_input if t.label == "Headline")
    headline.set_value("Platform engineer, new headline")
    click(app, "save-person")
    assert not app.exception and not app.error
    assert LocalStore(workspace).load_bank()[0].person.label == "Platform engineer, new headline"

    click(app, f"save-{job_id}")  # the skills edit was never dropped, so saving the job stores it
    assert LocalStore(workspace).load_bank()[0].jobs[0].skills[0].name == "Unsaved Skill Edit"


def test_typed_fields_survive_moving_a_job_and_saving_sections(app, workspace):
    bank = load_sample(app)
    job_id = bank.jobs[0].id
    headline = next(t for t in app.text_input if t.label == "Headline")
    headline.set_value("Typed, not saved yet")
    description = find(app, "text_area", f"{job_id}#")
    description.set_value("A description typed but not saved")
    app.run()
    click(app, f"down-{job_id}")
    assert not app.exception and not app.error
    assert LocalStore(workspace).load_bank()[0].jobs[1].id == job_id
    click(app, "save-sections")
    assert not app.exception and not app.error

    assert next(t for t in app.text_input if t.label == "Headline").value == "Typed, not saved yet"
    assert find(app, "text_area", f"{job_id}#").value == "A description typed but not saved"
    click(app, "save-person")
    click(app, f"save-{job_id}")
    saved = LocalStore(workspace).load_bank()[0]
    assert saved.person.label == "Typed, not saved yet"
    assert saved.find_owner(job_id).description == "A description typed but not saved"


def test_reload_from_disk_still_redraws_the_fields(app, workspace):
    load_sample(app)
    store = LocalStore(workspace)
    behind, version = store.load_bank()
    behind.person.label = "Changed in another tab"
    store.save_bank(behind, version)
    headline = next(t for t in app.text_input if t.label == "Headline")
    headline.set_value("My edit")
    click(app, "save-person")
    assert any("changed on disk" in e.value for e in app.error)
    click(app, "tp_conflict_reload")
    assert next(t for t in app.text_input if t.label == "Headline").value == "Changed in another tab"


def test_typed_fields_survive_a_page_switch_and_picking_another_job(app, workspace):
    bank = load_sample(app)
    first, second = bank.jobs[0].id, bank.jobs[1].id
    next(t for t in app.text_input if t.label == "Headline").set_value("Typed before leaving the page")
    find(app, "text_area", f"{first}#").set_value("Typed into the first job")
    app.run()
    app.selectbox(key="tp_job_pick").set_value(second).run()
    app.switch_page("pages/tailor.py")
    app.run()
    app.switch_page("pages/big_resume.py")
    app.run()
    assert next(t for t in app.text_input if t.label == "Headline").value == "Typed before leaving the page"
    app.selectbox(key="tp_job_pick").set_value(first).run()
    assert find(app, "text_area", f"{first}#").value == "Typed into the first job"


def test_table_edits_survive_a_page_switch_and_picking_another_job(app, workspace):
    bank = load_sample(app)
    first, second = bank.jobs[0].id, bank.jobs[1].id
    seed_editor(app, f"{first}-skills@", edited={0: {"name": "Typed Into The Table"}},
                added=[{"name": "A Brand New Skill"}])
    app.run()
    assert any("unsaved table edits" in w.value for w in app.warning)
    app.selectbox(key="tp_job_pick").set_value(second).run()
    app.switch_page("pages/tailor.py")
    app.run()
    app.switch_page("pages/big_resume.py")
    app.run()
    app.selectbox(key="tp_job_pick").set_value(first).run()
    assert not app.exception
    shown = find(app, "dataframe", f"{first}-skills@").value
    assert list(shown["name"])[:1] == ["Typed Into The Table"] and "A Brand New Skill" in list(shown["name"])
    assert any("unsaved table edits" in w.value for w in app.warning)
    assert LocalStore(workspace).load_bank()[0].jobs[0].skills[0].name != "Typed Into The Table"  # not saved yet

    click(app, f"save-{first}")
    assert not app.exception and not app.error
    saved = LocalStore(workspace).load_bank()[0].find_owner(first)
    assert saved.skills[0].name == "Typed Into The Table" and "A Brand New Skill" in [s.name for s in saved.skills]
    assert not any("unsaved table edits" in w.value for w in app.warning)
    assert list(find(app, "dataframe", f"{first}-skills@").value["name"]).count("A Brand New Skill") == 1


AVERY_AGAIN = b"""# Avery Lindqvist

## Work Experience

**Senior Platform Engineer** | Tidewater Health | Remote
Feb 2023 - Present

- Wrote the on-call handbook every new engineer reads in their first week.
"""


def test_unsaved_table_edits_are_applied_to_rows_an_import_merged_in(app, workspace):
    bank = load_sample(app)
    job_id = bank.jobs[0].id
    seed_editor(app, f"{job_id}-skills@", edited={0: {"name": "My Unsaved Skill Edit"}})
    seed_editor(app, f"{job_id}-accomplishments@", edited={0: {"text": "My unsaved rewrite of the first bullet"}})
    app.run()
    find(app, "file_uploader", "tp_import_upload").set_value(("avery.md", AVERY_AGAIN, "text/markdown"))
    app.run()
    click(app, "tp_import_confirm")
    assert not app.exception
    merged = LocalStore(workspace).load_bank()[0].find_owner(job_id)
    assert "Wrote the on-call handbook every new engineer reads in their first week." in [a.text for a in merged.accomplishments]

    skills = list(find(app, "dataframe", f"{job_id}-skills@").value["name"])
    texts = list(find(app, "dataframe", f"{job_id}-accomplishments@").value["text"])
    assert skills[0] == "My Unsaved Skill Edit" and texts[0] == "My unsaved rewrite of the first bullet"
    assert "Wrote the on-call handbook every new engineer reads in their first week." in texts  # the import's too
    assert any("changed elsewhere" in w.value for w in app.warning)
    click(app, f"save-{job_id}")
    saved = LocalStore(workspace).load_bank()[0].find_owner(job_id)
    assert saved.skills[0].name == "My Unsaved Skill Edit"
    assert saved.accomplishments[0].text == "My unsaved rewrite of the first bullet"
    assert [a.text for a in saved.accomplishments].count(
        "Wrote the on-call handbook every new engineer reads in their first week.") == 1
    assert not any("changed elsewhere" in w.value or "unsaved table edits" in w.value for w in app.warning)


def conflict_on_the_person(app, workspace):
    """Another tab renames the person behind this session's back."""
    store = LocalStore(workspace)
    behind, version = store.load_bank()
    behind.person.name = "Changed In Another Tab"
    store.save_bank(behind, version, "changed in another tab")
    return store


@pytest.mark.parametrize("choice", ["tp_conflict_reload", "tp_conflict_discard"])
def test_resolving_a_conflict_keeps_text_typed_into_other_fields(app, workspace, choice):
    bank = load_sample(app)
    job_id = bank.jobs[0].id
    conflict_on_the_person(app, workspace)
    find(app, "text_area", f"{job_id}#").set_value("A long description I typed and did not save yet")
    app.run()
    next(t for t in app.text_input if t.label == "Headline").set_value("My new headline")
    click(app, "save-person")
    assert any("changed on disk" in e.value for e in app.error)
    click(app, choice)
    assert not app.exception
    assert find(app, "text_area", f"{job_id}#").value == "A long description I typed and did not save yet"
    assert next(t for t in app.text_input if t.label == "Full name").value == "Changed In Another Tab"
    kept = (ws(app).kept.bank if ws(app).kept else None)
    if choice == "tp_conflict_reload":  # the newer file is shown; the edit is still offered, not dropped
        assert kept.person.label == "My new headline"
        assert any("Your unsaved edit is still kept here" in i.value for i in app.info)
    else:
        assert kept is None
        assert next(t for t in app.text_input if t.label == "Headline").value == bank.person.label


def test_discarding_a_conflicting_table_edit_discards_it(app, workspace):
    bank = load_sample(app)
    job_id = bank.jobs[0].id
    store = conflict_on_the_person(app, workspace)
    seed_editor(app, f"{job_id}-skills@", edited={0: {"name": "My Edit"}})
    click(app, f"save-{job_id}")
    assert any("changed on disk" in e.value for e in app.error)
    click(app, "tp_conflict_discard")
    assert not app.exception
    assert list(find(app, "dataframe", f"{job_id}-skills@").value["name"])[0] == bank.jobs[0].skills[0].name
    assert not any("unsaved table edits" in w.value for w in app.warning)
    click(app, f"save-{job_id}")
    assert store.load_bank()[0].jobs[0].skills[0].name == bank.jobs[0].skills[0].name


def test_a_blank_row_or_a_row_added_and_removed_is_no_unsaved_edit(app, workspace):
    bank = load_sample(app)
    first, second = bank.jobs[0].id, bank.jobs[1].id
    seed_editor(app, f"{first}-skills@", added=[{}])
    app.run()
    assert not any("unsaved table edits" in w.value for w in app.warning)
    seed_editor(app, f"{first}-skills@", added=[{"name": "Temp"}])
    app.run()
    assert any("unsaved table edits" in w.value for w in app.warning)
    app.selectbox(key="tp_job_pick").set_value(second).run()
    app.selectbox(key="tp_job_pick").set_value(first).run()
    seed_editor(app, f"{first}-skills@", deleted=[len(bank.jobs[0].skills)])
    app.run()
    assert not any("unsaved table edits" in w.value for w in app.warning)
