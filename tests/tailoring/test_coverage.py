"""Coverage: each requirement's best evidence, whether it is on the page, and honest gaps."""

from __future__ import annotations

import pytest

from resume_core.tailoring.coverage import COVERED, gap_groups, sentence_options
from resume_core.bank.model import Accomplishment, Bank, Certificate, Job, Person, Position
from resume_core.tailoring.review import set_summary
from resume_core.tailoring.pipeline import coverage_for, tailor
from tailor_banks import TODAY, make_bank, make_posting, req, small_bank


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


# --- alternatives: "Istio or Linkerd" is answered by either -----------------------------------------------

MESH = "Experience with a service mesh (Istio or Linkerd)."
OBSERVABILITY = "Experience with observability tooling: Datadog, or Prometheus and Grafana."
LOW_LEVEL = "Rust, or experience with eBPF-based networking (Cilium)."


def one_job_bank(*bullets: str) -> Bank:
    return Bank(person=Person(name="Sam Example"), jobs=[Job(
        id="job-1", name="Initech", positions=[Position(title="Site Reliability Engineer", start_date="2021")],
        accomplishments=[Accomplishment(id=f"acc-{n}", text=t) for n, t in enumerate(bullets, 1)])])


def sentence(n: str, text: str, *skills: str, kind: str = "preferred"):
    return [req(f"{n}{i}", text, kind=kind, skill=skill) for i, skill in enumerate(skills)]


def rows_for(bank: Bank, requirements) -> dict[str, object]:
    posting = make_posting(requirements)
    resume = tailor(bank, posting, today=TODAY).resume
    return {row.skill: row for row in coverage_for(resume, bank, posting, today=TODAY)}


def test_the_alternative_not_taken_is_covered_by_the_one_on_the_page():
    rows = rows_for(one_job_bank("Ran Istio across 40 services, with mutual TLS between all of them"),
                    sentence("mesh", MESH, "Istio", "Linkerd"))
    assert rows["Istio"].status == "covered" and not rows["Istio"].covered_by_alternative
    linkerd = rows["Linkerd"]
    assert linkerd.status == "covered" and linkerd.in_resume and linkerd.covered_by_alternative == "Istio"
    assert linkerd.evidence_id == "acc-1" and linkerd.alternatives == ["Istio"]
    assert gap_groups(list(rows.values())) == []


def test_an_option_of_several_skills_stands_in_only_when_all_of_them_are_proven():
    both = rows_for(one_job_bank("Built Prometheus and Grafana dashboards for 40 services"),
                    sentence("obs", OBSERVABILITY, "Datadog", "Prometheus", "Grafana"))
    assert both["Datadog"].status == "covered" and both["Datadog"].covered_by_alternative == "Prometheus and Grafana"

    # "Prometheus and Grafana" is one option: Prometheus alone neither excuses Grafana nor answers Datadog.
    half = rows_for(one_job_bank("Collected service metrics with Prometheus for 40 services"),
                    sentence("obs", OBSERVABILITY, "Datadog", "Prometheus", "Grafana"))
    assert half["Prometheus"].status == "covered"
    assert half["Grafana"].status == "gap" and half["Datadog"].status == "gap"
    assert [len(g) for g in gap_groups(list(half.values()))] == [2]  # still one sentence to talk about


def test_a_sentence_of_alternatives_with_none_proven_is_one_gap_not_four():
    rows = rows_for(one_job_bank("Answered help desk tickets for 200 staff"),
                    [*sentence("low", LOW_LEVEL, "Rust", "eBPF", "Networking", "Cilium"),
                     req("soc", "Experience preparing for a SOC 2 Type II audit", kind="preferred", skill="SOC 2")])
    assert all(row.status == "gap" for row in rows.values())  # honest: nothing stands in for anything
    assert rows["Rust"].alternatives == ["eBPF", "Networking", "Cilium"]
    groups = gap_groups(list(rows.values()))
    assert sorted(len(g) for g in groups) == [1, 4]


def test_an_alternative_only_in_the_bank_makes_the_others_not_selected_rather_than_gaps():
    bank = one_job_bank(*[f"Answered {n} help desk tickets in one week" for n in range(2, 40)],
                        "Ran Istio across 40 services, with mutual TLS between all of them")
    posting = make_posting(sentence("mesh", MESH, "Istio", "Linkerd"))
    resume = tailor(bank, posting, today=TODAY).resume
    for entry in resume.experience:
        entry.bullets = [b for b in entry.bullets if "Istio" not in b.text]
    rows = {row.skill: row for row in coverage_for(resume, bank, posting, today=TODAY)}
    assert rows["Istio"].status == "not_selected"
    assert rows["Linkerd"].status == "not_selected" and rows["Linkerd"].covered_by_alternative == "Istio"
    assert not rows["Linkerd"].in_resume


@pytest.mark.parametrize(("text", "expected"), [
    (MESH, [[["Service mesh", "Istio"], ["Linkerd"]]]),
    (OBSERVABILITY, [[["Datadog"], ["Prometheus", "Grafana"]]]),
    (LOW_LEVEL, [[["Rust"], ["eBPF", "Networking", "Cilium"]]]),
    # Only "or", "either" and "one of" offer alternatives: a slash or a comma lists what is asked.
    ("Experience with Rust/eBPF/Cilium", []),
    ("Project Management for SDLC, Agile/Scrum, SQL", []),
    ("Experience with one of Go, Rust, Python", [[["Go"], ["Rust"], ["Python"]]]),
    ("Python, Go or Rust", [[["Python"], ["Go"], ["Rust"]]]),
    # "and" lists are never alternatives, and an "or" reaches only the skills it joins.
    ("Python, Go and Rust", []),
    ("Deep experience with AWS (EKS, EC2, VPC, IAM, RDS, S3).", []),
    ("Hands-on experience with CI/CD systems and container builds (Docker, GitHub Actions or similar).", []),
    ("Write tooling and Kubernetes operators in Go or Python.", [[["Go"], ["Python"]]]),
    ("Kubernetes and Terraform or Pulumi", [[["Terraform"], ["Pulumi"]]]),
    ("Go or Python, and Istio or Linkerd", [[["Go"], ["Python"]], [["Istio"], ["Linkerd"]]]),
])
def test_alternatives_are_read_from_the_words_between_the_skills(text, expected):
    skills = [skill for options in expected for option in options for skill in option]
    assert sentence_options(text, skills or ["Python", "Go", "Rust", "Docker", "GitHub Actions", "Amazon EKS"]) == expected


def test_an_or_between_two_skills_does_not_excuse_a_third_the_sentence_also_asks_for():
    rows = rows_for(one_job_bank("Wrote Python services that process 2 million events a day"),
                    sentence("ops", "Write tooling and Kubernetes operators in Go or Python.",
                             "Kubernetes operators", "Go", "Python", kind="required"))
    assert rows["Go"].status == "covered" and rows["Go"].covered_by_alternative == "Python"
    assert rows["Kubernetes operators"].status == "gap" and not rows["Kubernetes operators"].alternatives


# --- the page's education, certificates and title lines are evidence too ---------------------------------

def test_a_degree_on_the_page_covers_a_degree_requirement():
    posting = make_posting([req("deg", "A degree in computer science or a related field", kind="preferred")])
    bank = small_bank()  # B.S. Computer Science; no bullet mentions it
    [row] = tailor(bank, posting, today=TODAY).coverage
    assert row.status == "covered" and row.in_resume
    assert row.evidence_kind == "education" and row.evidence_text == "B.S. Computer Science"


def test_an_employer_on_the_page_is_the_closest_evidence_but_counts_only_above_the_threshold():
    bank = Bank(person=Person(name="Sam Example"), jobs=[
        Job(id="job-now", name="Tidewater Health", positions=[Position(title="Platform Engineer", start_date="2020-03")],
            accomplishments=[Accomplishment(id="acc-1", text="Moved background jobs from cron to a queue")]),
        Job(id="job-haul", name="Haulpath Logistics",
            positions=[Position(title="Software Engineer", start_date="2017-06", end_date="2020-02")],
            accomplishments=[Accomplishment(id="acc-2", text="Built dispatch and live tracking for 25,000 carriers")])])
    posting = make_posting([req("log", "Background in logistics, supply chain or transportation.", kind="preferred")])
    [row] = tailor(bank, posting, today=TODAY).coverage
    assert row.evidence_kind == "entry" and row.job_id == "job-haul" and "Haulpath Logistics" in row.evidence_text
    assert row.best_owner_id == "job-haul"  # the interview asks about that job
    assert row.status == "gap" and row.cover < COVERED  # one word of five: a lead, not proof


def test_a_certificate_counts_by_its_name_not_its_issuer():
    bank = one_job_bank("Answered help desk tickets for 200 staff")
    bank.certificates = [Certificate(id="crt-1", name="Certified Kubernetes Administrator", issuer="The Linux Foundation")]
    posting = make_posting([req("k8s", "Kubernetes", skill="Kubernetes"), req("linux", "Linux", skill="Linux")])
    rows = {row.skill: row for row in tailor(bank, posting, today=TODAY).coverage}
    assert rows["Kubernetes"].status == "covered" and rows["Kubernetes"].evidence_kind == "certificate"
    assert rows["Linux"].evidence_kind != "certificate"
