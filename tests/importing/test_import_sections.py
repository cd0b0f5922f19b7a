"""Lines and sections: headings, bullets, and text flattened to one line."""

from __future__ import annotations

from resume_core.importing.sections import heading_kind, join_wrapped, split_lines, split_sections


def test_usual_headings_are_recognised():
    assert heading_kind("WORK EXPERIENCE") == "experience"
    assert heading_kind("Employment History:") == "experience"
    assert heading_kind("Work History") == "experience"
    assert heading_kind("Technical Skills") == "skills"
    assert heading_kind("Education & Training") == "education"
    assert heading_kind("Certifications") == "certifications"
    assert heading_kind("Professional Summary") == "summary"
    assert heading_kind("Experience in Oracle Hyperion and scripting") is None


def test_bullets_of_every_kind_are_marked():
    lines = split_lines("• one\n- two\n* three\n1. four\n➢ five\n- Present")
    assert [(line.text, line.bullet) for line in lines] == [
        ("one", True), ("two", True), ("three", True), ("four", True), ("five", True), ("- Present", False)
    ]


def test_wrapped_bullet_lines_are_joined():
    lines = join_wrapped(split_lines("• Moved 40 TB of event data to Snowflake with zero downtime for\nthe reporting team.\n• Next"))
    assert [line.text for line in lines] == [
        "Moved 40 TB of event data to Snowflake with zero downtime for the reporting team.", "Next"
    ]


def test_flattened_text_gets_its_lines_and_lost_dashes_back():
    flat = ('"Ada Example  Denver, CO    EXPERIENCE    ABC Corp  Somewhere, NJ  2001  2006: Principal Engineer'
            '      Designed the firmware for a heart pump and its test rig.      Wrote the test plan for the boards.'
            '    EDUCATION    BS Electrical Engineering, 1991: Rutgers University' + "  filler" * 30 + '"')
    sections = split_sections(split_lines(flat))
    kinds = [s.kind for s in sections]
    assert kinds[:3] == ["preamble", "experience", "education"]
    experience = [line.text for line in sections[1].lines]
    assert experience[:3] == ["ABC Corp", "Somewhere, NJ", "2001 - 2006: Principal Engineer"]
    assert sections[1].lines[3].bullet


def test_heading_with_content_on_the_same_line():
    sections = split_sections(split_lines("Skills: Python, SQL\nCertifications"))
    assert sections[0].kind == "skills" and sections[0].lines[0].text == "Python, SQL"


def test_sub_lists_inside_a_job_do_not_end_the_experience_section():
    text = ("WORK EXPERIENCE\nSAP ABAP Consultant\nAcelorMittal -\nMarch 2015 to April 2016\n"
            "SAP Modules/ Tools:\n• PP, MM and SD.\nTechnologies: ABAP, BADI\nConsultant\nTech Mahindra Limited\n"
            "October 2012 to February 2015\nEDUCATION\nJNTU 2005")
    kinds = [(s.kind, len(s.lines)) for s in split_sections(split_lines(text))]
    assert kinds == [("experience", 9), ("education", 1)]


def test_a_line_opening_with_a_past_tense_verb_is_a_new_bullet_not_a_wrapped_end():
    text = ("Coordinate a team of twelve nurses across three night shifts\n"
            "Introduced a sepsis screening checklist that shortened time to antibiotics\n"
            "Led the migration of the billing service from a monolith to Kotlin\n"
            "microservices\n"
            "Cut the p99 latency of the messaging API from 800 ms to 120 ms\n"
            "with Redis caching")
    assert [line.text for line in join_wrapped(split_lines(text))] == [
        "Coordinate a team of twelve nurses across three night shifts",
        "Introduced a sepsis screening checklist that shortened time to antibiotics",
        "Led the migration of the billing service from a monolith to Kotlin microservices",
        "Cut the p99 latency of the messaging API from 800 ms to 120 ms with Redis caching"]
