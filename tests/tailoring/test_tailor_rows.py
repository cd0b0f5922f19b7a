"""What the Tailor page's tables and choice lists show: labels that say where a line is, cut at a word."""

from __future__ import annotations

import pytest
from tailor_banks import TODAY, make_bank, make_posting

from resume_core.tailoring.coverage import CoverageRow
from resume_core.bank.model import Accomplishment
from resume_core.tailoring.pipeline import tailor
from resume_core.tailoring.rows import addable_items, coverage_table, editable_lines, short_label, years_text

LONG = ("Rebuilt the autoscaling of the batch fleet on EC2 Auto Scaling groups with warm pools, so nightly jobs start "
        "in two minutes instead of twelve and cost 30% less")


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("Short line", 110, "Short line"),
    ("word " * 30, 110, ("word " * 22).strip() + "…"),
    ("Cut CI time with EC2 Auto Scaling groups, caching and warm pools", 36, "Cut CI time with EC2 Auto Scaling…"),
    ("Cut CI time with EC2 Auto Scaling groups, caching and warm pools", 43, "Cut CI time with EC2 Auto Scaling groups…"),
    ("x" * 200, 36, "x" * 35 + "…"),
    ("two\n lines\tjoined", 110, "two lines joined"),
])
def test_short_labels_end_at_a_word(text, limit, expected):
    assert short_label(text, limit) == expected


def test_review_choices_say_where_a_line_is_and_the_summary_is_not_a_line_to_pick():
    bank = make_bank()
    bank.jobs[0].accomplishments.append(Accomplishment(id="acc-n6", text=LONG))
    resume = tailor(bank, make_posting(), today=TODAY).resume
    edit = [label for label, _ in editable_lines(resume).values()]
    assert not any("bake bread" in label or "Kubernetes clusters on AWS for eight" in label for label in edit)
    assert "Skill: Kubernetes" in edit
    assert "Northwind: Wrote Terraform modules used by 12 teams to provision AWS accounts" in edit
    addable = addable_items(resume, bank)
    on_page = {line.item_id for line in resume.lines()}
    assert addable and not set(addable) & on_page
    [label] = [short_label(x) for x in edit + list(addable.values()) if "Rebuilt the autoscaling" in x]
    full, head = f"Northwind: {LONG}", label.removesuffix("…")
    assert label.endswith("…") and 90 <= len(label) <= 110
    assert full.startswith(head) and full[len(head)] in " ,;", f"cut mid-word: {label!r}"


def row(**fields) -> CoverageRow:
    return CoverageRow(**{"requirement_id": "req-1", "requirement": "Terraform", "kind": "required",
                          "status": "covered", **fields})


def test_the_coverage_table_shows_verdict_reason_evidence_and_years():
    [met, gap] = coverage_table([
        row(skill="Terraform", verdict="met", reason="'Terraform' at Acme", evidence=["acc-1", "skl-2"]),
        row(requirement="3+ years of Go", verdict="not_met", reason="Nothing mentions Go", years_needed=3,
            years_found=1.5),
    ])
    assert met == {"Skill": "Terraform", "Requirement": "Terraform", "Kind": "required", "Verdict": "✅ Met",
                   "Reason": "'Terraform' at Acme", "Evidence": "acc-1, skl-2", "Years": "", "On the page": True}
    assert gap["Verdict"] == "❌ Not met" and not gap["On the page"]
    assert gap["Years"] == years_text(row(years_needed=3, years_found=1.5)) and gap["Years"].endswith("of 3 asked")
