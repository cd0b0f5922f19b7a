"""Resuming an unfinished interview keeps the posting it probes (review finding 34)."""

from __future__ import annotations

import pytest
from app_runner import open_page, start_app
from interview_bank import interview_bank

from resume_core.bank import model as m
from resume_core.storage.store import LocalStore

pytestmark = pytest.mark.timeout(120)


@pytest.fixture
def store(workspace):
    store = LocalStore(workspace)
    store.save_bank(interview_bank(), "")
    store.save_posting(m.Posting(id="pst-kafka001", title="Data Engineer", company="Initech",
                                 text="We need Kafka.", requirements=[
                                     m.Requirement(id="req-kafka001", text="Kafka", kind="required", skill="Kafka")]),
                       None)
    return store


def test_a_resumed_interview_still_probes_its_posting(store):
    at = open_page(start_app(), "interview")
    posting_box = next(s for s in at.selectbox if s.label.startswith("Probe the gaps"))
    posting_box.set_value("pst-kafka001").run()
    at.chat_input[0].set_value("I built the Kafka ingestion pipeline for billing events.").run()
    assert not at.exception, at.exception
    [anecdote] = [a for owner in store.load_bank()[0].owners() for a in owner.anecdotes]
    assert anecdote.posting_id == "pst-kafka001"  # saved with the story

    again = open_page(start_app(), "interview")  # a reload: a new session
    resume = next(b for b in again.button if b.key == f"resume-{anecdote.id}")
    resume.click().run()
    assert not again.exception, again.exception
    assert again.session_state["tp_interview"] == {"anecdote_id": anecdote.id, "posting_id": "pst-kafka001"}
