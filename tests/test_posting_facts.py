"""Posting facts: title, company, seniority, years, degree, location and remote, or empty when unstated."""

from __future__ import annotations

import pytest

from resume_core import posting_facts as pf
from resume_core import posting_sections as ps


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Senior QA Engineer\nWe test things.", "Senior QA Engineer"),
        ("Staff Data Engineer at Copperleaf\n...", "Staff Data Engineer"),
        ("Acme builds rockets. We are looking for a Senior Backend Java Engineer to join us.", "Senior Backend Java Engineer"),
        ("We build rockets and boats.", ""),
    ],
)
def test_title(text, title):
    assert pf.find_title(text) == title


def test_facts():
    assert pf.find_years("at least 3 years of experience") == "3+"
    assert pf.find_years("3-5 years in a similar role") == "3-5"
    assert pf.find_degree("Master's degree in Physics, or equivalent") == "Master's in Physics"
    assert pf.find_degree("MS or PhD in Computer Science, or Statistics.") == "Master's in Computer Science"
    assert pf.find_degree("B.S. in Mathematics") == "Bachelor's in Mathematics"
    assert pf.find_degree("BS/MS degree in Physics") == "Bachelor's in Physics"
    assert pf.find_degree("Response times under 5 ms or better.") == ""
    assert pf.find_remote("This role is fully remote within the EU.") == "remote"
    assert pf.find_remote("Hybrid: two days a week in our office.") == "hybrid"
    assert pf.find_location("Location: Rotterdam, NL\n") == "Rotterdam, NL"
    assert pf.find_seniority("Junior Developer", "") == "Junior"
    assert pf.find_company("Platform Engineer at Northwind Relay\n", []) == "Northwind Relay"


def test_job_board_header_line_gives_company_and_location():
    text = "Software Engineer, ML Infrastructure\nGoogle · Mountain View, CA · Hybrid\n\nAbout the job\nBuild things.\n"
    sections = ps.split_sections(text)
    assert pf.find_company(text, sections) == "Google", "'About the job' names no company"
    assert pf.find_location(text) == "Mountain View, CA"
    assert pf.find_remote(text) == "hybrid"


def test_title_never_spans_lines():
    assert pf.find_title("Acme ships parcels. We are looking for a Senior\nFullstack Engineer to join.") == ""


@pytest.mark.parametrize(
    ("header", "company", "location"),
    [
        ("Copperleaf Analytics - Austin, TX (hybrid, 3 days in office)", "Copperleaf Analytics", "Austin, TX"),
        ("Northwind Relay – Remote (US) or Denver, CO", "Northwind Relay", "Remote (US) or Denver, CO"),
        ("Remote - Full time", "", ""),
        ("Berlin, Germany · Hybrid", "", "Berlin, Germany"),
        ("Acme, Inc. · Boston, MA", "Acme, Inc.", "Boston, MA"),
    ],
)
def test_dash_separated_header_line(header, company, location):
    text = f"Data Engineer\n{header}\n\nRequirements\n- SQL\n"
    assert pf.find_company(text, ps.split_sections(text)) == company
    assert pf.find_location(text) == location
