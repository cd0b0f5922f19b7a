"""Reverse-chronological order: current first, later dates before earlier ones, ties in bank order."""

from __future__ import annotations

from resume_core.bank.chronology import chronological
from resume_core.bank.model import Job, Position


def job(job_id: str, start: str, end: str) -> Job:
    return Job(id=job_id, name=job_id, positions=[Position(title="Engineer", start_date=start, end_date=end)])


def test_current_jobs_come_first_then_by_end_then_start_date():
    jobs = [job("job-old", "2010", "2012-06"), job("job-now", "2019-03", ""), job("job-mid", "2014", "2019-02"),
            job("job-now2", "2021-01", ""), job("job-mid2", "2016-05-01", "2019-02")]
    assert [j.id for j in chronological(jobs)] == ["job-now2", "job-now", "job-mid2", "job-mid", "job-old"]


def test_equal_dates_keep_the_bank_order():
    jobs = [job("job-b", "2018", "2020"), job("job-a", "2018", "2020")]
    assert [j.id for j in chronological(jobs)] == ["job-b", "job-a"]
