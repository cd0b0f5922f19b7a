"""Pure relevance scores: how well each piece of the bank proves each requirement of a posting.

Every accomplishment, skill, job description and project description is a `Candidate`. For each
(candidate, requirement) pair the *cover* in [0, 1] combines two signals:

- concepts: the share of the requirement's vocabulary skills (aliases resolved by
  `resume_core.vocab.vocabulary`) that the candidate names, or implies at a discount (Docker -> Containers),
  or names in ways the vocabulary leaves alone (`resume_core.vocab.mentions`: a skill its job
  lists, spelled in the bullet; a skill done as a verb, "mentored");
- text: a BM25-weighted share of the requirement's words that the candidate contains (each word
  weighted by its BM25 idf, each occurrence by BM25's length-normalised term saturation, capped at 1).

Corpus statistics come from the *pool* of candidates that share at least one word with the posting,
so bank content unrelated to the posting cannot change how the posting's words weigh against each
other. An item's *effective* cover is its cover times the recency of its job; its score is the
requirement-weighted mean of effective covers (required > preferred > implied). All functions are
pure and deterministic: ties always break by id.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from resume_core.bank.model import Bank, Requirement
from resume_core.vocab.mentions import OwnerSkills, SkillVerbs
from resume_core.tailoring.text_terms import IMPLIED_SHARE as IMPLIED_SHARE  # re-exported: scores are made of these
from resume_core.tailoring.text_terms import concept_strengths as concept_strengths
from resume_core.tailoring.text_terms import concepts as concepts
from resume_core.tailoring.text_terms import forgets_texts as forgets_texts
from resume_core.tailoring.text_terms import skill_concept as skill_concept
from resume_core.tailoring.text_terms import stem as stem
from resume_core.tailoring.text_terms import terms as terms
from resume_core.tailoring.text_terms import vocab_matches as vocab_matches

KIND_WEIGHT = {"required": 1.0, "preferred": 0.6, "implied": 0.35}
TEXT_SHARE = 0.85  # a word match alone proves a little less than naming the vocabulary skill
K1, B = 1.2, 0.75  # BM25 defaults
RECENCY_HALF_LIFE_YEARS = 8.0
RECENCY_FLOOR = 0.25

# --- candidates and requirements ------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """One piece of bank text that could go on the page, verbatim."""

    id: str
    kind: str  # "accomplishment", "skill", "job" (job description) or "project" (project description)
    text: str
    owner_id: str
    owner_kind: str  # "job", "project", or "person" for a skill tied to no job (owner_id and name "")
    owner_name: str
    order: int  # position in the bank, to keep the user's order where scores tie
    recency: float
    owner_skills: tuple[str, ...] = ()  # skills the job or project lists: they vouch for ambiguous names


def years_between(start: str, end: str) -> float:
    """Years from ISO date `start` to `end` (partial dates count from their first day)."""

    def parse(value: str) -> date:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        return date(parts[0], parts[1], parts[2])

    return (parse(end) - parse(start)).days / 365.25


def recency_weight(end_date: str, today: str) -> float:
    """1.0 for a current role, halving every RECENCY_HALF_LIFE_YEARS since it ended, floored."""
    if not end_date:
        return 1.0
    ago = max(0.0, years_between(end_date, today))
    return max(RECENCY_FLOOR, 0.5 ** (ago / RECENCY_HALF_LIFE_YEARS))


def build_candidates(bank: Bank, today: str) -> list[Candidate]:
    """Every selectable piece of the bank, in document order."""
    out: list[Candidate] = []
    for owner_kind, owners in (("job", bank.jobs), ("project", bank.projects)):
        for owner in owners:
            recency = recency_weight(owner.end_date, today)
            listed = tuple(dict.fromkeys([s.name for s in owner.skills] + list(getattr(owner, "technologies", []))))

            def add(item_id: str, kind: str, text: str) -> None:
                if text.strip():
                    out.append(Candidate(item_id, kind, text, owner.id, owner_kind, owner.name, len(out), recency,
                                         listed))

            add(owner.id, owner_kind, owner.description)
            for acc in owner.accomplishments:
                add(acc.id, "accomplishment", acc.text)
            for skill in owner.skills:
                add(skill.id, "skill", skill.name)
    for skill in bank.skills:  # the person's own skills: for the Skills line only, never a bullet
        if skill.name.strip():
            out.append(Candidate(skill.id, "skill", skill.name, "", "person", "", len(out), 1.0))
    return out


@dataclass(frozen=True)
class WeightedRequirement:
    id: str
    text: str
    kind: str
    weight: float
    concepts: frozenset[str]
    terms: tuple[str, ...]  # unique, in order


def weigh_requirements(requirements: Iterable[Requirement]) -> list[WeightedRequirement]:
    """The kept requirements with their weights; requirements with no words or weight are dropped."""
    out = []
    for req in requirements:
        weight = KIND_WEIGHT[req.kind] * req.confidence
        if not req.keep or weight <= 0:
            continue
        found = frozenset({skill_concept(req.skill)}) if req.skill.strip() else concepts(req.text)
        words = tuple(dict.fromkeys(terms(req.text) or terms(req.skill)))
        if words or found:
            out.append(WeightedRequirement(req.id, req.text, req.kind, weight, found, words))
    return out


# --- the score table ------------------------------------------------------------------------


@dataclass
class _Stats:
    """Corpus statistics and the posting's inverted maps, shared by every cover computation."""

    requirements: dict[str, WeightedRequirement]
    idf: dict[str, float]
    avgdl: float
    term_reqs: dict[str, list[str]]
    concept_reqs: dict[str, list[str]]
    denominators: dict[str, float]
    # Each requirement's concepts in a fixed order, sorted once rather than for every candidate.
    concept_order: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.concept_order = {rid: tuple(sorted(r.concepts)) for rid, r in self.requirements.items()}

    def covers(self, words: tuple[str, ...], found: dict[str, float]) -> dict[str, float]:
        counts: dict[str, int] = defaultdict(int)
        for w in words:
            if w in self.term_reqs:
                counts[w] += 1
        touched = {r for t in counts for r in self.term_reqs[t]}
        touched.update(r for c in found for r in self.concept_reqs.get(c, ()))
        norm = K1 * (1 - B + B * len(words) / self.avgdl)
        # Each word's BM25 saturation, once per text rather than once per requirement that has the word.
        saturation = {t: min(1.0, n * (K1 + 1) / (n + norm)) for t, n in counts.items()}
        idf = self.idf
        out: dict[str, float] = {}
        for rid in sorted(touched):
            req = self.requirements[rid]
            concept = (sum(found.get(c, 0.0) for c in self.concept_order[rid]) / len(req.concepts)
                       if req.concepts and found else 0.0)
            text = 0.0
            if self.denominators[rid]:
                got = sum(idf[t] * saturation[t] for t in req.terms if t in saturation)
                text = got / self.denominators[rid]
            value = 1 - (1 - concept) * (1 - TEXT_SHARE * text)
            if value > 1e-12:
                # Rounded, so that equal covers are equal whatever order the floats were summed in
                # (set order varies between runs) and ties then break by id, deterministically.
                out[rid] = round(min(1.0, value), 9)
        return out


@dataclass
class ScoreTable:
    """Covers of every candidate against every requirement (sparse: zero pairs are absent)."""

    candidates: list[Candidate]
    requirements: list[WeightedRequirement]
    stats: _Stats
    cover: dict[str, dict[str, float]] = field(default_factory=dict)
    _scores: dict[str, float] = field(default_factory=dict, repr=False)
    _total: float | None = field(default=None, repr=False)  # the requirements' weights, summed once

    def effective(self, candidate: Candidate) -> dict[str, float]:
        """Covers scaled by the recency of the candidate's job or project."""
        return {r: c * candidate.recency for r, c in self.cover.get(candidate.id, {}).items()}

    def score(self, candidate: Candidate) -> float:
        """Requirement-weighted mean of effective covers, in [0, 1]."""
        score = self._scores.get(candidate.id)
        if score is None:
            if self._total is None:
                self._total = sum(r.weight for r in self.requirements)
            total, weights, recency = self._total, self.stats.requirements, candidate.recency
            got = sum(weights[r].weight * (c * recency) for r, c in self.cover.get(candidate.id, {}).items())
            score = self._scores[candidate.id] = round(min(1.0, got / total), 9) if total else 0.0
        return score

    def cover_text(self, text: str) -> dict[str, float]:
        """Covers of a text that is not a candidate (a summary sentence), with the table's statistics."""
        return self.stats.covers(terms(text), concept_strengths(text))

    def ranked(self) -> list[Candidate]:
        """Candidates by score, best first; ties by id."""
        scores = {c.id: self.score(c) for c in self.candidates}
        return sorted(self.candidates, key=lambda c: (-scores[c.id], c.id))


def score_candidates(candidates: list[Candidate], requirements: list[WeightedRequirement]) -> ScoreTable:
    """Build the score table: inverted maps over the posting's words keep it near-linear in the bank.

    Each distinct text is read once (its words, the posting's skills it names, the words it shares
    with the posting), and each distinct (text, skills its owner vouches for) is scored once: a bank
    lists the same skill under many jobs."""
    term_reqs: dict[str, list[str]] = defaultdict(list)
    concept_reqs: dict[str, list[str]] = defaultdict(list)
    for req in requirements:
        for t in req.terms:
            term_reqs[t].append(req.id)
        for c in req.concepts:
            concept_reqs[c].append(req.id)
    pool: list[tuple[Candidate, tuple[str, ...], dict[str, float], tuple[str, ...]]] = []
    df: dict[str, int] = defaultdict(int)
    vouched = OwnerSkills(concept_reqs, skill_concept)
    verbs = SkillVerbs(concept_reqs)
    read: dict[str, tuple[tuple[str, ...], dict[str, float], set[str]]] = {}
    for cand in candidates:
        text = cand.text
        seen = read.get(text)
        if seen is None:
            words = terms(text)
            found = {c: w for c, w in concept_strengths(text).items() if c in concept_reqs} if concept_reqs else {}
            for c in verbs.named(text):
                found[c] = max(found.get(c, 0.0), TEXT_SHARE)
            seen = read[text] = (words, found, term_reqs.keys() & set(words))
        words, found, shared = seen
        extra = vouched.named(text, cand.owner_skills)
        if extra:
            found = {**found, **extra}
        if not shared and not found:
            continue
        pool.append((cand, words, found, tuple(sorted(extra))))
        for t in shared:
            df[t] += 1
    n = max(1, len(pool))
    avgdl = max(1.0, sum(len(w) for _, w, _, _ in pool) / n)
    idf = {t: math.log((n - df[t] + 0.5) / (df[t] + 0.5) + 1) for t in term_reqs}
    denominators = {r.id: sum(idf[t] for t in r.terms) for r in requirements}
    stats = _Stats({r.id: r for r in requirements}, idf, avgdl, dict(term_reqs), dict(concept_reqs), denominators)
    table = ScoreTable(candidates, requirements, stats)
    scored: dict[tuple[str, tuple[str, ...]], dict[str, float]] = {}
    for cand, words, found, extra_keys in pool:
        key = (cand.text, extra_keys)
        covers = scored.get(key)
        if covers is None:
            covers = scored[key] = stats.covers(words, found)
        if covers:
            table.cover[cand.id] = covers
    return table
