"""Markdown, HTML and plain-text rendering of a tailored resume (no PDF: see test_export.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from resume_core.bank.model import Entry, Line, Person, Position, TailoredResume
from resume_core.output.render import (
    PAPERS,
    TEMPLATES,
    escape_markdown,
    format_range,
    markdown_blocks,
    render_html,
    render_markdown,
    render_text,
)
from resume_core.output.safe_markdown import WORD_JOINER
from golden import without_shared_css
from resume_fixtures import FIXTURES, load_tailored

REFERENCE_DIR = FIXTURES / "render"
SECTION_ORDER = ["Summary", "Experience", "Projects", "Skills", "Education"]


def test_markdown_has_standard_sections_in_order():
    markdown = render_markdown(load_tailored())
    headings = re.findall(r"^## (.+)$", markdown, re.M)
    assert [h for h in headings if h in SECTION_ORDER] == SECTION_ORDER


def test_markdown_puts_title_organisation_and_dates_on_one_heading_line():
    markdown = render_markdown(load_tailored())
    assert "### Senior Platform Engineer · Fieldstone Logistics, Denver, CO | Mar 2022 – Present" in markdown
    assert "\n#### Platform Engineer · Fieldstone Logistics, Denver, CO | Jun 2020 – Feb 2022\n" in markdown
    assert "### kubectl-reaper · Maintainer | 2021" in markdown


def test_further_titles_stay_in_their_entry_and_collapsed_entries_stand_alone():
    html = render_html("## Experience\n\n### A · X | 2021\n#### B · X | 2020\n\n- b\n\n### C · Y | 2019\n\n### D · Z | 2018\n\n- d\n")
    body = html.split("<body", 1)[1]
    assert body.count('<div class="entry">') == 3
    assert re.search(r'<div class="entry"><h3>.*?</h3>\s*<h4>', body, re.S)

def test_blocks_split_entry_dates_from_title():
    blocks = markdown_blocks(render_markdown(load_tailored()))
    entries = [b for b in blocks if b.kind == "entry"]
    assert entries[0].text == "Senior Platform Engineer · Fieldstone Logistics, Denver, CO"
    assert entries[0].when == "Mar 2022 – Present"
    assert entries[0].runs[0].bold and not entries[0].runs[-1].bold  # title bold, organisation not


def test_every_bullet_and_skill_reads_back_verbatim():
    resume = load_tailored()
    blocks = markdown_blocks(render_markdown(resume))
    bullet_texts = [b.text for b in blocks if b.kind == "bullet"]
    for entry in (*resume.experience, *resume.projects):
        for line in entry.bullets:
            assert line.text in bullet_texts
    skills_paragraph = next(b.text for b in blocks if b.kind == "para" and "Kubernetes," in b.text)
    assert skills_paragraph == ", ".join(s.text for s in resume.skills)


markdown_hostile_text = st.text(
    alphabet=st.sampled_from(list("ab c-1.#*_`[]()<>&;|!\\+/x")) | st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    min_size=1, max_size=60,
).filter(lambda t: t.strip())


@settings(max_examples=examples(150), deadline=None)
@given(markdown_hostile_text)
def test_escaped_text_renders_back_exactly(text):
    """Bank text full of Markdown and HTML syntax shows on the page exactly as written."""
    expected = " ".join(text.split())
    blocks = markdown_blocks(f"- {escape_markdown(text)}\n")
    assert [b.text for b in blocks] == [expected]
    heading = markdown_blocks(f"### {escape_markdown(text, heading=True)} | 2021\n")
    assert heading[0].text == expected and heading[0].when == "2021"


def test_format_range():
    assert format_range("2021-03", "") == "Mar 2021 – Present"
    assert format_range("2019", "2021-12") == "2019 – Dec 2021"
    assert format_range("2021", "", ongoing=False) == "2021"
    assert format_range("", "2015") == "2015"
    assert format_range("2015-06-01", "2015-06") == "Jun 2015"


def test_contact_details_are_in_the_body_not_page_margins():
    html = render_html(render_markdown(load_tailored()), "classic", "letter")
    assert "jordan.rivera@example.com" in html.split("<body", 1)[1]
    assert "@top" not in html and "@bottom" not in html  # no page-margin boxes (running headers)


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_templates_turn_ligatures_and_hyphenation_off_and_keep_body_text_large(template):
    html = render_html(render_markdown(load_tailored()), template, "letter")
    assert "font-variant-ligatures: none" in html
    assert '"liga" 0' in html
    assert "hyphens: manual" in html
    sizes = [float(s) for s in re.findall(r"font-size:\s*([\d.]+)pt", html)]
    assert sizes and min(sizes) >= 10.0
    assert "url(" in html and not re.search(r"url\((?!\"[A-Za-z]+-[A-Za-z]+\.ttf\")", html)  # only bundled fonts


def test_hyphenated_words_are_joined_for_print_but_not_in_plain_text():
    markdown = render_markdown(load_tailored())
    assert f"two-{WORD_JOINER}day" in render_html(markdown)
    assert WORD_JOINER not in render_text(load_tailored())


def test_plain_text_follows_edits_and_keeps_structure():
    resume = load_tailored()
    edited = render_markdown(resume).replace("Mentored four engineers", "Coached four engineers")
    text = render_text(resume, edited)
    assert text.startswith("JORDAN RIVERA\n")
    assert "\nEXPERIENCE\n" in text
    assert "- Coached four engineers, two of whom were promoted to senior within eighteen months." in text
    assert "Senior Platform Engineer · Fieldstone Logistics, Denver, CO | Mar 2022 – Present" in text


def test_collapsed_entry_shows_title_line_only():
    resume = TailoredResume(
        person=Person(name="A B"),
        experience=[Entry(source_id="job-1a2b3c4d", name="Acme", positions=[Position(title="Engineer", start_date="2020")],
                          bullets=[Line(text="Hidden bullet")], collapsed=True)],
    )
    markdown = render_markdown(resume)
    assert "### Engineer · Acme | 2020 – Present" in markdown
    assert "Hidden bullet" not in markdown


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_html_matches_reference(template, paper, golden):
    """Reference HTML per template and paper, without the shared CSS (tests/golden.py: --update-goldens)."""
    html = render_html(render_markdown(load_tailored()), template, paper)
    golden.check(without_shared_css(html), REFERENCE_DIR / f"{template}-{paper}.html")


def test_unknown_template_or_paper_is_refused():
    with pytest.raises(ValueError, match="template"):
        render_html("# A\n", "fancy", "letter")
    with pytest.raises(ValueError, match="paper"):
        render_html("# A\n", "classic", "legal")
