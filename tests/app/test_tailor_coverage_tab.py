"""Tailor page, Coverage and Review tabs: an honest gap count, gaps that open the interview about their
posting, and choices labelled so they can be read."""

from __future__ import annotations

import pytest
from app_runner import open_page, start_app
from tailor_banks import TODAY, make_bank, make_posting

from resume_core.storage.store import open_store

pytestmark = pytest.mark.timeout(180)

@pytest.fixture(autouse=True)
def fixed_today(monkeypatch):
    monkeypatch.setenv("TP_TODAY", TODAY)


def save(workspace, bank=None, posting=None):
    store = open_store("local", str(workspace))
    store.save_bank(bank or make_bank(), None)
    store.save_posting(posting or make_posting(), None)
    return store


def tailored():
    at = open_page(start_app(), "tailor")
    at.button(key="tailor_run").click().run()
    assert not at.exception, at.exception
    return at


def gap_count(at) -> str:
    return next(m.value for m in at.markdown if "gap(s)." in m.value)


def test_a_gap_starts_a_new_interview_on_its_posting_even_while_another_is_in_progress(workspace):
    save(workspace)
    at = open_page(start_app(), "interview")
    at.chat_input[0].set_value("I moved our billing service to Kubernetes over one winter.").run()
    assert at.session_state["tp_interview"]  # an interview is on screen
    open_page(at, "tailor")
    at.button(key="tailor_run").click().run()
    at.button(key="tailor_interview_req-rust").click().run()
    assert not at.exception
    assert "tp_interview" not in at.session_state  # the earlier one stays saved, to resume
    # The Interview page took the request: the newest job, the gap's topic, its posting (named by its label).
    assert at.session_state["tp_iv_owner"] == "job-north"
    assert at.session_state["tp_iv_topic"] == "Rust" and at.session_state["tp_iv_posting"] == "pst-target"
    probe = next(s for s in at.selectbox if s.key == "tp_iv_posting")
    assert probe.value == "pst-target" and "Platform Engineer at Acme" in probe.format_func(probe.value)
    assert "Rust" in next(b for b in at.button if b.key == "icebreaker-0").label  # the first question is about it


# Review choices cut at a word, the summary not a line to pick, short labels: tests/tailoring/test_tailor_rows.py.


def test_the_table_shows_verdict_reason_and_evidence_and_gaps_are_the_not_met_rows(workspace):
    save(workspace)
    at = tailored()
    frame = next(d.value for d in at.dataframe if "Verdict" in d.value.columns)
    assert {"Verdict", "Reason", "Evidence", "Years"} <= set(frame.columns)
    assert frame["Reason"].map(bool).all() and frame["Verdict"].map(bool).all()
    not_met = frame[frame["Verdict"].str.contains("Not met")]
    assert gap_count(at).startswith(f"**{len(not_met)} gap(s).**")
    terraform = frame[frame["Requirement"] == "Infrastructure as code with Terraform"].iloc[0]
    assert "Met" in terraform["Verdict"] and "acc-n2" in terraform["Evidence"]


def test_a_years_count_can_be_corrected_and_is_kept(workspace):
    from resume_core.bank.model import Bank, Job, Person, Position, Posting, Requirement

    bank = Bank(person=Person(name="Sam"), jobs=[Job(id="job-1", name="Acme", positions=[
        Position(title="Help Desk Administrator", start_date="2024-10", end_date="")])])  # 2 y 1 m by TODAY
    posting = Posting(id="pst-target", title="Admin", requirements=[Requirement(
        id="req-y", kind="required", text="A minimum of 3 years experience as a help desk administrator")])
    store = save(workspace, bank, posting)
    at = tailored()
    frame = next(d.value for d in at.dataframe if "Verdict" in d.value.columns)
    assert "Not met" in frame.iloc[0]["Verdict"] and frame.iloc[0]["Years"].startswith("2 y")
    box = next(n for n in at.number_input if n.key.startswith("tailor_years_req-y"))
    box.set_value(5.0).run()
    next(b for b in at.button if b.key.startswith("tailor_years_save")).click().run()
    assert not at.exception, at.exception
    assert store.load_years_corrections("pst-target") == {"req-y": 5.0}
    frame = next(d.value for d in at.dataframe if "Verdict" in d.value.columns)
    assert "Met" in frame.iloc[0]["Verdict"] and "as you corrected it" in frame.iloc[0]["Reason"]


def test_the_review_tab_says_why_lines_are_off_the_page_and_remembers_what_the_user_took_off(workspace):
    save(workspace)
    at = tailored()
    first = next(b for b in at.button if b.key and b.key.startswith("tailor_out_acc-n2"))
    first.click().run()
    assert not at.exception, at.exception
    assert any(e.label.startswith("Why not on the page?") for e in at.expander)
    frame = next(d.value for d in at.dataframe if "Why not" in d.value.columns)
    taken = frame[frame["Id"] == "acc-n2"].iloc[0]
    assert taken["Why not"] == "you took it off this page"
