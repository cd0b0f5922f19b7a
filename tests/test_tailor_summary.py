"""The summary: the person's own relevant sentences offline; a generated one is checked against the bank."""

from __future__ import annotations

from resume_core.page_budget import metrics_for
from resume_core.tailor import build_table
from fakes import FakeEngine

from resume_core.tailor_summary import SUMMARY_ID, SummaryReply, generate_summary, grounding_flags, pick_summary, split_sentences
from tailor_banks import TODAY, make_bank, make_posting


def test_offline_summary_quotes_the_relevant_sentences_in_order():
    bank = make_bank()
    line = pick_summary(bank, build_table(bank, make_posting(), TODAY), metrics_for())
    assert line.item_id == SUMMARY_ID and line.provenance == "bank"
    assert "Kubernetes clusters on AWS" in line.text and "bread" not in line.text
    positions = [bank.person.summary.index(s) for s in split_sentences(line.text)]
    assert positions == sorted(positions)  # verbatim sentences, in the person's own order


def test_no_summary_without_the_persons_words():
    bank = make_bank()
    bank.person.summary = ""
    assert pick_summary(bank, build_table(bank, make_posting(), TODAY), metrics_for()) is None


def test_grounding_accepts_bank_facts_and_flags_invented_ones():
    bank = make_bank()
    assert grounding_flags("Platform engineer running Kubernetes on AWS for 12 teams.", bank) == []
    problems = grounding_flags("Platform engineer who led Google teams with Rust, saving 99%.", bank)
    assert any("Google" in p for p in problems)
    assert any("99" in p for p in problems)
    assert any("rust" in p.lower() for p in problems)
    # 20% is no fact of the bank, even though its jobs start in 2021 (dates and ids are not evidence)
    assert any("20%" in p for p in grounding_flags("Platform engineer who cut cloud costs by 20%.", bank))


def test_a_flagged_summary_stays_off_the_page_and_is_offered_for_editing():
    bank = make_bank()
    offline = pick_summary(bank, build_table(bank, make_posting(), TODAY), metrics_for())
    invented = "Platform engineer who cut cloud costs by 20% on AWS."
    line, flags = generate_summary(FakeEngine(extract=[SummaryReply(summary=invented)]), bank, offline, [], [])
    assert line == offline and line.provenance == "bank"  # the person's own sentences, not the model's
    assert any("20%" in f for f in flags)
    assert any(invented in f and "edit" in f.lower() for f in flags)  # shown, to adopt only by editing


def test_a_grounded_summary_is_used_and_marked_edited():
    bank = make_bank()
    offline = pick_summary(bank, build_table(bank, make_posting(), TODAY), metrics_for())
    good = "Platform engineer who ran Kubernetes clusters on AWS at Northwind."
    line, flags = generate_summary(FakeEngine(extract=[SummaryReply(summary=good)]), bank, offline, [], [])
    assert (line.text, line.provenance, flags) == (good, "edited", [])
