"""A shared deployment (TP_STORAGE=session) calls only public https servers; a local install calls any."""

from __future__ import annotations

import pytest

from resume_core.engines import EngineConfig, get_engine, test_connection
from resume_core.engines.base import Conversation
from resume_core.engines.url_guard import check_server_url, shared_deployment
from resume_core.errors import EngineError
from resume_core.bank.model import Turn

pytestmark = pytest.mark.timeout(30)


def public(host: str, port: int) -> list[str]:
    return ["104.18.6.192"]  # a public address, without asking DNS


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://api.example.com/v1", "https://"),
        ("https://127.0.0.1:8080/v1", "loopback"),
        ("https://localhost/v1", "loopback"),
        ("https://169.254.169.254/latest/meta-data", "link-local"),
        ("https://10.0.0.5/v1", "private"),
        ("https://192.168.1.20:11434/v1", "private"),
        ("https://[::1]/v1", "loopback"),
        ("https://[::ffff:127.0.0.1]/v1", "loopback"),
        ("https://0.0.0.0/v1", "reserved"),
        ("https:///v1", "names no server"),
    ],
)
def test_a_shared_deployment_refuses_local_and_plain_http_servers(url, why):
    with pytest.raises(EngineError, match=why) as info:
        check_server_url(url, shared=True)
    assert info.value.fix  # says what to do instead


def test_a_public_host_that_resolves_to_a_private_address_is_refused():
    with pytest.raises(EngineError, match="private"):
        check_server_url("https://ai.example.com/v1", shared=True, resolve=lambda host, port: ["10.1.2.3"])
    check_server_url("https://api.openai.com/v1", shared=True, resolve=public)  # allowed


def test_a_local_install_allows_any_server():
    check_server_url("http://localhost:11434/v1", shared=False)
    check_server_url("http://192.168.1.20:1234/v1", shared=False)


def test_the_mode_follows_tp_storage():
    assert shared_deployment({"TP_STORAGE": "session"}) and shared_deployment({"TP_STORAGE": " Session "})
    assert not shared_deployment({"TP_STORAGE": "local"}) and not shared_deployment({})


def test_in_session_mode_neither_test_connection_nor_the_engine_reach_a_loopback_server(openai_server, monkeypatch):
    monkeypatch.setenv("TP_STORAGE", "session")
    config = EngineConfig(base_url=openai_server.base_url, model="test-model")
    with pytest.raises(EngineError, match="https://"):
        test_connection(config)
    conversation = Conversation(prompt="interview", variables={"owner": "Acme", "topic": "", "facts": "-"},
                                turns=[Turn(role="user", text="I built it.")])
    with pytest.raises(EngineError, match="https://"):
        list(get_engine(config).chat_turn(conversation))
    assert openai_server.requests == []  # nothing was sent


def test_in_local_mode_the_loopback_server_still_answers(openai_server, monkeypatch):
    monkeypatch.setenv("TP_STORAGE", "local")
    assert "test-model" in test_connection(EngineConfig(base_url=openai_server.base_url, model="test-model"))


def test_in_session_mode_a_public_https_server_gets_a_client(monkeypatch):
    from resume_core.engines import url_guard
    from resume_core.engines.openai_engine import OpenAIEngine

    monkeypatch.setenv("TP_STORAGE", "session")
    monkeypatch.setattr(url_guard, "resolve_host", public)
    assert OpenAIEngine(EngineConfig(base_url="https://api.example.com/v1", model="m")).client is not None
    monkeypatch.setattr(url_guard, "resolve_host", lambda host, port: ["127.0.0.1"])
    with pytest.raises(EngineError, match="loopback"):
        _ = OpenAIEngine(EngineConfig(base_url="https://api.example.com/v1", model="m")).client  # the property raises


def test_the_deployments_own_server_is_trusted(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1")  # set by the operator, e.g. a vLLM sidecar
    check_server_url("http://127.0.0.1:8000/v1/", shared=True)
    with pytest.raises(EngineError, match="https://"):
        check_server_url("http://127.0.0.1:8001/v1", shared=True)  # a visitor's own choice is still checked


@pytest.mark.parametrize("address", ["64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::a00:1", "2002:7f00:1::",
                                     "2002:a9fe:a9fe::1", "::ffff:10.0.0.1"])
def test_ipv6_addresses_that_carry_a_private_ipv4_are_refused(address):
    # NAT64 (64:ff9b::/96) and 6to4 (2002::/16) routers translate these to 127.0.0.1, 169.254.169.254, 10.0.0.1.
    with pytest.raises(EngineError, match="private, loopback"):
        check_server_url("https://ai.example.com/v1", shared=True, resolve=lambda host, port: [address])


@pytest.mark.parametrize("address", ["64:ff9b::808:808", "2002:808:808::", "2606:4700::1111"])
def test_ipv6_addresses_that_carry_a_public_ipv4_are_allowed(address):
    check_server_url("https://ai.example.com/v1", shared=True, resolve=lambda host, port: [address])
