"""The sample Big Resume that ships with the app is rich enough to show tailoring, and canonical XML."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from resume_core.bank.model import Bank
from resume_core.bank.sample import load_sample_bank
from resume_core.bank.xml_io import parse_bank_xml, render_bank_xml

SAMPLE = Path(__file__).resolve().parent.parent.parent / "data" / "sample_bank.xml"
POSTINGS = SAMPLE.parent / "sample_postings"


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_sample_bank()


def test_sample_loads_with_a_person_to_show(bank: Bank) -> None:
    person = bank.person
    assert person.name and person.email.endswith("@example.com")
    assert len([p for p in person.summary.split("\n\n") if p.strip()]) >= 3


def test_sample_has_enough_experience_to_tailor(bank: Bank) -> None:
    assert len(bank.jobs) >= 4
    assert len(bank.projects) >= 2
    for job in bank.jobs:
        assert len(job.skills) >= 25, job.id
        assert len(job.accomplishments) >= 8, job.id
    assert any(len(job.positions) >= 2 for job in bank.jobs), "one job should show a promotion"
    assert bank.education and bank.certificates and bank.awards
    assert bank.patents or bank.publications


def test_jobs_are_most_recent_first(bank: Bank) -> None:
    starts = [job.start_date for job in bank.jobs]
    assert starts == sorted(starts, reverse=True)
    assert bank.jobs[0].end_date == "", "the newest job is the current one"


def test_ids_are_unique(bank: Bank) -> None:
    counts = Counter(bank.iter_ids())
    assert [item_id for item_id, n in counts.items() if n > 1] == []


def test_anecdotes_point_at_items_of_their_own_owner(bank: Bank) -> None:
    owners_with_stories = [o for o in bank.owners() if o.anecdotes]
    assert len(owners_with_stories) >= 2
    for owner in owners_with_stories:
        story_ids = {a.id for a in owner.anecdotes}
        for anecdote in owner.anecdotes:
            assert anecdote.summary and len(anecdote.transcript) >= 6
            assert {t.role for t in anecdote.transcript} == {"assistant", "user"}
            times = [t.at for t in anecdote.transcript]
            assert times == sorted(times) and all(times)
        sourced = [i for i in (*owner.skills, *owner.accomplishments) if i.source_anecdote_id]
        assert sourced and all(i.source_anecdote_id in story_ids for i in sourced)


def test_file_is_canonical_xml() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert render_bank_xml(parse_bank_xml(text)) == text


def test_sample_postings_are_there() -> None:
    texts = sorted(p.name for p in POSTINGS.glob("*.txt"))
    assert len(texts) >= 3
    assert "SkillSpan" in (POSTINGS / "README.md").read_text(encoding="utf-8")
    for name in texts:
        assert len((POSTINGS / name).read_text(encoding="utf-8")) > 1000, name
