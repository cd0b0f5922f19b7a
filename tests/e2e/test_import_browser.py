"""In a real browser: import a two-column PDF (printed by Chromium from a sidebar layout) and a CV that
arrives on one line, and see the right jobs in the preview before anything is added."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from steps import open_app, settle, tab

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"
TIMEOUT = 30_000

# What a user must see in the preview: one group per job, "company — title".
TWO_COLUMN_JOBS = ["Stripe — Senior Site Reliability Engineer", "Cisco — Systems Engineer",
                   "Denver Public Library — Help Desk Technician"]
ONE_LINE_JOBS = ["Acme Logistics — Project Manager", "Globex Corporation — Senior Business Analyst"]


def print_pdf(chromium, html: Path, out: Path) -> Path:
    """The page printed to PDF by Chromium, as a resume theme's 'Save as PDF' makes it."""
    page = chromium.new_page()
    page.set_content(html.read_text(encoding="utf-8"))
    out.write_bytes(page.pdf(format="A4", print_background=True))
    page.close()
    return out


def preview_of(launch_app, chromium, tmp_path: Path, upload: Path) -> list[str]:
    """Upload `upload` on the Import tab; the titles of the preview's groups."""
    from playwright.sync_api import expect

    server = launch_app(tmp_path / "ws", TP_STORAGE="local")
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    try:
        open_app(page, server.url)
        panel = tab(page, "Import")
        panel.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(str(upload))
        found = panel.get_by_text(re.compile(r"^Found \d+ jobs"))
        refused = panel.get_by_test_id("stAlertContentError")
        expect(found.or_(refused).first).to_be_visible(timeout=TIMEOUT)
        settle(page)
        assert refused.count() == 0, f"the import was refused: {refused.first.inner_text()}"
        summaries = panel.get_by_test_id("stExpander").locator("summary").all_inner_texts()
        titles = [t.strip().splitlines()[-1].strip() for t in summaries]  # after the arrow icon's name
        assert panel.get_by_role("button", name="Add to my Big Resume").count() == 1  # nothing added yet
        return titles
    finally:
        page.close()


def _has(titles: list[str], wanted: str) -> bool:
    return any(wanted in title for title in titles)


@pytest.mark.timeout(180)
def test_a_two_column_pdf_shows_each_job_with_its_title(launch_app, chromium, tmp_path):
    pdf = print_pdf(chromium, FIXTURES / "two_column_sidebar.html", tmp_path / "mira_kovacevic.pdf")
    titles = preview_of(launch_app, chromium, tmp_path, pdf)
    missing = [job for job in TWO_COLUMN_JOBS if not _has(titles, job)]
    assert not missing, (missing, titles)
    assert sum(t.startswith("💼") for t in titles) == len(TWO_COLUMN_JOBS), titles  # no made-up job


@pytest.mark.timeout(180)
def test_a_one_line_text_cv_shows_each_job_with_its_title(launch_app, chromium, tmp_path):
    titles = preview_of(launch_app, chromium, tmp_path, FIXTURES / "one_line_cv.txt")
    missing = [job for job in ONE_LINE_JOBS if not _has(titles, job)]
    assert not missing, (missing, titles)
    assert sum(t.startswith("💼") for t in titles) == len(ONE_LINE_JOBS), titles
