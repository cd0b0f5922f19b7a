"""Model validation: every refusal names the field and says how to fix it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from resume_core.bank import model as m
from resume_core.bank.xml_io import validation_message


def _problems(cls, data: dict) -> str:
    with pytest.raises(ValidationError) as info:
        cls.model_validate(data)
    return validation_message(info.value, data, cls)


@pytest.mark.parametrize("date", ["March 2021", "2021-13", "2021-02-32", "21-03", "2021/03"])
def test_bad_dates_name_the_field_and_the_accepted_forms(date: str) -> None:
    message = _problems(m.Position, {"title": "Engineer", "startDate": date})
    assert message == (f"startDate: {date!r} is not an ISO date: write 2021, 2021-03 or 2021-03-15, "
                       "or leave it empty for 'present'")


@pytest.mark.parametrize("date", ["", "2021", "2021-03", "2021-03-15", " 2021-03 "])
def test_good_dates_are_accepted_and_trimmed(date: str) -> None:
    assert m.Position(title="Engineer", end_date=date).end_date == date.strip()


@pytest.mark.parametrize("bad_id", ["Skill-1", "skl", "skl_1", "1-skl", "skl-", "skl-ab cd", "", "skl-1\n", "skl-1\n\n"])
def test_bad_ids_are_refused_with_an_example(bad_id: str) -> None:
    message = _problems(m.Skill, {"id": bad_id, "name": "Go"})
    assert message.startswith(f"id: {bad_id!r} is not a valid id")
    assert "'acc-3f9a1b2c'" in message


def test_duplicate_ids_across_the_bank_are_listed() -> None:
    data = {"jobs": [{"id": "job-1", "name": "A", "skills": [{"id": "skl-1", "name": "Go"}],
                      "accomplishments": [{"id": "skl-1", "text": "Shipped"}]}],
            "projects": [{"id": "job-1", "name": "P"}]}
    message = _problems(m.Bank, data)
    assert "ids must be unique, but these appear more than once: job-1, skl-1" in message
    assert "give each item its own id" in message


def test_extra_fields_are_named_with_their_place() -> None:
    data = {"jobs": [{"id": "job-1", "name": "Acme", "salary": "lots",
                      "positions": [{"title": "Eng", "level": 3}]}]}
    message = _problems(m.Bank, data)
    assert "jobs[0] (Acme) > salary: not a known field" in message
    assert "jobs[0] (Acme) > positions[0] (Eng) > level: not a known field" in message


def test_all_problems_are_reported_at_once_with_places() -> None:
    data = {"jobs": [{"id": "job-1", "name": "First"},
                     {"id": "job-2", "name": "Acme", "positions": [{"title": "", "startDate": "spring"}],
                      "anecdotes": [{"id": "anc-1", "transcript": [{"role": "bot", "text": "hi"}]}]}]}
    message = _problems(m.Bank, data)
    parts = message.split("; ")
    assert len(parts) == 3
    assert "jobs[1] (Acme) > positions[0] > title: is empty (write something, or remove the item)" in parts
    assert any(p.startswith("jobs[1] (Acme) > positions[0] > startDate: 'spring'") for p in parts)
    assert "jobs[1] (Acme) > anecdotes[0] > transcript[0] (hi) > role: Input should be 'assistant' or 'user'" in parts


def test_missing_required_field_says_so() -> None:
    assert _problems(m.Job, {"id": "job-1"}) == "name: missing (this value is required)"


def test_assignment_is_validated_too() -> None:
    job = m.Job(id="job-1", name="Acme")
    with pytest.raises(ValidationError) as info:
        job.positions = [m.Position(title="x")] + [{"title": "y", "startDate": "soon"}]
    assert "is not an ISO date" in str(info.value)
