"""The contract every engine keeps, run against the offline engine and against the OpenAI-compatible
engine talking to a loopback server (which is primed with the answer the offline logic computes)."""

from __future__ import annotations

import pytest
from interview_bank import interview_bank
from pydantic import SecretStr

from resume_core.interview.anecdotes import append_turn, find_anecdote, start_interview
from resume_core.engines import EngineConfig, get_engine
from resume_core.engines.base import Engine
from resume_core.interview.questions import build_context, build_conversation, icebreakers
from resume_core.bank.model import Turn
from resume_core.interview.suggest import offline_suggestions, suggest_items

pytestmark = pytest.mark.timeout(30)


@pytest.fixture(params=["offline", "openai"])
def engine_and_prime(request, openai_server):
    """(engine, prime): prime(text) makes the next reply of the engine's server be `text`."""
    if request.param == "offline":
        return get_engine(None), lambda text: None
    config = EngineConfig(base_url=openai_server.base_url, model="test-model", api_key=SecretStr("sk-x"), timeout=5)
    return get_engine(config), lambda text: openai_server.queue(text)


def _conversation():
    context = build_context(interview_bank(), "job-acme0001")
    turns = [
        Turn(role="assistant", text=icebreakers(context)[0]),
        Turn(role="user", text="We moved billing to a new cluster with the platform team over the winter."),
    ]
    return build_conversation(context, turns)


def test_chat_turn_streams_the_next_question_without_touching_the_transcript(engine_and_prime):
    engine, prime = engine_and_prime
    conversation = _conversation()
    expected = conversation.offline_reply(conversation.context, conversation.turns)
    prime(expected)
    before = [t.model_copy() for t in conversation.turns]
    chunks = list(engine.chat_turn(conversation))
    assert isinstance(engine, Engine) and len(chunks) > 1 and all(isinstance(c, str) and c for c in chunks)
    assert "".join(chunks) == expected
    assert conversation.turns == before


def test_summarise_returns_text(engine_and_prime):
    engine, prime = engine_and_prime
    conversation = _conversation()
    expected = conversation.offline_summary(conversation.context, conversation.turns)
    prime(expected)
    assert engine.summarise(conversation) == expected and "We moved billing" in expected


def test_extract_returns_a_validated_instance_of_the_schema(engine_and_prime):
    engine, prime = engine_and_prime
    bank, anecdote_id = start_interview(interview_bank(), "job-acme0001")
    bank = append_turn(bank, anecdote_id, "user", "I moved the order events to Kafka and cut lag from 9 to 2 seconds.")
    owner, anecdote = find_anecdote(bank, anecdote_id)
    prime(offline_suggestions(owner, anecdote).model_dump_json())
    found = suggest_items(bank, anecdote_id, engine=engine)
    assert [(s.kind, s.text) for s in found] == [
        ("skill", "Kafka"),
        ("accomplishment", "Moved the order events to Kafka and cut lag from 9 to 2 seconds"),
    ]
    assert all(s.grounded for s in found)


def test_engines_describe_themselves_without_secrets(engine_and_prime):
    engine, _ = engine_and_prime
    assert "sk-x" not in repr(engine) and engine.name in ("offline", "openai")
    assert engine.offline == (engine.name == "offline")


def test_offline_engine_needs_no_server(openai_server):
    get_engine(None).summarise(_conversation())
    assert openai_server.requests == []


def test_the_offline_engine_rejects_an_offline_answer_of_the_wrong_type():
    from resume_core.engines.base import ExtractRequest
    from resume_core.interview.suggest import SuggestedItems

    wrong = ExtractRequest(prompt="suggest_items", variables={}, schema=SuggestedItems, offline=lambda: "text")
    with pytest.raises(TypeError, match="not a SuggestedItems"):
        get_engine(None).extract(wrong)
