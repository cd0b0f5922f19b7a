"""Reading a PDF back: with edited Markdown the check expects what the user's text holds, and still
catches real breakage (missing text, split words, ligatures)."""

from __future__ import annotations

from resume_core.output.export import export_pdf
from resume_core.output.pdf_check import check_pdf, markdown_expected_texts
from resume_core.output.render import render_markdown
from resume_fixtures import load_tailored


def test_expected_texts_follow_the_markdown_one_skill_at_a_time():
    markdown = ("# Avery Lindqvist\n\n## Summary\n\nSRE who ships.\n\n## Experience\n\n"
                "### SRE · Lendo | 2021 – Present\n\n- Ran the on-call rota.\n\n## Skills\n\nGo, Rust, SQL\n")
    assert markdown_expected_texts(markdown) == [
        ("name", "Avery Lindqvist"), ("heading", "Summary"), ("summary", "SRE who ships."),
        ("heading", "Experience"), ("title", "SRE · Lendo"), ("dates", "2021 – Present"),
        ("bullet", "Ran the on-call rota."), ("heading", "Skills"), ("skill", "Go"), ("skill", "Rust"),
        ("skill", "SQL"),
    ]


def test_a_skill_the_user_removed_is_not_expected_but_a_missing_one_is_reported():
    resume = load_tailored()
    removed = resume.skills[11].text  # Linux: in no bullet, so only the Skills line holds it
    edited = render_markdown(resume).replace(f", {removed},", ",")
    result = export_pdf(resume, "classic", "letter", markdown_text=edited)
    assert result.check.ok, result.check.problems
    skills = render_markdown(resume).split("## Skills")[1].split("##")[0]
    assert removed in skills and removed not in result.markdown.split("## Skills")[1].split("##")[0]
    # The same PDF checked against text that still lists the skill: it is missing from the PDF.
    check = check_pdf(result.pdf, resume, markdown_text=render_markdown(resume))
    assert check.problems == [f"The skill '{removed}' is missing or broken in the PDF text."]


def test_edited_text_still_catches_split_words_and_ligatures():
    resume = load_tailored()
    intended = render_markdown(resume).replace("- Mentored", "- Built end-to-end pipelines\n- Mentored")
    split = export_pdf(resume, "classic", "letter", markdown_text=intended.replace("end-to-end", "end- to-end")).pdf
    problems = check_pdf(split, resume, markdown_text=intended).problems
    assert problems == ["The bullet 'Built end-to-end pipelines' is split at a line-end hyphen or slash."]
    ligature = render_markdown(resume) + "\n- Deﬁned the SLOs\n"
    result = export_pdf(resume, "classic", "letter", markdown_text=ligature)
    assert any("ligature" in problem for problem in result.check.problems)


def test_section_headings_set_in_capitals_are_found():
    resume = load_tailored()
    edited = render_markdown(resume).replace("## Skills", "## Tools")
    result = export_pdf(resume, "modern", "a4", markdown_text=edited)
    assert result.check.ok, result.check.problems
    assert ("heading", "Tools") in markdown_expected_texts(result.markdown)


def test_a_link_wrapped_at_the_line_end_is_not_reported_missing():
    resume = load_tailored()
    url = "https://github.com/ada-lovelace/" + "analytical-engine-notes-" * 4 + "final"
    intended = render_markdown(resume).replace("- Mentored", f"- Published the notes at {url}\n- Mentored")
    wrapped = intended.replace(url, url[:40] + " " + url[40:])  # how the text layer reads a wrapped link
    pdf = export_pdf(resume, "classic", "letter", markdown_text=wrapped).pdf
    assert not any("Published the notes" in problem for problem in check_pdf(pdf, resume, markdown_text=intended).problems)
    # A bullet that is really gone is still reported.
    gone = export_pdf(resume, "classic", "letter", markdown_text=render_markdown(resume)).pdf
    assert any("Published the notes" in p and "missing" in p for p in check_pdf(gone, resume, markdown_text=intended).problems)
