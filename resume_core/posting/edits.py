"""A posting's requirements as editable table rows, and the edited rows back as requirements.

The Posting Analysis page shows one row per requirement (requirement, kind, canonical skill,
rationale, keep). Rows keep their requirement id, so an edit changes that requirement in place; a
row without an id is a requirement the user added; a missing row was deleted. Skills the user types
are named through the vocabulary ("k8s" -> "Kubernetes").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from resume_core.bank.model import Posting, Requirement, new_id
from resume_core.vocab.vocabulary import load_vocabulary

COLUMNS = ("id", "requirement", "kind", "sure", "aspect", "skill", "quote", "rationale", "keep")
KINDS = ("required", "preferred", "implied")
# Confidence is calibrated (bench/bench_analysis.py): below MAYBE a requirement is right less than
# half the time, so the table says "maybe"; from SURE on it is right about 9 times in 10.
MAYBE, SURE = 0.5, 0.85


def certainty(confidence: float) -> str:
    """How sure a row is, in a word the table shows: "sure", "likely" or "maybe"."""
    return "sure" if confidence >= SURE else "likely" if confidence >= MAYBE else "maybe"


def requirement_rows(posting: Posting) -> list[dict[str, Any]]:
    """One row per requirement: by kind (required, preferred, implied), and the rows of one sentence
    (one per skill it names) together, in the posting's order otherwise. Each row is the short line;
    the sentence it came from is its quote."""
    first: dict[tuple[str, str], int] = {}
    for index, r in enumerate(posting.requirements):
        first.setdefault((r.kind, r.quote or r.text), index)
    kinds = {"required": 0, "preferred": 1, "implied": 2}
    ordered = sorted(enumerate(posting.requirements),
                     key=lambda pair: (kinds.get(pair[1].kind, 3), first[pair[1].kind, pair[1].quote or pair[1].text],
                                       pair[0]))
    return [
        {"id": r.id, "requirement": r.text, "kind": r.kind, "sure": certainty(r.confidence),
         "aspect": r.aspect.replace("_", " "), "skill": r.skill, "quote": r.quote, "rationale": r.rationale,
         "confidence": r.confidence, "keep": r.keep}
        for _, r in ordered
    ]


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _flag(value: Any, default: bool = True) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return default
    return bool(value)


def requirements_from_rows(rows: Iterable[Mapping[str, Any]], previous: list[Requirement]) -> list[Requirement]:
    """The requirements the edited rows describe; blank rows are dropped, unknown kinds become 'required'."""
    vocab = load_vocabulary()
    old = {r.id: r for r in previous}
    taken = set(old)
    out: list[Requirement] = []
    for row in rows:
        text, skill_typed = _text(row.get("requirement")), _text(row.get("skill"))
        if not text and not skill_typed:
            continue
        skill = (vocab.canonical(skill_typed) or skill_typed) if skill_typed else ""
        kind = _text(row.get("kind")) or "required"
        kind = kind if kind in KINDS else "required"
        fields: dict[str, Any] = {"text": text or skill, "kind": kind, "skill": skill, "rationale": _text(row.get("rationale")),
                  "keep": _flag(row.get("keep"))}
        before = old.get(_text(row.get("id")))
        if before is not None:
            changed = any(getattr(before, k) != v for k, v in fields.items() if k != "keep")
            category = before.category if skill == before.skill else vocab.category(skill)
            out.append(before.model_copy(update={
                **fields, "category": category, **({"source": "user", "confidence": 1.0} if changed else {}),
            }))
        else:
            rid = new_id("requirement", taken)
            taken.add(rid)
            out.append(Requirement(id=rid, category=vocab.category(skill) if skill else "", source="user", **fields))
    return out
