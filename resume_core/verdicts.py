"""A verdict per requirement that a recruiter would sign: met, partly met, not met, or in the bank but off the page.

Relevance scores (`scoring`) rank lines for the page; they are not proof. A verdict rests only on
evidence a reader can check, each kind with its one-line reason:

- the skill itself, named in a skill, a bullet, a job's description or title, a certificate or a degree
  ("'Terraform' in your skills at Acme"), or by an alias ("'k8s' is Kubernetes");
- a curated vocabulary relation ("Terraform is infrastructure as code");
- an example the posting gives ("operating system such as Windows": Windows meets it);
- every word of a short requirement in one line ("Competent in Windows" names Windows); most of its
  words make it "partly met", never met: "End-to-end testing" does not prove "Test automation";
- years from dated positions (`years`), degree levels ("BSc >= Bachelor's"), certificates.

A word shared by chance, a loose neighbour in a list ("SDLC" for "SQL") or a skill named like a whole
category ("Programming languages" as an imported skill) is no evidence. Long sentences without a named
skill fall back to the relevance cover, with the line that carries it as the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from resume_core.model import Bank, Requirement, TailoredResume
from resume_core.scoring import IMPLIED_SHARE, concept_strengths, skill_concept, terms, vocab_matches
from resume_core.vocab import load_vocabulary
from resume_core.years import (
    TOLERANCE,
    YearsAsk,
    format_years,
    merged_years,
    parse_years_ask,
    same_word,
    term_set,
    years_found,
    years_reason,
)

VerdictName = Literal["met", "partly_met", "not_met", "not_on_page"]
VERDICT_LABEL = {"met": "Met", "partly_met": "Partly met", "not_met": "Not met",
                 "not_on_page": "In your bank, not on this page"}
SHORT_WORDS = 6  # a requirement line this short is matched word for word
PARTLY_COVER = 0.25  # a sentence requirement with a weaker best cover is not met at all
_EXAMPLES = re.compile(r"\b(?:such as|e\.g\.|eg\.|for example|for instance|like|including|incl\.)", re.I)
GENERIC = frozenset({"programming languages", "programming language", "operating system", "operating systems",
                     "soft skills", "technical skills", "frameworks", "databases", "database", "tools",
                     "scripting languages", "query languages", "cloud platforms", "software", "technology"})
DEGREE_LEVELS = [  # (level, name, pattern): linear alternations of literal words
    (1, "High school", re.compile(r"\b(?:high school|ged|secondary school|diploma)\b", re.I)),
    (2, "Associate's", re.compile(r"\b(?:associate'?s?|a\.a\.s?|aas|hnd)\b", re.I)),
    (3, "Bachelor's", re.compile(r"\b(?:bachelor'?s?|b\.?sc?|b\.?a|b\.?eng|b\.?tech|undergraduate|bs|ba|bba|"
                                 r"licen[cs]e|four-year degree|4-year degree|college degree|university degree)\b",
                                 re.I)),
    (4, "Master's", re.compile(r"\b(?:master'?s?|m\.?sc?|m\.?a|m\.?eng|mba|ms|graduate degree|postgraduate)\b",
                               re.I)),
    (5, "Doctorate", re.compile(r"\b(?:ph\.?d|doctorate|doctoral|d\.?phil)\b", re.I)),
]


@dataclass(frozen=True)
class Unit:
    """A piece of evidence: the bank id it comes from, its text, where it is, and whether the page shows it."""

    id: str
    text: str
    where: str
    on_page: bool
    skill_item: bool = False
    title: bool = False  # a position title: "you were a Data Analyst at X"


@dataclass
class Verdict:
    verdict: VerdictName
    reason: str
    evidence: list[str]
    years_needed: float | None = None
    years_found: float | None = None


def degree_level(text: str) -> tuple[int, str, str]:
    """The highest degree level a text names: (level, name, the words that said it), or (0, "", "")."""
    best = (0, "", "")
    for level, name, pattern in DEGREE_LEVELS:
        found = pattern.search(text[:2000])
        if found and level > best[0]:
            best = (level, name, found.group(0))
    return best


# How well, not what: "Exceptional Organizational Skills" asks for organisation.
_QUALIFIERS = frozenset(terms(
    "exceptional excellent outstanding superior strong comprehensive thorough broad deep extensive in-depth "
    "proficiency proficient knowledge ability abilities capability capabilities understanding expertise expert "
    "skilled solid familiarity basic advanced good great effective effectively demonstrated proven capable competent "
    "competence competency sound keen high level working hands-on practical relevant prior previous professional "
    "minimum least some plus big bonus nice versatile mastery master command capacity concept concepts efficiency "
    "efficient adept profound seasoned decent well-versed versed knowledgeable skillful experienced exemplary "
    "technological technical superb remarkable impressive exceptional reliable fluent fluency thorough robust "
    "outstanding great must demonstrate demonstrable total related eloquent acumen background sharp keen "
    "ample considerable significant wide range grasp standout stellar adroit exceptionally outstandingly apt aptitude"))
# The head noun that closes a skill's name and says only what kind of thing it is: "photography techniques"
# asks for photography, "underwriting process" for underwriting (never the only word left).
_HEAD_NOUNS = frozenset(terms("techniques practices process processes procedures methods methodologies principles "
                              "tasks trends sector sectors protocol protocols norms"))


_concept_of = lru_cache(maxsize=65536)(skill_concept)


_found = vocab_matches


@lru_cache(maxsize=65536)
def _stems(text: str) -> list[str]:
    return [w for w in terms(text) if (len(w) > 1 or w in ("c", "r")) and w not in _QUALIFIERS]


_same = same_word  # "analysi"/"analyst", "teach"/"teacher"


def word_share(asked: list[str], text: str) -> float:
    if not asked:
        return 0.0
    exact, by_prefix = _stem_set(text)
    return sum(w in exact or any(_same(w, h) for h in by_prefix.get(w[:4], ())) for w in asked) / len(asked)


def together(asked: list[str], text: str) -> bool:
    """The asked words stand close together in the text ("operation and control", not "operation of the
    line ... quality control"): some window of at most twice their number plus two words holds them all."""
    held = _stems(text)
    wanted = list(dict.fromkeys(asked))
    if len(wanted) < 2 or len(held) <= 2 * len(wanted) + 2:
        return True
    width = 2 * len(wanted) + 2
    for start in range(len(held) - width + 1):
        window = held[start:start + width]
        if all(any(_same(w, h) for h in window) for w in wanted):
            return True
    return False


@lru_cache(maxsize=65536)
def _stem_set(text: str) -> tuple[frozenset[str], dict[str, list[str]]]:
    """The text's stems, and by their first four letters (only those can say the same word, see `_same`)."""
    by_prefix: dict[str, list[str]] = {}
    for stem in _stems(text):
        by_prefix.setdefault(stem[:4], []).append(stem)
    return frozenset(_stems(text)), by_prefix


@lru_cache(maxsize=65536)
def _is_generic(name: str) -> bool:
    return " ".join(name.lower().split()) in GENERIC


@lru_cache(maxsize=4096)
def examples_for(sentence: str, concept: str) -> list[str]:
    """Skills the sentence gives as examples of `concept` ("operating system such as Windows" -> ["windows"])."""
    cue = _EXAMPLES.search(sentence[:2000])
    if not cue:
        return []
    found = load_vocabulary().find(sentence[:2000])
    before = [m.canonical.lower() for m in found if m.end <= cue.start()]
    after = [m.canonical.lower() for m in found if m.start >= cue.end()]
    if concept in before[-2:] or not before:
        return [a for a in after if a != concept]
    return []


def evidence_units(resume: TailoredResume, bank: Bank, touched: set[str] | None = None) -> list[Unit]:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    """Every line of the bank that can carry evidence, marked when the page shows it; then the page's own
    edited or typed lines. `touched` (the ids of the bank lines that share a word or a skill with the
    posting, from the score table) leaves out the bullets, skills and descriptions that cannot prove it."""
    shown = {line.item_id for line in resume.lines() if line.provenance == "bank"}
    entries = {e.source_id for e in (*resume.experience, *resume.projects)}
    shown |= entries
    shown |= {e.id for e in resume.education} | {c.id for c in resume.certificates}
    units = []
    for owner in bank.owners():
        at = f"at {owner.name}"
        if owner.description.strip() and (touched is None or owner.id in touched):
            units.append(Unit(owner.id, owner.description, f"the description of {owner.name}", owner.id in shown))
        for pos in getattr(owner, "positions", []):
            units.append(Unit(owner.id, pos.title, f"you were {pos.title} {at}", owner.id in entries, title=True))
        for acc in owner.accomplishments:
            if touched is not None and acc.id not in touched:
                continue
            units.append(Unit(acc.id, acc.text, f"a bullet {at}", acc.id in shown))
        for skill in owner.skills:
            if touched is not None and skill.id not in touched:
                continue
            units.append(Unit(skill.id, skill.name, f"your skills {at}", skill.id in shown, skill_item=True))
        for tech in getattr(owner, "technologies", []):
            units.append(Unit(owner.id, tech, f"the technologies of {owner.name}", owner.id in entries))
    for skill in bank.skills:  # the person's own skills, held apart from any job
        if skill.name.strip() and (touched is None or skill.id in touched):
            units.append(Unit(skill.id, skill.name, "your skills", skill.id in shown, skill_item=True))
    for school in bank.education:
        text = " ".join(x for x in (school.study_type, school.area) if x)
        if text:
            units.append(Unit(school.id, text, f"your degree from {school.institution}", school.id in shown))
    for cert in bank.certificates:
        units.append(Unit(cert.id, cert.name, "your certificates", cert.id in shown))
    for line in resume.lines():
        if line.provenance != "bank":
            units.append(Unit(line.item_id, line.text, "a line you wrote on this page", True))
    return units


class EvidenceIndex:
    """The units, indexed by the first letters of their words and by the vocabulary skills they name or
    imply, so each requirement looks only at the units that could prove it (a bank of thousands of lines)."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self._by_word: dict[str, list[int]] = {}
        self._by_concept: dict[str, list[int]] = {}
        for n, unit in enumerate(units):
            for prefix in {word[:4] for word in _stems(unit.text)}:
                self._by_word.setdefault(prefix, []).append(n)
            for concept in concept_strengths(unit.text):
                self._by_concept.setdefault(concept, []).append(n)

    def candidates(self, asked: list[str], names: list[str], concepts: list[str], field: str = "") -> list[Unit]:
        """Units that could prove a requirement: with two of its `asked` words (or its only one), a word of
        a skill it `names`, or one of its `concepts`; for a generic `field` ("programming languages") also
        those naming a skill of that category. (Words match by their first letters, as `_same` does.)"""
        hits: dict[int, int] = {}
        for prefix in {w[:4] for w in asked}:
            for n in self._by_word.get(prefix, ()):
                hits[n] = hits.get(n, 0) + 1
        need = min(2, len({w[:4] for w in asked}))
        found = {n for n, count in hits.items() if count >= need}
        found.update(n for w in names for n in self._by_word.get(w[:4], ()))
        if field:
            vocab = load_vocabulary()
            for concept, members in self._by_concept.items():
                category = _stems(vocab.category(vocab.canonical(concept) or concept))
                if category and _same(field, category[0]):
                    found.update(members)
        found.update(n for c in concepts for n in self._by_concept.get(c, ()))
        return [self.units[n] for n in sorted(found)]


def _match(req_skill: str, asked: list[str], sentence: str, unit: Unit, concepts: Sequence[list[str]] = ()) -> tuple[int, str]:
    """(2 full / 1 partial / 0, reason) for one unit against a requirement."""
    level, reason = _match_words(req_skill, asked, sentence, unit, concepts)
    if unit.title and level:
        reason = unit.where + (reason[reason.index(":"):] if ":" in reason else "")
    return level, reason


def _match_words(req_skill: str, asked: list[str], sentence: str, unit: Unit, concepts) -> tuple[int, str]:
    quoted = f"'{unit.text.strip()[:80]}'"
    if req_skill:
        level, reason = _concept_match(req_skill, sentence, unit, quoted)
        if level or reason == "junk":
            return level, "" if reason == "junk" else reason
    if concepts and not req_skill:
        levels = []
        for group in concepts:
            best = (0, "")
            for concept in group:
                found = _concept_match(concept, sentence, unit, quoted)
                if found[0] == 0 and found[1] != "junk" and word_share(_stems(concept), unit.text) == 1.0:
                    found = (2, f"{quoted} in {unit.where}")
                best = max(best, found, key=lambda x: x[0])
            levels.append(best)
        if all(level == 2 for level, _ in levels):
            return 2, levels[0][1]
        got = sum(level > 0 for level, _ in levels)
        if levels and got >= 1 and (len(levels) == 1 or (got >= 2 and got * 2 >= len(levels))):
            return 1, next((r for level, r in levels if level), "")
        return 0, ""
    if asked and not (unit.skill_item and _is_generic(unit.text)):
        share = word_share(asked, unit.text)
        if share == 1.0 and not together(asked, unit.text):
            share = 0.99  # every word is there, but scattered over a long line: not the skill itself
        if share == 1.0:
            return 2, f"{quoted} in {unit.where}"
        if share >= 0.5 and _named_after_modifiers(asked, unit.text):
            return 2, f"{quoted} in {unit.where}"
        if share >= 0.5 and share * len(asked) >= 2 - 1e-9:  # two words of a longer ask, never one of two
            return 1, f"only part of it: {quoted} in {unit.where}"
    return 0, ""


def _named_after_modifiers(asked: list[str], text: str) -> bool:
    """The words left unmatched all lead the ask and the rest, two words or more and at least half of them,
    stand together in the text: "Reinforced critical thinking skills" is named by "Critical thinking skills",
    "Proper management of material resources" by "management of material resources" (what the leading
    words say is how well). A missing word after the named ones ("project management" for "management")
    is never a modifier."""
    for cut in range(1, len(asked) - 1):
        tail = asked[cut:]
        if len(tail) * 2 < len(asked):
            return False
        if word_share(tail, text) == 1.0 and together(tail, text):
            return True
    return False


@lru_cache(maxsize=4096)
def _asked_skill(req_skill: str) -> tuple[str, bool]:
    """The canonical concept of an asked skill, and whether it names a whole category."""
    concept = _concept_of(req_skill)
    return concept, _is_generic(req_skill) or _is_generic(concept)


def _concept_match(req_skill: str, sentence: str, unit: Unit, quoted: str) -> tuple[int, str]:
    """(level, reason) of a unit for one vocabulary skill; (0, "junk") for a skill named like a category."""
    concept, generic = _asked_skill(req_skill)
    if generic and unit.skill_item and _is_generic(_concept_of(unit.text)):
        return 0, "junk"  # a skill named like a category proves nothing
    strengths = concept_strengths(unit.text)
    if strengths.get(concept) == 1.0 and not (generic and _is_generic(unit.text)):
        surface = next((m.surface for m in _found(unit.text) if m.canonical.lower() == concept),
                       req_skill)
        if surface.lower() != concept and surface.lower() != req_skill.lower():
            return 2, f"{quoted} in {unit.where}: {surface} is {req_skill}"
        return 2, f"{quoted} in {unit.where}"
    for example in examples_for(sentence, concept):
        if strengths.get(example) == 1.0 or word_share(_stems(example), unit.text) == 1.0:
            return 2, f"{quoted} in {unit.where}: the posting gives {example} as an example"
    vocab = load_vocabulary()
    if strengths.get(concept) == IMPLIED_SHARE:
        for m in _found(unit.text):
            why = next((w for name, w in vocab.implied_by(m.canonical) if name.lower() == concept), "")
            if why:
                # A tool that is an instance of the practice meets it ("Terraform is infrastructure as
                # code"); a sibling practice of the same field only relates to it ("End-to-end testing"
                # is not "Test automation").
                # A hedged relation ("DevOps work is mostly on Linux") is likely, not proven.
                sibling = any(_same(a, b) for a in _stems(m.canonical) for b in _stems(concept))
                return (1, f"related only: {quoted} in {unit.where} ({why})") if sibling or _HEDGE.search(why) else (
                    2, f"{quoted} in {unit.where}: {why}")
    if generic:
        field = _stems(concept)
        for m in _found(unit.text):
            category = _stems(m.category)
            if m.canonical.lower() != concept and field and category and _same(field[0], category[0]):
                return 2, f"{quoted} in {unit.where}: {m.canonical} is one of the {req_skill.lower()}"
    return 0, ""


def skill_verdict(req: Requirement, units: list[Unit] | EvidenceIndex, row_cover: float, row_status: str, row_evidence: str,  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
                  row_text: str) -> Verdict:
    sentence = req.quote or req.text
    label = _LABEL.match(req.text[:500])
    head = label.group(1) if label and _stems(label.group(1)) else _CLAUSE.split(req.text[:500], maxsplit=1)[0]
    aim = _PURPOSE.split(head, maxsplit=1)[0]  # "Time management to meet deadlines" asks for time management
    short = next((t for t in (aim, head, req.text) if 0 < len(_stems(t)) <= SHORT_WORDS), "")
    asked = _stems(req.skill or short)
    if not req.skill:
        while len(asked) > 1 and asked[-1] in _HEAD_NOUNS:
            asked = asked[:-1]
    concepts = [] if req.skill else _asked_concepts(short or req.text)
    if not req.skill and not asked and not concepts:
        # A long sentence with no skill named: the relevance cover is all there is to go on.
        if row_status in ("covered", "not_selected"):
            verdict: VerdictName = "met" if row_status == "covered" else "not_on_page"
            return Verdict(verdict, f"'{row_text[:80]}' says most of it", [row_evidence] if row_evidence else [])
        if row_cover >= PARTLY_COVER and row_evidence:
            return Verdict("partly_met", f"closest: '{row_text[:80]}'", [row_evidence])
        return Verdict("not_met", "nothing in your bank says this", [])
    full_page: list[tuple[Unit, str]] = []
    full_bank: list[tuple[Unit, str]] = []
    partial: list[tuple[int, Unit, str]] = []
    # A requirement the vocabulary knows nothing of may still spell its subject as a name ("usage of
    # VisualForce", "CRUD principles", "WCF (Windows Communication Foundation)"): a line that names them all
    # proves it, however differently the rest is worded.
    marks = [] if req.skill else _marks(req.text)
    if isinstance(units, EvidenceIndex):
        names = [req.skill] if req.skill else []
        names += [c for group in concepts for c in group]
        for name in list(names):
            names += examples_for(sentence, _concept_of(name))
        generic = next((n for n in names if _is_generic(n) or _is_generic(_concept_of(n))), "")
        field = (_stems(_concept_of(generic)) or [""])[0] if generic else ""
        # The asked skill's own words are `asked` (two of them needed); other names (examples, a sentence's
        # skills) count with one word, since any of them may be the evidence.
        others = [w for n in names if n != req.skill for w in _stems(n)]
        others += [w for mark in marks for w in _stems(mark)]
        units = units.candidates(asked, others, [_concept_of(n) for n in names], field)
    # The page's lines first: a full match there decides, and the bank's lines need not be read; six
    # pieces of evidence are all a verdict lists. Partial matches keep the units' order.
    order = sorted(range(len(units)), key=lambda n: not units[n].on_page)
    for n in order:
        unit = units[n]
        if full_page and (not unit.on_page or len(_ids(full_page)) >= 6):
            break
        if full_bank and len(_ids(full_bank)) >= 6:
            break
        level, reason = _match(req.skill, asked, sentence, unit, concepts)
        if level < 2 and marks and all(_names_mark(mark, unit.text) for mark in marks):
            level, reason = 2, f"'{unit.text.strip()[:80]}' in {unit.where}"
            if unit.title:
                reason = unit.where
        if level == 2:
            (full_page if unit.on_page else full_bank).append((unit, reason))
        elif level == 1:
            partial.append((n, unit, reason))
    if full_page:
        return Verdict("met", full_page[0][1], _ids(full_page))
    if full_bank:
        return Verdict("not_on_page", full_bank[0][1], _ids(full_bank))
    if partial:
        ranked = [(unit, reason) for _, unit, reason in sorted(partial, key=lambda p: p[0])]
        return Verdict("partly_met", ranked[0][1], _ids(ranked))
    return Verdict("not_met", f"no line of your bank names {req.skill or req.text[:60]}", [])


# A relation that hedges ("mostly", "carries over") or goes from a kind of work to a tool ("front-end work is
# JavaScript") says what is likely, not what is proven.
_HEDGE = re.compile(r"\b(?:mostly|usually|often|typically|commonly|generally|likely|may|might|can|some|frequently|"
                    r"similar|related|almost always|underlies|carry over|carries over|work is|work uses|work needs)\b", re.I)
_YEARS_WORD = re.compile(r"\b(?:years?|yrs?)\b", re.I)
_CLAUSE_END = re.compile(r"[;!?]|\.(?:\s|$)")
# "Configuration abilities: Proficient in performing ..." names its ask first (not "Microsoft Certified: Azure X")
_LABEL = re.compile(r"\s{0,3}([^:\n]{2,60}):\s(?=(?:\S{1,40}\s){5})")
_CLAUSE = re.compile(r"[;:!?,]|\.(?:\s|$)|\s[-–—]\s")
# "time management to meet deadlines"; "data load process is an added value"; "stamina vital for long hours"
_PURPOSE = re.compile(r"\s(?:to|for|which|that|so|when|while|whilst|is|are|vital|essential|crucial)\s", re.I)
_TOOLS = re.compile(r"\b(?:with|using|via|through|in)\b", re.I)


def _asked_concepts(short: str) -> list[list[str]]:
    """The skills a requirement needs, each as a set of alternatives: "Monitoring with Prometheus and
    Grafana" needs the tools after "with" (they are how the monitoring is done); "operating system such
    as Windows" needs an operating system, Windows or another; "Kubernetes and Terraform" needs both."""
    found = load_vocabulary().find(short[:2000])
    names = lambda ms: list(dict.fromkeys(m.canonical.lower() for m in ms))  # noqa: E731
    cue = _EXAMPLES.search(short[:2000])
    if cue:
        before = names(m for m in found if m.end <= cue.start())
        after = names(m for m in found if m.start >= cue.end())
        if before and after:
            return [[b] for b in before[:-1]] + [[before[-1], *after]]
    cut = _TOOLS.search(short[:2000])
    if cut:
        before = [m for m in found if m.end <= cut.start()]
        after = [m for m in found if m.start >= cut.end()]
        if before and after:
            found = after
    return [[c] for c in names(found)]


# A name as a requirement spells it: a capital after its first letter ("VisualForce", "CRUD", "TR-069", "iOS").
_MARK = re.compile(r"(?<![\w.+#-])[A-Za-z][A-Za-z0-9]{0,29}(?:[-/.][A-Za-z0-9]{1,15}){0,3}(?![\w+#])")


@lru_cache(maxsize=4096)
def _marks(text: str) -> list[str]:
    """The words a requirement spells as names that the vocabulary does not know, in order (each once)."""
    letters = [c for c in text[:500] if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return []  # a shouted line spells every word in capitals: none of them is a name
    known = [(m.start, m.end) for m in _found(text[:500])]
    found = []
    for m in _MARK.finditer(text[:500]):
        word = m.group(0)
        if any(a < m.end() and m.start() < b for a, b in known):
            continue  # a skill the vocabulary knows is matched as that skill
        if any(c.isupper() for c in word[1:]) and sum(c.isalpha() for c in word) >= 2 and word not in found:
            found.append(word)
    return found


def _names_mark(mark: str, text: str) -> bool:
    """The text names the mark as a whole word (any case)."""
    low, want = text.lower(), mark.lower()
    start = low.find(want)
    while start >= 0:
        end = start + len(want)
        if (start == 0 or not low[start - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            return True
        start = low.find(want, start + 1)
    return False


def _ids(found: list[tuple[Unit, str]]) -> list[str]:
    return list(dict.fromkeys(u.id for u, _ in found if u.id))[:6]


def years_ask_of(req: Requirement):
    """The years ask of a requirement, or None: `aspect == "years"` or, without `years_min`, a parsed ask."""
    sentence = req.quote or req.text
    ask = parse_years_ask(sentence)
    if req.aspect == "years" or req.years_min is not None:
        needed = req.years_min if req.years_min is not None else (ask.years if ask else None)
        if needed is None:
            return None
        if req.skill:  # "3 years with Terraform, GCP and Kubernetes": the GCP row asks years of GCP
            return YearsAsk(float(needed), req.skill, False)
        return YearsAsk(float(needed), ask.subject if ask else "", ask.role if ask else False)
    if req.aspect not in ("skill", "other") or ask is None:
        return None
    if req.skill:
        # "3 years with Terraform and Kubernetes" asks the years of each skill of its clause; "5+ years of
        # Python; Docker a plus" does not ask years of Docker.
        at = _YEARS_WORD.search(sentence[:2000])
        clause = _CLAUSE_END.split(sentence[at.end():2000] if at else "", maxsplit=1)[0].lower()
        if req.skill.lower() not in clause and _concept_of(req.skill) not in clause:
            return None
        return YearsAsk(ask.years, req.skill, False)
    return ask


def years_verdict(req: Requirement, ask, bank: Bank, resume: TailoredResume, today: str,
                  corrected: float | None = None) -> Verdict:
    found = years_found(bank, ask, today)
    years = found.years if corrected is None else corrected
    reason = years_reason(ask, found, ask.years)
    if corrected is not None:
        reason = f"{format_years(corrected)} as you corrected it ({reason})"
    entries = {e.source_id for e in resume.experience}
    on_page = [p for p in found.periods if p[0] in entries]
    page_years = merged_years([(p[2], p[3]) for p in on_page], today) if corrected is None else corrected
    if years + TOLERANCE >= ask.years:
        verdict: VerdictName = "met" if page_years + TOLERANCE >= ask.years else "not_on_page"
    else:
        verdict = "not_met"  # fewer years than asked is not met; the reason shows how many there are
    return Verdict(verdict, reason, found.evidence, ask.years, round(years, 2))


def degree_verdict(req: Requirement, bank: Bank, resume: TailoredResume) -> Verdict | None:
    level, name, _ = degree_level(req.quote or req.text)
    if not level:
        return None
    shown = {e.id for e in resume.education}
    held = [(degree_level(f"{s.study_type} {s.area}"), s) for s in bank.education]
    good = [(lv, s) for lv, s in held if lv[0] >= level]
    if good:
        (lv, _name, said), school = max(good, key=lambda x: (x[1].id in shown, x[0][0]))
        verdict: VerdictName = "met" if school.id in shown else "not_on_page"
        return Verdict(verdict, f"{said} >= {name} ({school.institution})", [s.id for _, s in good])
    lower = [s for lv, s in held if lv[0]]
    if lower:
        return Verdict("partly_met", f"your highest degree is below {name}", [s.id for s in lower])
    return Verdict("not_met", f"no degree in your bank; {name} asked", [])


def judge(req: Requirement, units: list[Unit] | EvidenceIndex, bank: Bank, resume: TailoredResume, today: str,
          row_cover: float, row_status: str, row_evidence: str, row_text: str,
          corrected: float | None = None) -> Verdict:
    """The verdict of one requirement (see the module docstring)."""
    ask = years_ask_of(req)
    if ask is not None:
        found = years_verdict(req, ask, bank, resume, today, corrected)
        if found.verdict == "not_met" and req.skill:
            # The skill is there but not the years: partly met, and the reason says both.
            skill = skill_verdict(req, units, row_cover, row_status, row_evidence, row_text)
            if skill.verdict in ("met", "not_on_page"):
                return Verdict("partly_met", f"{skill.reason}; but {found.reason}", skill.evidence,
                               found.years_needed, found.years_found)
        return found
    if req.aspect == "degree" or (not req.skill and req.aspect in ("skill", "other")
                                  and re.search(r"\bdegree\b", req.quote or req.text, re.I)):
        degree = degree_verdict(req, bank, resume)
        if degree is not None:
            return degree
    return skill_verdict(req, units, row_cover, row_status, row_evidence, row_text)


def forget_texts() -> None:
    """Drop the memo of scored texts (see `scoring.forgets_texts`): one visitor's text must not stay."""
    for cache in (_stems, _stem_set, _concept_of, examples_for, _is_generic, _asked_skill, term_set):
        cache.cache_clear()
