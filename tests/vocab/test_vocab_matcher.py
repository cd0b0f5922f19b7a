"""The trie matcher behind `Vocabulary.find` finds exactly what the plain matcher before it found.

`bench/vocab_reference.py` keeps the plain matcher (every name length tried at every token); the
bench (`python -m bench vocab`) compares the two on every posting and CV line of bench/data. Here:
tricky spellings, random texts made of vocabulary names, and names added after the first scan.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.vocab_reference import reference_find, tokens as reference_tokens
from resume_core.vocab.vocabulary import Vocabulary, load_vocabulary, tokens

TRICKY = [
    ("Wrote C++ and C# services on .NET and Node.js", ["C++", "C#", ".NET", "Node.js"]),
    ("C++/C#/.NET", ["C++", "C#", ".NET"]),
    ("Statistics in R and Python", ["Statistics", "R", "Python"]),
    ("R&D budget", []),
    ("c-level executives", []),
    ("Go to market strategy", []),
    ("Built APIs in Go, Rust and Python", ["Web services", "Go", "Rust", "Python"]),
    ("PYTHON, java; ruby!", ["Python", "Java"]),
    ("Café management with Microsoft Excel", ["Excel"]),
    ("Señor Python développeur", ["Python"]),
    ("Experience with ASP.NET Core / Entity-Framework", [".NET Core", "Entity Framework"]),
    ("CI/CD pipelines on amazon-web-services", ["CI/CD", "AWS"]),
    ("Node.JS.", ["Node.js"]),
    ("Excel at sales", ["Sales"]),  # the verb is no Microsoft Excel; Sales is a curated skill
    ("A/B testing", ["A/B testing"]),
    ("", []),
    ("...", []),
]


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary()


@pytest.mark.parametrize(("text", "expected"), TRICKY)
def test_tricky_spellings_find_the_same_skills_as_before(vocab, text, expected):
    found = vocab.find(text)
    assert [m.canonical for m in found] == expected
    assert found == reference_find(vocab, text)


@pytest.mark.parametrize("text", [t for t, _ in TRICKY] + ["a..b", "c#.net", "x.5 1.2.3. +x", "\u00e9t\u00e9 C++\n\n-- "])
def test_tokens_and_their_offsets_are_those_of_one_regex_match_at_a_time(text):
    assert tokens(text) == reference_tokens(text)


def _names(vocab) -> list[str]:
    keys = sorted(vocab._index)
    return [vocab._index[k][0].exact or k for k in keys[:: max(1, len(keys) // 400)]]


GLUE = st.sampled_from([" ", ", ", "/", "-", " and ", ". ", "\n", " with ", " using ", "; ", "  ", "&", "(", ")"])


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_random_texts_of_vocabulary_names_match_as_before(vocab, data):
    names = _names(vocab) + ["Go", "R", "C", "Spring", "Excel", "to", "market", "Vault", "German", "fluent", "data"]
    parts = data.draw(st.lists(st.tuples(st.sampled_from(names), GLUE), max_size=12))
    casing = data.draw(st.sampled_from([str, str.lower, str.upper, str.title]))
    text = "".join(casing(name) + glue for name, glue in parts)
    assert vocab.find(text) == reference_find(vocab, text)


def test_a_name_added_after_the_first_scan_is_found():
    vocab = Vocabulary([], {"skills": {"Kubernetes": {"category": "Cloud", "aliases": ["k8s"]}}})
    assert [m.canonical for m in vocab.find("Ran k8s and Argo CD")] == ["Kubernetes"]
    vocab._add("Argo CD", "Argo CD", ambiguous=False)
    assert [m.canonical for m in vocab.find("Ran k8s and Argo CD")] == ["Kubernetes", "Argo CD"]
    assert vocab.find("Ran k8s and Argo CD") == reference_find(vocab, "Ran k8s and Argo CD")
