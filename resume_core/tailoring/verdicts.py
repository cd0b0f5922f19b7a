"""A verdict per requirement that a recruiter would sign: met, partly met, not met, or in the bank but off the page.

Relevance scores (`scoring`) rank lines for the page; they are not proof. A verdict rests only on
evidence a reader can check, each kind with its one-line reason:

- the skill itself, named in a skill, a bullet, a job's description, a certificate or a degree ("'Terraform'
  in your skills at Acme"), or by an alias ("'k8s' is Kubernetes"); a job title only for an ask that names a
  role, or one of two words or more it holds whole ("Data Analyst": data analysis), never "AWS Consultant": AWS;
- a curated vocabulary relation ("Terraform is infrastructure as code");
- an example the posting gives ("operating system such as Windows": Windows meets it);
- every word of a short requirement in one line ("Competent in Windows" names Windows); most of its
  words make it "partly met", never met: "End-to-end testing" does not prove "Test automation";
- years from dated positions (`years`), degree levels ("BSc >= Bachelor's"), certificates.

A word shared by chance, a loose neighbour in a list ("SDLC" for "SQL"), a hedged relation ("Unix skills
carry over to Linux": named in the not-met reason) or a skill named like a category is no evidence. Long sentences without a named
skill fall back to the relevance cover, with the line that carries it as the evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from resume_core.tailoring.evidence import EvidenceIndex, Unit, concept_of, is_generic, stem_set, stems, word_share
from resume_core.tailoring.evidence_match import (asked_concepts, asked_skill, examples_for, marks_of, match_unit, names_mark,
                                        without_role)
from resume_core.bank.model import Bank, Requirement, TailoredResume
from resume_core.tailoring.scoring import terms
from resume_core.tailoring.years import (
    TOLERANCE,
    YearsAsk,
    format_years,
    job_index,
    merged_years,
    parse_years_ask,
    term_set,
    years_found,
    years_reason,
)

VerdictName = Literal["met", "partly_met", "not_met", "not_on_page"]
VERDICT_LABEL = {"met": "Met", "partly_met": "Partly met", "not_met": "Not met",
                 "not_on_page": "In your bank, not on this page"}
SHORT_WORDS = 6  # a requirement line this short is matched word for word
PARTLY_COVER = 0.25  # a sentence requirement with a weaker best cover is not met at all
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


# The head noun that closes a skill's name and says only what kind of thing it is: "photography techniques"
# asks for photography, "underwriting process" for underwriting (never the only word left).
_HEAD_NOUNS = frozenset(terms("techniques practices process processes procedures methods methodologies principles "
                              "tasks trends sector sectors protocol protocols norms strategy strategies initiatives "
                              "ecosystem ecosystems environment environments contexts scenarios"))
_TRACK_RECORD = re.compile(r"^\s{0,3}(?:(?:an?|the|proven|demonstrated|strong|solid|successful)\s{1,3}){0,3}"
                           r"(?:track record|history|record)\s{1,3}(?:of|in)\s{1,3}", re.I)
_YEARS_WORD = re.compile(r"\b(?:years?|yrs?)\b", re.I)
_CLAUSE_END = re.compile(r"[;!?]|\.(?:\s|$)")
# "Configuration abilities: Proficient in performing ..." names its ask first (not "Microsoft Certified: Azure X");
# so does "Mechanical Skills- Proficient at ..." (a hyphen then a space, not "short- and long-term")
_LABEL = re.compile(r"\s{0,3}([^:\n]{2,60}?)(?::|(?<=[A-Za-z])-(?!\s{1,3}(?:and|or|to)\b))\s(?=(?:\S{1,40}\s){5})")
_CLAUSE = re.compile(r"[;:!?,]|\.(?:\s|$)|\s[-–—]\s")
# "time management to meet deadlines"; "data load process is an added value"; "stamina vital for long hours"
_PURPOSE = re.compile(r"\s(?:to|for|which|that|so|when|while|whilst|is|are|vital|essential|crucial)\s", re.I)


def skill_verdict(req: Requirement, units: list[Unit] | EvidenceIndex, row_cover: float, row_status: str,  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
                  row_evidence: str, row_text: str) -> Verdict:
    sentence = req.quote or req.text
    text = _TRACK_RECORD.sub("", req.text[:500])  # "Track record of Process Improvement initiatives"
    label = _LABEL.match(text)
    head = label.group(1) if label and stems(label.group(1)) else _CLAUSE.split(text, maxsplit=1)[0]
    aim = _PURPOSE.split(head, maxsplit=1)[0]  # "Time management to meet deadlines" asks for time management
    role = False  # "Proven experience as a Java Developer" asks the role: its words, not the skill it names
    # A title is evidence only for an ask that names a role ("as a farmer", "1 year as an IoT engineer")
    names_role = bool(_YEARS_WORD.search(text)) or without_role(text[:300]) != text[:300]
    if not _YEARS_WORD.search(aim):  # "1 year as an IoT engineer" asks the role
        aim, role = without_role(aim), not stems(without_role(aim)) and without_role(aim) != aim
    short = next((t for t in (aim, head, req.text) if 0 < len(stems(t)) <= SHORT_WORDS), "")
    asked = stems(req.skill or short)
    if not req.skill:
        while len(asked) > 1 and asked[-1] in _HEAD_NOUNS:
            asked = asked[:-1]
    concepts = [] if req.skill or role else asked_concepts(short or req.text)
    full_page: list[tuple[Unit, str]] = []
    full_bank: list[tuple[Unit, str]] = []
    partial: list[tuple[int, Unit, str]] = []
    related = ""  # a hedged relation ("Unix skills carry over to Linux") or a title: named in a not-met reason
    # A requirement the vocabulary knows nothing of may still spell its subject as a name ("usage of
    # VisualForce", "CRUD principles", "WCF (Windows Communication Foundation)"): a line that names them all
    # proves it, however differently the rest is worded.
    marks = [] if req.skill else marks_of(req.text)
    if not req.skill and not asked and not concepts and not marks:
        return _by_relevance(row_cover, row_status, row_evidence, row_text)
    if isinstance(units, EvidenceIndex):
        names = [req.skill] if req.skill else []
        names += [c for group in concepts for c in group]
        for name in list(names):
            names += examples_for(sentence, concept_of(name))
        generic = next((n for n in names if is_generic(n) or is_generic(concept_of(n))), "")
        field = (stems(concept_of(generic)) or [""])[0] if generic else ""
        # The asked skill's own words are `asked` (two of them needed); other names (examples, a sentence's
        # skills) count with one word, since any of them may be the evidence.
        others = [w for n in names if n != req.skill for w in stems(n)]
        others += [w for mark in marks for w in stems(mark)]
        units = units.candidates(asked, others, [concept_of(n) for n in names], field)
    # The page's lines first: a full match there decides, and the bank's lines need not be read; six
    # pieces of evidence are all a verdict lists. Partial matches keep the units' order.
    order = sorted(range(len(units)), key=lambda n: not units[n].on_page)
    for n in order:
        unit = units[n]
        if full_page and (not unit.on_page or len(_ids(full_page)) >= 6):
            break
        if full_bank and len(_ids(full_bank)) >= 6:
            break
        level, reason = match_unit(req.skill, asked, sentence, unit, concepts)
        if level < 2 and marks and all(names_mark(mark, unit.text) for mark in marks):
            level, reason = 2, f"{unit.quote} in {unit.where}"
            if unit.title:
                reason = unit.where
        if level and unit.title and not names_role and not (len(asked) >= 2 and word_share(asked, unit.text) == 1.0):
            # A title names what the job was called, not what was done: "Sales Engineer" does not prove
            # "Pre-sales tactics", nor "AWS Consultant" AWS. It proves an ask that names a role, or one of
            # two words or more that it holds whole ("Data Analyst": data analysis).
            level, reason = 0, f"your title '{unit.text.strip()[:60]}' names it, but a title alone proves no skill"
        if level == 2:
            (full_page if unit.on_page else full_bank).append((unit, reason))
        elif level == 1:
            partial.append((n, unit, reason))
        elif reason and not related:
            related = reason
    if full_page:
        return Verdict("met", full_page[0][1], _ids(full_page))
    if full_bank:
        return Verdict("not_on_page", full_bank[0][1], _ids(full_bank))
    if partial:
        ranked = [(unit, reason) for _, unit, reason in sorted(partial, key=lambda p: p[0])]
        return Verdict("partly_met", ranked[0][1], _ids(ranked))
    if not req.skill and not asked and not concepts:  # no line names what it spells: as any long sentence
        return _by_relevance(row_cover, row_status, row_evidence, row_text)
    missing = f"no line of your bank names {req.skill or req.text[:60]}"
    return Verdict("not_met", f"{missing}; {related}" if related else missing, [])


def _by_relevance(row_cover: float, row_status: str, row_evidence: str, row_text: str) -> Verdict:
    """A long sentence with no skill named: the relevance cover is all there is to go on."""
    if row_status in ("covered", "not_selected"):
        verdict: VerdictName = "met" if row_status == "covered" else "not_on_page"
        return Verdict(verdict, f"'{row_text[:80]}' says most of it", [row_evidence] if row_evidence else [])
    if row_cover >= PARTLY_COVER and row_evidence:
        return Verdict("partly_met", f"closest: '{row_text[:80]}'", [row_evidence])
    return Verdict("not_met", "nothing in your bank says this", [])


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
        if req.skill.lower() not in clause and concept_of(req.skill) not in clause:
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


VERDICT_CREDIT = {"met": 1.0, "not_on_page": 1.0, "partly_met": 0.5, "not_met": 0.0}
DEPTH = 0.05  # the most that more evidence adds to a requirement, well below the half of a partly met one


def coverage_score(rows) -> float:
    """How much of the posting the bank covers, in [0, 1]: each requirement counts by its verdict (met 1,
    partly met 0.5), a years ask not met by the share of the years found (2 of 4 years: 0.25), and a little
    more for more evidence, with no cap (n lines add n / (n + 1) of `DEPTH`; years found f of an ask a add
    f / (f + a)), so a bank that proves a requirement five times covers more than one that proves it four
    times, and 6 years beat 4 for a 2-year ask. Equal verdicts, equal evidence: equal score."""
    if not rows:
        return 0.0
    total = 0.0
    for row in rows:
        credit = VERDICT_CREDIT.get(row.verdict, 0.0)
        needed, found = row.years_needed, row.years_found
        if needed:
            depth = (found or 0.0) / ((found or 0.0) + needed)  # 0.5 at the ask, 0.67 at twice it, never 1
            if row.verdict == "not_met":
                credit = 0.5 * min((found or 0.0) / needed, 0.99)
        else:
            depth = len(row.evidence) / (len(row.evidence) + 1)  # one line 0.5, two 0.67, six 0.86
        total += credit + DEPTH * depth
    return round(total / (len(rows) * (1 + DEPTH)), 4)


def forget_texts() -> None:
    """Drop the memo of scored texts (see `scoring.forgets_texts`): one visitor's text must not stay."""
    for cache in (stems, stem_set, concept_of, examples_for, is_generic, asked_skill, marks_of, term_set, job_index,
                  parse_years_ask):
        cache.cache_clear()
