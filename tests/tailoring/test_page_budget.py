"""Line estimates: words wrap like the renderer, and a fuller resume never costs fewer lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resume_core.bank.model import Entry, Line, TailoredResume
from resume_core.tailoring.page_budget import estimate_lines, metrics_for, text_lines, wrapped_lines


def test_words_wrap_not_characters():
    assert wrapped_lines("", 10) == 0
    assert wrapped_lines("aaaa bbbb", 9) == 1
    assert wrapped_lines("aaaa bbbbb", 9) == 2  # one character too many moves a whole word
    assert wrapped_lines("x" * 25, 10) == 3  # a word longer than the line breaks across lines


def test_papers_and_unknown_templates():
    letter, a4 = metrics_for("classic", "letter"), metrics_for("classic", "a4")
    assert letter.lines_per_page != a4.lines_per_page
    assert metrics_for("no-such-template", "a4") == a4
    with pytest.raises(ValueError):
        metrics_for("classic", "legal")


@given(st.lists(st.text(alphabet="ab ", max_size=300), max_size=12))
def test_adding_a_bullet_never_makes_the_page_shorter(texts):
    metrics = metrics_for()
    bullets = [Line(item_id=f"acc-{i}", text=t) for i, t in enumerate(texts) if t.strip()]
    before = TailoredResume(experience=[Entry(source_id="job-1", name="X", bullets=bullets)])
    after = TailoredResume(
        experience=[Entry(source_id="job-1", name="X", bullets=[*bullets, Line(item_id="acc-new", text="more")])]
    )
    assert estimate_lines(after, metrics) > estimate_lines(before, metrics)


# --- against the real layout ------------------------------------------------------------------

SAMPLE_POSTINGS = sorted((Path(__file__).resolve().parent.parent.parent / "data" / "sample_postings").glob("*.txt"))
REAL_CASES = [(posting.name, "modern", "letter") for posting in SAMPLE_POSTINGS] + [
    (SAMPLE_POSTINGS[1].name, "classic", "a4"),
    (SAMPLE_POSTINGS[0].name, "compact", "letter"),
]


def _real_lines(markdown: str, template: str, paper: str) -> tuple[float, float]:
    """(body lines the rendered text takes on page 1, share of the page's content height used)."""
    from resume_core.output.pdf_layout import layout_html
    from resume_core.output.render import render_html

    layout = layout_html(render_html(markdown, template, paper))
    assert layout.pages == 1
    share = layout.used[0] / layout.capacity
    return share * metrics_for(template, paper).lines_per_page, share


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("posting_file", "template", "paper"), REAL_CASES)
def test_the_sample_page_is_full_and_the_estimate_matches_the_pdf(posting_file, template, paper):
    from resume_core.posting.analysis import build_posting
    from resume_core.output.export import export_pdf, without_lines
    from resume_core.bank.sample import load_sample_bank
    from resume_core.tailoring.pipeline import tailor

    text = (SAMPLE_POSTINGS[0].parent / posting_file).read_text(encoding="utf-8")
    resume = tailor(load_sample_bank(), build_posting(text), template=template, paper=paper,
                    today="2026-11-25").resume
    result = export_pdf(resume, template, paper)
    assert result.pages == 1 and len(result.dropped) <= 1
    real, share = _real_lines(result.markdown, template, paper)
    assert share >= 0.93, f"the page is only {share:.0%} full"
    estimate = estimate_lines(without_lines(resume, result.dropped), metrics_for(template, paper))
    assert abs(estimate - real) <= 1.5, (estimate, real)


@pytest.mark.timeout(120)
def test_the_estimate_matches_the_pdf_for_a_real_cv():
    """A bank imported from a real resume: other names, titles and line lengths than the sample's."""
    from resume_core.posting.analysis import build_posting
    from resume_core.importing import import_resume
    from resume_core.output.render import render_markdown
    from resume_core.tailoring.pipeline import tailor

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "resumes" / "jordan_reyes.md"
    bank = import_resume(fixture.name, fixture.read_bytes()).bank
    posting = build_posting(SAMPLE_POSTINGS[0].read_text(encoding="utf-8"))
    for template, paper in (("classic", "letter"), ("compact", "a4")):
        resume = tailor(bank, posting, template=template, paper=paper, today="2026-11-25").resume
        real, _ = _real_lines(render_markdown(resume), template, paper)
        assert abs(estimate_lines(resume, metrics_for(template, paper)) - real) <= 1.5


def test_every_block_pays_for_what_it_shows():
    """A summary has a heading, a collapsed job keeps every title, certificates are a bulleted list."""
    from resume_core.bank.model import Certificate, Person, Position

    metrics = metrics_for("modern", "letter")
    base = TailoredResume(person=Person(name="A", label="Engineer"))
    with_summary = base.model_copy(update={"summary": Line(item_id="s", text="Builds platforms.")})
    assert estimate_lines(with_summary, metrics) - estimate_lines(base, metrics) == pytest.approx(
        metrics.section_lines + 1)
    two_titles = [Position(title="Senior"), Position(title="Junior")]
    one = base.model_copy(update={"experience": [Entry(source_id="j", name="X", collapsed=True,
                                                       positions=two_titles[:1])]})
    two = base.model_copy(update={"experience": [Entry(source_id="j", name="X", collapsed=True,
                                                       positions=two_titles)]})
    assert estimate_lines(two, metrics) - estimate_lines(one, metrics) == pytest.approx(metrics.extra_position_lines)
    held = [Certificate(id="crt-00000001", name="CKA"), Certificate(id="crt-00000002", name="AWS SA")]
    certs = base.model_copy(update={"certificates": held})
    assert estimate_lines(certs, metrics) - estimate_lines(base, metrics) == pytest.approx(
        metrics.section_lines + metrics.list_gap + 2 + metrics.bullet_gap)
    unlabelled = base.model_copy(update={"person": Person(name="A")})
    assert estimate_lines(unlabelled, metrics) == pytest.approx(estimate_lines(base, metrics) - metrics.label_lines)
    reachable = base.model_copy(update={"person": Person(name="A", label="Engineer", email="a@example.com")})
    assert estimate_lines(reachable, metrics) == pytest.approx(estimate_lines(base, metrics) + metrics.contact_lines)


def test_narrow_letters_fit_more_on_a_line_than_wide_ones():
    metrics = metrics_for("modern", "letter")
    narrow, wide = " ".join(["illicit"] * 30), " ".join(["MWMWMWM"] * 30)  # the same number of characters
    assert text_lines(narrow, metrics, bullet=True) < text_lines(wide, metrics, bullet=True)
    assert text_lines("word " * 40, metrics, share=0.5) > text_lines("word " * 40, metrics)


def test_two_pages_hold_both_pages_less_the_page_break_and_nothing_else_is_a_page_count():
    from resume_core.tailoring.page_budget import PAGE_BREAK_LINES

    for template in ("classic", "modern", "compact"):
        for paper in ("letter", "a4"):
            one, two = metrics_for(template, paper), metrics_for(template, paper, pages=2)
            assert two.lines_per_page == pytest.approx(2 * one.lines_per_page - PAGE_BREAK_LINES)
            assert one.lines_per_page < two.lines_per_page < 2 * one.lines_per_page
            assert (two.chars_per_line, two.name_lines) == (one.chars_per_line, one.name_lines)  # same layout
    for pages in (0, 3):
        with pytest.raises(ValueError, match="page count"):
            metrics_for("classic", "letter", pages=pages)
