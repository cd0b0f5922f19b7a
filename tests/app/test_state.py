"""ui.state picks the engine from Settings, then secrets, then the environment, else offline."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.timeout(60)


def engine_probe():
    import streamlit as st

    from ui.state import engine_label, get_engine

    engine = get_engine()
    st.write(f"{type(engine).__name__}|{engine_label()}|{get_engine() is engine}")


def probe(settings=None, secrets=None) -> list[str]:
    at = AppTest.from_function(engine_probe, default_timeout=30)
    if settings is not None:
        at.session_state["engine_settings"] = settings
    for key, value in (secrets or {}).items():
        at.secrets[key] = value
    at.run()
    assert not at.exception, at.exception
    return at.markdown[0].value.split("|")


def test_offline_by_default_and_built_once():
    assert probe() == ["OfflineEngine", "Offline engine", "True"]


def test_environment(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://localhost:11434/v1")
    monkeypatch.setenv("TP_MODEL", "llama3.1")
    assert probe()[:2] == ["OpenAIEngine", "llama3.1@localhost:11434"]


def test_secrets_win_over_environment(monkeypatch):
    monkeypatch.setenv("TP_MODEL", "from-env")
    name, label, _ = probe(secrets={"OPENAI_BASE_URL": "http://localhost:1234/v1", "TP_MODEL": "from-secrets"})
    assert (name, label) == ("OpenAIEngine", "from-secrets@localhost:1234")


def test_settings_win_and_offline_choice_overrides_everything(monkeypatch):
    monkeypatch.setenv("TP_MODEL", "from-env")
    settings = {"base_url": "http://localhost:8000/v1", "model": "from-settings", "api_key": "k"}
    assert probe(settings)[1] == "from-settings@localhost:8000"
    assert probe({"offline": True})[:2] == ["OfflineEngine", "Offline engine"]
