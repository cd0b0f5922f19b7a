"""Keyword check: is the posting's own wording of each requirement on the page?

Many ATS searches are exact strings, so a page that says "k8s" misses a recruiter's search for
"Kubernetes", and a page with only "CI/CD" misses "continuous integration". For each kept requirement
that names a skill (or is a short term), `check_keywords` reports:

- the posting's own wording (how the posting spells the skill, from the vocabulary's aliases);
- whether the page has that wording, or only another spelling of the same skill (requirements the
  posting only implies, and wordings the posting does not use, are not checked: nobody searches them);
- for an acronym, whether the page also writes it out once (both "CI/CD" and "continuous
  integration"), and the other way round;
- which Big Resume lines (accomplishments, skills) carry a missing wording or expansion and are not
  on the page, so the user can swap one in on the Tailor page.

It only reports: it never writes a word into the resume, and the lines it names are the bank's own.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core.bank.model import Bank, Posting
from resume_core.vocab.vocabulary import DATA_DIR, load_vocabulary, normalise

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}(?:[/&][A-Z0-9]{1,6})?$")
_MAX_TERM_WORDS = 4


class BankLine(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item_id: str
    text: str


class KeywordResult(BaseModel):
    """One requirement's keyword on the page."""

    model_config = ConfigDict(extra="forbid")

    requirement_id: str
    requirement: str
    kind: str
    wording: str = Field(description="The posting's own wording of the skill.")
    status: Literal["exact", "variant", "missing"] = Field(
        description="'exact': the page has the posting's wording; 'variant': only another spelling of the "
                    "same skill; 'missing': neither.")
    page_wording: str = Field("", description="The spelling the page uses, for 'variant'.")
    acronym: str = Field("", description="The acronym form, when the skill has one ('CI/CD').")
    expansion: str = Field("", description="Its written-out form ('continuous integration').")
    acronym_written_out: bool | None = Field(
        None, description="For a skill with an acronym on the page: whether both forms are there.")
    bank_lines: list[BankLine] = Field(default_factory=list, description=(
        "Bank lines not on the page that carry the missing wording or expansion."))
    advice: str = ""


class KeywordReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    results: list[KeywordResult] = Field(default_factory=list)


@functools.cache
def _curated_aliases() -> dict[str, list[str]]:
    """Canonical skill -> its curated spellings (canonical first), as people write them."""
    curated = json.loads((DATA_DIR / "curated.json").read_text(encoding="utf-8"))
    return {name: [name, *entry.get("aliases", [])] for name, entry in curated.get("skills", {}).items()}


def _contains(haystack: str, needle: str) -> bool:
    """`needle` in `haystack` as whole words, case-insensitive (normalised tokens: plurals, '-', '/')."""
    key = normalise(needle)
    return bool(key) and f" {key} " in haystack


def _spellings(canonical: str) -> tuple[str, str]:
    """(acronym, expansion) of a skill from its curated spellings, '' where it has none."""
    names = _curated_aliases().get(canonical, [canonical])
    acronym = next((n for n in names if _ACRONYM.match(n) and len(n) >= 2), "")
    expansion = next((n for n in names[1:] + names[:1] if len(n.split()) >= 2 and not any(
        _ACRONYM.match(word) for word in n.split())), "")
    return (acronym, expansion) if acronym and expansion else ("", "")


def _posting_wording(requirement, vocabulary) -> str:
    """How the posting spells the requirement's skill: the canonical spelling when the posting uses it
    (an acronym and its expansion both used: the other is the acronym check's), else its first one."""
    for source in (requirement.quote, requirement.text):
        spellings = [m.surface for m in vocabulary.find(source or "") if m.canonical == requirement.skill]
        if spellings:
            canonical = normalise(requirement.skill)
            return next((s for s in spellings if normalise(s) == canonical), spellings[0])
    return requirement.skill


def _normalised_lines(bank: Bank) -> list[tuple[str, str, str, bool]]:
    """(item id, text, normalised text, is a skill) of every bullet and skill of the bank, each
    normalised once per check (not once per requirement: a 1,000-item bank has 1,000 lines to cut)."""
    out: list[tuple[str, str, str, bool]] = []
    for owner in bank.owners():
        out.extend((item.id, item.text, normalise(item.text), False) for item in owner.accomplishments)
        out.extend((skill.id, skill.name, normalise(skill.name), True) for skill in owner.skills)
    return out


def _bank_lines(lines: list[tuple[str, str, str, bool]], page: str, terms: list[str]) -> list[BankLine]:
    """Up to five bank lines off the page that hold one of `terms` (a skill: that is its name)."""
    keys = set(map(normalise, terms))
    padded = [f" {key} " for key in keys if key]
    out: list[BankLine] = []
    for item_id, text, key, skill in lines:
        if skill:
            if key in keys and not (key and f" {key} " in page):
                out.append(BankLine(item_id=item_id, text=text))
        elif any(term in f" {key} " for term in padded) and f" {key} " not in page:
            out.append(BankLine(item_id=item_id, text=text))
    unique: dict[str, BankLine] = {}
    for line in out:
        unique.setdefault(line.text, line)
    return list(unique.values())[:5]


def check_keywords(posting: Posting, page_text: str, bank: Bank) -> KeywordReport:
    """The keyword check of `page_text` (the resume as text) against `posting`'s kept requirements."""
    vocabulary = load_vocabulary()
    page = f" {normalise(page_text)} "
    on_page = {m.canonical: m.surface for m in vocabulary.find(page_text)}
    results: list[KeywordResult] = []
    seen: set[str] = set()
    posting_text = f" {normalise(posting.text)} "
    lines: list[tuple[str, str, str, bool]] | None = None
    for requirement in posting.requirements:
        if not requirement.keep or requirement.kind == "implied":
            continue  # an implied requirement has no wording of the posting's own
        if requirement.skill:
            wording = _posting_wording(requirement, vocabulary)
            canonical = requirement.skill
        elif len(requirement.text.split()) <= _MAX_TERM_WORDS and requirement.aspect == "skill":
            wording = canonical = requirement.text.strip().rstrip(".;:,")
        else:
            continue  # years, degrees and long sentences are no keyword search
        if posting.text.strip() and not _contains(posting_text, wording):
            continue  # the posting does not spell it so: nobody searches for this wording
        if not wording or normalise(wording) in seen:
            continue
        seen.add(normalise(wording))
        result = KeywordResult(requirement_id=requirement.id, requirement=requirement.text, kind=requirement.kind,
                               wording=wording, status="missing")
        if _contains(page, wording):
            result.status = "exact"
        elif canonical in on_page:
            result.status, result.page_wording = "variant", on_page[canonical]
        acronym, expansion = _spellings(canonical)
        missing_terms = [] if result.status == "exact" else [wording]
        if acronym:
            result.acronym, result.expansion = acronym, expansion
            has_acronym, has_expansion = _contains(page, acronym), _contains(page, expansion)
            if has_acronym or has_expansion:
                result.acronym_written_out = has_acronym and has_expansion
                if not has_expansion:
                    missing_terms.append(expansion)
                if not has_acronym:
                    missing_terms.append(acronym)
        if missing_terms:
            lines = _normalised_lines(bank) if lines is None else lines
            result.bank_lines = _bank_lines(lines, page, missing_terms)
        result.advice = _advice(result, missing_terms)
        results.append(result)
    return KeywordReport(results=results)


def _advice(result: KeywordResult, missing: list[str]) -> str:
    if not missing:
        return "On the page as the posting writes it."
    lines = ("; a bank line has it: swap it in on the Tailor page" if result.bank_lines
             else "; no bank line has it: add it to your Big Resume only if it is true")
    if result.status == "missing":
        return f"'{result.wording}' is not on the page{lines}."
    if result.status == "variant":
        return f"The page says '{result.page_wording}'; the posting says '{result.wording}'{lines}."
    return f"On the page as the posting writes it, but '{missing[0]}' is not written out too{lines}."
