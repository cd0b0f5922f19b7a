"""The one fallback rule: a failing AI server never stops a step; the offline engine answers and says why."""

from __future__ import annotations

import socket

import pytest
from fakes import FakeEngine
from interview_bank import interview_bank

from resume_core.engines import EngineConfig, OfflineEngine, test_connection, with_fallback
from resume_core.engines.base import ExtractRequest
from resume_core.engines.fallback import FallbackEngine
from resume_core.errors import EngineError
from resume_core.interview.questions import build_context, build_conversation, follow_up, icebreakers, summarise_answers
from resume_core.bank.model import Turn
from resume_core.interview.suggest import SuggestedItems

pytestmark = pytest.mark.timeout(30)
DOWN = EngineError("Could not connect to the AI server at http://localhost:9/v1.", fix="Start the server.")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _conversation():
    context = build_context(interview_bank(), "job-acme0001")
    turns = [Turn(role="assistant", text=icebreakers(context)[0]),
             Turn(role="user", text="I cut the nightly batch from 4 hours to 25 minutes by rewriting it in Go.")]
    return build_conversation(context, turns)


def _request():
    return ExtractRequest(prompt="suggest_items", variables={}, schema=SuggestedItems,
                          offline=lambda: SuggestedItems(skills=["Go"]))


def test_every_step_answers_offline_when_the_server_fails_and_says_why():
    conversation = _conversation()
    engine = FallbackEngine(FakeEngine(chat=[DOWN], extract=[DOWN], summaries=[DOWN]), clock=Clock())
    question = "".join(engine.chat_turn(conversation))
    assert question == follow_up(conversation.context, conversation.turns)
    assert engine.problem is DOWN and "Could not connect" in engine.note() and "offline engine" in engine.note()
    assert engine.extract(_request()) == SuggestedItems(skills=["Go"])
    assert engine.summarise(conversation) == summarise_answers(conversation.context, conversation.turns)
    assert [c[0] for c in engine.primary.calls] == ["chat_turn", "extract"]  # then it was left alone


def test_one_hiccup_is_retried_next_step_and_a_dead_server_is_left_alone_for_a_while():
    clock = Clock()
    primary = FakeEngine(extract=[DOWN, SuggestedItems(skills=["Rust"]), DOWN, DOWN, SuggestedItems(skills=["C"])])
    engine = FallbackEngine(primary, pause=30, clock=clock)
    assert engine.extract(_request()).skills == ["Go"]  # one failure: offline answer, note
    assert engine.extract(_request()).skills == ["Rust"] and engine.problem is None and engine.note() == ""
    assert [engine.extract(_request()).skills for _ in range(2)] == [["Go"], ["Go"]]  # two in a row
    clock.now += 10
    assert engine.extract(_request()).skills == ["Go"] and len(primary.calls) == 4  # not asked again yet
    clock.now += 25
    assert engine.extract(_request()).skills == ["C"] and len(primary.calls) == 5 and engine.problem is None


def test_a_reply_cut_off_after_text_was_shown_raises_for_the_caller_to_replace():
    engine = FallbackEngine(FakeEngine(chat=[("How did", DOWN)]), clock=Clock())
    chunks = engine.chat_turn(_conversation())
    assert next(chunks) == "How"
    with pytest.raises(EngineError):
        list(chunks)
    assert engine.problem is DOWN


def test_the_offline_engine_needs_no_fallback_and_a_working_server_leaves_no_note():
    offline = OfflineEngine()
    assert with_fallback(offline) is offline
    engine = with_fallback(FakeEngine(chat=["Which part was yours?"]))
    assert "".join(engine.chat_turn(_conversation())) == "Which part was yours?" and engine.problem is None


def test_test_connection_reports_a_refused_port_plainly():
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(EngineError, match="nothing is listening"):
        test_connection(EngineConfig(base_url=f"http://127.0.0.1:{port}/v1", model="m"))
