"""Posting shape: wrapped lines joined, headings and their kinds, clauses marked required or preferred."""

from __future__ import annotations

import pytest

from resume_core.posting import sections as ps


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Requirements", "requirements"), ("## Qualifications:", "requirements"), ("What you'll bring", "requirements"),
        ("Who you are:", "requirements"), ("**Nice to have**", "preferred"), ("Bonus points", "preferred"),
        ("Preferred qualifications", "preferred"), ("What you'll do", "responsibilities"),
        ("About the role", "responsibilities"), ("Responsibilities", "responsibilities"), ("About us", "about"),
        ("About Acme", "about"), ("Benefits", "benefits"), ("Job benefits:", "benefits"), ("What we offer", "benefits"),
        ("Perks & benefits", "benefits"), ("How to apply", "other"),
    ],
)
def test_headings_open_sections_of_their_kind(line, kind):
    assert ps.heading_kind(line) == kind


@pytest.mark.parametrize("line", ["We build software for freight companies across Europe.", "Experience with Go.", ""])
def test_ordinary_lines_are_not_headings(line):
    assert ps.heading_kind(line) is None


def test_inline_heading_and_one_line_facts():
    sections = ps.split_sections("Intro line.\nRequirements: Python and SQL\n- Airflow\nSalary: 50k\n- dbt\n")
    kinds = [(s.kind, s.lines) for s in sections if s.lines]
    assert ("requirements", ["Python and SQL", "Airflow"]) in kinds
    assert ("benefits", ["50k"]) in kinds
    assert kinds[-1] == ("requirements", ["dbt"]), "a one-line salary fact does not swallow the lines after it"


def test_clauses_carry_required_or_preferred():
    text = "Requirements\n- Go; Rust is a plus\n- Python, ideally Django\nNice to have\n- Kafka\nBenefits\n- Gym\n"
    found = {c.text: c.kind for c in ps.clauses(ps.split_sections(text))}
    assert found == {"Go": "required", "Rust is a plus": "preferred", "Python": "required",
                     "ideally Django": "preferred", "Kafka": "preferred"}


def test_only_the_sentence_of_a_company_paragraph_that_asks_counts():
    text = ("About the team\nWe ship weekly with Scala and Elixir across two time zones and\n"
            "three offices. We'd like someone with experience in React.\n")
    assert [c.text for c in ps.clauses(ps.split_sections(text))] == ["We'd like someone with experience in React."]


def test_company_text_that_asks_for_skills_still_counts():
    text = "About the team\nWe ship weekly.\nWe'd like someone with experience in React.\n"
    assert [c.text for c in ps.clauses(ps.split_sections(text))] == ["We'd like someone with experience in React."]


def lines_of(text):
    return [line for s in ps.split_sections(text) for line in s.lines]


@pytest.mark.parametrize(
    "text",
    [
        # indented under its bullet
        "Requirements\n- 6+ years of engineering, including 3+ years running Kubernetes in\n  production.\n- Go\n",
        # lower-case start, no indentation
        "Requirements\n- 6+ years of engineering, including 3+ years running Kubernetes in\nproduction.\n- Go\n",
        # numbered items, indented continuation after a full stop still belongs to the item
        "Requirements\n1. 6+ years of engineering, including 3+ years running Kubernetes in production.\n"
        "   Go would be nice.\n2. Go\n",
    ],
)
def test_wrapped_bullets_are_joined(text):
    lines = lines_of(text)
    assert lines[0].startswith("6+ years") and "Kubernetes in production." in lines[0]
    assert lines[-1] == "Go" and len(lines) == 2


WEB_PASTE = """\
Backend Engineer

About the role
You will build the services that price and route parcels for our customers across
Europe, and you will own them in production together with a small team.

Requirements
- Five or more years of experience building distributed systems with Java or
Kotlin, ideally on the JVM in production at scale for a consumer product.
- Hands-on experience with event streaming platforms such as Apache Kafka or
Google Pub/Sub, and with the operational side of running them every day.
- Strong SQL.
Benefits
- A yearly learning budget.
"""


def test_text_wrapped_at_a_fixed_width_without_indentation_is_joined():
    sections = {s.kind: s.lines for s in ps.split_sections(WEB_PASTE)}
    assert sections["requirements"] == [
        "Five or more years of experience building distributed systems with Java or Kotlin, ideally on the JVM "
        "in production at scale for a consumer product.",
        "Hands-on experience with event streaming platforms such as Apache Kafka or Google Pub/Sub, and with the "
        "operational side of running them every day.",
        "Strong SQL.",
    ]
    assert len(sections["responsibilities"]) == 1 and sections["responsibilities"][0].endswith("small team.")
    assert sections["benefits"] == ["A yearly learning budget."], "a heading after a wrapped line still opens"


def test_one_sentence_per_line_is_not_joined():
    text = ("Who you are\nYou have at least 3 years of professional experience with Terraform\n"
            "You know one scripting language well\nYou are service minded\nThings you will touch:\n"
            "terraform\nkubernetes\n")
    assert lines_of(text) == ["You have at least 3 years of professional experience with Terraform",
                              "You know one scripting language well", "You are service minded",
                              "Things you will touch:",
                              "terraform", "kubernetes"]


def test_a_line_cut_after_and_or_a_comma_goes_on():
    text = "Who you are\nExperience with Terraform GCP and Kubernetes and\nKnowledge of one scripting language\n"
    assert lines_of(text) == ["Experience with Terraform GCP and Kubernetes and Knowledge of one scripting language"]


def test_closing_lines_and_an_it_is_a_plus_sentence():
    text = ("Who you are\nYou know Go (we use it a lot) It is a plus if you know Rust\n"
            "Good, we are looking forward to your application!\nWe are an equal opportunity employer.\n")
    found = {c.text: c.kind for c in ps.clauses(ps.split_sections(text))}
    assert found == {"You know Go (we use it a lot)": "required", "It is a plus if you know Rust": "preferred"}


def test_a_preferred_aside_prefers_only_what_it_names():
    text = "Requirements\n- Relational databases (PostgreSQL preferred) and schema design\n- Terraform (a plus)\n"
    first, second = ps.clauses(ps.split_sections(text))
    assert first.kind == "required" and first.kind_at(first.line.index("Relational")) == "required"
    assert first.kind_at(first.line.index("PostgreSQL")) == "preferred"
    assert second.kind == "preferred", "an aside that is only the cue speaks for its whole line"


def test_lines_of_one_length_that_each_end_a_thought_are_not_joined():
    text = ("Requirements\n"
            "Experience with Python and Django in production environments for web apps\n"
            "Knowledge of PostgreSQL and Redis and how to tune them for heavy traffic\n"
            "Familiarity with Docker and Kubernetes for deploying our services daily\n")
    assert len(lines_of(text)) == 3


def test_a_lower_case_heading_after_a_long_line_still_opens_its_section():
    text = "We build routing software for freight companies across Europe and\nrequirements:\n- Go\n"
    sections = {s.kind: s.lines for s in ps.split_sections(text)}
    assert sections["requirements"] == ["Go"]


# --- run-together text and what a sentence is for ---------------------------------------------

def test_benefits_and_blurb_sentences_give_no_clauses_even_without_headings():
    text = ("We are a leading provider of modern cloud software. You have 3+ years of Python. "
            "Flexible working hours and the ability to work from home. Please send your resume to jobs@example.com.")
    assert [c.text for c in ps.clauses(ps.split_sections(text))] == ["You have 3+ years of Python"]


@pytest.mark.parametrize("line", ["Who are we looking for?", "Who are you?", "Our Core tech stack",
                                  "What skills do you need?", "Skills & requirements", "What we need",
                                  "The skills we're looking for are"])
def test_question_and_stack_headings_open_a_requirements_section(line):
    assert ps.heading_kind(line) == "requirements"


@pytest.mark.parametrize("line", ["Our requirements:", "YOUR QUALIFICATIONS", "Your key qualifications",
                                  "What we expect from you:", "Our expectations"])
def test_owned_requirement_headings_open_a_requirements_section(line):
    assert ps.heading_kind(line) == "requirements"


def test_a_skill_under_our_requirements_is_asked_not_a_duty():
    from resume_core.posting.analysis import analyze_offline

    text = ("Your tasks:\nYou operate company DNS and email infrastructure\nOur requirements:\n"
            "Very good experience with IAM, PKI and configuration management\n")
    kinds = {r.skill: r.kind for r in analyze_offline(text).requirements if r.skill}
    assert kinds["IAM"] == kinds["PKI"] == "required"
    assert kinds["DNS"] == "implied", "a duty of the role stays a duty"


@pytest.mark.parametrize("line", ["Our experience", "Our skills", "Our team"])
def test_the_firm_s_own_skills_open_no_requirements_section(line):
    assert ps.heading_kind(line) != "requirements"


def test_a_question_that_is_not_a_heading_stays_text():
    assert ps.heading_kind("Types of projects you ask?") is None


def test_a_lead_in_and_its_first_bullet_on_one_line_are_split():
    text = "Do you have what it takes: • C#/.NET or similar programming languages .\n"
    lines = ps.unglue(text).splitlines()
    assert lines[0].rstrip(" •").endswith("takes:")
    assert any(line.lstrip("• ").startswith("C#/.NET") for line in lines[1:])
    found = {c.text for c in ps.clauses(ps.split_sections(ps.unglue(text)))}
    assert any(c.startswith("C#/.NET") for c in found)  # the process words of the lead-in do not hide it


def test_glued_offer_orders_are_cut_apart_so_the_stack_line_is_read():
    text = ("Be part of an international team that uses English as a working language Work with our modern "
            "tech-stack such as: Rust Go Kubernetes Docker and GCP Enjoy home office possibilities and 30 days "
            "of vacation\n")
    lines = ps.unglue(text).splitlines()
    stack = next(line for line in lines if line.startswith("Work with"))
    assert "GCP" in stack and "vacation" not in stack
    assert any("Kubernetes" in c.text for c in ps.clauses(ps.split_sections(ps.unglue(text))))


def test_asks_under_a_bare_job_description_heading_are_requirements():
    text = ("Job Description\n"
            "Responsible for architecting and supporting our Android apps.\n"
            "Minimum 2 years' experience building mobile apps using Kotlin.\n"
            "Required Skills / Experience\n"
            "BS/MS in Computer Science or equivalent.\n")
    kinds = {c.text: c.section for c in ps.clauses(ps.split_sections(text))}
    assert kinds["Responsible for architecting and supporting our Android apps."] == "responsibilities"
    assert kinds["Minimum 2 years' experience building mobile apps using Kotlin."] == "requirements"
    assert kinds["BS/MS in Computer Science or equivalent."] == "requirements", "'Skills / Experience' is a heading"
