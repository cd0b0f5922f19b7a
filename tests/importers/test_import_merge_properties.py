"""Merge properties on arbitrary banks (hostile text included): idempotent, never loses or rewrites."""

from __future__ import annotations

from bank_strategies import banks
from hypothesis import HealthCheck, given, settings

from resume_core.importers import merge_banks
from resume_core.model import Bank

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(base=banks(), incoming=banks())
def test_merging_twice_adds_nothing_the_second_time(base, incoming):
    once = merge_banks(base, incoming)
    twice = merge_banks(once.bank, incoming)
    assert twice.added_total == 0
    assert twice.bank == once.bank


@SETTINGS
@given(base=banks(), incoming=banks())
def test_existing_items_are_kept_unchanged(base, incoming):
    merged = merge_banks(base, incoming).bank
    for job in base.jobs:
        kept = next(j for j in merged.jobs if j.id == job.id)
        assert kept.accomplishments[: len(job.accomplishments)] == job.accomplishments
        assert kept.skills[: len(job.skills)] == job.skills
        assert kept.positions[: len(job.positions)] == job.positions
    assert merged.education[: len(base.education)] == base.education
    assert base.ids() <= merged.ids()


@SETTINGS
@given(incoming=banks())
def test_merging_into_an_empty_bank_keeps_every_distinct_item(incoming):
    merged = merge_banks(Bank(), incoming)
    assert len(merged.bank.ids()) == len(set(merged.bank.ids()))
    assert merged.added.get("jobs", 0) <= len(incoming.jobs)
