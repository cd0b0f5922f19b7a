"""Posting analysis: a job posting's text -> its facts and requirements, explicit and implied.

Offline (always computed), in named passes: the text is first unglued (`posting_sections.unglue`:
run-together bullets, headings and sentences of job-board postings get their line breaks back),
cut into sections and clauses, and every sentence that asks for nothing (benefits, company blurb,
how to apply, legal text, what one could grow into) is left out. Then
- `_stated_pass`: each requirement a sentence states becomes one row with a short line ("Kubernetes",
  "3+ years of Terraform", "Experience leading a team of 5+ engineers") and the sentence as its
  quote; "A or B" (and "one of A, B") gives an alternatives group, a list gives separate rows; a skill
  only a responsibility names is implied, with the rationale "a duty of the role";
- `_facts_pass`: degree, certification, clearance, travel, work mode and place, each a row of its aspect;
- `_implied_by_tools`, `_implied_by_phrases`, `_implied_by_occupation`: implied requirements, each with
  a rationale (Kubernetes -> containers, "on-call" -> production operations, the O*NET occupation's
  most typical tools), capped at max(3, half the stated ones), one per piece of evidence first.
Confidence is calibrated per source on the development postings (see CONFIDENCE); the table shows
low ones as "maybe". With an AI engine the model's structured reading (prompt `analyze_posting`:
the same fields as a row) is validated, normalised through the same vocabulary and merged in.
"""

from __future__ import annotations

import json
import re

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core import posting_facts as pf
from resume_core import posting_sections as ps
from resume_core.engines.base import Engine, ExtractRequest
from resume_core.errors import EngineError
from resume_core.model import Posting, Requirement, RequirementAspect, Strict, new_id, now_iso
from resume_core.occupations import load_occupations
from resume_core.vocab import DATA_DIR, load_vocabulary

KIND_ORDER = {"required": 0, "preferred": 1, "implied": 2}
# Confidence of each source, calibrated on the SkillSpan development postings (bench/bench_analysis.py,
# hold-out apart): the share of its skills that the posting's labelled spans or tags name. A skill
# under a requirements heading is right 0.90 of the time (preferred 0.96, kept equal so a heading
# never outranks the other), in text without headings 0.74, under Responsibilities 0.81; guesses
# from tools, phrases and the occupation are right 0.05 or less by the labels, shown as "maybe".
CONFIDENCE = {"requirements": 0.9, "preferred": 0.9, "responsibilities": 0.8, "intro": 0.75,
              "tool": 0.15, "phrase": 0.1, "occupation": 0.05, "llm": 0.8, "facts": 0.9}
MAX_OCCUPATION_IMPLIED = 3
MIN_IMPLIED = 3  # implied requirements kept at most: max(MIN_IMPLIED, IMPLIED_PER_STATED * stated ones)
IMPLIED_PER_STATED = 0.5
# Only an occupation's most typical technologies say something about one posting of it.
OCCUPATION_TOP = 8
MAX_TEXT = 240
MAX_QUOTE = 400
DUTY = "a duty of the role"  # rationale of a skill a responsibility names: implied, never capped
SHORT_WORDS = 12  # a requirement's own line is at most this many words; its sentence is the quote
_SOFT_CATEGORIES = ("Soft skills", "Transversal skill", "Languages")
# Generic office tools are listed for most occupations: implying them says nothing.
_GENERIC_CATEGORIES = ("Office",)
# A requirement line that names no skill is kept as a text requirement only if it reads like one.
_REQUIREMENT_WORDS = re.compile(
    r"\b(?:experience|experienced|knowledge|ability|able|skills?|understanding|familiar|proficien\w*|degree|"
    r"years?|must|strong|comfortable|background|track record|passion\w*|fluent|certifi\w*|expert\w*|"
    r"you (?:have|are|can|will)|demonstrated|proven|excellent|good|solid|willing\w*|capable)\b",
    re.IGNORECASE,
)


class PostingAnalysis(Strict):
    """What a posting asks for: its facts and its requirements (explicit and implied)."""

    title: str = ""
    company: str = ""
    seniority: str = ""
    years_experience: str = ""
    degree: str = ""
    location: str = ""
    remote: str = ""
    summary: str = ""
    occupation: str = Field("", description="O*NET occupation the title maps to, if any.")
    requirements: list[Requirement] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


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


def _phrases() -> list[tuple[re.Pattern, str, str]]:
    curated = json.loads((DATA_DIR / "curated.json").read_text(encoding="utf-8"))
    return [(re.compile(p, re.IGNORECASE), skill, why) for p, skill, why in curated.get("phrases", [])]


_PHRASES = _phrases()


def _strength(kind: str, confidence: float) -> tuple[bool, float, int]:
    """Smaller is stronger. A stated skill beats an implied one; of two statements the surer source
    wins, so "preferably Snowflake" under Requirements beats "load data into Snowflake" under
    Responsibilities: what the role touches is not all the candidate must bring."""
    return kind == "implied", -confidence, KIND_ORDER[kind]


class _Collector:
    """Requirements keyed by canonical skill (or text), keeping the strongest reading of each."""

    def __init__(self) -> None:
        self.items: dict[str, Requirement] = {}
        self.taken: set[str] = set()

    def add(self, text: str, kind: str, skill: str = "", rationale: str = "", confidence: float = 1.0,
            source: str = "offline", *, quote: str = "", aspect: str = "skill", years_min: float | None = None,
            group: str = "", key: str = "") -> None:
        vocab = load_vocabulary()
        key = key or (skill.lower() if skill else " ".join(text.lower().split()))
        old = self.items.get(key)
        if old is not None and _strength(old.kind, old.confidence) <= _strength(kind, confidence):
            return
        rid = old.id if old is not None else new_id("requirement", self.taken)
        self.taken.add(rid)
        self.items[key] = Requirement(
            id=rid, text=_shorten(text), kind=kind, skill=skill, category=vocab.category(skill) if skill else "",
            rationale=rationale, confidence=round(confidence, 2), source=source, aspect=aspect,
            years_min=years_min, alternatives_group=group, quote=_shorten(quote, MAX_QUOTE) if quote else "",
        )

    def has(self, skill: str) -> bool:
        return skill.lower() in self.items

    def result(self) -> list[Requirement]:
        """Stated requirements first, in the order the posting states them (rows of one sentence sit
        together), then the implied ones, surest first."""
        items = list(self.items.values())
        first: dict[tuple[str, str], int] = {}
        for i, r in enumerate(items):
            first.setdefault((r.kind, r.quote or r.text), i)
        # The order the table shows (posting_edits.requirement_rows): by kind, a sentence's rows together.
        return [r for _, r in sorted(enumerate(items), key=lambda p: (
            KIND_ORDER[p[1].kind], first[p[1].kind, p[1].quote or p[1].text], p[0]))]


def _shorten(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(text.split()).strip(" -*•,;")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_FILLER = re.compile(
    r"^(?:(?:you|candidates?|the (?:ideal )?candidate|applicants?)\s+(?:must|should|will)?\s*(?:have|has|be|possess|bring)\s+"
    r"|(?:you|we)\s+(?:have|are|expect|require|need|bring)\s+|must\s+(?:have|be|possess)\s+|required:\s*|"
    r"requirements?:\s*|ideally,?\s+|preferably,?\s+|(?:a|an)\s+(?=\w))", re.IGNORECASE)
_TRAIL_CUE = re.compile(r"[\s,(]*(?:is|are|would be|will be)?\s*(?:an? )?(?:big |huge |strong )?"
                        r"(?:plus|bonus|advantage|preferred|desired|required|a must|nice to have|desirable)[\s.!)]*$",
                        re.IGNORECASE)


def short_line(sentence: str) -> str:
    """A requirement sentence as a short line: without "You have" / "is a plus" and at most ~12 words."""
    text = " ".join(sentence.split()).strip(" -*•,;.")
    for _ in range(2):
        text = _FILLER.sub("", text, count=1)
    text = _TRAIL_CUE.sub("", text).strip(" ,;.")
    words = text.split()
    if len(words) > SHORT_WORDS:
        cut = " ".join(words[:SHORT_WORDS])
        text = (cut.rsplit(",", 1)[0] if cut.count(",") and len(cut.rsplit(",", 1)[0].split()) >= 5 else cut) + "…"
    return text[:1].upper() + text[1:] if text else text


_LIST_GLUE = re.compile(r"\s*(?:,|/|&)?\s*(?:(?:and|or|and/or)\s+)?")


def _alternatives(clause: ps.Clause, matches: list, counter: list[int]) -> dict[int, str]:
    """Groups of skills a clause offers as alternatives ("Istio or Linkerd", "one of Java, Go or
    Rust"): match index -> group id. Only "or", "either" and "one of" make alternatives; a list with
    commas or "and" is so many separate requirements."""
    groups: dict[int, str] = {}
    chain: list[int] = []
    has_or = False

    def close() -> None:
        nonlocal chain, has_or
        lead = clause.line[max(0, matches[chain[0]].start - 24):matches[chain[0]].start].lower() if chain else ""
        if len(chain) >= 2 and (has_or or re.search(r"\b(?:one of|either|any of)\b", lead)):
            counter[0] += 1
            for i in chain:
                groups[i] = f"alt-{counter[0]}"
        chain, has_or = [], False

    for i, match in enumerate(matches):
        if chain:
            between = clause.line[matches[chain[-1]].end:match.start].lower()
            if re.fullmatch(r"\s*(?:,\s*)?(?:or|and/or)\s+(?:\w+\s+)?", between) and len(between) < 24:
                chain.append(i)
                has_or = True
                continue
            if re.fullmatch(r"\s*,\s*", between):
                chain.append(i)
                continue
            close()
        chain = [i]
    close()
    return groups


# Long runs of blanks carry no meaning and would make the patterns over the text slow: two spaces
# inside a line and eight of indentation are kept (each run is matched once, from its start).
_SPACES = re.compile(r"(?<=[^ \t\n])[ \t\u00a0]{3,}")
_INDENT = re.compile(r"^[ \t\u00a0]{9,}", re.MULTILINE)


def analyze_offline(text: str, title: str = "") -> PostingAnalysis:
    """The deterministic analysis (no model), in named passes over the posting."""
    text = ps.unglue(_SPACES.sub("  ", _INDENT.sub("        ", text)))
    sections = ps.split_sections(text)
    clauses = ps.clauses(sections)
    found = _Collector()
    _stated_pass(found, sections, clauses, _title_line(text))
    _facts_pass(found, text, clauses)
    _implied_by_tools(found)
    _implied_by_phrases(found, clauses)
    title = title or pf.find_title(text)
    occupation = _implied_by_occupation(found, title)
    _cap_implied(found)
    asked = "\n".join(c.text for c in clauses if c.section in ("requirements", "preferred", "intro"))
    mode, _ = pf.work_mode(text)
    analysis = PostingAnalysis(
        title=title, company=pf.find_company(text, sections), seniority=pf.find_seniority(title, text),
        years_experience=pf.find_years(asked or text), degree=pf.find_degree(asked or text),
        location=pf.find_location(text), remote=mode,
        summary=_summary(sections), occupation=occupation.title if occupation else "",
        requirements=found.result(),
    )
    analysis.warnings.extend(posting_warnings(analysis.requirements))
    return analysis


def _stated_pass(found: _Collector, sections: list[ps.Section], clauses: list[ps.Clause], title_line: str) -> None:
    """What the posting says in so many words: skills (with their years and alternatives) and the
    requirement lines that name no skill. A duty (under Responsibilities) that names a skill implies it."""
    vocab = load_vocabulary()
    # With a requirements section, the text before the first heading is a blurb, not requirements.
    blurb = any(s.kind in ("requirements", "preferred") for s in sections)
    in_line: dict[str, list] = {}
    groups = [0]
    for clause in clauses:
        if title_line and " ".join(clause.line.split()) == title_line:
            # "Senior Platform Engineer at Northwind" names the role and asks for nothing in so many
            # words: a tool in it ("Python Developer") is implied, and the line itself is no requirement.
            for match in vocab.find(clause.line):
                if match.category not in _SOFT_CATEGORIES:
                    found.add(match.canonical, "implied", match.canonical, f"the title names it ({title_line})",
                              CONFIDENCE["tool"], quote=clause.line)
            continue
        # Skills are found in the whole line, where the words around a name show it is meant as one
        # ("a cloud data warehouse, preferably Snowflake"), and counted in the clause that names them.
        if clause.line not in in_line:
            in_line[clause.line] = vocab.find(clause.line)
        end = clause.start + len(clause.text)
        matches = [m for m in in_line[clause.line] if clause.start <= m.start < end]
        technical = [m for m in matches if m.category not in _SOFT_CATEGORIES]
        # A skill named in a bare fragment ("preferably Snowflake") is quoted with its whole line.
        fragment = clause.text[:1].islower() and len(clause.text.split()) <= 3 and len(clause.line) <= MAX_TEXT
        quote = clause.line if fragment else clause.text
        # Each years ask goes with the first skill named soon after it ("3+ years running Kubernetes").
        asks = pf.years_asks(clause.text)
        years_of: dict[int, tuple[float, str, int]] = {}
        for ask in asks:
            after = [m for m in technical if m.start >= clause.start + ask[2] and id(m) not in years_of]
            if after and after[0].start - (clause.start + ask[2]) < 60:
                years_of[id(after[0])] = ask
                # "3 years with Terraform, GCP and Kubernetes": the years go with the whole list.
                for before, nxt in zip(after, after[1:]):
                    if not _LIST_GLUE.fullmatch(clause.line[before.end:nxt.start]):
                        break
                    years_of[id(nxt)] = ask
        degree = pf.degree_ask(clause.text).lower() if clause.section != "responsibilities" else ""
        degree += " " + pf.certification_ask(clause.text).lower() if clause.section != "responsibilities" else ""
        alternatives = _alternatives(clause, matches, groups)
        duty = clause.section == "responsibilities"
        for i, match in enumerate(matches):
            if blurb and clause.section == "intro" and match.category in _SOFT_CATEGORIES[:2]:
                continue  # "a direct line of communication" in a company blurb asks for nothing
            if degree and match.canonical.lower() in degree and id(match) not in years_of:
                continue  # "Degree in computer science", "PMP certification": one requirement, not also a skill
            aspect = "language" if match.category == "Languages" else "skill"
            confidence = CONFIDENCE[clause.section]
            if duty:
                found.add(match.canonical, "implied", match.canonical, f"{DUTY}: {short_line(clause.text)}",
                          confidence, quote=quote, aspect=aspect, group=alternatives.get(i, ""))
            elif id(match) in years_of:
                years = years_of[id(match)][0]
                found.add(f"{years:g}+ years of {match.canonical}", clause.kind_at(match.start), match.canonical,
                          confidence=confidence, quote=quote, aspect="years", years_min=years,
                          group=alternatives.get(i, ""))
            else:
                found.add(match.canonical, clause.kind_at(match.start), match.canonical, confidence=confidence,
                          quote=quote, aspect=aspect, group=alternatives.get(i, ""))
        if duty:
            continue
        loose = [ask for ask in asks if ask not in years_of.values()]
        for years, shown, _ in loose:  # "2 years as an Application Interface Manager"
            found.add(shown, clause.kind, confidence=CONFIDENCE[clause.section], quote=clause.text,
                      aspect="years", years_min=years, key=f"years:{shown.lower()}")
        if loose:
            pass
        elif clause.is_item and not technical and _asks_for_something(clause, matches) and not _is_fact(clause.text):
            found.add(short_line(clause.text), clause.kind, confidence=CONFIDENCE[clause.section], quote=clause.text,
                      aspect="other")


def _is_fact(sentence: str) -> bool:
    return bool(pf.degree_ask(sentence) or pf.certification_ask(sentence) or pf.clearance_ask(sentence)
                or pf.travel_ask(sentence))


def _facts_pass(found: _Collector, text: str, clauses: list[ps.Clause]) -> None:
    """Degree, certification, clearance and travel asks of the requirement sentences, and the work
    mode and place of the whole posting, each as a requirement of its own aspect."""
    for clause in clauses:
        if clause.section not in ("requirements", "preferred", "intro"):
            continue
        confidence = CONFIDENCE[clause.section]
        for aspect, ask in (("degree", pf.degree_ask), ("certification", pf.certification_ask),
                            ("clearance", pf.clearance_ask), ("travel", pf.travel_ask)):
            line = ask(clause.text)
            if line:
                found.add(line, clause.kind, confidence=confidence, quote=clause.text, aspect=aspect,
                          key=f"{aspect}:{line.lower()}")
    mode, said = pf.work_mode(text)
    place = pf.find_location(text)
    if mode:
        line = {"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site"}[mode]
        if place and mode != "remote":
            line += f" in {place}"
        found.add(line, "required", confidence=CONFIDENCE["facts"], quote=said, aspect="work_mode", key="work_mode")
    elif place:
        at = text.find(place)
        found.add(f"Based in {place}", "required", confidence=CONFIDENCE["facts"],
                  quote=pf.sentence_at(text, at) if at >= 0 else place, aspect="location", key="location")


def _implied_by_tools(found: _Collector) -> None:
    """Tool implications, two steps deep (Spring Boot -> Spring -> Java), weaker at the second step."""
    vocab = load_vocabulary()
    # What the posting states, and the skills its duties name, imply the tools they go with.
    explicit = [r.skill for r in found.items.values()
                if r.skill and (r.kind != "implied" or r.rationale.startswith(DUTY))]
    frontier = [(skill, CONFIDENCE["tool"]) for skill in explicit]
    for _ in range(2):
        nxt = []
        for skill, confidence in frontier:
            for implied, why in vocab.implied_by(skill):
                if not found.has(implied):
                    found.add(implied, "implied", implied, f"{skill}: {why}", confidence)
                    nxt.append((implied, confidence - 0.05))
        frontier = nxt


def _implied_by_phrases(found: _Collector, clauses: list[ps.Clause]) -> None:
    for pattern, skill, why in _PHRASES:
        for clause in clauses:
            match = pattern.search(clause.text)
            if match:
                if not found.has(skill):
                    found.add(skill, "implied", skill, f'"{match.group(0)}": {why}', CONFIDENCE["phrase"],
                              quote=clause.text)
                break


def _implied_by_occupation(found: _Collector, title: str):
    """The O*NET occupation of the title and its most typical tools, implied (see the module docstring)."""
    vocab = load_vocabulary()
    explicit = [r.skill for r in found.items.values() if r.skill and r.kind != "implied"]
    occupations = load_occupations()
    occupation = occupations.match(title) if title else None
    named = {r.skill for r in found.items.values() if r.skill and r.category not in _SOFT_CATEGORIES}
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


def _title_line(text: str) -> str:
    """The first line, when it is the posting's title ("Senior Platform Engineer at Northwind")."""
    first = " ".join(next((ln for ln in text.splitlines() if ln.strip()), "").split())
    title = pf.find_title(first)
    return first if title and first.startswith(title) and len(first.split()) <= 10 else ""


def _cap_implied(found: _Collector) -> None:
    """Keep the surest implied requirements, at most max(MIN_IMPLIED, explicit / 2), so what the
    posting says outweighs what it suggests, and not every guess becomes a gap to interview about."""
    stated = sum(1 for r in found.items.values() if r.kind != "implied")
    # Each piece of evidence (a named tool, a phrase) gives its first implication before any gives a
    # second: three guesses from Kubernetes alone say less than one each from Kubernetes, Kafka and
    # "millions of users".
    # A guess from a guess (Kubernetes -> Docker -> Linux) waits one round more.
    guessed = {r.skill for r in found.items.values() if r.kind == "implied"}
    rank: dict[str, int] = {}
    order: dict[str, tuple[int, float]] = {}
    for key, requirement in found.items.items():
        if requirement.kind == "implied" and not requirement.rationale.startswith(DUTY):
            origin = requirement.rationale.split(":", 1)[0]
            rank[origin] = rank.get(origin, -1) + 1
            order[key] = (rank[origin] + (origin in guessed), -requirement.confidence)
    implied = sorted(order, key=order.__getitem__)
    limit = max(MIN_IMPLIED, int(stated * IMPLIED_PER_STATED))
    for key in implied[limit:]:
        del found.items[key]


def _asks_for_something(clause: ps.Clause, matches: list) -> bool:
    """A requirement clause that names no technical skill reads as a requirement to keep as text."""
    words = len(clause.text.split())
    if matches:
        # "Good written English" is the skill English, not also a text requirement; what the clause
        # says beyond its soft skills must be a requirement of its own ("leading a team of 5+ engineers").
        rest = clause.text
        for match in sorted(matches, key=lambda m: -m.start):  # offsets are in the line
            rest = rest[: match.start - clause.start] + " " + rest[match.end - clause.start :]
        return len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3 and _REQUIREMENT_WORDS.search(clause.text) is not None
    # A bullet under a requirements heading is one, whatever its wording ("Open-source contributions.");
    # a fragment of one ("preferably Snowflake") needs more words.
    if clause.bulleted and words >= (2 if clause.start == 0 else 4) and not clause.text.endswith("?"):
        return True
    return words >= 3 and _REQUIREMENT_WORDS.search(clause.text) is not None


NOT_A_POSTING = ("This doesn't look like a job posting: no requirements or skills found. Paste the whole "
                 "posting, its requirements included, and analyse it again (or delete this one).")


def posting_warnings(requirements: list[Requirement]) -> list[str]:
    """Warnings about an analysis result (a warning, not an error: the user may know better)."""
    return [] if any(r.kind != "implied" for r in requirements) else [NOT_A_POSTING]


def _summary(sections: list[ps.Section]) -> str:
    for kind in ("responsibilities", "intro"):
        for section in sections:
            if section.kind == kind and section.lines:
                return _shorten(" ".join(section.lines[:2]))
    return ""


# Facts the posting states once: the offline reading of them stands, a model's second wording is no
# second requirement.
_ONCE = ("degree", "work_mode", "location", "travel", "clearance")


def _merge_structured(found: _Collector, items: list[ExtractedRequirement], posting: str) -> None:
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
    found = _Collector()
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
    for item in extract.implied:
        skill = vocab.canonical(item.text) or ""
        if not item.text.strip() or (skill and found.has(skill)):
            continue
        found.add(item.text, "implied", skill, item.rationale, CONFIDENCE["tool"], source="llm")
    summary = extract.role_summary.strip() or analysis.summary
    if extract.success_criteria:
        summary += " Success looks like: " + "; ".join(s.strip() for s in extract.success_criteria if s.strip())
    return analysis.model_copy(update={
        "title": analysis.title or extract.title.strip(), "company": analysis.company or extract.company.strip(),
        "summary": _shorten(summary) if len(summary) > 600 else summary, "requirements": found.result(),
    })


def _as_extract(analysis: PostingAnalysis) -> PostingExtract:
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


def analyze_posting(text: str, engine: Engine | None = None, title: str = "") -> PostingAnalysis:
    """Analyse a posting offline, and with `engine` (when it is not offline) merge in a model's reading."""
    analysis = analyze_offline(text, title)
    if engine is None or engine.offline:
        return analysis
    request = ExtractRequest(
        prompt="analyze_posting", variables={"posting": text}, schema=PostingExtract,
        offline=lambda: _as_extract(analysis),
    )
    try:
        extract = engine.extract(request)
    except EngineError as error:  # the offline reading stands on its own; the model only adds to it
        analysis.warnings.append(f"The AI engine could not analyse this posting: {error.message} "
                                 f"This is the offline analysis. {error.fix} Then press Analyze to try again.")
        return analysis
    return merge_extract(analysis, extract, text)


def apply_analysis(posting: Posting, analysis: PostingAnalysis) -> Posting:
    """The posting with the analysis' facts filled in (typed facts win) and its requirements replaced.

    The user's own work survives a new analysis: rows they added or rewrote are kept, and a
    requirement they switched off stays off.
    """
    facts = {f: getattr(analysis, f) for f in ("title", "company", "seniority", "years_experience", "degree",
                                               "location", "remote", "summary")}
    update = {k: (getattr(posting, k) or v) if k in ("title", "company") else v for k, v in facts.items()}
    mine = [r for r in posting.requirements if r.source == "user"]
    dropped = {(r.skill or r.text).lower() for r in posting.requirements if not r.keep}
    taken = {(r.skill or r.text).lower() for r in mine}
    fresh = [r if (r.skill or r.text).lower() not in dropped else r.model_copy(update={"keep": False})
             for r in analysis.requirements if (r.skill or r.text).lower() not in taken]
    return posting.model_copy(update={**update, "requirements": [*mine, *fresh], "analyzed_at": now_iso()})


def build_posting(text: str, company: str = "", title: str = "", url: str = "",
                  engine: Engine | None = None, analyse: bool = True) -> Posting:
    """A new posting from its text, analysed (with `analyse=False` not yet: save the text first, then
    analyse, so nothing the user pasted depends on the analysis succeeding)."""
    posting = Posting(id=new_id("posting"), company=company.strip(), title=title.strip(), url=url.strip(),
                      text=text, saved_at=now_iso())
    return apply_analysis(posting, analyze_posting(text, engine, title=title.strip())) if analyse else posting
