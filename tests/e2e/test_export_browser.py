"""In a real browser: the Export page shows what a resume parser reads (the ATS view) and exports a
cover letter written from the bank for the posting; the user's edit to the letter is still there after
a reload (it is saved in the workspace with the posting)."""

from __future__ import annotations

import io
import re
import time

import pytest
from playwright.sync_api import expect

from resume_core.posting.analysis import build_posting
from resume_core.bank.sample import load_sample_bank
from resume_core.storage.store import open_store
from steps import ROOT, TIMEOUT, click, demo_workspace, go, open_app, settle, shoot, tab

POSTING = ROOT / "data" / "sample_postings" / "senior_platform_engineer_northwind_relay.txt"
WIDE = {"width": 1400, "height": 1000}


@pytest.mark.timeout(240)
def test_the_ats_view_and_a_cover_letter_pdf(launch_app, chromium, tmp_path):
    from pypdf import PdfReader

    workspace = demo_workspace("export")
    store = open_store("local", str(workspace))
    bank = load_sample_bank()
    store.save_bank(bank, None)
    posting = build_posting(POSTING.read_text(encoding="utf-8"), company="Northwind Relay",
                            title="Senior Platform Engineer")
    store.save_posting(posting, None)
    app = launch_app(workspace)
    context = chromium.new_context(viewport=WIDE, accept_downloads=True)
    page = context.new_page()
    try:
        open_app(page, app.url)
        go(page, "Tailor")
        click(page, "Tailor", exact=True)
        expect(page.get_by_role("tab", name="Coverage")).to_be_visible(timeout=TIMEOUT)
        go(page, "Export")
        expect(page.get_by_text("PDF check passed").first).to_be_visible(timeout=TIMEOUT)
        panel = tab(page, "ATS view")
        expect(panel.get_by_text("The parser reads every job, title, date, bullet and school in its own entry.")
               ).to_be_visible(timeout=TIMEOUT)
        expect(panel.get_by_text(bank.person.email).first).to_be_attached()  # a table cell (drawn on a canvas)
        shoot(page, "export-ats-view")
        letter = page.get_by_role("textbox", name="Cover letter", exact=True)
        expect(letter).to_be_visible(timeout=TIMEOUT)
        assert letter.input_value().startswith("I am applying for the Senior Platform Engineer position at "
                                               "Northwind Relay.")
        expect(page.get_by_text("Every number, tool and name in the letter is in your Big Resume")).to_be_visible()
        shoot(page, "export-cover-letter")
        with page.expect_download(timeout=TIMEOUT) as download:
            page.get_by_role("button", name="Cover letter PDF", exact=True).click()
        path = tmp_path / download.value.suggested_filename
        download.value.save_as(path)
        assert path.name.endswith("-cover-letter.pdf")
        reader = PdfReader(io.BytesIO(path.read_bytes()))
        text = " ".join(reader.pages[0].extract_text().split())
        assert len(reader.pages) == 1
        assert "Dear Northwind Relay hiring team," in text and re.search(r"I am applying for the Senior", text)
        assert text.rstrip().endswith(bank.person.name)

        edited = letter.input_value() + "\n\nI would welcome a conversation about the platform team."
        letter.fill(edited)
        letter.press("Control+Enter")  # Streamlit's "apply" for a text area
        settle(page)
        # On a busy machine the rerun that saves may start after `settle` looked: wait for the saved letter.
        deadline = time.monotonic() + TIMEOUT / 1000
        while store.load_cover_letter(posting.id) != edited and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        assert store.load_cover_letter(posting.id) == edited  # saved in the workspace, beside the posting
        page.reload()
        open_app(page, app.url)
        go(page, "Export")
        letter = page.get_by_role("textbox", name="Cover letter", exact=True)
        expect(letter).to_be_visible(timeout=TIMEOUT)
        assert letter.input_value() == edited
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        raise
    finally:
        context.close()
