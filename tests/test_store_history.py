"""Store rules the review asked for: interview autosaves do not push real versions out of the history
(findings 5, 24), conflict copies are never pruned, and the tailored draft is kept per posting (10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_core import model as m
from resume_core.anecdotes import append_turn, start_interview
from resume_core.errors import BankFileError, ConflictError
from resume_core.store import LocalStore, SessionStore, Store


def bank_named(name: str) -> m.Bank:
    return m.Bank(person=m.Person(name=name), jobs=[m.Job(id="job-1", name="Acme")])


@pytest.fixture(params=["local", "session"])
def store(request, tmp_path: Path) -> Store:
    limit = 5
    return LocalStore(tmp_path / "ws", history_limit=limit) if request.param == "local" else SessionStore(limit)


def test_interview_autosaves_keep_the_version_before_an_upload(store: Store) -> None:
    version = store.save_bank(bank_named("Before the upload"), "")
    version = store.save_bank(bank_named("Uploaded"), version, "replaced by an upload")
    bank, anecdote_id = start_interview(bank_named("Uploaded"), "job-1", "Kafka")
    for turn in range(60):  # thirty questions and answers, each saved at once
        bank = append_turn(bank, anecdote_id, "user" if turn % 2 else "assistant", f"turn {turn}")
        version = store.save_bank(bank, version, "interview in progress", archive=False)

    history = store.bank_history()
    assert [store.load_history_bank(e.id).person.name for e in history] == ["Before the upload"]
    current, _ = store.load_bank()
    assert len(current.jobs[0].anecdotes[0].transcript) == 60  # every turn is on disk

    finished = bank.model_copy(deep=True)
    finished.jobs[0].anecdotes[0].summary = "The story"
    store.save_bank(finished, version, "the story")  # a real save archives the whole interview once
    history = store.bank_history()
    # The version the interview added to keeps its own note: the last real save, then the interview.
    assert len(history) == 2 and history[0].message == "replaced by an upload; then interview in progress"
    assert len(store.load_history_bank(history[0].id).jobs[0].anecdotes[0].transcript) == 60


def test_unsaved_entries_are_never_pruned(store: Store) -> None:
    version = store.save_bank(bank_named("v0"), "")
    with pytest.raises(ConflictError, match="changed on disk"):
        store.save_bank(bank_named("My conflicting edit"), "stale-token", "my edit")
    for i in range(1, 12):
        version = store.save_bank(bank_named(f"v{i}"), version, f"save {i}")

    history = store.bank_history()
    assert sum(e.kind == "previous" for e in history) == 5  # the limit counts real versions
    unsaved = [e for e in history if e.kind == "unsaved"]
    assert len(unsaved) == 1 and store.load_history_bank(unsaved[0].id).person.name == "My conflicting edit"


def test_an_autosave_over_a_file_changed_elsewhere_is_still_a_conflict(store: Store) -> None:
    version = store.save_bank(bank_named("v0"), "")
    store.save_bank(bank_named("other tab"), version, "other")
    with pytest.raises(ConflictError, match="changed on disk"):
        store.save_bank(bank_named("v0 plus a turn"), version, "interview in progress", archive=False)
    assert store.load_bank()[0].person.name == "other tab"


def test_the_tailored_draft_is_kept_per_posting_and_not_listed_as_a_snapshot(store: Store) -> None:
    assert store.load_tailored_draft("pst-1") is None
    resume = m.TailoredResume(posting_id="pst-1", summary=m.Line(text="My reviewed summary", provenance="edited"))
    draft = m.Snapshot(id="snp-draft001", posting_id="pst-1", created="2026-11-25T10:00:00+00:00",
                       template="classic", note="reviewed", resume=resume)
    store.save_tailored_draft(draft)
    store.save_tailored_draft(draft.model_copy(update={"posting_id": "pst-2", "resume": m.TailoredResume()}))
    assert store.load_tailored_draft("pst-1") == draft
    assert store.list_snapshots("pst-1") == []
    with pytest.raises(BankFileError):
        store.load_tailored_draft("../bank")


def test_deleting_a_posting_deletes_its_draft(store: Store) -> None:
    store.save_posting(m.Posting(id="pst-1", title="SRE"), None)
    store.save_tailored_draft(m.Snapshot(id="snp-draft", posting_id="pst-1", created="", resume=m.TailoredResume()))
    store.delete_posting("pst-1")
    assert store.load_tailored_draft("pst-1") is None
