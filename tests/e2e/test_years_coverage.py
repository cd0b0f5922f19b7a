"""In a real browser: a years requirement is met for one Big Resume and not met for another, with the
years counted from the dated positions and the reason the user can check."""

from __future__ import annotations

from playwright.sync_api import expect

from resume_core.bank.model import Bank, Job, Person, Position, Posting, Requirement
from resume_core.storage.store import open_store
from steps import TIMEOUT, click, go, open_app, settle, tab

ASK = "A minimum of 3 years experience as a HELP DESK ADMINISTRATOR"


def _workspace(folder, start: str, end: str):
    store = open_store("local", str(folder))
    store.save_bank(Bank(person=Person(name="Sam Example"), jobs=[
        Job(id="job-acme", name="Acme", positions=[Position(title="Help Desk Administrator", start_date=start,
                                                            end_date=end)]),
        Job(id="job-beta", name="Beta Foods", positions=[Position(title="Line Cook", start_date="2016",
                                                                  end_date="2019")])]), None)
    store.save_posting(Posting(id="pst-helpdesk", title="Help Desk Administrator", company="Initech", requirements=[
        Requirement(id="req-years", kind="required", text=ASK)]), None)
    return folder


def _coverage_row(page, app_url: str) -> str:
    open_app(page, app_url)
    go(page, "Tailor")
    click(page, "Tailor", exact=True)
    expect(page.get_by_role("tab", name="Coverage")).to_be_visible(timeout=TIMEOUT)
    panel = tab(page, "Coverage")
    table = panel.get_by_test_id("stDataFrame").first
    expect(table).to_contain_text("HELP DESK", timeout=TIMEOUT)  # the accessible copy of the grid is filled
    settle(page)
    return table.text_content() or ""


def test_a_years_requirement_is_met_for_one_bank_and_not_for_another(launch_app, chromium, tmp_path):
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    try:
        enough = launch_app(_workspace(tmp_path / "enough", "2012", "2015"), TP_TODAY="2026-11-25")
        row = _coverage_row(page, enough.url)
        assert "✅ Met" in row and "3 y as HELP DESK ADMINISTRATOR" in row and "2012-2015 >= 3 required" in row

        short = launch_app(_workspace(tmp_path / "short", "2013", "2015"), TP_TODAY="2026-11-25")
        row = _coverage_row(page, short.url)
        assert "❌ Not met" in row and "2 y as HELP DESK ADMINISTRATOR" in row and "< 3 required" in row
        assert "Line Cook" not in row  # another role's years do not count
    finally:
        page.close()
