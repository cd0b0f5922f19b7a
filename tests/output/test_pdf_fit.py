"""The fit loop's Markdown units: which blocks can be dropped and which resume line each one is."""

from __future__ import annotations

from resume_core.output.pdf_fit import fit_markdown, match_units, parse_units
from resume_core.output.render import render_markdown
from resume_fixtures import load_tailored, overlong


def test_units_are_bullets_and_the_summary_matched_to_resume_lines():
    resume = load_tailored()
    _, units = parse_units(render_markdown(resume))
    match_units(units, resume)
    bullets = [u for u in units if u.kind == "bullet"]
    summary = [u for u in units if u.kind == "summary"]
    assert len(summary) == 1 and summary[0].line is resume.summary
    resume_bullets = [line for entry in (*resume.experience, *resume.projects) for line in entry.bullets]
    assert [u.line for u in bullets if u.line is not None] == resume_bullets
    assert [u.text for u in bullets if u.line is None] == ["Certified Kubernetes Administrator (CKA) (CNCF, Sep 2021)"]


def test_multi_line_bullets_and_edits():
    resume = load_tailored()
    first = resume.experience[0].bullets[0].text
    markdown = render_markdown(resume).replace(f"- {first}", "- " + first.replace(", cutting", "\n  cutting"))
    markdown = markdown.replace("Mentored four", "Coached four")
    _, units = parse_units(markdown)
    match_units(units, resume)
    by_text = {u.text: u for u in units}
    assert by_text[first.replace(", cutting", " cutting")].line is None  # a real edit: comma removed
    assert any(u.text.startswith("Coached four") and u.line is None for u in units)
    assert next(u for u in units if u.text.startswith("Designed a self-service")).line is not None


def test_fit_never_drops_titles_and_gets_within_budget_in_few_renders():
    resume = overlong(copies=3)
    fit = fit_markdown(render_markdown(resume), resume, "classic", "a4", max_pages=1)
    assert fit.layout.pages == 1 and fit.renders <= 5
    for entry in resume.experience:
        for position in entry.positions:
            assert position.title in fit.markdown
    assert all(f"- {line.text}" not in fit.markdown for line in fit.dropped)
    assert fit.layout.free() >= 0
