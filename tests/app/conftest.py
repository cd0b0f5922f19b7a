"""Fixtures for AppTest page tests: a private workspace per test, fresh caches, and the app runner.

`app` starts app.py (the frame) and returns the AppTest (helpers in app_runner.py). Every test gets
its own local workspace in tmp_path, so nothing touches data/workspace.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.testing.v1 import AppTest

from app_runner import start_app

ENGINE_ENV = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "TP_MODEL", "TP_TIMEOUT")


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch) -> Path:
    """A local workspace of this test's own, the offline engine, and no cached values."""
    folder = tmp_path / "workspace"
    monkeypatch.setenv("TP_STORAGE", "local")
    monkeypatch.setenv("TP_WORKSPACE", str(folder))
    for name in ENGINE_ENV:
        monkeypatch.delenv(name, raising=False)
    st.cache_data.clear()
    st.cache_resource.clear()
    return folder


@pytest.fixture(autouse=True)
def navigation_like_the_server(monkeypatch):
    """Run app.py on every rerun, as the server does.

    With a pages/ folder next to app.py, AppTest resets Streamlit's "uses the pages folder" flag
    before each run, so every run after the first executes the page file alone, without the frame
    (sidebar, conflict notice). The server clears that flag for good once st.navigation has run;
    this does the same from the start.
    """
    original = PagesManager.__init__

    def init(self, *args, **kwargs):
        original(self, *args, **kwargs)
        PagesManager.uses_pages_directory = False

    monkeypatch.setattr(PagesManager, "__init__", init)


@pytest.fixture
def app() -> AppTest:
    return start_app()


@pytest.fixture
def tailor_store(workspace, monkeypatch):
    """A workspace holding the small tailoring bank and its posting, with recency measured from TODAY
    (not the day the tests run), for the Tailor and Export page tests."""
    from tailor_banks import TODAY, make_bank, make_posting

    from resume_core.storage.store import open_store

    monkeypatch.setenv("TP_TODAY", TODAY)
    store = open_store("local", str(workspace))
    store.save_bank(make_bank(), None)
    store.save_posting(make_posting(), None)
    return store
