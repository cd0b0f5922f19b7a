"""Interviews kept turn by turn as anecdotes, resumable, finished with the user's summary."""

from __future__ import annotations

import pytest
from interview_bank import interview_bank

from resume_core.interview.anecdotes import (
    append_turn,
    find_anecdote,
    finish_interview,
    in_progress_interviews,
    start_interview,
)
from resume_core.errors import UserError


def test_every_turn_is_kept_on_an_in_progress_anecdote():
    original = interview_bank()
    bank, anecdote_id = start_interview(original, "job-acme0001", topic="Kafka")
    bank = append_turn(bank, anecdote_id, "assistant", "Q?")
    bank = append_turn(bank, anecdote_id, "user", "A.")
    owner, anecdote = find_anecdote(bank, anecdote_id)
    assert owner.id == "job-acme0001" and anecdote.status == "in_progress" and anecdote.topic == "Kafka"
    assert [(t.role, t.text) for t in anecdote.transcript] == [("assistant", "Q?"), ("user", "A.")]
    assert all(t.at for t in anecdote.transcript) and anecdote.created and anecdote.updated
    assert original.find_owner("job-acme0001").anecdotes == []  # inputs are never changed
    assert [a.id for _, a in in_progress_interviews(bank)] == [anecdote_id]


def test_finishing_saves_summary_and_keeps_the_transcript():
    bank, anecdote_id = start_interview(interview_bank(), "prj-side0001")
    bank = append_turn(bank, anecdote_id, "user", "I did it.")
    bank = finish_interview(bank, anecdote_id, "  My summary.  ", title="The story")
    _, anecdote = find_anecdote(bank, anecdote_id)
    assert (anecdote.status, anecdote.summary, anecdote.title) == ("saved", "My summary.", "The story")
    assert len(anecdote.transcript) == 1 and in_progress_interviews(bank) == []
    with pytest.raises(UserError, match="empty"):
        finish_interview(bank, anecdote_id, "   ")


def test_missing_interview_and_owner():
    bank = interview_bank()
    with pytest.raises(UserError, match="no longer"):
        find_anecdote(bank, "anc-none0001")
    with pytest.raises(UserError):
        start_interview(bank, "job-none0001")
