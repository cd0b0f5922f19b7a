"""The OpenAI-compatible engine, with the real `openai` client against a loopback server."""

from __future__ import annotations

import json

import pytest
from openai_server import Reply
from pydantic import BaseModel, ConfigDict, SecretStr

from resume_core.engines import EngineConfig, engine_config_from_env, get_engine, test_connection
from resume_core.engines.base import Conversation, ExtractRequest
from resume_core.engines.openai_engine import OpenAIEngine
from resume_core.errors import EngineError
from resume_core.bank.model import Turn
from resume_core.prompts import render_prompt

pytestmark = pytest.mark.timeout(30)
KEY = "sk-test-SECRET-0123456789abcdef"


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")
    skill: str
    years: int


def _offline() -> Finding:
    return Finding(skill="offline", years=0)


REQUEST = ExtractRequest(prompt="summarise_interview", variables={"owner": "Acme", "topic": "", "transcript": "x"},
                         schema=Finding, offline=_offline)


def _conversation(turns: list[Turn] | None = None) -> Conversation:
    return Conversation(
        prompt="interview",
        variables={"owner": "Acme", "topic": "", "facts": "- Built things"},
        turns=turns if turns is not None else [Turn(role="user", text="I built the billing system.")],
    )


@pytest.fixture
def engine(openai_server) -> OpenAIEngine:
    config = EngineConfig(base_url=openai_server.base_url, model="test-model", api_key=SecretStr(KEY), timeout=2)
    engine = get_engine(config)
    engine._sleep = lambda seconds: None
    return engine


def test_chat_streams_token_by_token_and_sends_the_transcript(openai_server, engine):
    openai_server.queue(Reply(content="How many customers used it?"))
    conversation = _conversation()
    before = list(conversation.turns)
    chunks = list(engine.chat_turn(conversation))
    assert len(chunks) > 1 and "".join(chunks) == "How many customers used it?"
    sent = openai_server.bodies[0]
    assert sent["stream"] is True and sent["model"] == "test-model"
    assert sent["messages"][0]["role"] == "system"
    # The prompt's user section and the answer are one user message (strict chat templates alternate roles).
    system, prompt_user = render_prompt("interview", **conversation.variables)
    answer = prompt_user["content"] + "\n\nI built the billing system."
    assert sent["messages"] == [system, {"role": "user", "content": answer}]
    assert conversation.turns == before
    assert openai_server.requests[0].headers["authorization"] == f"Bearer {KEY}"


def test_consecutive_user_messages_are_joined_for_strict_chat_templates(openai_server, engine):
    openai_server.queue("ok")
    list(engine.chat_turn(_conversation()))
    roles = [m["role"] for m in openai_server.bodies[0]["messages"]]
    assert all(a != b for a, b in zip(roles, roles[1:]))


def test_extract_asks_for_a_strict_json_schema_and_validates(openai_server, engine):
    openai_server.queue(json.dumps({"skill": "Terraform", "years": 3}))
    assert engine.extract(REQUEST) == Finding(skill="Terraform", years=3)
    fmt = openai_server.bodies[0]["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    assert schema["additionalProperties"] is False and set(schema["required"]) == {"skill", "years"}


def test_extract_falls_back_to_json_mode_then_text_when_unsupported(openai_server, engine):
    openai_server.queue(
        Reply(status=400, error_message="response_format json_schema not supported"),
        Reply(status=400, error_message="response_format json_object not supported"),
        'Sure! Here it is:\n```json\n{"skill": "Go", "years": 2}\n```\nAnything else?',
    )
    assert engine.extract(REQUEST) == Finding(skill="Go", years=2)
    formats = [b.get("response_format", {}).get("type") for b in openai_server.bodies]
    assert formats == ["json_schema", "json_object", None]
    assert "JSON schema" in openai_server.bodies[2]["messages"][-1]["content"]
    openai_server.queue('{"skill": "Rust", "years": 1}')
    engine.extract(REQUEST)  # the engine remembers the mode the server supports
    assert "response_format" not in openai_server.bodies[3]


def test_malformed_json_gets_one_corrective_retry(openai_server, engine):
    openai_server.queue('{"skill": "Go", "years": "many"}', '{"skill": "Go", "years": 4}')
    assert engine.extract(REQUEST).years == 4
    retry = openai_server.bodies[1]["messages"]
    assert retry[-2] == {"role": "assistant", "content": '{"skill": "Go", "years": "many"}'}
    assert "years" in retry[-1]["content"]


def test_still_malformed_after_the_retry_is_an_engine_error(openai_server, engine):
    openai_server.queue("not json at all", '{"skill": "Go"')
    with pytest.raises(EngineError, match="format") as info:
        engine.extract(REQUEST)
    assert info.value.fix
    assert len(openai_server.bodies) == 2


def test_a_reply_cut_by_length_is_an_error_not_a_truncated_answer(openai_server, engine):
    openai_server.queue(Reply(content='{"skill": "Go", "ye', finish_reason="length"))
    with pytest.raises(EngineError, match="length limit"):
        engine.extract(REQUEST)
    openai_server.queue(Reply(content="How did you", finish_reason="length"))
    chunks: list[str] = []
    with pytest.raises(EngineError, match="length limit"):
        for chunk in engine.chat_turn(_conversation()):
            chunks.append(chunk)
    assert "".join(chunks) == "How did you"


@pytest.mark.parametrize(
    ("status", "expected"),
    [(401, "rejected the API key"), (404, "does not know the model 'test-model'"), (500, "internal error")],
)
def test_http_errors_become_engine_errors_with_a_fix(openai_server, engine, status, expected):
    openai_server.queue(Reply(status=status, echo_auth=True))
    with pytest.raises(EngineError, match=expected) as info:
        list(engine.chat_turn(_conversation()))
    assert info.value.fix
    assert KEY not in str(info.value) and KEY not in info.value.fix
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_the_key_never_leaks_from_an_echoing_server(openai_server, engine):
    openai_server.queue(Reply(status=400, echo_auth=True, error_message="bad request"))
    with pytest.raises(EngineError) as info:
        list(engine.chat_turn(_conversation()))
    assert "Server said" in str(info.value) and KEY not in str(info.value)
    assert KEY not in repr(engine) and KEY not in repr(engine.config) and KEY not in str(engine.config)
    assert KEY not in engine.config.model_dump_json()


def test_rate_limit_is_retried_honouring_retry_after(openai_server, engine):
    waits: list[float] = []
    engine._sleep = waits.append
    openai_server.queue(Reply(status=429, headers={"Retry-After": "3"}), "fine")
    assert "".join(engine.chat_turn(_conversation())) == "fine"
    assert waits == [3.0]


def test_rate_limit_gives_up_after_the_retries(openai_server, engine):
    openai_server.queue(*[Reply(status=429, headers={"Retry-After": "0"}) for _ in range(3)])
    with pytest.raises(EngineError, match="rate-limiting"):
        engine.extract(REQUEST)
    assert len(openai_server.bodies) == 3


def test_a_retry_after_beyond_the_cap_is_not_waited_out(openai_server, engine):
    waits: list[float] = []
    engine._sleep = waits.append
    openai_server.queue(Reply(status=429, headers={"Retry-After": "3600"}))
    with pytest.raises(EngineError, match="rate-limiting"):
        engine.summarise(_conversation())
    assert waits == []


def test_a_slow_server_times_out(openai_server):
    config = EngineConfig(base_url=openai_server.base_url, model="test-model", timeout=0.3)
    openai_server.queue(Reply(delay=3))
    with pytest.raises(EngineError, match=r"did not answer within 0.3 s"):
        list(get_engine(config).chat_turn(_conversation()))


def test_connection_refused():
    config = EngineConfig(base_url="http://127.0.0.1:9/v1", model="m", connect_timeout=1)
    with pytest.raises(EngineError, match="Could not connect") as info:
        get_engine(config).summarise(_conversation())
    assert "server is running" in info.value.fix


def test_a_dropped_stream_keeps_the_partial_text_then_raises(openai_server, engine):
    openai_server.queue(Reply(content="What did you personally build there?", drop_after=3))
    conversation = _conversation()
    chunks: list[str] = []
    with pytest.raises(EngineError, match="broke off mid-reply"):
        for chunk in engine.chat_turn(conversation):
            chunks.append(chunk)
    assert "".join(chunks) == "What did you "
    assert len(conversation.turns) == 1


def test_summarise_uses_the_summary_prompt_with_the_transcript(openai_server, engine):
    openai_server.queue("I rebuilt billing.")
    assert engine.summarise(_conversation()) == "I rebuilt billing."
    user = openai_server.bodies[0]["messages"][-1]["content"]
    assert "User: I built the billing system." in user and "<<<BEGIN DATA>>>" in user


def test_test_connection_lists_models(openai_server):
    config = EngineConfig(base_url=openai_server.base_url, model="other-model")
    assert "other-model" in test_connection(config)
    with pytest.raises(EngineError, match="does not list the model") as info:
        test_connection(EngineConfig(base_url=openai_server.base_url, model="missing"))
    assert "test-model" in info.value.fix


def test_test_connection_falls_back_to_a_tiny_completion(openai_server):
    openai_server.models_status = 404
    openai_server.queue("OK")
    assert "replied 'OK'" in test_connection(EngineConfig(base_url=openai_server.base_url, model="x"))


def test_config_from_env():
    assert engine_config_from_env({}) is None
    local = engine_config_from_env({"OPENAI_BASE_URL": "http://localhost:11434/v1/", "TP_MODEL": "llama3.1"})
    assert local.effective_base_url == "http://localhost:11434/v1" and local.effective_key == "not-needed"
    cloud = engine_config_from_env({"OPENAI_API_KEY": KEY, "OPENAI_MODEL": "gpt-4.1"})
    assert cloud.model == "gpt-4.1" and cloud.effective_base_url == "https://api.openai.com/v1"
    assert KEY not in repr(cloud) and cloud.effective_key == KEY
    for bad in ("soon", "-5", "0", "nan", "inf"):
        with pytest.raises(EngineError, match="TP_TIMEOUT") as raised:
            engine_config_from_env({"TP_MODEL": "m", "TP_TIMEOUT": bad})
        assert "such as 60" in raised.value.fix
    assert engine_config_from_env({"TP_MODEL": "m", "TP_TIMEOUT": "7.5"}).timeout == 7.5


def test_a_reader_that_stops_early_does_not_block_the_next_call(openai_server, engine):
    openai_server.queue("one two three four five six", "next")
    stream = engine.chat_turn(_conversation())
    assert next(stream) == "one "
    stream.close()
    assert "".join(engine.chat_turn(_conversation())) == "next"


@pytest.mark.parametrize("url", ["localhost:11434/v1", "127.0.0.1:8080/v1", "ftp://example.com/v1"])
def test_a_base_url_without_http_says_to_add_it(url):
    config = EngineConfig(base_url=url, model="m", timeout=2)
    with pytest.raises(EngineError) as raised:
        test_connection(config)
    assert url in raised.value.message and "http://" in raised.value.message
    assert "Start the URL with http://" in raised.value.fix
    with pytest.raises(EngineError, match="http://"):
        "".join(OpenAIEngine(config).chat_turn(_conversation()))


def test_server_errors_never_import_the_sdk_themselves():
    import ast
    from pathlib import Path

    import resume_core.engines.server_errors as module

    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
                for alias in node.names} | {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "openai" not in imported, "the SDK is imported in one module only (openai_engine)"


def test_the_timeout_fix_names_a_setting_that_exists(openai_server):
    config = EngineConfig(base_url=openai_server.base_url, model="test-model", timeout=0.3)
    openai_server.queue(Reply(delay=3))
    with pytest.raises(EngineError) as info:
        get_engine(config).summarise(_conversation())
    assert "TP_TIMEOUT" in info.value.fix and "in Settings" not in info.value.fix


def test_a_reply_cut_mid_body_is_not_called_a_failed_connection(openai_server, engine):
    openai_server.queue(Reply(content="I rebuilt billing.", cut_body=True))
    with pytest.raises(EngineError, match="broke off its reply") as info:
        engine.summarise(_conversation())
    assert "Could not connect" not in info.value.message and info.value.fix


def test_a_malformed_event_in_the_stream_is_an_engine_error_with_a_fix(openai_server, engine):
    openai_server.queue(Reply(content="What did you build?", raw_event="{not json"))
    conversation = _conversation()
    with pytest.raises(EngineError, match="cannot read") as info:
        list(engine.chat_turn(conversation))
    assert info.value.fix and len(conversation.turns) == 1  # the user's answer is untouched
