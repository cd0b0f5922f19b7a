"""The store: atomic files, history, conflicts, postings, snapshots; session mode never touches disk."""

from __future__ import annotations

import os
import threading
from datetime import datetime
from pathlib import Path

import pytest

from resume_core.bank import model as m
from resume_core.errors import BankFileError, ConflictError, UserError
from resume_core.storage.store import (
    DEFAULT_WORKSPACE,
    LocalStore,
    SessionStore,
    Store,
    open_store,
    storage_settings,
    version_of,
)
from resume_core.bank.xml_io import render_bank_xml


def bank_named(name: str, skills: int = 1) -> m.Bank:
    return m.Bank(
        person=m.Person(name=name),
        jobs=[m.Job(id="job-1", name="Acme", skills=[m.Skill(id=f"skl-{i}", name=f"S{i}") for i in range(skills)])],
    )


def posting(pid: str = "pst-1", saved_at: str = "2026-01-01T00:00:00+00:00", title: str = "SRE") -> m.Posting:
    return m.Posting(id=pid, title=title, saved_at=saved_at, text="We need Terraform & Go.",
                     requirements=[m.Requirement(id="req-1", text="Terraform", kind="required")])


def snapshot(sid: str, created: str, pid: str = "pst-1") -> m.Snapshot:
    return m.Snapshot(id=sid, posting_id=pid, created=created, resume=m.TailoredResume(posting_id=pid))


@pytest.fixture(params=["local", "session"])
def store(request, tmp_path: Path) -> Store:
    return LocalStore(tmp_path / "ws") if request.param == "local" else SessionStore()


def test_empty_store_gives_an_empty_bank(store: Store) -> None:
    assert store.load_bank() == (m.Bank(), "")
    assert store.bank_history() == [] and store.list_postings() == []


def test_save_and_load_round_trip_with_version_tokens(store: Store) -> None:
    version = store.save_bank(bank_named("Ada"), "")
    bank, loaded = store.load_bank()
    assert bank == bank_named("Ada") and loaded == version
    assert version == version_of(render_bank_xml(bank).encode())
    second = store.save_bank(bank_named("Ada B."), version)
    assert second != version and store.load_bank() == (bank_named("Ada B."), second)


def test_stale_version_raises_conflict_and_keeps_the_unsaved_change(store: Store) -> None:
    first = store.save_bank(bank_named("Tab one"), "")
    store.save_bank(bank_named("Tab two"), first)
    with pytest.raises(ConflictError) as info:
        store.save_bank(bank_named("Tab one again"), first)
    assert info.value.message == "The Big Resume changed on disk since you loaded it (another tab or an editor)."
    assert info.value.fix.startswith("Reload to see the newer version; your unsaved change is kept in")
    assert store.load_bank()[0].person.name == "Tab two"  # the newer file was not overwritten
    newest = store.bank_history()[0]
    assert newest.kind == "unsaved" and newest.id in info.value.fix
    assert store.load_history_bank(newest.id).person.name == "Tab one again"


def test_creating_when_a_bank_appeared_meanwhile_is_a_conflict(store: Store) -> None:
    store.save_bank(bank_named("Other tab"), "")
    with pytest.raises(ConflictError):
        store.save_bank(bank_named("Me"), "")


def test_history_lists_previous_versions_newest_first_and_restores(store: Store) -> None:
    version = ""
    for name in ("v1", "v2", "v3"):
        version = store.save_bank(bank_named(name, skills=int(name[1])), version)
    history = store.bank_history()
    assert [store.load_history_bank(e.id).person.name for e in history] == ["v2", "v1"]
    assert history[0].summary == "1 job, 0 projects, 2 skills, 0 accomplishments, 0 anecdotes"
    assert history[0].saved_at >= history[1].saved_at
    assert datetime.fromisoformat(history[0].saved_at).tzinfo is not None
    restored = store.restore_bank(history[1].id, version)
    assert store.load_bank() == (bank_named("v1", 1), restored)
    assert [store.load_history_bank(e.id).person.name for e in store.bank_history()] == ["v3", "v2", "v1"]
    with pytest.raises(ConflictError):
        store.restore_bank(history[0].id, version)  # stale token


def test_saving_identical_content_adds_no_history(store: Store) -> None:
    version = store.save_bank(bank_named("Same"), "")
    assert store.save_bank(bank_named("Same"), version) == version
    assert store.bank_history() == []


def test_history_is_pruned_to_the_limit(tmp_path: Path) -> None:
    for current in (LocalStore(tmp_path / "ws", history_limit=50), SessionStore(history_limit=50)):
        version = ""
        for i in range(56):
            version = current.save_bank(bank_named(f"v{i}"), version, f"save {i}")
        history = current.bank_history()
        assert len(history) == 50 and history[-1].message == "save 5"
        names = [current.load_history_bank(e.id).person.name for e in history]
        assert names == [f"v{i}" for i in range(54, 4, -1)]  # v55 is current; v0-v4 pruned
    assert len(list((tmp_path / "ws" / "history").glob("*.txt"))) == 50  # messages pruned with their versions


def test_unknown_history_entry_is_a_user_error(store: Store) -> None:
    with pytest.raises(BankFileError):
        store.load_history_bank("20200101T000000000000Z-previous-deadbeef")
    with pytest.raises(BankFileError):
        store.load_history_bank("../bank")


def test_postings_crud_and_conflicts(store: Store) -> None:
    v1 = store.save_posting(posting("pst-1", "2026-01-01T00:00:00+00:00"), None)
    store.save_posting(posting("pst-2", "2026-02-01T00:00:00+00:00", title="Data"), None)
    assert [p.id for p in store.list_postings()] == ["pst-2", "pst-1"]
    loaded, version = store.load_posting("pst-1")
    assert loaded == posting("pst-1") and version == v1
    changed = loaded.model_copy(update={"status": "applied"})
    v2 = store.save_posting(changed, version)
    with pytest.raises(ConflictError):
        store.save_posting(loaded, version)
    assert store.load_posting("pst-1") == (changed, v2)
    store.delete_posting("pst-1")
    assert [p.id for p in store.list_postings()] == ["pst-2"]
    with pytest.raises(BankFileError):
        store.load_posting("pst-1")
    with pytest.raises(BankFileError):
        store.load_posting("../../etc/passwd")


def test_snapshots_are_listed_newest_first_per_posting(store: Store) -> None:
    store.save_snapshot(snapshot("snp-a", "2026-01-01T10:00:00+00:00"))
    store.save_snapshot(snapshot("snp-b", "2026-01-02T10:00:00+00:00"))
    store.save_snapshot(snapshot("snp-c", "2026-01-03T10:00:00+00:00", pid="pst-2"))
    assert [s.id for s in store.list_snapshots("pst-1")] == ["snp-b", "snp-a"]
    assert store.list_snapshots("pst-1")[0] == snapshot("snp-b", "2026-01-02T10:00:00+00:00")
    assert [s.id for s in store.list_snapshots("pst-2")] == ["snp-c"]
    assert store.list_snapshots("pst-9") == []


def test_local_layout_and_atomic_writes_leave_no_temp_files(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    store = LocalStore(root)
    assert not root.exists()  # opening a store creates nothing
    version = store.save_bank(bank_named("A"), "")
    store.save_bank(bank_named("B"), version)
    store.save_posting(posting(), None)
    store.save_snapshot(snapshot("snp-a", "2026-01-01T10:00:00+00:00"))
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    assert [f for f in files if not f.startswith("history/")] == [
        ".lock", "bank.xml", "postings/pst-1.xml", "snapshots/pst-1/snp-a.xml"]
    assert len([f for f in files if f.startswith("history/")]) == 1
    assert not [f for f in files if f.endswith(".tmp")]
    assert (root / "bank.xml").read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>')


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = LocalStore(tmp_path)
    version = store.save_bank(bank_named("Safe"), "")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.save_bank(bank_named("Lost"), version)
    monkeypatch.undo()
    assert store.load_bank()[0].person.name == "Safe"
    assert not list(tmp_path.rglob("*.tmp"))


def test_edit_by_another_program_is_detected(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    version = store.save_bank(bank_named("Mine"), "")
    path = tmp_path / "bank.xml"
    path.write_text(path.read_text().replace("Mine", "Edited in vim"))
    with pytest.raises(ConflictError):
        store.save_bank(bank_named("Mine, changed"), version)
    assert store.load_bank()[0].person.name == "Edited in vim"


def test_corrupted_bank_is_reported_and_never_overwritten_silently(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    store.save_bank(bank_named("Before"), "")
    broken = b"<bigResume schemaVersion='2'>\n<person><name>half-writ"
    (tmp_path / "bank.xml").write_bytes(broken)
    with pytest.raises(BankFileError) as info:
        store.load_bank()
    assert str(tmp_path / "bank.xml") in info.value.message and "line 2" in info.value.message
    assert "left as it is" in info.value.fix
    with pytest.raises(ConflictError):
        store.save_bank(bank_named("New"), "")
    assert (tmp_path / "bank.xml").read_bytes() == broken
    store.save_bank(bank_named("Forced"), None)  # an explicit overwrite keeps the broken file in history
    kept = [p.read_bytes() for p in (tmp_path / "history").iterdir()]
    assert broken in kept


def test_concurrent_saves_from_threads_never_lose_an_update(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    start = store.save_bank(bank_named("start"), "")
    results: list[str] = []

    def save(name: str) -> None:
        try:
            store.save_bank(bank_named(name), start)
            results.append(name)
        except ConflictError:
            results.append("conflict")

    threads = [threading.Thread(target=save, args=(f"t{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [r for r in results if r != "conflict"]
    assert len(winners) == 1 and store.load_bank()[0].person.name == winners[0]


def test_session_store_never_touches_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TP_WORKSPACE", str(tmp_path / "ws"))
    monkeypatch.setenv("TP_STORAGE", "session")
    store = open_store()
    assert isinstance(store, SessionStore)
    version = ""
    for i in range(3):
        version = store.save_bank(bank_named(f"v{i}"), version)
    store.restore_bank(store.bank_history()[0].id, version)
    store.save_posting(posting(), None)
    store.save_snapshot(snapshot("snp-a", "2026-01-01T10:00:00+00:00"))
    with pytest.raises(ConflictError):
        store.save_bank(bank_named("stale"), "")
    assert store.load_bank()[0].person.name == "v1" and len(store.bank_history()) == 4
    assert list(tmp_path.iterdir()) == []


def test_open_store_modes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TP_STORAGE", raising=False)
    monkeypatch.setenv("TP_WORKSPACE", str(tmp_path / "env-ws"))
    local = open_store()
    assert isinstance(local, LocalStore) and local.root == tmp_path / "env-ws"
    assert open_store("local", str(tmp_path / "arg")).root == tmp_path / "arg"
    assert isinstance(open_store("session"), SessionStore)
    with pytest.raises(UserError) as info:
        open_store("cloud")
    assert "'local' or 'session'" in info.value.fix


def test_one_reading_of_the_storage_settings_for_the_app_and_open_store(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("TP_WORKSPACE", "~/resumes")
    monkeypatch.setenv("TP_STORAGE", " Local ")
    assert storage_settings() == ("local", tmp_path / "resumes")
    assert open_store().root == tmp_path / "resumes"  # not a folder literally called "~"
    assert open_store("local", "~/other").root == tmp_path / "other"
    monkeypatch.setenv("TP_STORAGE", " ")
    monkeypatch.delenv("TP_WORKSPACE")
    assert storage_settings() == ("local", DEFAULT_WORKSPACE)
    monkeypatch.setenv("TP_STORAGE", "Session")
    assert storage_settings()[0] == "session" and isinstance(open_store(), SessionStore)


def test_history_entries_say_what_changed(store: Store) -> None:
    version = store.save_bank(bank_named("v1"), "", "Imported my old resume")
    version = store.save_bank(bank_named("v2", skills=2), version, "Added skill S1")
    entry = store.bank_history()[0]
    assert entry.message == "Imported my old resume"
    assert entry.summary == "Imported my old resume (1 job, 0 projects, 1 skill, 0 accomplishments, 0 anecdotes)"
    version = store.restore_bank(entry.id, version)
    newest = store.bank_history()[0]
    assert newest.message == "Added skill S1" and store.load_history_bank(newest.id).person.name == "v2"
    with pytest.raises(ConflictError):
        store.save_bank(bank_named("stale"), "", "Renamed me")
    assert store.bank_history()[0].message == "Renamed me" and store.bank_history()[0].kind == "unsaved"
    store.save_bank(bank_named("v3"), version, "")
    restored_note = store.bank_history()[0].message
    assert restored_note.startswith("Restored the version of ") and restored_note.endswith(" UTC")


def test_history_marks_versions_written_by_another_program(tmp_path: Path) -> None:
    store = LocalStore(tmp_path)
    store.save_bank(bank_named("Mine"), "", "My edit")
    path = tmp_path / "bank.xml"
    path.write_text(path.read_text().replace("Mine", "Theirs"))
    _, version = store.load_bank()
    store.save_bank(bank_named("Mine again"), version, "Back to mine")
    assert store.bank_history()[0].message == "Changed outside Target Practice"
    assert store.load_history_bank(store.bank_history()[0].id).person.name == "Theirs"


def test_full_disk_or_read_only_workspace_is_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    store = LocalStore(tmp_path)
    version = store.save_bank(bank_named("Safe"), "")

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(UserError) as info:
        store.save_bank(bank_named("Later"), version)
    monkeypatch.undo()
    assert "No space left on device" in info.value.message and "TP_STORAGE=session" in info.value.fix
    assert store.load_bank()[0].person.name == "Safe" and not list(tmp_path.rglob("*.tmp"))


def test_an_unreadable_posting_file_is_skipped_and_reported(store: Store) -> None:
    store.save_posting(posting("pst-1"), None)
    store._write("postings/pst-2.xml", b"<posting><unclosed")
    assert [p.id for p in store.list_postings()] == ["pst-1"]
    (problem,) = store.unreadable_postings()
    assert "pst-2.xml" in problem.message
    assert "delete" in problem.fix.lower() and "pst-2.xml" in problem.fix


def test_a_posting_with_snapshots_is_not_deleted(store: Store) -> None:
    store.save_posting(posting("pst-1"), None)
    store.save_snapshot(snapshot("snp-a", "2026-01-01T10:00:00+00:00"))
    with pytest.raises(UserError) as refused:
        store.delete_posting("pst-1")
    assert "1 saved snapshot" in refused.value.message and refused.value.fix
    assert [p.id for p in store.list_postings()] == ["pst-1"]
    assert [s.id for s in store.list_snapshots("pst-1")] == ["snp-a"]


def test_an_id_with_a_trailing_newline_never_becomes_a_file_name(store: Store) -> None:
    with pytest.raises(BankFileError):
        store.load_posting("pst-1\n")
    with pytest.raises(BankFileError):
        store.save_snapshot(snapshot("snp-a", "2026-01-01T10:00:00+00:00", pid="pst-1\n"))


def test_years_corrections_are_kept_per_posting_and_go_with_it(store: Store) -> None:
    from resume_core.bank.model import Posting

    store.save_posting(Posting(id="pst-a1b2c3d4"), None)
    assert store.load_years_corrections("pst-a1b2c3d4") == {}
    store.save_years_corrections("pst-a1b2c3d4", {"req-y": 4.5})
    assert store.load_years_corrections("pst-a1b2c3d4") == {"req-y": 4.5}
    assert store.load_years_corrections("pst-other") == {}
    store.delete_posting("pst-a1b2c3d4")
    assert store.load_years_corrections("pst-a1b2c3d4") == {}
