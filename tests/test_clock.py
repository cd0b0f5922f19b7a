"""TP_TODAY pins the date tailoring measures recency from; without it, the system date."""

from __future__ import annotations

from datetime import date

import pytest
from tailor_banks import TODAY, make_bank, make_posting

from resume_core.clock import today
from resume_core.errors import UserError
from resume_core.tailoring.pipeline import coverage_for, tailor

LATER = "2040-01-01"  # far enough from TODAY that recency changes the page


def test_tp_today_is_the_date_and_a_missing_one_is_the_system_date(monkeypatch):
    monkeypatch.setenv("TP_TODAY", " 2031-02-03 ")
    assert today() == "2031-02-03"
    monkeypatch.delenv("TP_TODAY")
    assert today() == date.today().isoformat()


def test_a_bad_tp_today_says_what_to_set(monkeypatch):
    monkeypatch.setenv("TP_TODAY", "25/11/2026")
    with pytest.raises(UserError) as caught:
        today()
    assert "25/11/2026" in caught.value.message and "YYYY-MM-DD" in caught.value.fix


def test_tailor_and_coverage_measure_recency_from_tp_today(monkeypatch):
    bank, posting = make_bank(), make_posting()
    then = tailor(bank, posting, today=LATER).resume
    assert then != tailor(bank, posting, today=TODAY).resume  # the date matters for this bank
    monkeypatch.setenv("TP_TODAY", LATER)
    assert tailor(bank, posting).resume == then

    before_the_jobs = "2000-01-01"  # coverage's evidence scores change only this far away
    expected = coverage_for(then, bank, posting, today=before_the_jobs)
    assert expected != coverage_for(then, bank, posting, today=TODAY)
    monkeypatch.setenv("TP_TODAY", before_the_jobs)
    assert coverage_for(then, bank, posting) == expected
