"""Local workspace under stress in a real browser: oversized uploads, two tabs, a reload mid-interview.

One app on one local workspace. Each mishap must end in a clear message and lose nothing: a file
over the upload limit is refused before it reaches the parsers, a save from a stale second tab is
refused with the edit kept (and both versions survive), and a reload mid-interview finds the
transcript again.
"""

from __future__ import annotations

import tomllib

import pytest
from playwright.sync_api import Page, expect

from steps import ROOT, TIMEOUT, click, demo_workspace, edit_cell, go, open_app, settle, shoot, tab

WIDE = {"width": 1400, "height": 1000}
LIMIT_MB = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())["server"]["maxUploadSize"]
RESUMES = ROOT / "tests" / "fixtures" / "resumes"
ANSWER = "We cut the patient-record sync from 40 minutes to 90 seconds by batching writes to Aurora."


def bank_file_text(workspace) -> str:
    return (workspace / "bank.xml").read_text(encoding="utf-8")


def history_text(workspace) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in workspace.rglob("*.xml") if "history" in p.parts)


def set_person_field(page: Page, label: str, value: str) -> None:
    panel = tab(page, "Person")
    field = panel.get_by_label(label, exact=True)
    field.fill(value)
    field.press("Enter")
    settle(page)
    click(page, "Save person", where=panel)


def oversized_upload(page: Page) -> None:
    panel = tab(page, "Import")
    big = b"%PDF-1.4\n" + b"0" * ((LIMIT_MB + 1) * 1024 * 1024)
    panel.locator("input[type=file]").first.set_input_files(
        files=[{"name": "huge-resume.pdf", "mimeType": "application/pdf", "buffer": big}])
    chip = panel.get_by_test_id("stFileChip")
    expect(chip).to_have_attribute("aria-invalid", "true", timeout=TIMEOUT)
    # The reason is a tooltip on the refused file (and an alert for screen readers).
    chip.hover()
    expect(page.get_by_text(f"File must be {LIMIT_MB:.1f}MB or smaller.", exact=True)).to_be_visible()
    shoot(page, "big-resume-upload-too-large")
    expect(panel.get_by_text("Found", exact=False)).to_have_count(0)


def two_tabs(first: Page, second: Page, workspace) -> None:
    """Both tabs show the sample; the first saves a name, the stale second saves a headline."""
    set_person_field(first, "Full name", "Avery Tab-One")
    assert "Avery Tab-One" in bank_file_text(workspace)
    set_person_field(second, "Headline", "Headline from tab two")
    notice = second.get_by_text("Not saved: the Big Resume file changed")
    expect(notice).to_be_visible(timeout=TIMEOUT)
    shoot(second, "big-resume-conflict")
    on_disk = bank_file_text(workspace)
    assert "Avery Tab-One" in on_disk and "Headline from tab two" not in on_disk, "the stale tab overwrote the file"
    expect(second.get_by_role("button", name="Download my edit (XML)")).to_be_visible()
    # The user decides their edit wins; the first tab's version stays in the history.
    click(second, "Replace the newer version (it stays in the history)")
    expect(notice).to_have_count(0, timeout=TIMEOUT)
    assert "Headline from tab two" in bank_file_text(workspace)
    assert "Avery Tab-One" in history_text(workspace), "the overwritten version is not in the history"


def reload_mid_interview(page: Page, url: str) -> None:
    go(page, "Interview")
    page.get_by_test_id("stMainBlockContainer").get_by_role("button").filter(has_text="?").first.click()
    settle(page)
    chat = page.get_by_test_id("stChatInputTextArea")
    chat.fill(ANSWER)
    chat.press("Enter")
    expect(page.get_by_test_id("stChatMessage")).to_have_count(3, timeout=TIMEOUT)  # question, answer, next question
    settle(page)
    page.reload()
    open_app(page, url)
    go(page, "Interview")
    unfinished = page.get_by_text("Unfinished interviews (1)")
    expect(unfinished).to_be_visible(timeout=TIMEOUT)
    unfinished.click()
    page.get_by_role("button", name="Resume:").first.click()
    settle(page)
    expect(page.get_by_test_id("stChatMessage").filter(has_text=ANSWER)).to_be_visible(timeout=TIMEOUT)
    expect(page.get_by_test_id("stChatMessage")).to_have_count(3)


@pytest.mark.timeout(180)
def test_local_workspace_loses_nothing(launch_app, chromium, tmp_path):
    workspace = demo_workspace("local")
    app = launch_app(workspace)
    context = chromium.new_context(viewport=WIDE)
    first = context.new_page()
    try:
        open_app(first, app.url)
        click(first, "Load sample Big Resume")
        expect(first.get_by_text("Avery Lindqvist").first).to_be_visible(timeout=TIMEOUT)
        oversized_upload(first)
        second = context.new_page()
        open_app(second, app.url)
        two_tabs(first, second, workspace)
        reload_mid_interview(second, app.url)  # the first tab is stale now: it would (rightly) conflict
    except Exception:
        for number, page in enumerate(context.pages):
            page.screenshot(path=str(tmp_path / f"failure-{number}.png"), full_page=True)
        raise
    finally:
        context.close()


@pytest.mark.timeout(120)
def test_edits_to_one_import_preview_never_land_on_the_next_files_rows(launch_app, chromium, tmp_path):
    """Fix a row of one file's preview, then drop another file of the same shape on the uploader: the
    new preview shows the new file's rows, and only they are added."""
    workspace = tmp_path / "ws"
    app = launch_app(workspace)
    page = chromium.new_page(viewport=WIDE)
    try:
        open_app(page, app.url)
        go(page, "Big Resume")
        panel = tab(page, "Import")
        upload = panel.locator("input[type=file]").first
        upload.set_input_files(str(RESUMES / "sam_alpha_a.md"))
        expect(panel.get_by_text("Found 1 jobs", exact=False)).to_be_visible(timeout=TIMEOUT)
        settle(page)
        schools = panel.get_by_test_id("stDataFrame").last  # the education table: its first row is the school
        edit_cell(page, schools, 0, 55 + 100 + 110 + 60, "Alpha State University (fixed by hand)")
        upload.set_input_files(str(RESUMES / "sam_alpha_b.md"))
        expect(panel.get_by_text("Beta Corp", exact=False).first).to_be_visible(timeout=TIMEOUT)
        settle(page)
        click(page, "Add to my Big Resume")
        expect(page.get_by_text("Imported sam_alpha_b.md").filter(visible=True).first).to_be_visible(timeout=TIMEOUT)
        saved = bank_file_text(workspace)
        assert "Beta Institute of Technology" in saved and "Beta Corp" in saved
        assert "Alpha State" not in saved, "an edit made to the first file's preview reached the second file's rows"
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        raise
    finally:
        page.close()
