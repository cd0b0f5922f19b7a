"""Review edits keep provenance honest; snapshots keep full text; diffs show what changed."""

from __future__ import annotations

import pytest

from resume_core.tailoring.review import (
    alternatives,
    build_snapshot,
    diff_resumes,
    edit_line,
    exclude_line,
    include_item,
    move_line,
    provenance_rows,
    set_summary,
    swap_line,
)
from resume_core.tailoring.pipeline import tailor
from tailor_banks import TODAY, make_bank, make_posting


@pytest.fixture
def bank():
    return make_bank()


@pytest.fixture
def resume(bank, monkeypatch):
    # Relevance alone: this small bank's page would otherwise be filled with its other work, and these
    # tests need lines that are off the page (see test_a_filler_line_can_be_removed_and_swapped_back).
    monkeypatch.setattr("resume_core.tailoring.pipeline.FILL_BELOW", 0.0)
    return tailor(bank, make_posting(), today=TODAY).resume


def bullets(resume, source_id):
    return [b.item_id for e in (*resume.experience, *resume.projects) if e.source_id == source_id for b in e.bullets]


def test_every_tailored_line_is_verbatim_bank_text(resume, bank):
    rows = provenance_rows(resume, bank)
    assert rows and all(r.verbatim and r.provenance == "bank" for r in rows)


def test_an_edited_line_is_shown_as_an_edit_and_a_revert_restores_bank_provenance(resume, bank):
    edited = edit_line(resume, bank, "acc-n2", "Wrote Terraform modules used by 15 teams")
    row = next(r for r in provenance_rows(edited, bank) if r.item_id == "acc-n2")
    assert row.provenance == "edited" and not row.verbatim
    reverted = edit_line(edited, bank, "acc-n2", bank.jobs[0].accomplishments[1].text)
    assert next(r for r in provenance_rows(reverted, bank) if r.item_id == "acc-n2").verbatim


def test_a_later_bank_edit_makes_the_old_line_not_verbatim(resume, bank):
    bank.jobs[0].accomplishments[1].text = "Something else now"
    row = next(r for r in provenance_rows(resume, bank) if r.item_id == "acc-n2")
    assert row.provenance == "bank" and not row.verbatim


def test_include_exclude_and_reorder(resume, bank):
    with_party = include_item(resume, bank, "acc-n4")
    assert bullets(with_party, "job-north")[-1] == "acc-n4"
    old_job = include_item(resume, bank, "acc-o1")
    assert [e.source_id for e in old_job.experience] == ["job-north", "job-contoso", "job-old"]
    assert old_job.experience[-1].positions[0].title == "Support Technician"
    without = exclude_line(resume, "acc-c2")
    contoso = next(e for e in without.experience if e.source_id == "job-contoso")
    assert contoso.collapsed and not contoso.bullets  # the title line stays
    first = bullets(resume, "job-north")
    moved = move_line(resume, first[1], -1)
    assert bullets(moved, "job-north")[:2] == [first[1], first[0]]


def test_swap_only_within_the_same_job(resume, bank):
    options = dict(alternatives(resume, bank, "acc-n2"))
    assert "acc-n4" in options and "acc-c1" not in options
    swapped = swap_line(resume, bank, "acc-n2", "acc-n4")
    assert bullets(swapped, "job-north").index("acc-n4") == bullets(resume, "job-north").index("acc-n2")
    with pytest.raises(ValueError):
        swap_line(resume, bank, "acc-n2", "acc-c1")


def test_a_filler_line_can_be_removed_and_swapped_back(bank):
    filled = tailor(bank, make_posting(), today=TODAY).resume  # the small page is filled with other work
    party = next(b for e in filled.experience for b in e.bullets if b.item_id == "acc-n4")
    assert party.score == 0 and not party.covers
    assert "acc-n4" not in dict(alternatives(filled, bank, "acc-n2"))  # already on the page
    without = exclude_line(filled, "acc-n4")
    assert "acc-n4" not in bullets(without, "job-north")
    assert "acc-n4" in dict(alternatives(without, bank, "acc-n2"))
    back = swap_line(without, bank, "acc-n2", "acc-n4")
    assert "acc-n4" in bullets(back, "job-north") and "acc-n2" not in bullets(back, "job-north")


def test_summary_typed_by_the_user_is_not_bank_text(resume, bank):
    own = set_summary(resume, bank, "I have run Kubernetes clusters on AWS for eight years.")
    assert own.summary.provenance == "bank"
    typed = set_summary(resume, bank, "Kubernetes person.")
    assert typed.summary.provenance == "edited"
    assert set_summary(resume, bank, "  ").summary is None


def test_snapshot_keeps_text_and_diff_shows_changes(resume, bank):
    snapshot = build_snapshot(resume, template="classic", note="sent")
    bank.jobs[0].accomplishments[1].text = "Changed in the bank later"
    assert any(b.text.startswith("Wrote Terraform") for e in snapshot.resume.experience for b in e.bullets)
    assert diff_resumes(snapshot.resume, resume) == []
    changed = exclude_line(resume, "acc-n2")
    diff = diff_resumes(snapshot.resume, changed)
    assert any(line.startswith("-") and "Wrote Terraform" in line for line in diff)


def test_lines_the_user_puts_on_the_page_are_dropped_last_to_fit_it():
    from resume_core.output.export import export_pdf
    from resume_core.output.render import render_markdown
    from tailor_banks import small_bank

    bank = small_bank()
    tailored = tailor(bank, make_posting(), today=TODAY).resume  # a small bank: the page is filled with other work
    # A sparse page now shows every accomplishment of the current job (issue 17: the per-job cap no longer
    # leaves lines off a page with room), so the user first takes acc-w5 off, then swaps it back in.
    mine = swap_line(include_item(exclude_line(tailored, "acc-w5"), bank, "acc-i0"), bank, "acc-w2", "acc-w5")
    scores = {b.item_id: b.score for e in mine.experience for b in e.bullets}
    assert scores["acc-i0"] == scores["acc-w5"] == max(scores.values()) > min(scores.values())
    # Twelve typed lines push the page over: the fit drops filler, never the lines the user chose.
    typed = "\n".join(f"- My own typed line {n} about work the bank does not hold yet, long enough to wrap once"
                      for n in range(12))
    markdown = render_markdown(mine).replace("\n### ", f"\n{typed}\n\n### ", 1)
    result = export_pdf(mine, "classic", "letter", markdown_text=markdown)
    dropped = {line.item_id for line in result.dropped}
    assert result.pages == 1 and dropped and not dropped & {"acc-i0", "acc-w5"}
