"""Coverage: each requirement's best evidence, whether it is on the page, and honest gaps."""

from __future__ import annotations

import pytest

from resume_core.model import Accomplishment, Bank, Job, Person, Position
from resume_core.review import set_summary
from resume_core.tailor import coverage_for, tailor
from tailor_banks import TODAY, make_bank, make_posting, req


def test_coverage_shows_evidence_and_gaps():
    result = tailor(make_bank(), make_posting(), today=TODAY)
    rows = {row.requirement_id: row for row in result.coverage}
    assert rows["req-k8s"].status == "covered" and rows["req-k8s"].in_resume
    assert rows["req-rust"].status == "gap" and rows["req-rust"] in result.gaps
    assert rows["req-rust"].best_owner_id == "job-north"  # nothing matches: ask about the newest job
    assert rows["req-obs"].evidence_id == "acc-n5" and rows["req-obs"].job == "Northwind"


def test_coverage_follows_user_edits():
    bank, posting = make_bank(), make_posting()
    resume = tailor(bank, posting, today=TODAY).resume
    for entry in resume.experience:
        entry.bullets = [b for b in entry.bullets if b.item_id != "acc-n5"]
    rows = {r.requirement_id: r for r in coverage_for(resume, bank, posting, today=TODAY)}
    assert rows["req-obs"].status == "not_selected" and not rows["req-obs"].in_resume


@pytest.mark.parametrize("language", ["Python", "Perl", "Ruby", "Bash"])
def test_a_scripting_language_in_the_bank_answers_a_posting_that_asks_for_one(language):
    bank = Bank(person=Person(name="Sam Example"), jobs=[Job(
        id="job-1", name="Initech", positions=[Position(title="Site Reliability Engineer", start_date="2021")],
        accomplishments=[Accomplishment(id="acc-1", text=f"Wrote {language} tools that rotate 300 database credentials nightly")])])
    posting = make_posting([req("script", "Knowledge of at least one scripting language is a must", skill="Scripting")])
    result = tailor(bank, posting, today=TODAY)
    [row] = [r for r in coverage_for(result.resume, bank, posting, today=TODAY) if r.requirement_id == "req-script"]
    assert row.status == "covered" and row.evidence_id == "acc-1" and row.in_resume


def test_the_summary_as_evidence_is_named_as_such_and_a_typed_one_as_an_edit():
    bank = make_bank()
    bank.person.summary = "Platform engineer who has run Kubernetes clusters on AWS for eight years."
    posting = make_posting([req("k8s", "Kubernetes in production", skill="Kubernetes")])
    bank.jobs = [j.model_copy(update={"accomplishments": [], "skills": []}) for j in bank.jobs]
    resume = tailor(bank, posting, today=TODAY).resume
    [row] = coverage_for(resume, bank, posting, today=TODAY)
    assert row.status == "covered" and row.evidence_kind == "summary" and "Kubernetes" in row.evidence_text
    typed = set_summary(resume, bank, "I keep Kubernetes clusters boring.")
    [row] = coverage_for(typed, bank, posting, today=TODAY)
    assert row.status == "covered" and row.evidence_kind == "edited"
