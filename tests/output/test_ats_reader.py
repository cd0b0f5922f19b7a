"""A layout-based resume parser (the kind ATSs use) reads our PDFs right, and catches the layouts it
cannot read: list markers drawn after the text, a title glued to its company, entries without space."""

from __future__ import annotations

import re

import pytest

from resume_core.output.ats_reader import Item, parse_items, read_resume
from resume_core.output.export import export_pdf
from resume_core.output.pdf_check import ats_problems, expected_entries
from resume_core.output.pdf_layout import layout_html
from resume_core.output.render import TEMPLATES, render_html, render_markdown
from resume_fixtures import load_tailored

MARKDOWN = """# Avery Lindqvist

Denver, CO | avery@example.com | +1 303-555-0142

## Experience

### Senior Backend Engineer · Ledgerline Payments, Chicago, IL | Jul 2021 – Jan 2023
#### Backend Engineer · Ledgerline Payments, Chicago, IL | Mar 2020 – Jul 2021

- Moved the ledger service from a nightly batch to a streaming pipeline on Kafka, cutting settlement reporting from a day to under five minutes for every merchant
- Championed written design docs

### Software Engineer · Haulpath Logistics, Denver, CO | Jun 2017 – Feb 2020

### Software Engineer · Brightcart Commerce, Boulder, CO | Jul 2014 – May 2017

- Built the checkout

## Education

### B.S. Computer Science · University of Colorado Boulder | Aug 2010 – May 2014
### M.S. Computer Science · University of Denver | 2016
"""


def _pdf(html: str) -> bytes:
    return layout_html(html).write_pdf()


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_every_position_title_date_bullet_and_school_comes_back_in_its_own_entry(template):
    read = read_resume(_pdf(render_html(MARKDOWN, template, "letter")))
    assert (read.name, read.email, read.phone) == ("Avery Lindqvist", "avery@example.com", "+1 303-555-0142")
    jobs = read.section("Experience").entries
    assert [(e.title, e.organisation, e.dates) for e in jobs] == [
        ("Senior Backend Engineer", "Ledgerline Payments, Chicago, IL", "Jul 2021 – Jan 2023"),
        ("Backend Engineer", "Ledgerline Payments, Chicago, IL", "Mar 2020 – Jul 2021"),
        ("Software Engineer", "Haulpath Logistics, Denver, CO", "Jun 2017 – Feb 2020"),
        ("Software Engineer", "Brightcart Commerce, Boulder, CO", "Jul 2014 – May 2017"),
    ]
    # The long bullet wraps; it is read whole, under the position it follows.
    assert jobs[1].bullets[0].startswith("Moved the ledger service") and jobs[1].bullets[0].endswith("every merchant")
    assert jobs[1].bullets[1] == "Championed written design docs"
    assert jobs[0].bullets == [] and jobs[2].bullets == [] and jobs[3].bullets == ["Built the checkout"]
    schools = read.section("education").entries
    assert [(e.title, e.organisation, e.dates) for e in schools] == [
        ("B.S. Computer Science", "University of Colorado Boulder", "Aug 2010 – May 2014"),
        ("M.S. Computer Science", "University of Denver", "2016"),
    ]
    assert ats_problems(read, MARKDOWN)[0] == []


def test_the_layout_the_parser_cannot_read_is_caught():
    """The old layout: CSS list markers (drawn after all the page's text), the title and the company
    closer than a space, a further title directly under the first."""
    html = render_html(MARKDOWN, "classic", "letter")
    html = html.replace('<span class="bullet">\u2022 </span>', "").replace("list-style-type: none", "list-style-type: disc")
    html = re.sub(r'</span> <span class="org"><span class="sep">·</span> ', '</span><span class="org">·', html)
    html = html.replace("h4 { margin-top: 8.5pt; }", "h4 { margin-top: 1pt; }")
    read = read_resume(_pdf(html))
    problems, checked = ats_problems(read, MARKDOWN)
    assert checked == 1 + 3 * 6 + 3
    assert "A resume parser does not read the job 'Senior Backend Engineer' as an entry title in Experience." in problems
    assert "A resume parser does not read the entry 'M.S. Computer Science' as an entry title in Education." in problems
    # Under Experience no line starts with a bullet: the wrapped bullet reads as two items.
    lines = [line for entry in read.section("Experience").entries for line in entry.lines]
    assert not any(line.startswith("\u2022") for line in lines)
    assert "from a day to under five minutes for every merchant" in lines
    # The bullets are read after the last section, cut from the text they belong to.
    assert read.sections[-1].heading == "EDUCATION"
    assert "\u2022" in " ".join(line for entry in read.sections[-1].entries for line in entry.lines)


def test_export_check_runs_the_parser_and_keeps_what_it_read():
    resume = load_tailored()
    result = export_pdf(resume, "compact", "a4")
    assert result.check.ok, result.check.problems
    assert result.check.ats is not None and result.check.ats.name == resume.person.name
    expected = expected_entries(result.markdown)
    assert result.check.ats_checked == 1 + sum(3 * len(h) + len(b) for _s, h, b in expected)
    titles = [e.title for e in result.check.ats.section("Experience").entries]
    assert titles == [title for s, headings, _b in expected if s == "Experience" for title, _o, _d in headings]


def _item(text, x0, baseline, bold=False, size=10.0, width_per_char=5.0):
    return Item(text, x0, x0 + width_per_char * len(text), baseline, size, bold, "Bold" if bold else "Regular")


def test_parser_rules_items_lines_sections_entries():
    page = [
        _item("Ann Example", 50, 40, bold=True, size=20),
        _item("ann@example.org", 50, 60),
        _item("EXPERIENCE", 50, 90, bold=True),
        _item("Engineer", 50, 105, bold=True),
        _item("·Acme", 92, 105),  # 2 units after the title: closer than a character, joined
        _item("2020 – 2022", 400, 105),
        _item("\u2022 Shipped a", 55, 117),
        _item("thing", 62, 129),  # a wrapped line continues the bullet
        _item("\u2022 Fixed it", 55, 141),
        _item("Analyst", 50, 170, bold=True),  # 29 below: more than 1.4 line gaps, a new entry
        _item("Initech", 110, 170),
        _item("2018", 400, 170),
    ]
    read = parse_items([page])
    assert (read.name, read.email) == ("Ann Example", "ann@example.org")
    entries = read.section("experience").entries
    assert [(e.title, e.organisation, e.dates) for e in entries] == [
        ("Engineer·Acme", "", "2020 – 2022"), ("Analyst", "Initech", "2018")]
    assert entries[0].bullets == ["Shipped a thing", "Fixed it"]


def test_unedited_export_of_the_sample_passes_the_parser_on_every_template():
    resume = load_tailored()
    markdown = render_markdown(resume)
    for template in sorted(TEMPLATES):
        result = export_pdf(resume, template, "letter")
        problems, checked = ats_problems(result.check.ats, result.markdown)
        assert problems == [] and checked > 20, (template, problems)
    assert markdown.count("### ") >= 4
