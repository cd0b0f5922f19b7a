"""PDF (fit, check, security), DOCX, JSON Resume, text and XML exports of a tailored resume."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from resume_core.output.export import (
    build_checked_json_resume,
    build_json_resume,
    changed_lines,
    check_pdf,
    export_bank_xml,
    export_docx,
    export_json_resume,
    export_pdf,
    export_text,
    file_stem,
    markdown_is_empty,
    render_markdown_diff,
)
from resume_core.output.jsonresume import validate_json_resume
from resume_core.bank.model import Line
from resume_core.output.pdf_check import extract_text
from resume_core.output.pdf_layout import font_path_for, layout_html
from resume_core.output.render import FONT_DIR, PAPERS, TEMPLATES, render_html, render_markdown
from resume_fixtures import load_tailored, overlong

SCHEMA = Path(__file__).resolve().parent.parent.parent / "resume_core" / "data" / "jsonresume-schema-1.0.0.json"


def _bullets(resume):
    return [line for entry in (*resume.experience, *resume.projects) for line in entry.bullets]


@pytest.mark.parametrize("template", sorted(TEMPLATES))
@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_every_template_renders_a_checked_one_page_pdf(template, paper):
    resume = load_tailored()
    result = export_pdf(resume, template, paper)
    assert result.pdf.startswith(b"%PDF")
    assert result.pages == 1 and result.check.pages == 1
    assert result.check.ok, result.check.problems
    assert result.dropped == []
    # The check looked for name, email, titles, dates, every bullet and every skill.
    assert result.check.checked >= 2 + 2 * 5 + len(_bullets(resume)) + len(resume.skills)
    text, _ = extract_text(result.pdf)
    assert "SUMMARY" in text and "EXPERIENCE" in text  # standard headings as real text
    assert "ﬁ" not in text and "ﬂ" not in text and "ﬃ" not in text
    assert "offline-first" in text and "workflow" in text and "traffic" in text and "certificate" in text


def test_overlong_resume_drops_lowest_value_lines_to_one_page():
    resume = overlong()
    result = export_pdf(resume, "classic", "letter")
    assert result.pages == 1
    assert result.check.ok, result.check.problems
    assert result.dropped, "an overlong resume must lose lines"
    assert result.renders <= 5
    all_lines = _bullets(resume)
    lowest = min(all_lines, key=lambda line: line.score)
    assert lowest in result.dropped
    kept = [line for line in all_lines if line not in result.dropped]
    median_kept = sorted(line.score for line in kept)[len(kept) // 2]
    assert all(line.score < median_kept for line in result.dropped)
    text, _ = extract_text(result.pdf)
    for line in result.dropped:
        assert line.text not in text
    for entry in resume.experience:  # titles and dates always stay
        for position in entry.positions:
            assert position.title in text


def test_two_pages_allowed_keeps_more():
    resume = overlong(copies=3)
    one = export_pdf(resume, "modern", "letter", max_pages=1)
    two = export_pdf(resume, "modern", "letter", max_pages=2)
    assert one.pages == 1 and two.pages <= 2
    assert len(two.dropped) < len(one.dropped)
    assert two.check.ok, two.check.problems


def test_edited_markdown_flows_into_the_pdf_and_user_text_is_never_dropped():
    resume = overlong()
    markdown = render_markdown(resume).replace("Mentored four engineers", "Coached four engineers")
    markdown = markdown.replace("## Projects", "- A line the user typed about Rust and WebAssembly.\n\n## Projects", 1)
    result = export_pdf(resume, "compact", "letter", markdown_text=markdown)
    text, _ = extract_text(result.pdf)
    assert "Coached four engineers" in text and "Mentored four engineers" not in text
    assert "A line the user typed about Rust and WebAssembly." in text
    assert all(line.text != "A line the user typed about Rust and WebAssembly." for line in result.dropped)
    assert result.check.ok, result.check.problems


def test_check_reports_missing_text_ligatures_and_page_count():
    resume = load_tailored()
    pdf = export_pdf(resume, "classic", "letter").pdf
    longer = resume.model_copy(deep=True)
    longer.experience[0].bullets.append(Line(text="A bullet that never made it into the PDF."))
    longer.skills.append(Line(text="COBOL"))
    check = check_pdf(pdf, longer)
    assert not check.ok
    assert any("A bullet that never made it" in p for p in check.problems)
    assert any("COBOL" in p for p in check.problems)
    ligature_pdf = export_pdf(resume, "classic", "letter", markdown_text=render_markdown(resume) + "\n- ﬁne\n").pdf
    assert any("ligature" in p for p in check_pdf(ligature_pdf, resume).problems)
    two_pages = export_pdf(overlong(copies=3), "classic", "letter", max_pages=2)
    assert two_pages.pages == 2
    assert any("2 pages" in p for p in check_pdf(two_pages.pdf, resume, max_pages=1).problems)


HOSTILE_MARKDOWN = """# Mallory <img src="file:///etc/passwd">

<link rel="attachment" href="file:///etc/passwd">

<script>document.write('x')</script>

<style>@import url(http://127.0.0.1:9/x.css); body { background: url(file:///etc/hostname) }</style>

## Experience

### Engineer · Evil Corp | 2020 – Present

- ![secret](file:///etc/passwd) and [a link](file:///etc/passwd) and <http://127.0.0.1:9/track>
- <object data="file:///etc/passwd"></object><iframe src="http://127.0.0.1:9/"></iframe>
"""


def test_hostile_markdown_fetches_nothing_and_embeds_nothing():
    layout = layout_html(render_html(HOSTILE_MARKDOWN, "modern", "letter"))
    assert layout.fetcher.refused == []  # nothing but fonts was ever requested
    assert all(font_path_for(url) for url in layout.fetcher.served)
    pdf = layout.write_pdf()
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {}
    assert all(not page.images for page in reader.pages)
    links = [str(annot.get_object().get("/A", {}).get("/URI", "")) for page in reader.pages
             for annot in page.get("/Annots", [])]
    assert not any("file:" in link or "127.0.0.1" in link for link in links)
    text, _ = extract_text(pdf)
    assert "root:" not in text  # no /etc/passwd content
    assert '<img src="file:///etc/passwd">' in text  # the markup shows as harmless literal text


def test_raw_html_reaching_weasyprint_is_still_refused_by_the_fetcher():
    """Defence in depth: even HTML that skipped the Markdown escaping cannot read files or the network."""
    html = render_html("# A\n", "classic", "letter").replace(
        "<body", '<body><img src="file:///etc/passwd"><link rel="attachment" href="file:///etc/hosts">'
        '<img src="http://127.0.0.1:9/x.png"><div style="background: url(data:image/png;base64,iVBORw0KGgo=)"></div', 1)
    layout = layout_html(html)
    assert "file:///etc/passwd" in layout.fetcher.refused
    assert any(url.startswith("http://127.0.0.1") for url in layout.fetcher.refused)
    pdf = layout.write_pdf()
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    assert reader.attachments == {} and all(not page.images for page in reader.pages)


def test_font_fetcher_allows_only_bundled_font_files():
    assert font_path_for((FONT_DIR / "Lato-Regular.ttf").as_uri()) is not None
    for url in ["file:///etc/passwd", (FONT_DIR / "README.md").as_uri(), (FONT_DIR / ".." / ".." / "README.md").as_uri(),
                FONT_DIR.as_uri() + "/../templates/base.css", "http://127.0.0.1/Lato-Regular.ttf",
                "data:font/ttf;base64,AAAA", (FONT_DIR / "Lato-Regular.ttf").as_uri() + "?x=1",
                "file://otherhost" + (FONT_DIR / "Lato-Regular.ttf").as_posix()]:
        assert font_path_for(url) is None, url


def test_docx_reads_back_with_every_bullet_and_no_tables_or_headers():
    import docx

    resume = load_tailored()
    document = docx.Document(io.BytesIO(export_docx(resume, paper="a4")))
    paragraphs = [p.text for p in document.paragraphs]
    for line in _bullets(resume):
        assert line.text in paragraphs
    assert resume.person.name in paragraphs and any(resume.person.email in p for p in paragraphs)
    assert any(p.startswith("Senior Platform Engineer · Fieldstone") and p.endswith("\tMar 2022 – Present")
               for p in paragraphs)
    assert document.tables == []
    assert len(document.sections) == 1
    section = document.sections[0]
    assert all(not p.text for p in section.header.paragraphs) and all(not p.text for p in section.footer.paragraphs)
    assert {p.style.name for p in document.paragraphs} >= {"Heading 1", "List Bullet"}


def test_docx_follows_edited_markdown():
    import docx

    resume = load_tailored()
    edited = render_markdown(resume).replace("Mentored four engineers", "Coached four engineers")
    paragraphs = [p.text for p in docx.Document(io.BytesIO(export_docx(resume, markdown_text=edited))).paragraphs]
    assert any(p.startswith("Coached four engineers") for p in paragraphs)


def test_json_resume_export_is_valid_against_the_schema():
    import jsonschema

    resume = load_tailored()
    document = json.loads(export_json_resume(resume))
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).validate(document)
    assert document == build_json_resume(resume)
    assert document["basics"]["name"] == "Jordan Rivera"
    assert document["basics"]["location"] == {"city": "Denver", "region": "CO"}
    assert [w["position"] for w in document["work"]][:2] == ["Senior Platform Engineer", "Platform Engineer"]
    assert len(document["work"][0]["highlights"]) == len(resume.experience[0].bullets)
    assert [s["name"] for s in document["skills"]] == [s.text for s in resume.skills]
    assert validate_json_resume(document) == []


def test_json_resume_leaves_out_a_malformed_field_and_says_so():
    resume = load_tailored()
    resume = resume.model_copy(update={"person": resume.person.model_copy(update={"email": "jordan at example dot com"})})
    document, problems = build_checked_json_resume(resume)
    assert validate_json_resume(document) == []
    assert "email" not in document["basics"] and document["basics"]["name"] == "Jordan Rivera"
    (problem,) = problems
    assert "basics.email" in problem and "jordan at example dot com" in problem and "Big Resume" in problem
    assert json.loads(export_json_resume(resume)) == document


def test_text_and_bank_xml_exports():
    resume = load_tailored()
    text = export_text(resume).decode("utf-8")
    assert text.startswith("JORDAN RIVERA") and all(line.text in text for line in _bullets(resume))
    from resume_core.bank.sample import load_sample_bank
    from resume_core.bank.xml_io import parse_bank_xml

    bank = load_sample_bank()
    assert parse_bank_xml(export_bank_xml(bank)) == bank


def test_embedded_fonts_carry_no_ligature_glyphs():
    """Ligatures off means the subset fonts hold no 'fi'/'fl' glyphs for an ATS to misread."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader

    resume = load_tailored()
    for template in sorted(TEMPLATES):
        reader = PdfReader(io.BytesIO(export_pdf(resume, template, "letter").pdf))
        glyphs: set[str] = set()
        for font in reader.pages[0]["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            glyphs |= set(TTFont(io.BytesIO(descriptor["/FontFile2"].get_object().get_data())).getGlyphOrder())
        assert len(glyphs) > 50
        assert not glyphs & {"uniFB00", "uniFB01", "uniFB02", "uniFB03", "uniFB04", "fi", "fl", "f_i", "f_l"}, template


def test_tailored_and_bank_json_resume_write_each_section_the_same_way():
    """One writer per section: the tailored export and the whole-bank export agree on what they share."""
    from resume_core.output.jsonresume import bank_to_json_resume
    from resume_core.tailoring.pipeline import tailor
    from tailor_banks import TODAY, make_bank, make_posting

    bank = make_bank()
    bank.person.location = "Portland, OR, USA"
    resume = tailor(bank, make_posting(), today=TODAY).resume
    tailored, whole = build_json_resume(resume), bank_to_json_resume(bank)
    assert tailored["basics"]["location"] == whole["basics"]["location"] == {"city": "Portland", "region": "OR, USA"}
    roles = lambda work: [(w["name"], w.get("position"), w.get("startDate"), w.get("endDate")) for w in work]  # noqa: E731
    shown = {entry.name for entry in resume.experience}
    assert roles(tailored["work"]) == [r for r in roles(whole["work"]) if r[0] in shown]  # latest role first
    assert tailored.get("education", []) == whole.get("education", [])[:len(resume.education)]


def test_changed_lines_name_every_line_that_is_not_bank_text_and_where_it_changed():
    resume = load_tailored()
    assert changed_lines(resume, render_markdown(resume)) == []
    resume.experience[0].bullets[1].provenance = "edited"  # as the Tailor page marks a line it edited
    resume.summary.provenance = "user"
    skill = resume.skills[3].text
    markdown = (render_markdown(resume).replace("Mentored four engineers", "Coached four engineers")
                .replace(f", {skill},", ", Rust,").replace("*Senior Platform Engineer*", "*Staff Platform Engineer*"))
    found = [(line.where, line.kind, line.text[:22]) for line in changed_lines(resume, markdown)]
    assert found == [
        ("here", "edited", "Staff Platform Enginee"),
        ("tailor", "typed", resume.summary.text[:22]),
        ("tailor", "edited", resume.experience[0].bullets[1].text[:22]),
        ("here", "edited", "Coached four engineers"),
        ("here", "typed", "Rust"),  # the removed skill is no line; the added one is
    ]


def test_file_stem_names_person_and_posting_in_short_lowercase_ascii():
    assert file_stem("Avery Lindqvist", "Lendo", "Site Reliability Engineer") == \
        "avery-lindqvist-lendo-site-reliability-engineer"
    assert file_stem("Åsa Öberg-Núñez", "Škoda Auto a.s.", "") == "asa-oberg-nunez-skoda-auto-a-s"
    assert file_stem("", "", "") == "resume"
    long = file_stem("Avery Lindqvist", "Very Long Company Name Holding International " * 3, "Principal Engineer")
    assert len(long) <= 80 and long.startswith("avery-lindqvist-very-long-company") and not long.endswith("-")
    assert all(part for part in long.split("-"))  # cut at a word, never mid-word leftovers like '--'


def test_an_emptied_text_is_empty_and_a_diff_shows_what_changed():
    assert markdown_is_empty("") and markdown_is_empty(" \n\n ") and markdown_is_empty("#\n\n- \n")
    assert not markdown_is_empty("# Avery")
    diff = render_markdown_diff("a\nb\nc\n", "a\nB\nc\n")
    assert "-b" in diff.splitlines() and "+B" in diff.splitlines()
