"""One-line CVs (line breaks lost): the typographic and grammatical cues left are read back into lines.

`unfold_one_line` is reached through `import_resume` on text of a few long lines, as a user pastes it.
"""

from __future__ import annotations

from resume_core.importers import import_resume
from resume_core.importers.one_line import unfold_one_line


def _jobs(text: str) -> list[tuple[str, str, str]]:
    bank = import_resume("cv.txt", text.encode()).bank
    return [(j.name, p.title, p.start_date) for j in bank.jobs for p in j.positions]


_SPACED = ("Jori Smith Help Desk Administrator jori.smith@example.com (555) 201-3344 S U M M A RY IT support "
           "specialist who keeps small offices running across nine clinics and two warehouses every day. "
           "W O R K E X P E R I E N C E IT Support Specialist at Brightline Dental Group Apr 2016 - Current "
           "Tulsa, OK Support 140 users across nine clinics by phone and remote desktop E D U C AT I O N "
           "Associate of Applied Science in Information Technology at Tulsa Community College 2010 - 2012")


def test_letter_spaced_headings_are_read_as_headings():
    lines = unfold_one_line(_SPACED).split("\n\n")
    assert "SUMMARY" in lines and "EDUCATION" in lines and "WORK EXPERIENCE" in lines
    bank = import_resume("cv.txt", _SPACED.encode()).bank
    assert [(j.name, j.positions[0].title) for j in bank.jobs] == [("Brightline Dental Group", "IT Support Specialist")]
    assert [e.institution for e in bank.education] == ["Tulsa Community College"]


def test_single_capitals_that_spell_no_heading_stay_words():
    text = "A B testing at Acme " * 30
    assert unfold_one_line(text).split() == text.split()


def test_a_saint_or_doctor_abbreviation_is_no_sentence_end():
    text = ("Aoife Byrne aoife@example.ie Work Experience Substitute Teacher St. Joseph's Secondary School "
            "Sep 2015 - Jun 2017 Tuam Covered mathematics and science classes for first to sixth year students "
            "across the whole school while the permanent staff were on leave. Ran the lunchtime chess club for "
            "forty pupils and took the second years to the regional science fair. Education University of Galway "
            "Bachelor of Science in Physics 2011 - 2015")
    assert "St. Joseph's Secondary School" in unfold_one_line(text)
    assert ("St. Joseph's Secondary School", "Substitute Teacher", "2015-09") in _jobs(text)
