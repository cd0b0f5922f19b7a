"""Settings on a shared deployment (TP_STORAGE=session): a visitor cannot make the server call a local address."""

from __future__ import annotations

import pytest
from app_runner import open_page, press, start_app, ws

pytestmark = pytest.mark.timeout(120)


def shown(at) -> str:
    return " ".join(e.value for e in [*at.error, *at.info])


@pytest.mark.parametrize("button", ["Test connection", "Use these settings"])
def test_a_loopback_server_is_refused_with_a_fix(openai_server, monkeypatch, button):
    monkeypatch.setenv("TP_STORAGE", "session")
    at = open_page(start_app(), "settings")
    at.text_input(key="tp_engine_base_url").input(openai_server.base_url)
    at.text_input(key="tp_engine_model").input("test-model")
    press(at, button)
    assert not at.exception
    assert "only connects to https://" in shown(at) and "run the app on your own computer" in shown(at)
    assert openai_server.requests == []  # the server never called it
    assert not ws(at).engine_choice.is_set  # and the settings were not taken


def test_a_local_install_still_uses_a_loopback_server(openai_server):
    at = open_page(start_app(), "settings")
    at.text_input(key="tp_engine_base_url").input(openai_server.base_url)
    at.text_input(key="tp_engine_model").input("test-model")
    press(at, "Test connection")
    assert any("test-model" in s.value for s in at.success), shown(at)


def test_a_shared_deployment_offers_no_presets_for_this_computer(monkeypatch):
    monkeypatch.setenv("TP_STORAGE", "session")
    options = open_page(start_app(), "settings").selectbox(key="tp_engine_preset").options
    assert "OpenAI" in options and not any("this computer" in o for o in options)


def test_the_address_example_is_one_the_deployment_accepts(monkeypatch):
    assert open_page(start_app(), "settings").text_input(key="tp_engine_base_url").placeholder.startswith("http://localhost")
    monkeypatch.setenv("TP_STORAGE", "session")
    box = open_page(start_app(), "settings").text_input(key="tp_engine_base_url")
    assert box.placeholder.startswith("https://") and "localhost" not in box.placeholder
