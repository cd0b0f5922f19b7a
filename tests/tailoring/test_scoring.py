"""Relevance scores: bounded, aliases resolved, recent and required work weighs more, pure."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

from resume_core.tailoring.scoring import (
    build_candidates,
    recency_weight,
    score_candidates,
    stem,
    terms,
    weigh_requirements,
)
from tailor_banks import TODAY, make_bank, req

WORDS = ["python", "kubernetes", "terraform", "aws", "mentoring", "sales", "baking", "ci/cd", "k8s", "the", "led"]
sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)


def table_for(requirements, bank=None):
    bank = bank or make_bank()
    return score_candidates(build_candidates(bank, TODAY), weigh_requirements(requirements))


def test_inflections_and_names_match():
    assert stem("designed") == stem("designing") == stem("designs")
    assert "c++" in terms("Wrote C++ and C#") and "c#" in terms("Wrote C++ and C#")
    assert "node.js" in terms("Node.js services")


def test_alias_in_the_bank_proves_the_canonical_requirement():
    from resume_core.bank.model import Accomplishment

    bank = make_bank()
    bank.jobs[0].accomplishments.append(Accomplishment(id="acc-alias", text="Ran k8s upgrades every quarter"))
    table = table_for([req("k", "Kubernetes", skill="Kubernetes")], bank)
    assert table.cover["acc-alias"]["req-k"] == 1.0


def test_the_item_that_names_the_requirement_ranks_above_one_that_does_not():
    table = table_for([req("obs", "Monitoring with Prometheus and Grafana")])
    ranked = [c.id for c in table.ranked()]
    assert ranked[0] == "acc-n5"
    assert "acc-n4" not in table.cover  # the summer party proves nothing


def test_recent_work_outweighs_the_same_work_long_ago():
    assert recency_weight("", TODAY) == 1.0
    assert recency_weight("2020-01", TODAY) > recency_weight("2008-12", TODAY) >= 0.25


def test_required_weighs_more_than_preferred_and_implied():
    weights = {r.id: r.weight for r in weigh_requirements(
        [req("a", "Go", kind="required"), req("b", "Go", kind="preferred"), req("c", "Go", kind="implied")]
    )}
    assert weights["req-a"] > weights["req-b"] > weights["req-c"] > 0


def test_removed_requirements_are_ignored():
    gone = req("x", "Terraform").model_copy(update={"keep": False})
    assert weigh_requirements([gone]) == []


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(sentences, min_size=1, max_size=6), st.lists(sentences, min_size=1, max_size=8))
def test_scores_and_covers_are_bounded_and_deterministic(req_texts, item_texts):
    from resume_core.bank.model import Accomplishment

    bank = make_bank()
    bank.jobs[0].accomplishments = [Accomplishment(id=f"acc-h{i}", text=t) for i, t in enumerate(item_texts)]
    requirements = [req(f"h{i}", t) for i, t in enumerate(req_texts)]
    first, second = table_for(requirements, bank), table_for(requirements, bank)
    for cand in first.candidates:
        assert 0.0 <= first.score(cand) <= 1.0
        assert all(0.0 < c <= 1.0 for c in first.cover.get(cand.id, {}).values())
    assert [c.id for c in first.ranked()] == [c.id for c in second.ranked()]
    assert first.cover == second.cover


def test_bullets_in_the_past_tense_match_postings_in_the_present():
    assert stem("led") == stem("leading") and stem("built") == stem("building") and stem("wrote") == stem("writing")
    assert stem("contributors") == stem("contributions") and stem("operator") == stem("operations")


def test_a_skill_the_owner_lists_counts_where_its_bullet_spells_it():
    """'a Go admission webhook' names Go under a job that lists Go, though 'Go' alone is a common word."""
    from resume_core.bank.model import Accomplishment

    bank = make_bank()  # job-north lists Go; job-contoso does not
    bank.jobs[0].accomplishments.append(Accomplishment(id="acc-go", text="Wrote quotaguard, a Go admission webhook"))
    bank.jobs[0].accomplishments.append(Accomplishment(id="acc-golive", text="Planned the Go-live of the new site"))
    table = table_for([req("go", "Proficiency in Go", skill="Go")], bank)
    assert table.cover["acc-go"]["req-go"] == 1.0
    assert table.cover.get("acc-golive", {}).get("req-go", 0.0) < 0.5


def test_a_skill_done_as_a_verb_proves_it_and_a_lookalike_noun_does_not():
    from resume_core.bank.model import Accomplishment

    bank = make_bank()
    bank.jobs[0].accomplishments += [
        Accomplishment(id="acc-mentored", text="Mentored four engineers through weekly pairing"),
        Accomplishment(id="acc-card", text="Matched every ledger entry against card-network settlement files"),
    ]
    table = table_for([req("men", "Mentor engineers across the company", skill="Mentoring"),
                       req("net", "Own our networking", skill="Networking")], bank)
    assert table.cover["acc-mentored"]["req-men"] >= 0.85
    assert table.cover.get("acc-card", {}).get("req-net", 0.0) < 0.5
