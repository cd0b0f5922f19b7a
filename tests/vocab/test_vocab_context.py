"""Technical context: when a skill name that is also an ordinary word or an obscure abbreviation counts."""

from __future__ import annotations

import pytest

from resume_core.vocab.vocabulary import load_vocabulary


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


def skills(vocab, text: str) -> list[str]:
    return [m.canonical for m in vocab.find(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Experience with Spring.", "Spring"),  # a cue right before
        ("The pipeline is written in Go.", "Go"),  # "in" before a language
        ("Jobs run on Celery and Kubernetes.", "Celery"),  # another tool in the sentence
        ("Stack:\nJava\nSpring\nSpring Boot\n", "Spring"),  # a short line in a list of tools
        ("Knowledge of Workday.", "Workday"),  # obscure product after a strong cue
        ("Statistics: Minitab, DOE", "DOE"),  # obscure abbreviation as an item next to a tool
        ("We use Ruby, Rust and Dart.", "Dart"),  # an item of a list that starts after a cue
        ("Secrets in Vault, Consul and Terraform.", "HashiCorp Vault"),  # a common word in a list of tools
    ],
)
def test_ambiguous_names_count_in_technical_context(vocab, text, name):
    assert name in skills(vocab, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our office is based in Phoenix.", "Phoenix Framework"),  # "in" before a place is no cue
        ("The EMS helps companies run their SAP processes.", "EMS"),  # a tool elsewhere in the sentence
        ("Resources in MPS order execution with SAP.", "MPS"),  # a bare "in" is no cue for an abbreviation
        ("Strong collaboration via Video calls.", "Google Video"),  # soft skills are no technical context
        ("Teamwork, communication and Teams", "Microsoft Teams"),  # a list of soft skills is no list of tools
        ("Python and SQL.\nExcel in a fast-paced team.", "Excel"),  # the next line is another sentence
        ("Tools: SQL; DOE", "DOE"),  # ";" ends a clause, not a list item
        ("We ready Checkmk for a Kubernetes-World.", "Autodesk World"),  # the tail of a compound word
        ("Excel at writing Python code.", "Excel"),  # followed by words that follow a verb
        ("Chef de cuisine for our Python team lunch.", "Chef"),
        ("Go to market with Python.", "Go"),
        ("Make sure our Python builds are green.", "Make"),
        ("MBA, University of Phoenix; Java and SQL", "Phoenix Framework"),  # a place, not the Elixir framework
        ("Editor of the school magazine (Prefect); Python club", "Prefect"),  # strict: sentence context is no proof
        ("Career help including the Vault job database and Python.", "HashiCorp Vault"),
    ],
)
def test_ambiguous_names_without_technical_context_are_ordinary_words(vocab, text, name):
    assert name not in skills(vocab, text)
