"""The skill vocabulary: aliases, plurals, multi-word names, and words that only look like skills."""

from __future__ import annotations

import time

import pytest

from resume_core.vocab import load_vocabulary, normalise


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def skills(vocab, text: str) -> list[str]:
    return [m.canonical for m in vocab.find(text)]


@pytest.mark.parametrize(
    ("term", "canonical"),
    [
        ("k8s", "Kubernetes"),
        ("JS", "JavaScript"),
        ("Postgres", "PostgreSQL"),
        ("amazon-web-services", "AWS"),
        ("ReactJS", "React"),
        ("React.js", "React"),
        ("Golang", "Go"),
        ("CI/CD", "CI/CD"),
        ("continuous integration", "CI/CD"),
        ("RESTful", "REST"),
        ("Structured query language", "SQL"),
        ("Microsoft Excel", "Excel"),
        ("node.js", "Node.js"),
        ("c++", "C++"),
        ("sysadmin", "System administration"),
    ],
)
def test_aliases_name_one_canonical_skill(vocab, term, canonical):
    assert vocab.canonical(term) == canonical


def test_unknown_term_has_no_canonical_name(vocab):
    assert vocab.canonical("underwater basket weaving") is None


def test_case_punctuation_and_plurals_do_not_matter(vocab):
    assert skills(vocab, "We run DOCKER, kubernetes and several PostgreSQL databases.") == [
        "Docker", "Kubernetes", "PostgreSQL", "Database"
    ]
    assert skills(vocab, "Write unit tests and unit-testing frameworks") [0] == "Unit testing"
    assert normalise("Microservices") == normalise("microservice")


def test_longest_multi_word_name_wins(vocab):
    found = vocab.find("Experience with Spring Boot and Amazon Web Services.")
    assert [(m.canonical, m.surface) for m in found] == [
        ("Spring Boot", "Spring Boot"), ("AWS", "Amazon Web Services")
    ]


def test_match_offsets_point_at_the_surface_text(vocab):
    text = "Must know Golang well"
    (match,) = vocab.find(text)
    assert text[match.start : match.end] == match.surface == "Golang"
    assert match.category == vocab.category("Go") != ""


@pytest.mark.parametrize(
    "text",
    [
        "Own our Go to market plan.",
        "Budget for R&D is growing.",
        "You will present to C-level executives.",
        "Let's go and see how it feels in spring.",
        "Our chef cooks lunch; the puppet show starts at noon.",
        "Excel in a fast-paced team.",
        "Take a look at the rest of the offer.",
        "Word of mouth and access to the office.",
        "Unity in diversity; we scratch the surface. Scratch that.",
        "Teams across Europe zoom in on details, think outside the Box.",
    ],
)
def test_ordinary_words_are_not_skills(vocab, text):
    assert vocab.find(text) == []


def test_ambiguous_names_count_in_technical_context(vocab):
    assert skills(vocab, "Services in Go, Python and PostgreSQL.") == ["Go", "Python", "PostgreSQL"]
    assert skills(vocab, "Experience with Spring and Hibernate.") == ["Spring", "Hibernate"]
    assert "R" in skills(vocab, "Statistics in R or Python.")
    assert "C" in skills(vocab, "Firmware in C and C++.")
    assert skills(vocab, "Proficiency in Excel.") == ["Excel"]
    assert "Chef" in skills(vocab, "Configuration with Chef or Ansible.")


def test_implications_carry_a_rationale(vocab):
    implied = dict(vocab.implied_by("Kubernetes"))
    assert "Docker" in implied and implied["Docker"]
    assert "Infrastructure as code" in dict(vocab.implied_by("Terraform"))
    assert vocab.implied_by("underwater basket weaving") == []


def test_every_implied_skill_is_in_the_vocabulary(vocab):
    for skill in ("Kubernetes", "Terraform", "Spark", "React", "Django", "Spring Boot"):
        for implied, _ in vocab.implied_by(skill):
            assert implied in vocab


def test_loading_is_cached_and_scanning_a_posting_is_quick(vocab):
    assert load_vocabulary() is vocab
    posting = "Senior engineer: Python, Go, Kubernetes, Terraform, PostgreSQL, React and AWS.\n" * 60
    started = time.perf_counter()
    found = vocab.find(posting)
    elapsed = time.perf_counter() - started
    assert len(found) == 7 * 60
    print(f"scan of {len(posting)} chars: {elapsed * 1000:.1f} ms")  # reported by the bench, not asserted


def test_languages_count_only_when_the_sentence_is_about_language(vocab):
    assert skills(vocab, "We are a Danish company with offices in Aarhus.") == []
    assert skills(vocab, "Fluent Danish and English are required.") == ["Danish", "English"]


@pytest.mark.parametrize(
    ("term", "canonical"),
    [("Amazon Web Services (AWS)", "AWS"), ("PostgreSQL 14", "PostgreSQL"), ("kubernetes (k8s)", "Kubernetes"),
     ("Node", "Node.js"), ("Go and Python", None)],
)
def test_skill_names_as_people_write_them(vocab, term, canonical):
    assert vocab.canonical(term) == canonical
