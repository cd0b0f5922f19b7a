"""After a save conflict: discarding the kept edit loads the newer file (the next save just works), and
replacing the newer version keeps it in the history, as its button says."""

from __future__ import annotations

import pytest
from app_runner import click, seed_editor, ws

from resume_core.storage.store import LocalStore

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def conflicted(app, workspace):
    """The sample loaded in the app, then changed behind its back, then a skill edit saved: a conflict."""
    next(b for b in app.button if "Load sample" in b.label).click()
    app.run()
    store = LocalStore(workspace)
    behind, version = store.load_bank()
    behind.person.name = "Changed In Another Tab"
    store.save_bank(behind, version, "renamed in another tab")
    job_id = behind.jobs[0].id
    seed_editor(app, f"{job_id}-skills@", edited={0: {"name": "My Edit"}})
    click(app, f"save-{job_id}")
    assert any("changed on disk" in e.value for e in app.error)
    return app, store, job_id


def test_discard_loads_the_newer_file_so_the_next_save_does_not_conflict(conflicted):
    app, store, job_id = conflicted
    click(app, "tp_conflict_discard")
    assert not app.exception, app.exception
    assert ws(app).bank().person.name == "Changed In Another Tab"
    seed_editor(app, f"{job_id}-skills@", edited={0: {"name": "Second Try"}})
    click(app, f"save-{job_id}")
    assert not any("changed on disk" in e.value for e in app.error)
    saved, _ = store.load_bank()
    assert saved.person.name == "Changed In Another Tab" and saved.jobs[0].skills[0].name == "Second Try"


def test_replacing_the_newer_version_keeps_it_in_the_history(conflicted):
    app, store, _ = conflicted
    replace = app.button(key="tp_conflict_overwrite")
    assert replace.label == "Replace the newer version (it stays in the history)"
    click(app, "tp_conflict_overwrite")
    saved, _ = store.load_bank()
    assert saved.jobs[0].skills[0].name == "My Edit" and saved.person.name != "Changed In Another Tab"
    newer = [e for e in store.bank_history() if e.kind == "previous" and e.message == "renamed in another tab"]
    assert newer and store.load_history_bank(newer[0].id).person.name == "Changed In Another Tab"
