"""The words around a skill's name (resume_core/posting/cues.py): not needed, a team's or a firm's name,
and the unknown names of a comma list."""

from __future__ import annotations

import pytest

from resume_core.posting.analysis import analyze_posting
from resume_core.posting.cues import (
    company_field,
    degree_field,
    list_items,
    not_needed,
    organisation,
    other_before,
    team_name,
)


def test_what_the_posting_says_is_not_needed():
    line = "You do not have to speak Danish, but Python is a must."
    assert not_needed(line, line.index("Danish")) and not not_needed(line, line.index("Python"))
    line = "Python and other programming languages"
    assert other_before(line, line.index("programming")) and not other_before(line, 0)


@pytest.mark.parametrize(("line", "word", "named"), [
    ("Trident Consulting is seeking a developer", "Consulting", True),
    ("What do we do: Velocity Consulting : targeted work", "Consulting", True),
    ("support the global sales force", "sales", True),
    ("our Sales and Marketing areas", "Sales", True),
    ("3+ years of consulting experience", "consulting", False),
    ("B2B sales experience", "sales", False),
])
def test_a_business_word_that_names_a_firm_or_a_department(line, word, named):
    start = line.index(word)
    assert organisation(line, start, start + len(word)) is named


def test_the_field_a_company_leads_is_no_ask():
    line = "Knowledge of finance would be a plus Acme is a global leader in financial services and banking"
    assert company_field(line, line.index("financial services")) and not company_field(line, line.index("finance"))
    line = "Must be an expert in container technology"  # an ask, not a company
    assert not company_field(line, line.index("container"))
    rows = {r.skill for r in analyze_posting("Requirements:\n- Experience in UI testing. Acme is a global leader in "
                                            "financial services providing strategic advice.").requirements}
    assert "Financial services" not in rows and "Testing" in rows


def test_a_team_name():
    line = "join our Backend Engineering team"
    assert team_name(line, line.index("Backend"), line.index("Backend") + 7)


def test_the_unknown_names_of_a_comma_list():
    items = [item for _, item in list_items("Technical Support, Windows, Software Support, TIRKS, eSite/SIS")]
    assert items == ["Technical Support", "Windows", "Software Support", "TIRKS", "eSite/SIS"]
    assert [item for _, item in list_items("Experience with IEEE 61850, ZMQ, and Python")] == ["IEEE 61850", "ZMQ", "Python"]
    assert list_items("Excellent design, debugging, and problem-solving skills.") == []
    assert list_items("Python and Go") == [], "two names are no list"
    assert list_items("Please forward resumes to Tim Rose, Jane Doe, Ann Lee, jobs@example.com") == []
    text = "SQL, a very long sentence that goes on and on about the team, Go, Rust"
    assert list_items(text) == [], "a list item is at most six words"


@pytest.mark.parametrize(("line", "word", "field"), [
    ("Bachelor's degree in Business, Computer Science or a related field", "Computer Science", True),
    ("B.S. Computer Science required", "Computer Science", True),
    ("Computer Science degree or equivalent experience", "Computer Science", True),
    ("Bachelor's degree in Engineering with a Computer Science major", "Computer Science", True),
    ("Experience with SQL, Java or related technologies", "Java", False),
    ("Bachelor's degree plus 10+ years of experience in Computer Science", "Computer Science", False),
    ("BS degree and strong Python skills", "Python", False),
    ("Degree in CS and 5 years with Python and Java", "Java", False),
])
def test_the_field_of_a_degree(line, word, field):
    start = line.index(word)
    assert degree_field(line, start, start + len(word)) is field
