"""The loop the product promises, in a real browser: a gap on the Tailor page -> "Interview me about
this" -> the interviewer asks about that requirement first -> the person answers -> a suggestion names
the requirement's skill -> accepting it -> the coverage row is met."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from steps import TIMEOUT, click, demo_workspace, go, open_app, settle, shoot, tab

from resume_core.bank.model import Accomplishment, Bank, Job, Person, Position, Posting, Requirement, Skill
from resume_core.storage.store import LocalStore

SKILL = "Data analysis"
ANSWERS = (
    "Every month I pulled the trade data with SQL and did the data analysis of which branches were losing "
    "customers.",
    "It covered about 40,000 accounts, and the branch managers used it to call customers before they left.",
)


def seed(workspace) -> None:
    store = LocalStore(workspace)
    bank = Bank(
        person=Person(name="Rae Okafor", label="Operations analyst"),
        jobs=[Job(id="job-fidelity", name="Fidelity", positions=[Position(title="Operations Analyst",
                                                                               start_date="2019-01")],
                  skills=[Skill(id="skl-excel", name="Excel")],
                  accomplishments=[Accomplishment(id="acc-report", text="Prepared monthly reports in Excel")])],
    )
    store.save_bank(bank, None, "seed")
    posting = Posting(id="pst-analyst", title="Data Analyst", company="Northbank", text="Data analysis. Excel.",
                      requirements=[
                          Requirement(id="req-analysis", text="Experience with data analysis", kind="required",
                                      skill=SKILL),
                          Requirement(id="req-excel", text="Excel", kind="required", skill="Excel"),
                      ])
    store.save_posting(posting, None)


def coverage_cells(page, skill: str) -> list[str]:
    panel = tab(page, "Coverage")
    table = panel.get_by_test_id("stDataFrame").first
    expect(table).to_contain_text(skill, timeout=TIMEOUT)
    return [row.text_content() or "" for row in table.locator("tr").filter(has_text=skill).all()]


@pytest.mark.timeout(240)
def test_a_gap_interview_turns_its_coverage_row_to_met(launch_app, chromium, tmp_path):
    workspace = demo_workspace("gap-interview")  # a fixed path, for the screenshot's sidebar
    seed(workspace)
    app = launch_app(workspace)
    page = chromium.new_page(viewport={"width": 1400, "height": 1000})
    try:
        open_app(page, app.url)
        go(page, "Tailor")
        click(page, "Tailor", exact=True)
        expect(page.get_by_role("tab", name="Coverage")).to_be_visible(timeout=TIMEOUT)
        assert any("Not met" in cells for cells in coverage_cells(page, SKILL)), "the seeded requirement is no gap"
        click(page, "Interview me about this")

        # The interview page opens on the requirement: the first question is about it.
        expect(page.get_by_role("heading", name="Interview").first).to_be_visible(timeout=TIMEOUT)
        first = page.get_by_test_id("stMainBlockContainer").get_by_role("button").filter(has_text="?").first
        expect(first).to_contain_text(SKILL, timeout=TIMEOUT)
        first.click()
        settle(page)
        chat = page.get_by_test_id("stChatInputTextArea")
        for number, answer in enumerate(ANSWERS):
            chat.fill(answer)
            chat.press("Enter")
            expect(page.get_by_test_id("stChatMessage")).to_have_count(2 * number + 3, timeout=TIMEOUT)
            settle(page)
        questions = page.get_by_test_id("stChatMessage").all_inner_texts()[::2]
        assert len(set(questions)) == len(questions), f"a question was repeated: {questions}"
        shoot(page, "interview-gap")

        click(page, "Finish and summarise")
        expect(page.get_by_label("Summary", exact=True)).to_be_visible(timeout=TIMEOUT)
        click(page, "Save anecdote")
        expect(page.get_by_text("Suggestions from your story")).to_be_visible(timeout=TIMEOUT)
        settle(page)
        label = re.compile("^Suggested (skill|accomplishment)$")
        values = [box.input_value() for box in page.get_by_label(label).all()]
        assert SKILL in values, f"no suggestion names the requirement's skill: {values}"
        page.get_by_role("button", name="Accept", exact=True).nth(values.index(SKILL)).click()
        settle(page)
        expect(page.get_by_label(label)).to_have_count(len(values) - 1, timeout=TIMEOUT)

        go(page, "Tailor")
        click(page, "Tailor", exact=True)
        expect(page.get_by_role("tab", name="Coverage")).to_be_visible(timeout=TIMEOUT)
        rows = [cells for cells in coverage_cells(page, SKILL) if cells.startswith(SKILL)]
        assert rows and any("✅ Met" in cells for cells in rows), f"the gap is not met yet: {rows}"
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        raise
    finally:
        page.close()
