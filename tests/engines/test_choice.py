"""Which engine answers: Settings, then the deployment's secrets, then the environment, else offline."""

from __future__ import annotations

import pytest

from resume_core.engines.choice import EngineChoice, engine_label, resolve_engine_config
from resume_core.errors import EngineError

LOCAL = {"OPENAI_BASE_URL": "http://localhost:11434/v1", "TP_MODEL": "llama3.1"}


NOTHING = EngineChoice()


def label(choice=NOTHING, secrets=None, environ=None) -> str:
    return engine_label(resolve_engine_config(choice, secrets, {} if environ is None else environ))


def test_offline_when_nothing_is_configured():
    assert resolve_engine_config(EngineChoice(), None, {}) is None
    assert label() == "Offline engine"


def test_the_environment_configures_a_server():
    config = resolve_engine_config(EngineChoice(), None, LOCAL)
    assert config is not None and config.model == "llama3.1"
    assert label(environ=LOCAL) == "llama3.1@localhost:11434"


def test_secrets_win_over_the_environment_and_only_engine_keys_count():
    secrets = {"OPENAI_BASE_URL": "http://localhost:1234/v1", "TP_MODEL": "from-secrets", "OTHER": "x"}
    assert label(secrets=secrets, environ={"TP_MODEL": "from-env"}) == "from-secrets@localhost:1234"
    # secrets without any engine key defer to the environment
    assert label(secrets={"OTHER": "x"}, environ=LOCAL) == "llama3.1@localhost:11434"


def test_settings_win_over_secrets_and_environment():
    chosen = EngineChoice(base_url="http://localhost:8000/v1", model="from-settings", api_key="k")
    secrets = {"TP_MODEL": "from-secrets"}
    config = resolve_engine_config(chosen, secrets, {"TP_MODEL": "from-env"})
    assert config.api_key.get_secret_value() == "k"
    assert label(chosen, secrets, {"TP_MODEL": "from-env"}) == "from-settings@localhost:8000"


def test_choosing_offline_overrides_everything():
    assert label(EngineChoice(offline=True), {"TP_MODEL": "s"}, LOCAL) == "Offline engine"
    assert EngineChoice(offline=True).is_set and not EngineChoice().is_set
    assert EngineChoice(model="m").is_set


def test_a_model_alone_means_openai_and_the_key_is_never_shown():
    assert label(environ={"OPENAI_API_KEY": "sk-secret"}) == "gpt-4o-mini@api.openai.com"
    assert "sk-secret" not in repr(EngineChoice(api_key="sk-secret"))


def test_a_bad_timeout_in_the_environment_is_an_error_with_a_fix():
    with pytest.raises(EngineError) as raised:
        resolve_engine_config(EngineChoice(), None, {"TP_MODEL": "m", "TP_TIMEOUT": "-1"})
    assert "TP_TIMEOUT" in raised.value.message and raised.value.fix
    # a choice on the Settings page does not read the environment at all
    assert resolve_engine_config(EngineChoice(model="m"), None, {"TP_TIMEOUT": "-1"}) is not None
