"""Preview rows flag what to check; the user's edits and drops come back as the bank fragment."""

from __future__ import annotations

import pytest
from cv_fixtures import dotin, fixture_bytes

from resume_core.errors import ImportProblem
from resume_core.importing import import_resume
from resume_core.importing.parse_text import parse_resume_text
from resume_core.importing.preview import CHECK_LABEL, apply_preview, build_preview_groups


def _rows(groups):
    return [row for group in groups for row in group.rows]


def test_one_group_per_job_with_its_bullets_and_skills():
    result = import_resume("jordan.md", fixture_bytes("jordan_reyes.md"))
    groups = build_preview_groups(result)
    assert [g.rows[0]["text"] for g in groups[:3]] == ["Northwind Analytics Inc.", "Blue Mesa Software LLC", "Acme Corp"]
    first = groups[0].rows
    assert first[0]["what"] == "job" and first[0]["title"] == "Senior Data Engineer" and first[0]["start"] == "2020-01"
    assert {r["what"] for r in first[1:]} == {"accomplishment", "skill"}
    assert groups[-1].rows[0]["what"] == "education"


def test_low_confidence_rows_are_flagged():
    result = parse_resume_text(dotin()["dotin-train-1"]["text"])
    job_row = build_preview_groups(result)[0].rows[0]
    assert job_row["check"] == CHECK_LABEL and job_row["confidence"] < 0.6


def test_edits_and_drops_are_applied():
    result = import_resume("jordan.md", fixture_bytes("jordan_reyes.md"))
    rows = _rows(build_preview_groups(result))
    acme = next(r for r in rows if r["text"] == "Acme Corp")
    acme["keep"] = False
    northwind = next(r for r in rows if r["text"] == "Northwind Analytics Inc.")
    northwind.update(text="Northwind Analytics", title="Staff Data Engineer", end="2024-06")
    bullet = next(r for r in rows if r["text"].startswith("Mentored four"))
    bullet["keep"] = False
    bank = apply_preview(result, rows)
    assert [j.name for j in bank.jobs] == ["Northwind Analytics", "Blue Mesa Software LLC"]
    job = bank.jobs[0]
    assert (job.positions[0].title, job.end_date) == ("Staff Data Engineer", "2024-06")
    assert not any(a.text.startswith("Mentored four") for a in job.accomplishments)
    assert len(bank.ids()) == len(set(bank.ids()))


def test_a_bad_date_is_a_problem_with_a_fix():
    result = import_resume("jordan.md", fixture_bytes("jordan_reyes.md"))
    rows = _rows(build_preview_groups(result))
    rows[0]["start"] = "last spring"
    with pytest.raises(ImportProblem) as caught:
        apply_preview(result, rows)
    assert "2021-03" in caught.value.fix


def test_every_position_of_a_job_is_a_row_that_keeps_its_own_dates():
    from resume_core.importing.result import ImportResult
    from resume_core.bank.model import Bank, Job, Position, Skill

    job = Job(id="job-0000c001", name="Cisco", positions=[
        Position(title="Team Lead", start_date="2018-01"), Position(title="Team Member", start_date="2014-12", end_date="2017-12")])
    result = ImportResult(bank=Bank(jobs=[job], skills=[Skill(id="skl-0000c001", name="Spanish", category="Languages")]))
    groups = build_preview_groups(result)
    head, position = groups[0].rows[:2]
    assert (head["what"], head["title"], head["start"], head["end"]) == ("job", "Team Lead", "2018-01", "")
    assert (position["what"], position["text"], position["start"], position["end"]) == ("position", "Team Member", "2014-12", "2017-12")
    assert [r["text"] for r in groups[1].rows] == ["Spanish"] and "not tied to a job" in groups[1].title
    assert apply_preview(result, _rows(groups)) == result.bank  # untouched rows are exactly what was read

    position.update(text="Junior Engineer", end="2016")
    groups[1].rows[0]["keep"] = False
    bank = apply_preview(result, _rows(groups))
    assert [(p.title, p.start_date, p.end_date) for p in bank.jobs[0].positions] == [
        ("Team Lead", "2018-01", ""), ("Junior Engineer", "2014-12", "2016")]
    assert bank.skills == []
    position["keep"] = False
    assert [p.title for p in apply_preview(result, _rows(groups)).jobs[0].positions] == ["Team Lead"]
