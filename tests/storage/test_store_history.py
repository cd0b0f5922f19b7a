"""Store rules the review asked for: interview autosaves do not push real versions out of the history
(findings 5, 24), saves never push out conflict copies (but only the newest UNSAVED_LIMIT are kept, issue
16), the tailored draft is kept per posting (10), and nothing is saved that could not be read back (16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_core.bank import model as m
from resume_core.interview.anecdotes import append_turn, start_interview
from resume_core.errors import BankFileError, ConflictError
from resume_core.storage.store import LocalStore, SessionStore, Store
from resume_core.storage.store_base import UNSAVED_LIMIT
from resume_core.bank.xml_tree import MAX_XML_BYTES


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


def test_saves_never_prune_unsaved_entries(store: Store) -> None:
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


def test_hundreds_of_conflicts_keep_only_the_newest_unsaved_entries(store: Store) -> None:
    store.save_bank(bank_named("v0"), "")
    for i in range(UNSAVED_LIMIT + 15):
        with pytest.raises(ConflictError):
            store.save_bank(bank_named(f"conflict {i}"), "stale-token", f"edit {i}")
    unsaved = [e for e in store.bank_history() if e.kind == "unsaved"]
    assert len(unsaved) == UNSAVED_LIMIT
    assert store.load_history_bank(unsaved[0].id).person.name == f"conflict {UNSAVED_LIMIT + 14}"  # newest kept


def test_a_bank_too_big_to_read_back_is_not_saved_and_the_field_is_named(store: Store) -> None:
    version = store.save_bank(bank_named("Ada"), "")
    huge = bank_named("Ada")
    huge.person.summary = "x" * (MAX_XML_BYTES + 10)  # pasted into "About you"
    with pytest.raises(BankFileError, match="person.summary") as info:
        store.save_bank(huge, version, "about you")
    assert "not saved" in info.value.message and info.value.fix
    bank, still = store.load_bank()  # what was saved before is there and readable
    assert bank.person.name == "Ada" and still == version
    with pytest.raises(BankFileError):  # nor is it kept as a conflict copy nobody could open
        store.save_bank(huge, "stale-token", "about you")
    assert all(e.kind == "previous" for e in store.bank_history())


def test_a_hidden_temp_file_left_by_a_killed_save_is_swept(tmp_path: Path) -> None:
    import os
    import time

    store = LocalStore(tmp_path / "ws")
    version = store.save_bank(bank_named("Ada"), "")
    leftover = tmp_path / "ws" / ".bank.xml.abc123.tmp"  # what kill -9 between write and rename leaves
    leftover.write_bytes(b"<half")
    fresh = tmp_path / "ws" / ".bank.xml.def456.tmp"  # a save still writing: too young to touch
    fresh.write_bytes(b"<half")
    old = time.time() - 3600
    os.utime(leftover, (old, old))
    store.save_bank(bank_named("Ada Lovelace"), version)
    assert not leftover.exists() and fresh.exists()


def test_the_cover_letter_is_kept_per_posting_beside_its_draft(store: Store) -> None:
    store.save_posting(m.Posting(id="pst-1", title="SRE"), None)
    store.save_posting(m.Posting(id="pst-2", title="Data engineer"), None)
    assert store.load_cover_letter("pst-1") is None  # none kept: the page drafts one from the bank
    store.save_cover_letter("pst-1", "Dear team,\n\nI ran Kafka at Acme — 40 brokers.\n\nRegards")
    store.save_cover_letter("pst-2", "Another letter")
    assert store.load_cover_letter("pst-1") == "Dear team,\n\nI ran Kafka at Acme — 40 brokers.\n\nRegards"
    assert store.load_cover_letter("pst-2") == "Another letter"
    assert store.list_snapshots("pst-1") == []  # not a snapshot
    store.forget_cover_letter("pst-2")
    assert store.load_cover_letter("pst-2") is None
    with pytest.raises(BankFileError):  # the id becomes a file name
        store.save_cover_letter("../bank", "x")


def test_deleting_a_posting_deletes_its_cover_letter(store: Store) -> None:
    store.save_posting(m.Posting(id="pst-1", title="SRE"), None)
    store.save_cover_letter("pst-1", "Dear team")
    store.delete_posting("pst-1")
    store.save_posting(m.Posting(id="pst-1", title="SRE again"), None)  # the same id saved anew starts clean
    assert store.load_cover_letter("pst-1") is None


def test_a_cover_letter_too_big_to_read_back_is_not_saved(store: Store) -> None:
    store.save_cover_letter("pst-1", "The letter before")
    with pytest.raises(BankFileError, match="text") as info:
        store.save_cover_letter("pst-1", "x" * (MAX_XML_BYTES + 10))
    assert "cover letter" in info.value.message and info.value.fix
    assert store.load_cover_letter("pst-1") == "The letter before"


def test_a_cover_letter_survives_reopening_the_local_workspace(tmp_path: Path) -> None:
    LocalStore(tmp_path / "ws").save_cover_letter("pst-1", "Dear team,\n\nKept on disk.")
    assert LocalStore(tmp_path / "ws").load_cover_letter("pst-1") == "Dear team,\n\nKept on disk."
