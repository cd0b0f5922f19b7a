"""Skills a bullet names beyond the vocabulary: its owner's listed skills, and skills done as verbs."""

from __future__ import annotations

from resume_core.vocab.mentions import OwnerSkills, SkillVerbs


def test_a_gerund_skill_is_found_as_a_verb_but_not_as_a_lookalike_noun():
    verbs = SkillVerbs(["mentoring", "networking", "monitoring", "pair programming", "go"])
    assert verbs.named("Mentored four engineers and monitored 40 services") == {"mentoring", "monitoring"}
    assert verbs.named("Matched ledger entries against card-network files") == set()
    assert verbs.named("Networked the offices") == {"networking"}


def test_an_owner_skill_counts_only_when_spelled_exactly_and_only_if_the_posting_asks():
    skills = OwnerSkills(["go"], str.lower)
    listed = ("Go", "Helm")
    assert skills.named("Wrote quotaguard, a Go admission webhook", listed) == {"go": 1.0}
    assert skills.named("Planned the Go-live and the go to market", listed) == {}
    assert skills.named("Let's go", listed) == {}  # a different spelling is an ordinary word
    assert skills.named("Wrote a Go service", ("Helm",)) == {}  # not listed by this owner


def test_verbs_are_found_in_any_case_and_beside_letters_beyond_ascii():
    verbs = SkillVerbs(["mentoring", "monitoring"])
    assert verbs.named("MENTORED the café team; MONITORING the Zürich cluster") == {"mentoring", "monitoring"}
    assert verbs.named("Mentored interns at the café") == {"mentoring"}
    assert verbs.named("Ran the café and the Zürich office") == set()
    assert verbs.named("Ran the warehouse") == set()
    # "ſ" (long s) is an "s" to the case-blind pattern: the verb is found, not a crash on the odd spelling
    assert SkillVerbs(["testing"]).named("Teſted the release") == {"testing"}


def test_an_owner_skill_listed_with_stray_spaces_counts_like_the_name():
    skills = OwnerSkills(["go", "kubernetes"], str.lower)
    assert skills.named("Ran Kubernetes and a Go webhook", (" Go ", "", "Kubernetes")) == {"go": 1.0, "kubernetes": 1.0}
