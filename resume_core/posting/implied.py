"""The implied passes of a posting analysis: what the stated skills imply (Kubernetes -> containers,
two steps deep) and what employers asking for them often also want (learned from postings: messaging
-> web services), what phrases imply ("on-call" -> production operations), and the O*NET occupation
of the title with its most typical tools; then the guesses are capped so what the posting says
outweighs what it suggests. Every implied row carries its rationale and a low, calibrated confidence.
"""

from __future__ import annotations

import json
import re

from resume_core.posting import sections as ps
from resume_core.vocab.occupations import load_occupations
from resume_core.posting.rows import (
    CONFIDENCE,
    DUTY,
    INTRO,
    SOFT_CATEGORIES,
    STACK,
    Collector,
)
from resume_core.vocab.vocabulary import DATA_DIR, load_vocabulary

MAX_OCCUPATION_IMPLIED = 3
MIN_IMPLIED = 3  # implied requirements kept at most: max(MIN_IMPLIED, IMPLIED_PER_STATED * stated ones)
IMPLIED_PER_STATED = 0.5
# Only an occupation's most typical technologies say something about one posting of it.
OCCUPATION_TOP = 8
# Generic office tools are listed for most occupations: implying them says nothing.
_GENERIC_CATEGORIES = ("Office",)


def _phrases() -> list[tuple[re.Pattern, str, str]]:
    curated = json.loads((DATA_DIR / "curated.json").read_text(encoding="utf-8"))
    return [(re.compile(p, re.IGNORECASE), skill, why) for p, skill, why in curated.get("phrases", [])]



_PHRASES = _phrases()


def implied_by_tools(found: Collector) -> None:
    """Tool implications, two steps deep (Spring Boot -> Spring -> Java), weaker at the second step."""
    vocab = load_vocabulary()
    # What the posting states, and the skills its duties name, imply the tools they go with.
    explicit = [r.skill for r in found.items.values()
                if r.skill and (r.kind != "implied" or r.rationale.startswith((DUTY, STACK, INTRO)))]
    frontier = [(skill, CONFIDENCE["tool"]) for skill in explicit]
    for _ in range(2):
        nxt = []
        for skill, confidence in frontier:
            for implied, why in vocab.implied_by(skill):
                if not found.has(implied):
                    found.add(implied, "implied", implied, f"{skill}: {why}", confidence)
                    nxt.append((implied, confidence - 0.05))
        frontier = nxt
    # Skills employers ask for together (learned from postings, see curated.json "co_occurs"): one
    # step, from what the posting states only, at the share of development postings that wanted them.
    for skill in [r.skill for r in found.items.values() if r.skill and r.kind != "implied"]:
        for wanted, why, confidence in vocab.co_occurring(skill):
            if not found.has(wanted):
                found.add(wanted, "implied", wanted, f"{skill}: {why}", confidence)


def implied_by_phrases(found: Collector, clauses: list[ps.Clause]) -> None:
    for pattern, skill, why in _PHRASES:
        for clause in clauses:
            match = pattern.search(clause.text)
            if match:
                if not found.has(skill):
                    found.add(skill, "implied", skill, f'"{match.group(0)}": {why}', CONFIDENCE["phrase"],
                              quote=clause.text)
                break


def implied_by_occupation(found: Collector, title: str):
    """The O*NET occupation of the title and its most typical tools, implied (see the module docstring)."""
    vocab = load_vocabulary()
    explicit = [r.skill for r in found.items.values() if r.skill and r.kind != "implied"]
    occupations = load_occupations()
    occupation = occupations.match(title) if title else None
    named = {r.skill for r in found.items.values() if r.skill and r.category not in SOFT_CATEGORIES}
    if occupation is not None and len(named) >= 3 and not named & {vocab.canonical(t) for t in occupation.technologies}:
        # A posting that names its tools, none of them the occupation's, is not of that occupation:
        # "Mobile Engineer" is an O*NET microsystems title, but not for a posting asking for Swift.
        return None
    if occupation is None:
        return None
    # A posting that names its cloud, languages or databases has chosen them: another tool of the
    # same kind is an alternative, not a requirement (Azure for a GCP shop). Of two typical tools of
    # one kind the posting names neither (AWS and Azure), so neither is implied: it is a guess.
    chosen = {vocab.category(skill) for skill in explicit}
    candidates: dict[str, list[str]] = {}
    for tech in occupation.technologies[:OCCUPATION_TOP]:
        canonical = vocab.canonical(tech)
        if (canonical is None or found.has(canonical)
                or vocab.category(canonical) in (*_GENERIC_CATEGORIES, *chosen)):
            continue
        kind = vocab.category(canonical) or canonical
        if canonical not in candidates.setdefault(kind, []):
            candidates[kind].append(canonical)
    typical = [names[0] for names in candidates.values() if len(names) == 1]
    for canonical in typical[:MAX_OCCUPATION_IMPLIED]:
        found.add(canonical, "implied", canonical,
                  f"commonly listed for the O*NET occupation '{occupation.title}', the closest to the "
                  f"title '{title}'", CONFIDENCE["occupation"])
    return occupation


def cap_implied(found: Collector) -> None:
    """Keep the surest implied requirements, at most max(MIN_IMPLIED, explicit / 2), so what the
    posting says outweighs what it suggests, and not every guess becomes a gap to interview about."""
    stated = sum(1 for r in found.items.values() if r.kind != "implied" or r.rationale.startswith(INTRO))
    # Each piece of evidence (a named tool, a phrase) gives its first implication before any gives a
    # second: three guesses from Kubernetes alone say less than one each from Kubernetes, Kafka and
    # "millions of users".
    # A guess from a guess (Kubernetes -> Docker -> Linux) waits one round more.
    guessed = {r.skill for r in found.items.values() if r.kind == "implied"}
    rank: dict[str, int] = {}
    order: dict[str, tuple[int, float]] = {}
    for key, requirement in found.items.items():
        if requirement.kind == "implied" and not requirement.rationale.startswith((DUTY, STACK, INTRO)):
            origin = requirement.rationale.split(":", 1)[0]
            rank[origin] = rank.get(origin, -1) + 1
            order[key] = (rank[origin] + (origin in guessed), -requirement.confidence)
    implied = sorted(order, key=order.__getitem__)
    limit = max(MIN_IMPLIED, int(stated * IMPLIED_PER_STATED))
    for key in implied[limit:]:
        del found.items[key]
