"""The Settings page: engine settings kept in the session only, test connection, offline, history, upload."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_runner import click, find, open_page, press, start_app
from openai_server import Reply

from resume_core.bank.sample import load_sample_bank
from resume_core.storage.store import LocalStore
from resume_core.bank.xml_io import render_bank_xml

pytestmark = pytest.mark.timeout(120)

SECRET = b"sk-very-secret-123"


def settings_page():
    return open_page(start_app(), "settings")


def fill_engine(at, base_url: str, model: str, key: str):
    at.text_input(key="tp_engine_base_url").input(base_url)
    at.text_input(key="tp_engine_model").input(model)
    at.text_input(key="tp_engine_api_key").input(key)
    return at


def sidebar_text(at) -> str:
    return " ".join(c.value for c in at.sidebar.caption)


def test_preset_fills_the_address(workspace):
    at = settings_page()
    at.selectbox(key="tp_engine_preset").set_value("Ollama (this computer)").run()
    assert at.text_input(key="tp_engine_base_url").value == "http://localhost:11434/v1"
    assert at.text_input(key="tp_engine_model").value == "llama3.1"


def test_test_connection_sends_the_key_and_use_survives_a_page_switch(openai_server, workspace):
    at = fill_engine(settings_page(), openai_server.base_url, "test-model", "sk-very-secret-123")
    press(at, "Test connection")
    assert not at.exception
    assert any("test-model" in s.value for s in at.success), [e.value for e in at.error]
    assert openai_server.requests[-1].headers.get("authorization") == "Bearer sk-very-secret-123"

    press(at, "Use these settings")
    assert "test-model@127.0.0.1" in sidebar_text(at)
    open_page(at, "big_resume")  # the choice survives a page switch
    assert "test-model@127.0.0.1" in sidebar_text(at)


def _files_holding(secret: bytes, *folders: Path) -> list[Path]:
    return [p for folder in folders if folder.is_dir() for p in folder.rglob("*")
            if p.is_file() and secret in p.read_bytes()]


def test_the_key_never_reaches_disk_while_the_app_saves(openai_server, workspace, tmp_path, monkeypatch):
    """Use a key, then let the app itself write: load the sample, answer one interview question."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    home = Path.home() / ".streamlit"
    before = set(_files_holding(SECRET, home))
    openai_server.queue(Reply("What did you do yourself?"))
    at = fill_engine(settings_page(), openai_server.base_url, "test-model", SECRET.decode())
    press(at, "Use these settings")
    open_page(at, "big_resume")
    press(at, "✨ Load sample Big Resume")
    open_page(at, "interview")
    next(b for b in at.button if b.key and b.key.startswith("icebreaker-")).click().run()
    at.chat_input[0].set_value("I cut the build time from 40 to 9 minutes.").run()
    assert not at.exception, at.exception
    assert openai_server.bodies, "the interview reply came from the engine that holds the key"
    assert openai_server.requests[-1].headers.get("authorization") == f"Bearer {SECRET.decode()}"
    [anecdote] = [a for o in LocalStore(workspace).load_bank()[0].owners() for a in o.anecdotes
                  if a.status == "in_progress"]
    assert anecdote.transcript[-1].text == "What did you do yourself?"  # the engine's answer was saved
    assert sorted(p.name for p in workspace.rglob("*") if p.is_file())  # the app did write files
    project_streamlit = Path(__file__).resolve().parents[2] / ".streamlit"
    assert _files_holding(SECRET, workspace, cwd, project_streamlit) == []
    assert set(_files_holding(SECRET, home)) == before


def test_unknown_model_shows_the_error_and_the_fix(openai_server, workspace):
    at = fill_engine(settings_page(), openai_server.base_url, "no-such-model", "k")
    press(at, "Test connection")
    assert any("no-such-model" in e.value for e in at.error)
    assert any("test-model" in i.value for i in at.info)  # the fix lists what the server has


def test_environment_engine_shows_and_go_offline_overrides_it(monkeypatch, workspace):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    monkeypatch.setenv("TP_MODEL", "llama3.1")
    at = settings_page()
    assert "llama3.1@localhost:11434" in sidebar_text(at)
    press(at, "Go offline")
    assert "Offline engine" in sidebar_text(at)


def test_restore_an_earlier_version_from_history(workspace):
    store = LocalStore(workspace)
    sample = load_sample_bank()
    version = store.save_bank(sample, "")
    changed = sample.model_copy(update={"jobs": sample.jobs[1:]})
    store.save_bank(changed, version)
    at = settings_page()
    assert len(at.dataframe) == 1  # one earlier version
    click(at, "tp_history_restore")
    assert not at.exception
    assert store.load_bank()[0] == sample
    assert len(store.bank_history()) == 2  # the version it replaced is kept too


def test_upload_from_settings(workspace):
    at = settings_page()
    find(at, "file_uploader", "tp_upload_settings").set_value(
        ("mine.xml", render_bank_xml(load_sample_bank()).encode(), "application/xml"))
    at.run()
    click(at, "tp_upload_apply_settings")
    assert LocalStore(workspace).load_bank()[0] == load_sample_bank()


def test_settings_for_a_server_that_does_not_answer_are_used_with_a_warning(workspace):
    import socket

    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    at = fill_engine(settings_page(), f"http://127.0.0.1:{port}/v1", "llama3.1", "")
    press(at, "Use these settings")
    assert not at.exception
    assert "llama3.1@127.0.0.1" in sidebar_text(at)
    [warning] = [w.value for w in at.warning if "did not answer" in w.value]
    assert "falls back to the offline engine" in warning


def test_settings_for_a_server_that_answers_bring_no_warning(openai_server, workspace):
    at = fill_engine(settings_page(), openai_server.base_url, "test-model", "sk-x")
    press(at, "Use these settings")
    assert not any("did not answer" in w.value for w in at.warning)
