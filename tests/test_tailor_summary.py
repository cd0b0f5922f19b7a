"""The summary: the person's own relevant sentences offline; a generated one is checked against the bank."""

from __future__ import annotations

from resume_core.page_budget import metrics_for
from resume_core.tailor import build_table
from resume_core.tailor_summary import SUMMARY_ID, check_grounding, pick_summary, split_sentences
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
    assert check_grounding("Platform engineer running Kubernetes on AWS for 12 teams.", bank) == []
    problems = check_grounding("Platform engineer who led Google teams with Rust, saving 99%.", bank)
    assert any("Google" in p for p in problems)
    assert any("99" in p for p in problems)
    assert any("rust" in p.lower() for p in problems)
