"""A long interview does not push earlier versions out of the Big Resume history (review findings 5, 24)."""

from __future__ import annotations

import pytest
from app_runner import open_page, start_app
from interview_bank import interview_bank

import resume_core.storage.store as store_module
from resume_core.storage.store import LocalStore

pytestmark = pytest.mark.timeout(180)
LIMIT = 4


@pytest.fixture
def store(workspace, monkeypatch):
    monkeypatch.setattr(store_module, "open_store", lambda mode=None, root=None: LocalStore(root, history_limit=LIMIT))
    store = LocalStore(workspace, history_limit=LIMIT)
    before = interview_bank()
    before.person.name = "The version before the upload"
    version = store.save_bank(before, "")
    store.save_bank(interview_bank(), version, "replaced by an upload")
    return store


def test_every_turn_is_saved_but_the_history_keeps_the_version_before_the_upload(store):
    at = open_page(start_app(), "interview")
    next(b for b in at.button if b.key and b.key.startswith("icebreaker-")).click().run()
    for answer in range(LIMIT + 2):  # more turns than the history holds
        at.chat_input[0].set_value(f"Answer number {answer}: I led the migration of service {answer}.").run()
        assert not at.exception, at.exception

    bank, _ = store.load_bank()
    [anecdote] = [a for owner in bank.owners() for a in owner.anecdotes]
    assert len(anecdote.transcript) == 1 + 2 * (LIMIT + 2)  # nothing typed was lost
    names = [store.load_history_bank(entry.id).person.name for entry in store.bank_history()]
    assert "The version before the upload" in names
