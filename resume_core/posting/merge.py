"""A model's reading of a posting (prompt `analyze_posting`): the schema it fills in, and its merge
into the offline analysis - validated, named through the same vocabulary, quotes kept only when they
are the posting's own words, one requirement per canonical skill.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core.bank.model import Requirement, RequirementAspect
from resume_core.posting.rows import CONFIDENCE, KIND_ORDER, Collector, PostingAnalysis, shorten
from resume_core.vocab.vocabulary import load_vocabulary

class ImpliedItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    rationale: str


class ExtractedRequirement(BaseModel):
    """One requirement as a model reads it: the same fields as a `Requirement` row."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="The requirement as a short line: '5+ years of C#', 'Kubernetes'.")
    kind: Literal["required", "preferred"]
    skill: str = Field(description="The one skill, tool or technology it names, or ''.")
    aspect: RequirementAspect
    years_min: float | None = Field(None, ge=0, le=40)
    alternatives_group: str = Field("", description="Same non-empty value for requirements any one of which will do.")
    quote: str = Field(description="The posting's sentence it comes from, copied exactly.")


class PostingExtract(BaseModel):
    """The schema a model fills in for `analyze_posting`. `requirements` is the structured reading;
    `required` and `preferred` (plain short items) are still read, for replies in the older form."""

    model_config = ConfigDict(extra="forbid")
    title: str
    company: str
    role_summary: str
    required: list[str]
    preferred: list[str]
    implied: list[ImpliedItem]
    success_criteria: list[str]
    requirements: list[ExtractedRequirement] = Field(default_factory=list)


# Facts the posting states once: the offline reading of them stands, a model's second wording is no
# second requirement.
_ONCE = ("degree", "work_mode", "location", "travel", "clearance")


def _merge_structured(found: Collector, items: list[ExtractedRequirement], posting: str) -> None:
    """A model's structured requirements, validated: skills named through the vocabulary, a quote
    kept only when it is the posting's own words, alternatives groups of its own."""
    vocab = load_vocabulary()
    flat = " ".join(posting.split()).lower()
    stated_once = {r.aspect for r in found.items.values() if r.aspect in _ONCE}
    for item in items:
        text = " ".join(item.text.split())
        if not text or (item.aspect in _ONCE and item.aspect in stated_once):
            continue
        skill = (vocab.canonical(item.skill) or "") if item.skill.strip() else ""
        if not skill and item.aspect in ("skill", "years", "language"):
            skill = next((m.canonical for m in vocab.find(text)), "")
        quote = " ".join(item.quote.split())
        quote = quote if quote and quote.lower() in flat else ""
        group = f"llm-{item.alternatives_group.strip()[:40]}" if item.alternatives_group.strip() else ""
        years = item.years_min if item.aspect == "years" else None
        key = "" if skill else f"{item.aspect}:{text.lower()}"
        found.add(text, item.kind, skill, confidence=CONFIDENCE["llm"], source="llm", quote=quote,
                  aspect=item.aspect, years_min=years, group=group, key=key)
        if item.aspect in _ONCE:
            stated_once.add(item.aspect)


def _key(requirement: Requirement) -> str:
    if requirement.skill:
        return requirement.skill.lower()
    text = " ".join(requirement.text.lower().split())
    return text if requirement.aspect in ("skill", "other") else f"{requirement.aspect}:{text}"


def merge_extract(analysis: PostingAnalysis, extract: PostingExtract, posting: str = "") -> PostingAnalysis:
    """The offline analysis with a model's reading merged in, one requirement per canonical skill."""
    vocab = load_vocabulary()
    found = Collector()
    for requirement in analysis.requirements:
        found.items[_key(requirement)] = requirement
        found.taken.add(requirement.id)
    _merge_structured(found, extract.requirements, posting)
    for kind, items in (("required", extract.required), ("preferred", extract.preferred)):
        for item in items:
            matches = vocab.find(item)
            for match in matches:
                found.add(match.canonical, kind, match.canonical, confidence=CONFIDENCE["llm"], source="llm")
            if not matches and item.strip():
                found.add(item, kind, confidence=CONFIDENCE["llm"], source="llm", aspect="other")
    for implied in extract.implied:
        skill = vocab.canonical(implied.text) or ""
        if not implied.text.strip() or (skill and found.has(skill)):
            continue
        found.add(implied.text, "implied", skill, implied.rationale, CONFIDENCE["tool"], source="llm")
    summary = extract.role_summary.strip() or analysis.summary
    if extract.success_criteria:
        summary += " Success looks like: " + "; ".join(s.strip() for s in extract.success_criteria if s.strip())
    return analysis.model_copy(update={
        "title": analysis.title or extract.title.strip(), "company": analysis.company or extract.company.strip(),
        "summary": shorten(summary) if len(summary) > 600 else summary, "requirements": found.result(),
    })


def as_extract(analysis: PostingAnalysis) -> PostingExtract:
    by_kind = {k: [r.text if not r.skill else r.skill for r in analysis.requirements if r.kind == k]
               for k in KIND_ORDER}
    return PostingExtract(
        title=analysis.title, company=analysis.company, role_summary=analysis.summary,
        required=by_kind["required"], preferred=by_kind["preferred"],
        implied=[ImpliedItem(text=r.skill or r.text, rationale=r.rationale)
                 for r in analysis.requirements if r.kind == "implied"],
        success_criteria=[],
        requirements=[ExtractedRequirement(
            text=r.text, kind=r.kind, skill=r.skill, aspect=r.aspect, years_min=r.years_min,
            alternatives_group=r.alternatives_group, quote=r.quote) for r in analysis.requirements if r.kind != "implied"],
    )
