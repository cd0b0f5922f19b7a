"""Job titles to O*NET occupations and their commonly listed technologies."""

from __future__ import annotations

import pytest

from resume_core.occupations import load_occupations
from resume_core.vocab import load_vocabulary


@pytest.mark.parametrize(
    ("title", "occupation"),
    [
        ("Senior QA Engineer", "Software Quality Assurance Analysts and Testers"),
        ("Data Scientist", "Data Scientists"),
        ("Frontend Developer (m/f/d)", "Web Developers"),
        ("Lead Software Engineer", "Software Developers"),
        ("Accountant", "Accountants and Auditors"),
    ],
)
def test_titles_map_to_occupations(title, occupation):
    assert load_occupations().match(title).title == occupation


def test_unknown_titles_map_to_nothing():
    assert load_occupations().match("Chief Vibes Wrangler Extraordinaire") is None
    assert load_occupations().match("") is None


def test_occupation_technologies_are_named_by_the_vocabulary():
    vocab = load_vocabulary()
    technologies = load_occupations().match("Data Scientist").technologies
    assert "Python" in {vocab.canonical(t) for t in technologies}
