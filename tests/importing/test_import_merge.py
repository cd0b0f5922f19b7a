"""Merging never overwrites or duplicates; importing the same file twice adds nothing."""

from __future__ import annotations

from cv_fixtures import dotin, fixture_bytes

from resume_core.importing import import_resume, merge_banks
from resume_core.bank.model import Accomplishment, Bank, Job, Position, Skill


def _count(bank: Bank) -> tuple[int, int, int, int]:
    owners = bank.owners()
    return (len(bank.jobs), sum(len(o.accomplishments) for o in owners), sum(len(o.skills) for o in owners),
            len(bank.education))


def test_importing_the_same_file_twice_adds_nothing_the_second_time():
    for name, data in [("jordan.md", fixture_bytes("jordan_reyes.md")),
                       ("jordan.json", fixture_bytes("jordan_reyes.resume.json")),
                       *((f"{k}.txt", v["text"].encode()) for k, v in dotin().items())]:
        first = merge_banks(Bank(), import_resume(name, data).bank)
        assert first.added_total > 0, name
        second = merge_banks(first.bank, import_resume(name, data).bank)
        assert second.added_total == 0, (name, second.added, second.details)
        assert _count(second.bank) == _count(first.bank), name


def test_matching_job_is_merged_not_duplicated_and_existing_text_is_kept():
    base = Bank(jobs=[Job(
        id="job-00000001", name="Northwind Analytics, Inc", location="Denver",
        positions=[Position(title="Data Engineer", start_date="2018-06", end_date="2019-12")],
        accomplishments=[Accomplishment(id="acc-00000001", text="Rebuilt the nightly ETL in Airflow and dbt — cutting the run from 6 hours to 50 minutes")],
        skills=[Skill(id="skl-00000001", name="airflow")],
    )])
    incoming = import_resume("jordan.json", fixture_bytes("jordan_reyes.resume.json")).bank
    report = merge_banks(base, incoming)
    northwind = [j for j in report.bank.jobs if "northwind" in j.name.lower()]
    assert len(northwind) == 1
    job = northwind[0]
    assert job.id == "job-00000001" and job.location == "Denver"  # never overwritten
    assert {p.title for p in job.positions} == {"Data Engineer", "Senior Data Engineer"}
    # The same bullet with different case and punctuation is not added again.
    assert [a.id for a in job.accomplishments if "nightly ETL" in a.text] == ["acc-00000001"]
    assert [s.name.lower() for s in job.skills].count("airflow") == 1
    assert report.skipped["accomplishments"] >= 1 and report.skipped["skills"] >= 1
    assert base.jobs[0].positions == [Position(title="Data Engineer", start_date="2018-06", end_date="2019-12")]


def test_same_company_without_overlapping_dates_is_a_separate_job():
    old = Job(id="job-00000002", name="Acme Corp", positions=[Position(title="Intern", start_date="2010", end_date="2011")])
    new = Job(id="job-00000003", name="ACME corp.", positions=[Position(title="Engineer", start_date="2019-01", end_date="")])
    report = merge_banks(Bank(jobs=[old]), Bank(jobs=[new]))
    assert len(report.bank.jobs) == 2
    assert report.added == {"jobs": 1}


def test_colliding_ids_are_renumbered():
    job = Job(id="job-00000004", name="Initech", positions=[Position(title="Dev")],
              accomplishments=[Accomplishment(id="acc-00000004", text="Shipped TPS reports.")])
    other = Job(id="job-00000004", name="Globex", positions=[Position(title="Dev")],
                accomplishments=[Accomplishment(id="acc-00000004", text="Built the doomsday device.")])
    report = merge_banks(Bank(jobs=[job]), Bank(jobs=[other]))
    assert len(report.bank.ids()) == 4
    assert report.bank.jobs[0].id == "job-00000004"


def _cisco_rows() -> Bank:
    """The reported loss: three Cisco rows (one title fixed by hand), the third a repeated title."""
    return Bank(jobs=[
        Job(id="job-0000c001", name="Cisco", positions=[Position(title="Team Lead", start_date="2018-01")]),
        Job(id="job-0000c002", name="cisco",
            positions=[Position(title="Team Member", start_date="2017-12", end_date="2018-01")]),
        Job(id="job-0000c003", name="CISCO", positions=[Position(title="Team Member", start_date="2014-12", end_date="2017-12")],
            accomplishments=[Accomplishment(id="acc-0000c003", text="Answered 40 tickets a day")]),
    ])


def test_three_rows_of_one_company_keep_every_position_and_the_plan_says_so():
    incoming = _cisco_rows()
    report = merge_banks(Bank(), incoming)
    [cisco] = report.bank.jobs
    assert [(p.title, p.start_date, p.end_date) for p in cisco.positions] == [
        ("Team Lead", "2018-01", ""), ("Team Member", "2017-12", "2018-01"), ("Team Member", "2014-12", "2017-12")]
    assert [a.text for a in cisco.accomplishments] == ["Answered 40 tickets a day"]
    [combined] = report.combined
    assert combined.describe() == "3 rows -> Cisco: 3 positions"
    assert combined.rows == ["job-0000c001", "job-0000c002", "job-0000c003"]


def test_rows_kept_separate_stay_separate_jobs():
    incoming = _cisco_rows()
    report = merge_banks(Bank(), incoming, separate={"job-0000c001", "job-0000c002", "job-0000c003"})
    assert [(j.name, j.positions[0].title) for j in report.bank.jobs] == [
        ("Cisco", "Team Lead"), ("cisco", "Team Member"), ("CISCO", "Team Member")]
    assert report.combined == [] and report.added["jobs"] == 3


def test_a_row_going_into_a_job_already_in_the_bank_is_announced_and_a_second_import_adds_nothing():
    first = merge_banks(Bank(), _cisco_rows()).bank
    again = merge_banks(first, _cisco_rows())
    assert again.added_total == 0 and again.bank == first
    assert [c.describe() for c in again.combined] == ["3 rows -> your Cisco: 3 positions"]
