"""How a gap is worded: one topic per set of alternatives, skills in the posting's order."""

from __future__ import annotations

from tailor_banks import TODAY, make_bank, make_posting, req

from resume_core.tailoring.coverage import CoverageRow, gap_groups
from resume_core.interview.gaps import gap_names_requirement, gap_skills, gap_topic
from resume_core.tailoring.pipeline import tailor

LOW_LEVEL = "Rust, or experience with eBPF-based networking (Cilium)."


def row(skill: str, requirement: str, rid: str = "req-1") -> CoverageRow:
    return CoverageRow(requirement_id=rid, requirement=requirement, kind="required", skill=skill, status="gap",
                       verdict="not_met")


def test_a_sentence_of_alternatives_is_one_gap_named_in_the_posting_s_order():
    posting = make_posting([
        req("k8s", "Kubernetes in production", skill="Kubernetes"),
        *[req(f"low{i}", LOW_LEVEL, kind="preferred", skill=s) for i, s in enumerate(["Cilium", "Rust", "eBPF"])],
        req("soc", "Experience preparing for a SOC 2 Type II audit", kind="preferred", skill="SOC 2"),
    ])
    groups = gap_groups(tailor(make_bank(), posting, today=TODAY).coverage)
    assert len(groups) == 2  # the Rust sentence and SOC 2, not four
    assert [gap_topic(group) for group in groups] == ["Rust, eBPF or Cilium", "SOC 2"]
    assert gap_skills(groups[0]) == ["Rust", "eBPF", "Cilium"]


def test_a_gap_without_a_skill_is_named_by_its_requirement():
    assert gap_topic([row("", "Experience leading an on-call rotation")]) == "Experience leading an on-call rotation"
    assert gap_topic([row("Go", "Go"), row("Rust", "Go")]) == "Go or Rust"  # a skill the sentence lacks goes last
    assert gap_topic([row("Go", "Rust and Go"), row("Rust", "Rust and Go"), row("Zig", "Rust and Go")]) == \
        "Rust, Go or Zig"


def test_a_requirement_that_is_just_the_skill_s_name_is_said_once():
    assert gap_names_requirement(row("Kubernetes", " kubernetes "))
    assert not gap_names_requirement(row("Kubernetes", "Kubernetes in production"))
