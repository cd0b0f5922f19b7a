"""The evidence a verdict may rest on: every line of a bank (bullets, skills, titles, descriptions,
degrees, certificates) as a `Unit`, the words each holds, and an index that finds the few units that could
prove a requirement in a bank of thousands of lines.

Words are compared by stem (`terms`), less the qualifiers that say how well, not what ("strong", "proven");
a skill named like a whole category ("Programming languages") is generic and proves nothing by its name.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
import re

from resume_core.bank.model import Bank, TailoredResume
from resume_core.tailoring.scoring import concept_strengths, skill_concept, terms
from resume_core.vocab.vocabulary import load_vocabulary
from resume_core.tailoring.years import same_word

GENERIC = frozenset({"programming languages", "programming language", "operating system", "operating systems",
                     "soft skills", "technical skills", "frameworks", "databases", "database", "tools",
                     "scripting languages", "query languages", "cloud platforms", "software", "technology"})


@dataclass(frozen=True)
class Unit:
    """A piece of evidence: the bank id it comes from, its text, where it is, and whether the page shows it."""

    id: str
    text: str
    where: str
    on_page: bool
    skill_item: bool = False
    title: bool = False  # a position title: "you were a Data Analyst at X"
    shown_text: str = ""  # the text a reason quotes, when `text` is read with part of it left out

    @property
    def quote(self) -> str:
        return f"'{(self.shown_text or self.text).strip()[:80]}'"


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
    "ample considerable significant wide range grasp standout stellar adroit exceptionally outstandingly apt aptitude "
    "theoretical propensity comprehension know-how toward towards displayed exhibited highly over across within "
    "various diverse overall"))


concept_of = lru_cache(maxsize=65536)(skill_concept)


# Clipped words read as the word they clip ("Telecom" is telecommunications, "Admin" administration), so an
# ask and a line that spell one differently still share it (stems of both sides, as `terms` leaves them).
_CLIPPED = {"telecom": "telecommunicat", "admin": "administrat", "info": "informat", "config": "configurat",
            "infra": "infrastructur", "app": "applicat", "govt": "government", "dept": "department",
            "mgmt": "management", "mfg": "manufactur", "ops": "operat", "math": "mathemat", "maths": "mathemat"}


# A prefix written apart or joined is one word: "Off-shore" is offshore, "e-commerce" ecommerce, "co-ordination"
# coordination (bounded: a prefix of literal letters, then a letter)
_PREFIX_HYPHEN = re.compile(r"\b(e|co|pre|re|non|multi|off|sub|inter|cross|post|anti)-(?=[a-z])", re.I)


# Words of general English that say the same thing in a skill's name ("Full Time commitment" is "Full time
# dedication", "instructing teammates" "instructing colleagues"): each group is read as its first word. A
# small reviewed table, not a thesaurus: only words that are the same in any trade's resume.
_SYNONYM_GROUPS = (
    "commitment dedication devotion", "ecosystem environment", "teammates colleagues coworkers peers others",
    "customer client", "terminology terminologies vocabulary jargon", "instructing teaching tutoring",
    "instruct teach tutor", "employees staff personnel workforce", "purchasing procurement buying",
    "vehicle car automobile", "physician doctor", "attorney lawyer", "repair mend",
    "cooperation collaboration", "cooperate collaborate", "quick fast rapid", "enhance improve",
    "enhancing improving", "enhancement improvement", "sanitation sanitization sanitisation hygiene",
)
_SYNONYMS = {w: group[0] for group in (terms(g) for g in _SYNONYM_GROUPS) for w in group}


@lru_cache(maxsize=65536)
def stems(text: str) -> list[str]:
    text = _PREFIX_HYPHEN.sub(r"\1", text)
    found = (_CLIPPED.get(w, w) for w in terms(text) if (len(w) > 1 or w in ("c", "r")) and w not in _QUALIFIERS)
    return [_SYNONYMS.get(w, w) for w in found]


def word_share(asked: list[str], text: str) -> float:
    """The share of the asked stems the text holds (the same word by `same_word`: "analysi"/"analyst")."""
    if not asked:
        return 0.0
    exact, by_prefix = stem_set(text)
    return sum(w in exact or f"{w}ness" in exact or (w.endswith("ness") and w[:-4] in exact)
               or any(same_word(w, h) for h in by_prefix.get(w[:4], ())) for w in asked) / len(asked)


def _same(a: str, b: str) -> bool:
    """`same_word`, or one is the other's quality ("fit"/"fitness", "aware"/"awareness")."""
    return same_word(a, b) or f"{a}ness" == b or f"{b}ness" == a


def together(asked: list[str], text: str) -> bool:
    """The asked words stand close together in the text ("operation and control", not "operation of the
    line ... quality control"): some window of at most twice their number plus two words holds them all."""
    held = stems(text)
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
def stem_set(text: str) -> tuple[frozenset[str], dict[str, list[str]]]:
    """The text's stems, and by their first four letters (only those can say the same word, see `_same`)."""
    by_prefix: dict[str, list[str]] = {}
    for stem in stems(text):
        by_prefix.setdefault(stem[:4], []).append(stem)
    return frozenset(stems(text)), by_prefix


@lru_cache(maxsize=65536)
def is_generic(name: str) -> bool:
    return " ".join(name.lower().split()) in GENERIC


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
        # A description that repeats the job's title ("Sales Engineer (2013 - 2016): ...") is read without
        # it: the title is its own unit, evidence only for an ask that names a role.
        description = owner.description
        for pos in getattr(owner, "positions", []):
            if len(pos.title.strip()) > 2:
                description = description.replace(pos.title.strip(), " ")
        if description.strip() and (touched is None or owner.id in touched):
            units.append(Unit(owner.id, description, f"the description of {owner.name}", owner.id in shown,
                              shown_text=owner.description))
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
            for prefix in {word[:4] for word in stems(unit.text)}:
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
                category = stems(vocab.category(vocab.canonical(concept) or concept))
                if category and same_word(field, category[0]):
                    found.update(members)
        found.update(n for c in concepts for n in self._by_concept.get(c, ()))
        return [self.units[n] for n in sorted(found)]

