"""Why a bank line the posting touches is off the page: taken off, proven elsewhere, or no room."""

from __future__ import annotations

from resume_core.bank.model import Accomplishment, Bank, Job, Person, Position, Posting, Requirement
from resume_core.tailoring.review import exclude_line
from resume_core.tailoring.pipeline import tailor, why_not_for

TODAY = "2026-11-25"
LONG = " with a long explanation of the context, the people involved and the numbers that came out of it" * 2


def _bank(bullets: list[str]) -> Bank:
    return Bank(person=Person(name="Sam"), jobs=[Job(
        id="job-1", name="Acme", positions=[Position(title="Engineer", start_date="2020")],
        accomplishments=[Accomplishment(id=f"acc-{i}", text=t) for i, t in enumerate(bullets)])])


POSTING = Posting(id="pst-1", requirements=[
    Requirement(id="req-tf", text="Terraform", kind="required", skill="Terraform"),
    Requirement(id="req-k8s", text="Kubernetes", kind="required", skill="Kubernetes")])


def test_a_line_the_user_took_off_says_so_and_a_repeat_proof_names_what_beat_it():
    bank = _bank(["Wrote Terraform modules for 12 teams", "Ran Kubernetes for 40 services",
                  "Wrote Terraform modules again"])
    result = tailor(bank, POSTING, today=TODAY)
    on_page = {line.item_id for line in result.resume.lines()}
    off = {w.id: w for w in result.why_not}
    assert not set(off) & on_page  # only lines off the page
    resume = exclude_line(result.resume, "acc-1")
    reasons = {w.id: w for w in why_not_for(resume, bank, POSTING, today=TODAY, excluded={"acc-1"})}
    assert reasons["acc-1"].cause == "excluded" and reasons["acc-1"].reason == "you took it off this page"
    for why in reasons.values():
        if why.cause == "proven_elsewhere":
            assert why.beaten_by and set(why.beaten_by) <= {line.item_id for line in resume.lines()}
            assert "already proven" in why.reason


def test_on_a_full_page_of_repeats_each_line_left_out_says_what_already_proves_it():
    bank = _bank([f"Terraform and Kubernetes work number {n}{LONG}" for n in range(40)])
    result = tailor(bank, POSTING, today=TODAY)
    on_page = sum(len(e.bullets) for e in result.resume.experience)
    assert len(result.why_not) == 40 - on_page
    assert {w.cause for w in result.why_not} == {"proven_elsewhere"}
    assert all(set(w.requirements) == {"req-tf", "req-k8s"} for w in result.why_not)
