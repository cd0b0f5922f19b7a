"""A failing or silent AI engine never loses what the user gave: postings and interview answers.

The engine is a `FakeEngine` whose queued item is an `EngineError` (or an empty reply); the page
must keep the user's text, fall back where it can, and say what went wrong and what to do.
"""

from __future__ import annotations

import pytest
from app_runner import open_page, start_app, use_engine
from fakes import FakeEngine
from interview_bank import interview_bank

from resume_core.errors import EngineError
from resume_core.storage.store import LocalStore

pytestmark = pytest.mark.timeout(120)

POSTING = """Senior Platform Engineer at Northwind

Requirements
- 5+ years with Kubernetes and Terraform.
- Proficiency in Go or Python.
"""
DOWN = EngineError("The AI server at http://127.0.0.1:9/v1 did not answer within 5 s.", fix="Try again later.")


def shown(at) -> str:
    return "\n".join(e.value for kind in (at.error, at.warning, at.info) for e in kind)


def with_engine(engine) -> object:
    at = start_app()
    use_engine(at, engine)
    return open_page(at, "posting_analysis")


def test_adding_a_posting_with_a_failing_engine_saves_it_with_the_offline_analysis(workspace):
    at = with_engine(FakeEngine(extract=[DOWN]))
    at.text_area(key="posting_add_text").set_value(POSTING)
    at.button(key="FormSubmitter:posting-add-Save and analyze").click().run()
    assert not at.exception, at.exception
    assert "did not answer" in shown(at) and "offline analysis" in shown(at) and "Try again later." in shown(at)
    [posting] = LocalStore(workspace).list_postings()
    assert posting.text.startswith("Senior Platform Engineer") and posting.analyzed_at
    assert "Kubernetes" in {r.skill for r in posting.requirements}


def test_a_posting_is_saved_before_it_is_analysed(workspace, monkeypatch):
    import resume_core.posting.analysis as analysis

    def crash(*args, **kwargs):
        raise EngineError("The AI server broke off mid-reply.", fix="Try again.")

    # Even if the analysis itself fails as a whole, the pasted text is already on disk.
    monkeypatch.setattr(analysis, "analyze_offline", crash)
    at = with_engine(FakeEngine())
    at.text_area(key="posting_add_text").set_value(POSTING)
    at.button(key="FormSubmitter:posting-add-Save and analyze").click().run()
    assert not at.exception, at.exception
    assert "broke off" in shown(at)
    [posting] = LocalStore(workspace).list_postings()
    assert posting.text.startswith("Senior Platform Engineer") and not posting.analyzed_at


def test_a_failed_save_keeps_the_pasted_text_in_the_form(workspace):
    at = with_engine(FakeEngine())
    huge = POSTING + "Kubernetes everywhere. " * 5000  # longer than any posting: refused
    at.text_area(key="posting_add_text").set_value(huge)
    at.button(key="FormSubmitter:posting-add-Save and analyze").click().run()
    assert not at.exception, at.exception
    assert "characters long" in shown(at)
    assert at.text_area(key="posting_add_text").value == huge, "the text stays in the form to shorten it"
    assert LocalStore(workspace).list_postings() == []


def test_analyze_with_a_failing_engine_keeps_the_offline_analysis_and_says_why(workspace):
    at = with_engine(FakeEngine())
    at.text_area(key="posting_add_text").set_value(POSTING)
    at.button(key="FormSubmitter:posting-add-Save and analyze").click().run()
    assert at.text_area(key="posting_add_text").value == "", "a saved posting clears the form"
    use_engine(at, FakeEngine(extract=[DOWN]))
    at.button(key="posting-analyze").click().run()
    assert not at.exception, at.exception
    assert "did not answer" in shown(at) and "Try again later." in shown(at)
    [posting] = LocalStore(workspace).list_postings()
    assert "Kubernetes" in {r.skill for r in posting.requirements}


def test_an_empty_interview_reply_is_replaced_by_the_offline_question_and_said(workspace):
    # Changed deliberately for issue 13: an empty reply no longer waits for "Get the next question".
    LocalStore(workspace).save_bank(interview_bank(), "")
    at = start_app()
    use_engine(at, FakeEngine(chat=[""]))
    open_page(at, "interview")
    at.chat_input[0].set_value("I rewrote the release scripts in Python.").run()
    assert not at.exception, at.exception
    assert "empty reply" in shown(at) and "offline engine answered" in shown(at)
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    assert all(md.value.strip() for m in at.chat_message for md in m.markdown)  # no empty bubble


def test_a_failed_analysis_is_answered_offline_and_the_sidebar_says_so(workspace):
    at = with_engine(FakeEngine(extract=[DOWN]))
    at.text_area(key="posting_add_text").set_value(POSTING)
    at.button(key="FormSubmitter:posting-add-Save and analyze").click().run()
    assert not at.exception, at.exception
    sidebar = "\n".join(w.value for w in at.sidebar.warning)
    assert "offline engine answers meanwhile" in sidebar, "one fallback rule: the sidebar names it on every page"
    assert "This is the offline analysis." in shown(at) and "The offline engine answered instead" in shown(at)
