"""Requirement rows for the editor and back: edits in place, added rows, deleted rows, blanks."""

from __future__ import annotations

import math

from resume_core.bank.model import Posting, Requirement
from resume_core.posting.edits import requirement_rows, requirements_from_rows

POSTING = Posting(id="pst-0000aaaa", requirements=[
    Requirement(id="req-00000001", text="5+ years of Go", kind="required", skill="Go", category="Programming"),
    Requirement(id="req-00000002", text="Docker", kind="implied", skill="Docker", rationale="Kubernetes runs it",
                confidence=0.6),
])


def test_unchanged_rows_give_back_the_same_requirements():
    assert requirements_from_rows(requirement_rows(POSTING), POSTING.requirements) == POSTING.requirements


def test_edit_add_and_delete():
    rows = requirement_rows(POSTING)
    rows[0]["kind"] = "preferred"
    del rows[1]
    rows.append({"requirement": "Runs clusters", "kind": "implied", "skill": "k8s", "rationale": None,
                 "keep": math.nan, "id": None})
    edited, added = requirements_from_rows(rows, POSTING.requirements)
    assert edited.id == "req-00000001" and edited.kind == "preferred" and edited.source == "user"
    assert added.id not in {"req-00000001", "req-00000002"} and added.id.startswith("req-")
    assert (added.skill, added.kind, added.keep, added.source) == ("Kubernetes", "implied", True, "user")
    assert added.category == "DevOps"


def test_only_unticking_keep_is_not_a_user_rewrite():
    rows = requirement_rows(POSTING)
    rows[1]["keep"] = False
    kept = requirements_from_rows(rows, POSTING.requirements)[1]
    assert kept.keep is False and kept.source == "offline" and kept.confidence == 0.6


def test_blank_rows_are_dropped_and_unknown_kinds_become_required():
    rows = [{"requirement": "  ", "skill": None}, {"requirement": "Owns on-call", "kind": "whatever"}]
    (only,) = requirements_from_rows(rows, [])
    assert only.kind == "required" and only.text == "Owns on-call"


def test_rows_of_one_sentence_sit_together_by_kind():
    def req(n, text, kind, skill=""):
        return Requirement(id=f"req-{n}", text=text, kind=kind, skill=skill)

    posting = Posting(id="pst-1", text="x", requirements=[
        req("a1", "AWS (EKS, S3)", "required", "AWS"), req("t", "Terraform", "required", "Terraform"),
        req("i", "Containers", "implied", "Containers"), req("p", "Kafka", "preferred", "Kafka"),
        req("a2", "AWS (EKS, S3)", "required", "Amazon EKS")])
    assert [r["id"] for r in requirement_rows(posting)] == ["req-a1", "req-a2", "req-t", "req-p", "req-i"]


def test_rows_show_how_sure_each_is_and_the_sentence_it_quotes():
    from resume_core.posting.edits import certainty

    posting = Posting(id="pst-2", requirements=[
        Requirement(id="req-q", text="3+ years of Terraform", kind="required", skill="Terraform", confidence=0.9,
                    aspect="years", years_min=3, quote="You have at least 3 years of Terraform."),
        Requirement(id="req-g", text="SAP", kind="implied", skill="SAP", confidence=0.05, rationale="O*NET")])
    rows = {r["id"]: r for r in requirement_rows(posting)}
    assert rows["req-q"]["quote"] == "You have at least 3 years of Terraform." and rows["req-q"]["sure"] == "sure"
    assert rows["req-q"]["aspect"] == "years" and rows["req-g"]["sure"] == "maybe"
    assert certainty(0.7) == "likely"
    # Editing the short line keeps what the analysis knew about the row (its quote, aspect and years).
    edited = [dict(r) for r in requirement_rows(posting)]
    edited[0]["requirement"] = "3+ years of Terraform and Terragrunt"
    back = {r.id: r for r in requirements_from_rows(edited, posting.requirements)}
    assert back["req-q"].quote == "You have at least 3 years of Terraform." and back["req-q"].years_min == 3
    assert back["req-q"].source == "user"
