"""The summary: the person's own relevant sentences offline; a generated one is checked against the bank."""

from __future__ import annotations

from resume_core.tailoring.page_budget import metrics_for, summary_lines
from resume_core.tailoring.pipeline import build_table
from fakes import FakeEngine

from resume_core.tailoring.summary import (
    LEAD_CLOSE,
    SUMMARY_ID,
    SummaryReply,
    generate_summary,
    grounding_flags,
    pick_summary,
    split_sentences,
)
from tailor_banks import TODAY, make_bank, make_posting, req


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


LEAD = ("I am a platform engineer who has run Kubernetes clusters for eight years across three companies, building "
        "the paved roads that product teams use every day to ship their services safely.")
LATER = ("At Northwind I ran Kubernetes clusters and wrote Terraform modules for twelve teams, and I care a great "
         "deal about making our infrastructure boring, reliable and easy for everyone to reason about.")


def _summary_of(summary: str, posting) -> str:
    bank = make_bank()
    bank.person.summary = summary
    line = pick_summary(bank, build_table(bank, posting, TODAY), metrics_for())
    return line.text if line else ""


def test_a_short_aside_is_never_the_summary_for_a_word_in_common():
    posting = make_posting([req("k8s", "Kubernetes", skill="Kubernetes"), req("tf", "Terraform", skill="Terraform")])
    text = _summary_of(f"{LEAD}\n\nI also like Terraform. Outside work I bake bread and coach football.", posting)
    assert text == LEAD  # "I also like Terraform." fits and names a requirement, but says nothing on its own
    assert _summary_of("Backend engineer. Likes Terraform.", posting)  # a terse summary is still the person's


def test_the_lead_goes_first_when_it_is_about_as_relevant_and_order_is_kept():
    # Each sentence takes two of the three summary lines: only one fits.
    metrics = metrics_for()
    assert summary_lines(f"{LEAD} {LATER}", metrics) > metrics.summary_max_lines
    close = make_posting([req("k8s", "Kubernetes", skill="Kubernetes"),
                          req("tf", "Terraform", kind="implied", skill="Terraform").model_copy(
                              update={"confidence": 0.5})])
    table = build_table(make_bank(), close, TODAY)
    weights = {r.id: r.weight for r in table.requirements}
    lead, later = (sum(weights[r] * c for r, c in table.cover_text(s).items()) for s in (LEAD, LATER))
    assert LEAD_CLOSE * later <= lead < later  # the later sentence is a little more relevant
    assert _summary_of(f"{LEAD}\n\nOther things.\n\n{LATER}", close) == LEAD
    far = make_posting([req("k8s", "Kubernetes", skill="Kubernetes"), req("tf", "Terraform", skill="Terraform"),
                        req("teams", "Supporting many engineering teams")])
    assert _summary_of(f"{LEAD}\n\n{LATER}", far) == LATER  # clearly more relevant: it wins


def test_the_sample_platform_summary_is_the_persons_lead_not_an_aside():
    from pathlib import Path

    from resume_core.posting.analysis import build_posting
    from resume_core.bank.sample import load_sample_bank

    bank = load_sample_bank()
    posting_file = Path(__file__).resolve().parent.parent.parent / "data" / "sample_postings" / \
        "senior_platform_engineer_northwind_relay.txt"
    posting = build_posting(posting_file.read_text(encoding="utf-8"))
    for template in ("classic", "modern", "compact"):
        metrics = metrics_for(template)
        line = pick_summary(bank, build_table(bank, posting, TODAY), metrics)
        assert line.text.startswith(split_sentences(bank.person.summary)[0])
        assert "I also like data work." not in line.text
        assert summary_lines(line.text, metrics) <= metrics.summary_max_lines


def test_a_paragraph_break_ends_a_sentence():
    assert split_sentences("Platform engineer\n\nI run Kubernetes. I write Go.") == [
        "Platform engineer", "I run Kubernetes.", "I write Go."]
