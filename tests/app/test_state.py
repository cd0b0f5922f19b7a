"""ui.state hands the deployment's secrets to the Workspace's engine choice (the precedence itself,
Settings > secrets > environment, is tested without Streamlit in tests/engines/test_choice.py)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

pytestmark = pytest.mark.timeout(60)


def engine_probe():
    import streamlit as st

    from ui.state import engine_label, get_engine

    engine = get_engine()
    st.write(f"{type(engine).__name__}|{engine_label()}|{get_engine() is engine}")


def test_secrets_reach_the_engine_choice_and_the_engine_is_built_once(monkeypatch):
    monkeypatch.setenv("TP_MODEL", "from-env")
    at = AppTest.from_function(engine_probe, default_timeout=30)
    at.secrets["OPENAI_BASE_URL"] = "http://localhost:1234/v1"
    at.secrets["TP_MODEL"] = "from-secrets"
    at.run()
    assert not at.exception, at.exception
    assert at.markdown[0].value.split("|") == ["OpenAIEngine", "from-secrets@localhost:1234", "True"]
