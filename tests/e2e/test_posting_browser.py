"""A one-line Dice posting pasted in the browser: one short row per requirement, each with its quote.

Dice postings arrive with their markup stripped and their bullets glued together; the table must
still show "5+ years of C#", "REST", "SQL Server" as rows of their own, with the sentence each
came from, not the whole paragraph once per skill.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from resume_core.bank.xml_io import parse_posting_xml
from steps import TIMEOUT, click, demo_workspace, go, open_app, settle, shoot

WIDE = {"width": 1400, "height": 1000}
# One line, as Dice delivers it (bullets, headings and sentences glued together).
ONE_LINE = (
    "Our client in Manchester NH is seeking a .NET C# Developer for a 3 month contract.Location: Manchester NH"
    "Duration: 3 months contract Job Description:The project - A service-oriented enterprise application built "
    "using Angular, WebApi, Entity Framework, and SQL Server Must Have:5+ years of enterprise experience in c#, "
    ".NetBuilding REST services using Microsoft WebApi/MVCExperience writing Unit TestsSQL Server and Entity "
    "FrameworkFamiliarity with Istio or Linkerd Nice to Haves:NServiceBus, MongoDB, continuous integration "
    "experience We offer excellent benefits and a 401k plan. Please send your resume to jobs@example.com."
)


def saved_postings(workspace: Path) -> list:
    return [parse_posting_xml(p.read_bytes()) for p in sorted((workspace / "postings").glob("*.xml"))]


@pytest.mark.timeout(180)
def test_a_pasted_one_line_dice_posting_gives_one_short_row_per_requirement(launch_app, chromium, tmp_path):
    workspace = demo_workspace("posting")
    app = launch_app(workspace)
    context = chromium.new_context(viewport=WIDE)
    page = context.new_page()
    try:
        open_app(page, app.url)
        go(page, "Posting Analysis")
        form = page.get_by_test_id("stForm").first
        form.get_by_label("Paste the posting").fill(ONE_LINE)
        form.get_by_label("Title", exact=True).fill(".NET C# Developer")
        click(page, "Save and analyze", where=form)
        expect(page.get_by_role("button", name="Save requirements")).to_be_visible(timeout=TIMEOUT)
        settle(page)
        expect(page.get_by_text("quotes the sentence it came from")).to_be_visible()
        shoot(page, "posting-analysis-dice", always=True)
        [posting] = saved_postings(workspace)
        stated = [r for r in posting.requirements if r.kind != "implied"]
        by_skill = {r.skill: r for r in stated if r.skill}
        # One short line per requirement, each quoting its own sentence (never the whole paragraph).
        assert by_skill["C#"].text == "5+ years of C#" and by_skill["C#"].years_min == 5
        assert by_skill["REST"].text == "REST" and "Building REST services" in by_skill["REST"].quote
        assert by_skill["SQL Server"].kind == "required" and by_skill["MongoDB"].kind == "preferred"
        assert by_skill["Istio"].alternatives_group and by_skill["Istio"].alternatives_group == \
            by_skill["Linkerd"].alternatives_group
        assert all(len(r.text.split()) <= 13 and r.quote and len(r.quote) < len(ONE_LINE) / 2 for r in stated)
        assert all(r.quote in ONE_LINE.replace("\n", " ") or r.quote.replace(" ", "") in ONE_LINE.replace(" ", "")
                   for r in stated), "a quote is not the posting's own words"
        # Benefits and how to apply are no requirements.
        assert not [r for r in posting.requirements if "401k" in r.quote or "resume" in r.quote.lower()]
    except Exception:
        page.screenshot(path=str(tmp_path / "failure.png"), full_page=True)
        raise
    finally:
        context.close()
