"""Run-together posting text (resume_core/posting/unglue.py): line breaks put back where a job board glued
bullets, headings and sentences together, and nothing else changed."""

from __future__ import annotations

import re

from resume_core.posting import sections as ps
from resume_core.posting.unglue import unglue

DICE_LINE = ("Our client is seeking a Senior levelCompliance Systems Analyst for a long term contract. Data will be "
             "put into schedules.Familiarity CCAR reports(14a, 14q, fry9 etc.)-MUST be able to dig into quantitative "
             "models-Must be a SQL expert with exception data analysis skillsFinancial Services background is desired "
             "Must Have:5+ years of enterprise experience in c#, .NetBuilding REST services using Microsoft "
             "WebApi/MVCExperience writing Unit TestsSQL Server and Bootstrap with TypeScript and JavaScript")


def test_run_together_text_is_split_into_its_bullets_and_headings():
    lines = unglue(DICE_LINE).splitlines()
    assert "Must Have:" in lines, "a heading glued into the text gets a line of its own"
    for bullet in ("5+ years of enterprise experience in c#, .Net", "Building REST services using Microsoft WebApi/MVC",
                   "MUST be able to dig into quantitative models", "Must be a SQL expert with exception data analysis skills",
                   "Familiarity CCAR reports(14a, 14q, fry9 etc.)"):
        assert bullet in lines
    assert any(line.startswith("Experience writing Unit Tests") for line in lines)
    assert "TypeScript and JavaScript" in lines[-1], "known names with capitals inside are no glue"


def test_unglue_changes_line_breaks_and_bullet_marks_only():
    def words(text: str) -> str:
        return re.sub(r"[\s\-•]", "", text)

    assert words(unglue(DICE_LINE)) == words(DICE_LINE)


def test_a_well_formed_posting_is_left_as_it_is():
    text = "Backend Engineer\n\nRequirements\n- 5+ years of Go and PostgreSQL.\n- Experience with WebMethods.\n"
    assert unglue(text) == text


def test_glued_sections_of_a_one_line_posting_get_their_kinds():
    sections = ps.split_sections(unglue(DICE_LINE))
    assert [s.kind for s in sections if s.heading == "Must Have"] == ["requirements"]


def test_a_sentence_glued_after_a_name_or_an_acronym_is_split():
    filler = "We are hiring engineers for a long term contract in Boston with a great team of people. "
    text = filler + ("Minimum Required Skills: JavaScript, Ember.js, Angular.jsIf you are a Front End Architect, "
                     "read on. You perform DBA tasks such as SSIS.Experience with IMS is a plus; Maven and ANT.A "
                     "highly competitive package.")
    lines = unglue(text).splitlines()
    assert any(line.endswith("Angular.js") for line in lines), lines
    assert any(line.startswith("If you are a Front End Architect") for line in lines)
    assert any(line.endswith("such as SSIS.") for line in lines) and any(line.startswith("Experience with IMS") for line in lines)
    assert any(line.startswith("A highly competitive package") for line in lines)
    assert "U.S.A." in unglue(filler + "Work in the U.S.A. and the U.S. Army for JavaScript and PowerShell teams.")
