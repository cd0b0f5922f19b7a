"""Keyword check: the posting's own wording on the page, acronyms written out, bank lines that carry
a missing term; it reports and never adds a word."""

from __future__ import annotations

from resume_core.tailoring.keywords import check_keywords
from resume_core.bank.model import Accomplishment, Bank, Job, Posting, Requirement, Skill

POSTING_TEXT = ("We want an engineer with Kubernetes, continuous integration and CI/CD experience, "
                "who writes runbooks and knows Terraform. You will have 5+ years of experience.")


def _posting() -> Posting:
    return Posting(id="pst-1", text=POSTING_TEXT, requirements=[
        Requirement(id="req-1", text="Kubernetes", kind="required", skill="Kubernetes"),
        Requirement(id="req-2", text="CI/CD experience", kind="required", skill="CI/CD",
                    quote="We want an engineer with Kubernetes, continuous integration and CI/CD experience"),
        Requirement(id="req-3", text="writes runbooks", kind="preferred", skill="runbooks"),
        Requirement(id="req-4", text="Terraform", kind="required", skill="Terraform"),
        Requirement(id="req-5", text="5+ years of experience", kind="required", aspect="years", years_min=5),
        Requirement(id="req-6", text="Linux", kind="implied", skill="Linux"),
        Requirement(id="req-7", text="Ansible", kind="required", skill="Ansible", keep=False),
    ])


def _bank() -> Bank:
    return Bank(jobs=[Job(id="job-a", name="Acme", skills=[Skill(id="skl-1", name="Terraform")], accomplishments=[
        Accomplishment(id="acc-1", text="Ran k8s clusters for 40 teams"),
        Accomplishment(id="acc-2", text="Wrote the runbooks for every paging alert"),
        Accomplishment(id="acc-3", text="Set up continuous integration for the monorepo"),
    ])])


def test_each_requirement_reports_the_posting_wording_on_the_page():
    page = "Ran k8s clusters for 40 teams\nBuilt CI/CD pipelines"
    report = check_keywords(_posting(), page, _bank())
    by_id = {r.requirement_id: r for r in report.results}
    # Years, implied and removed requirements are no keyword search.
    assert set(by_id) == {"req-1", "req-2", "req-3", "req-4"}
    assert (by_id["req-1"].status, by_id["req-1"].page_wording) == ("variant", "k8s")
    assert by_id["req-1"].wording == "Kubernetes"
    assert by_id["req-2"].status == "exact" and by_id["req-2"].wording == "CI/CD"
    assert by_id["req-4"].status == "missing"


def test_an_acronym_without_its_written_out_form_names_the_bank_line_that_has_it():
    page = "Built CI/CD pipelines\nWrote the runbooks for every paging alert"
    result = {r.requirement_id: r for r in check_keywords(_posting(), page, _bank()).results}["req-2"]
    assert (result.acronym, result.expansion, result.acronym_written_out) == ("CI/CD", "continuous integration", False)
    assert [line.item_id for line in result.bank_lines] == ["acc-3"]
    assert "continuous integration" in result.advice and "swap it in" in result.advice
    both = {r.requirement_id: r for r in check_keywords(
        _posting(), page + "\nSet up continuous integration for the monorepo", _bank()).results}["req-2"]
    assert both.acronym_written_out is True and both.bank_lines == []


def test_a_missing_term_lists_only_bank_lines_off_the_page_and_never_invents_one():
    report = {r.requirement_id: r for r in check_keywords(_posting(), "Built CI/CD pipelines", _bank()).results}
    assert [line.text for line in report["req-3"].bank_lines] == ["Wrote the runbooks for every paging alert"]
    assert [line.item_id for line in report["req-4"].bank_lines] == ["skl-1"]  # a bank skill, word for word
    empty = {r.requirement_id: r for r in check_keywords(_posting(), "Built CI/CD pipelines", Bank()).results}
    assert empty["req-3"].bank_lines == [] and "only if it is true" in empty["req-3"].advice


def test_bank_lines_come_from_every_job_at_most_five_each_text_once_skills_by_their_whole_name():
    jobs = [Job(id=f"job-{n}", name=f"Employer {n}", skills=[Skill(id=f"skl-{n}", name="Terraform")],
                accomplishments=[Accomplishment(id=f"acc-{n}", text=f"Moved {n} services to Terraform modules"),
                                 Accomplishment(id=f"acc-{n}b", text="Kept the Terraform state tidy"),
                                 Accomplishment(id=f"acc-{n}c", text="Wrote Terraforming notes")])
            for n in range(8)]
    lines = {r.requirement_id: r for r in check_keywords(_posting(), "Built CI/CD pipelines", Bank(jobs=jobs)).results}
    # A text shared by several bullets (or skills) counts once; a skill is a line too; "Terraforming" is
    # another word.
    assert [line.item_id for line in lines["req-4"].bank_lines] == ["acc-0", "acc-0b", "skl-0", "acc-1", "acc-2"]
