"""Layout rules of the PDF reader, each on a small PDF printed in the test by WeasyPrint.

Round three (themes not tuned on): list items with no drawn bullet whose first line fills the column,
roles listed as bullets under one employer, small-caps headings (a large first letter touching the rest).
"""

from __future__ import annotations

import pytest

from resume_core.importing import import_resume, read_resume_text

pytestmark = pytest.mark.timeout(60)


def _pdf(body: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f'<html><body style="font: 10pt sans-serif">{body}</body></html>').write_pdf()


def test_list_items_without_bullets_stay_apart_when_the_first_fills_the_line():
    # No bullet is drawn (list-style none) and no margin separates items: only the wording tells the
    # second item ("Cut ...") from a wrapped end of the first, whose line reaches the column's edge.
    body = """<h1>Mira Horvat</h1><h2>Work</h2><p><b>Backend Engineer</b>, Infobip<br>Mar 2021 - Present</p>
    <ul style="list-style:none; padding-left:20pt; margin:0">
    <li>Led the migration of the billing service from a monolith to Kotlin microservices on AWS ECS</li>
    <li>Cut the p99 latency of the messaging API from 800 ms to 120 ms with Redis caching and a smaller payload</li>
    <li>Automated nightly PostgreSQL backups</li></ul>"""
    bank = import_resume("cv.pdf", _pdf(body)).bank
    bullets = [a.text for a in bank.jobs[0].accomplishments]
    assert bullets == [
        "Led the migration of the billing service from a monolith to Kotlin microservices on AWS ECS",
        "Cut the p99 latency of the messaging API from 800 ms to 120 ms with Redis caching and a smaller payload",
        "Automated nightly PostgreSQL backups",
    ]


def test_a_wrapped_item_still_joins_when_its_next_line_is_not_an_action():
    body = """<h1>Mira Horvat</h1><h2>Work</h2><p><b>Backend Engineer</b>, Infobip<br>Mar 2021 - Present</p>
    <ul style="list-style:none; padding-left:20pt; margin:0">
    <li>Led the migration of the billing service from a monolith to Kotlin microservices on AWS ECS
    Fargate with blue-green releases and automated rollbacks for every one of the forty services</li>
    <li>Cut report time by half</li></ul>"""
    bank = import_resume("cv.pdf", _pdf(body)).bank
    assert [a.text for a in bank.jobs[0].accomplishments] == [
        ("Led the migration of the billing service from a monolith to Kotlin microservices on AWS ECS Fargate with "
         "blue-green releases and automated rollbacks for every one of the forty services"),
        "Cut report time by half",
    ]


def test_roles_listed_as_bullets_under_one_employer_are_positions():
    body = """<h1>Mira Horvat</h1><h2>Work</h2><p><b>Infobip</b></p>
    <ul style="margin:0"><li>Senior Backend Engineer</li></ul><p style="margin:0">Mar 2021 – Present<br>Zagreb</p>
    <ul style="margin:0"><li>Mentored four junior engineers</li></ul>
    <ul style="margin:0"><li>Backend Engineer</li></ul><p style="margin:0">Jun 2018 – Feb 2021<br>Split</p>
    <ul style="margin:0"><li>Built the delivery report pipeline on Kafka</li></ul>"""
    bank = import_resume("cv.pdf", _pdf(body)).bank
    positions = [(job.name, p.title, p.start_date) for job in bank.jobs for p in job.positions]
    assert positions == [("Infobip", "Senior Backend Engineer", "2021-03"), ("Infobip", "Backend Engineer", "2018-06")]
    bullets = {a.text for job in bank.jobs for a in job.accomplishments}
    assert {"Mentored four junior engineers", "Built the delivery report pipeline on Kafka"} <= bullets
    assert "Senior Backend Engineer" not in bullets


def test_a_bullet_followed_by_a_sentence_with_a_date_stays_a_bullet():
    body = """<h1>Mira Horvat</h1><h2>Work</h2><p><b>Backend Engineer</b>, Infobip, Mar 2021 – Present</p>
    <ul style="margin:0"><li>Mentored four junior engineers</li><li>Passed every audit in 2022 and 2023 without a finding</li></ul>"""
    bank = import_resume("cv.pdf", _pdf(body)).bank
    assert [a.text for a in bank.jobs[0].accomplishments] == [
        "Mentored four junior engineers", "Passed every audit in 2022 and 2023 without a finding"]


def test_small_caps_headings_read_as_whole_words():
    body = """<h1>Mira Horvat</h1>
    <h2 style="font-variant: small-caps">Work Experience</h2><p><b>Backend Engineer</b>, Infobip, 2019 – 2021</p>
    <h2><span style="font-size:14pt">E</span><span style="font-size:10pt">DUCATION</span></h2>
    <p>University of Zagreb, BSc Computer Science, 2018</p>
    <h2><span style="font-size:14pt">S</span><span style="font-size:10pt; margin-left:2.5pt">KILLS</span></h2>
    <p>Java, Kotlin, PostgreSQL</p>"""
    text = read_resume_text("cv.pdf", _pdf(body))
    assert {"EDUCATION", "SKILLS"} <= set(text.splitlines())
    bank = import_resume("cv.pdf", _pdf(body)).bank
    assert [(j.name, j.positions[0].title) for j in bank.jobs] == [("Infobip", "Backend Engineer")]
    assert [e.institution for e in bank.education] == ["University of Zagreb"]


def test_a_row_of_skill_tags_on_a_short_page_is_not_a_second_column():
    from resume_core.importing.pdf_layout import Fragment, _gutter

    def frag(text, x0, x1, top):
        return Fragment(text, x0, x1, top - 10, top, 10, False)

    page = [frag("Design", 155, 200, 742), frag("Figma", 160, 190, 712), frag("User research", 205, 278, 712),
            frag("Prototyping", 293, 353, 712), frag("Design systems", 368, 451, 712), frag("Education", 114, 179, 666),
            frag("Visual Communication Design, Bachelor of Arts, Musashino", 143, 534, 616),
            frag("Art University", 143, 225, 602), frag("Apr 2013 - Mar 2017", 143, 252, 586)]
    assert _gutter(page, 612) is None


def test_skill_tags_set_apart_by_their_boxes_are_separate_person_skills():
    tag = '<span style="padding:1pt 4pt; margin-right:3pt; background:#ddd">{}</span>'
    tags = "".join(tag.format(t) for t in ["Patient assessment", "Medication administration", "Wound care", "Triage"])
    body = f"""<h1>Søren Østerkilde</h1><h2>Experience</h2><p><b>Staff Nurse</b>, Regional Hospital Randers,
    2014 – 2018</p><ul><li>Cared for up to six post-operative patients per shift</li></ul>
    <h2>Skills</h2><p>{tags}</p>"""
    bank = import_resume("cv.pdf", _pdf(body)).bank
    skills = {s.name for s in bank.all_skills()}
    assert {"Patient assessment", "Medication administration", "Wound care", "Triage"} <= skills


def test_words_of_a_sentence_stay_one_bullet():
    body = """<h1>Mira Horvat</h1><h2>Work</h2><p><b>Backend Engineer</b>, Infobip, 2019 – 2021</p>
    <ul><li style="word-spacing:3pt">Cut the p99 latency of the messaging API with Redis caching</li></ul>"""
    bank = import_resume("cv.pdf", _pdf(body)).bank
    assert [a.text for a in bank.jobs[0].accomplishments] == ["Cut the p99 latency of the messaging API with Redis caching"]


def _rows_at(x0: float, x1: float, texts: list[str], top: float = 700, step: float = 24) -> list:
    from resume_core.importing.pdf_layout import Fragment

    return [Fragment(t, x0, x1, top - step * n - 10, top - step * n, 10, False) for n, t in enumerate(texts) if t]


def test_a_narrow_sidebar_with_little_text_is_still_a_column():
    from resume_core.importing.pdf_layout import _gutter

    sidebar = _rows_at(55, 150, ["About", "Zagreb HR", "mira@example.com", "+385 91 555", "Languages", "Java Kotlin SQL",
                                 "Platforms", "Kafka Redis"])
    bullet = "Built the SMS delivery report pipeline on Kafka processing two million events an hour"
    main = _rows_at(190, 550, [bullet] * 10, top=705, step=12)
    split = _gutter(sidebar + main, 595)
    assert split is not None and 150 <= split <= 190


def test_section_headings_in_a_left_margin_are_not_a_column():
    from resume_core.importing.pdf_layout import _gutter

    margin = _rows_at(40, 130, ["Experience", "", "", "", "", "Education", "", "Skills", "", "Certifications", "Languages"])
    bullet = "Built the SMS delivery report pipeline on Kafka processing two million events an hour"
    main = _rows_at(160, 560, [bullet] * 20, top=700, step=12)
    assert _gutter(margin + main, 612) is None


def test_a_dated_school_without_a_school_word_over_its_subject_and_degree_is_the_school():
    # JSON Resume themes print the school with its dates on the right, then the subject, then the degree.
    from resume_core.importing.parse_text import parse_resume_text

    text = "Education\n\nBasque Culinary Center | 2009-09 — 2013-02\nCulinary Arts\nBachelor"
    education = parse_resume_text(text).bank.education
    assert [(e.institution, e.start_date, e.end_date) for e in education] == [("Basque Culinary Center", "2009-09", "2013-02")]


def test_a_middle_dot_between_employer_and_place_separates_them():
    body = """<h1>Mira Horvat</h1><h2>Experience</h2><p><b>Backend Engineer</b> | Jun 2018 - Feb 2021<br>
    Infobip · Vodnjan</p><ul><li>Built the SMS delivery report pipeline on Kafka</li></ul>"""
    bank = import_resume("cv.pdf", _pdf(body)).bank
    job = bank.jobs[0]
    assert (job.name, job.positions[0].title, job.positions[0].start_date) == ("Infobip", "Backend Engineer", "2018-06")
    assert job.location == "Vodnjan"
