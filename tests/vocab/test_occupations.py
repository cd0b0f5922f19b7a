"""Job titles to O*NET occupations and their commonly listed technologies."""

from __future__ import annotations

import pytest

from resume_core.vocab.occupations import load_occupations
from resume_core.vocab.vocabulary import load_vocabulary


@pytest.mark.parametrize(
    ("title", "occupation"),
    [
        ("Senior QA Engineer", "Software Quality Assurance Analysts and Testers"),
        ("Data Scientist", "Data Scientists"),
        ("Frontend Developer (m/f/d)", "Web Developers"),
        ("Frontend Developer", "Web Developers"),
        ("Lead Software Engineer", "Software Developers"),
        ("Staff Software Engineer II", "Software Developers"),
        ("Accountant", "Accountants and Auditors"),
        ("Senior Platform Engineer", "Computer Systems Engineers/Architects"),
        ("Data Engineer", "Database Architects"),
        ("Site Reliability Engineer", "Software Developers"),
        ("SRE", "Software Developers"),
        ("Backend Engineer", "Web Developers"),
        ("DevOps Engineer", "Software Developers"),
        ("Machine Learning Engineer", "Data Scientists"),
        ("Product Manager", "Marketing Managers"),  # O*NET lists "product manager" there
        ("Registered Nurse", "Registered Nurses"),
        ("Nurse", "Registered Nurses"),
        ("Security Engineer", "Information Security Engineers"),
        ("Systems Administrator", "Network and Computer Systems Administrators"),
        # qualifiers after a comma or dash: turned around, else dropped
        ("Staff Engineer, Infrastructure", "Computer Systems Engineers/Architects"),
        ("Software Engineer, Backend", "Web Developers"),
        ("Senior Software Engineer - Platform", "Software Developers"),
        ("Senior Data Engineer - Remote", "Database Architects"),
        # a title no occupation lists, without its first words
        ("Android Software Engineer", "Software Developers"),
        ("Senior Product Security Engineer", "Information Security Engineers"),
        ("Java Developers", "Computer Programmers"),
    ],
)
def test_titles_map_to_occupations(title, occupation):
    assert load_occupations().match(title).title == occupation


@pytest.mark.parametrize(
    "title",
    [
        "Chief Vibes Wrangler Extraordinaire", "",
        "Engineer", "Senior Engineer", "Founding Engineer", "Developer", "Manager",  # a role word alone names nothing
        "Network Development Engineer",  # "development engineer" is a chemical engineer: no match is better
    ],
)
def test_vague_or_unknown_titles_map_to_nothing(title):
    assert load_occupations().match(title) is None


def test_a_title_of_one_rare_occupation_that_only_contains_the_words_is_too_weak():
    # "platform engineer" is only inside "technical platform engineer" (Blockchain Engineers); O*NET
    # spelled as "infrastructure engineer" it is a common occupation instead.
    assert load_occupations().match("Platform Engineer").title != "Blockchain Engineers"
    assert load_occupations().match("Quantum Widget Engineer") is None


def test_the_match_names_the_title_it_went_through():
    assert load_occupations().match("Senior Data Engineer (m/f/d)").via == "data engineer"


def test_occupation_technologies_are_named_by_the_vocabulary():
    vocab = load_vocabulary()
    technologies = load_occupations().match("Data Scientist").technologies
    assert "Python" in {vocab.canonical(t) for t in technologies}
