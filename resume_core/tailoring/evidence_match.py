"""Whether one line of evidence proves a requirement: fully (2), partly (1) or not (0), with its reason.

The kinds of proof, from the strongest: the asked skill itself or an alias; an example the posting gives
("operating system such as Windows"); a curated vocabulary relation, where a tool is an instance of the
practice ("Terraform is infrastructure as code") and a sibling practice or a hedged relation only relates
to it; every word of a short ask in one line, close together; a name the ask spells that the vocabulary does
not know ("VisualForce"). A word shared by chance or a skill named like a category is no proof.
"""

from __future__ import annotations

from collections.abc import Sequence

import re
from functools import lru_cache

from resume_core.tailoring.evidence import (
    Unit,
    concept_of,
    is_generic,
    stems,
    together,
    word_share,
)
from resume_core.tailoring.scoring import IMPLIED_SHARE, concept_strengths, terms, vocab_matches
from resume_core.vocab.vocabulary import load_vocabulary
from resume_core.tailoring.years import same_word

_EXAMPLES = re.compile(r"\b(?:such as|e\.g\.|eg\.|for example|for instance|like|including|incl\.)", re.I)
# A relation that hedges ("mostly", "carries over") or goes from a kind of work to a tool ("front-end work is
# JavaScript") says what is likely, not what is proven.
_HEDGE = re.compile(r"\b(?:mostly|usually|often|typically|commonly|generally|likely|may|might|can|some|frequently|"
                    r"similar|related|almost always|underlies|carry over|carries over|work is|work uses|work needs)\b",
                    re.I)
_AS_ROLE = re.compile(r"\sas\s(?:an?|the)\s(?!services?\b)", re.I)
_TOOLS = re.compile(r"\b(?:with|using|via|through|in)\b", re.I)


@lru_cache(maxsize=4096)
def examples_for(sentence: str, concept: str) -> list[str]:
    """Skills the sentence gives as examples of `concept` ("operating system such as Windows" -> ["windows"])."""
    cue = _EXAMPLES.search(sentence[:2000])
    if not cue:
        return []
    found = load_vocabulary().find(sentence[:2000])
    before = [m.canonical.lower() for m in found if m.end <= cue.start()]
    after = [m.canonical.lower() for m in found if m.start >= cue.end()]
    if concept in after:
        return []  # "Microsoft tools such as SQL Server and Visual Studio": Visual Studio is no SQL Server
    if concept in before[-2:] or not before:
        return [a for a in after if a != concept]
    return []


def match_unit(req_skill: str, asked: list[str], sentence: str, unit: Unit,
               concepts: Sequence[list[str]] = ()) -> tuple[int, str]:
    """(2 full / 1 partial / 0, reason) for one unit against a requirement; at 0 the reason may name a
    hedged relation the line has to the ask ("related only: ..."), which is no evidence."""
    level, reason = _match_words(req_skill, asked, sentence, unit, concepts)
    if unit.title and level:
        reason = unit.where + (reason[reason.index(":"):] if ":" in reason else "")
    return level, reason


def _match_words(req_skill: str, asked: list[str], sentence: str, unit: Unit, concepts) -> tuple[int, str]:
    quoted = unit.quote
    related = ""  # a hedged relation of the line to the ask: no evidence, but worth naming
    if req_skill:
        level, reason = _concept_match(req_skill, sentence, unit, quoted)
        if level or reason == "junk":
            return level, "" if reason == "junk" else reason
        related = reason
    if concepts and not req_skill:
        levels = []
        for group in concepts:
            best = (0, "")
            for concept in group:
                found = _concept_match(concept, sentence, unit, quoted)
                if found[0] == 0 and found[1] != "junk" and word_share(stems(concept), unit.text) == 1.0:
                    found = (2, f"{quoted} in {unit.where}")
                related = related or (found[1] if found[1] != "junk" else "")
                best = max(best, found, key=lambda x: x[0])
            levels.append(best)
        if all(level == 2 for level, _ in levels):
            return 2, levels[0][1]
        if len(asked) >= 2 and word_share(asked, unit.text) == 1.0 and together(asked, unit.text) and not (
                unit.skill_item and is_generic(unit.text)):
            # Every word of the short ask, together, however the vocabulary reads its skills ("Oracle
            # Micros" is not Oracle Database; "Apache Storm" is no Apache HTTP Server).
            return 2, f"{quoted} in {unit.where}"
        got = sum(level > 0 for level, _ in levels)
        if levels and got >= 1 and (len(levels) == 1 or (got >= 2 and got * 2 >= len(levels))):
            return 1, next((r for level, r in levels if level), "")
        return 0, related
    if asked and not (unit.skill_item and is_generic(unit.text)):
        return _by_words(asked, sentence, unit, quoted) or (0, related)
    return 0, related


def _by_words(asked: list[str], sentence: str, unit: Unit, quoted: str) -> tuple[int, str] | None:
    """(level, reason) of a line by the ask's own words, or None when they do not prove it."""
    share = word_share(asked, unit.text)
    if share == 1.0 and not together(asked, unit.text):
        share = 0.99  # every word is there, but scattered over a long line: not the skill itself
    if share == 1.0 and len(asked) == 1 and _only_as_a_thing(asked[0], unit.text, sentence):
        return 0, f"{quoted} in {unit.where} names a tool or product for it, not the skill"
    if share == 1.0 or (share >= 0.5 and _named_after_modifiers(asked, unit.text)):
        return 2, f"{quoted} in {unit.where}"
    if share >= 0.5 and share * len(asked) >= 2 - 1e-9:  # two words of a longer ask, never one of two
        return 1, f"only part of it: {quoted} in {unit.where}"
    return None


# A noun that makes the word before it say what a thing is for: "research software" is software, not research.
# Equipment, devices and machines are what the work is done with ("Knowledge of Laboratory Equipment" is a
# laboratory skill): not listed.
_THINGS = frozenset(terms("software tool tools toolkit toolkits package packages suite suites product products vendor "
                          "vendors app apps"))
_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9+#.]{0,39}|[^A-Za-z0-9\s]")


def _stem(token: str) -> str:
    return (terms(token) or ("",))[0]


def _only_as_a_thing(word: str, text: str, ask: str) -> bool:
    """Every time the text names the asked word, the next word is a thing it is the kind of: "medical and
    research software" names no research, "research software and field research" does. A word the ask
    spells as a name ("experience with Adobe", "Proficiency in Merge") is that name's tool or product."""
    asked = _WORDS.findall(ask[:500])
    if any(t[0].isupper() and asked[n - 1][0].islower() and same_word(word, _stem(t))
           for n, t in enumerate(asked) if n):
        return False
    tokens = _WORDS.findall(text[:2000])
    held = [n for n, t in enumerate(tokens) if same_word(word, _stem(t))]
    return bool(held) and all(n + 1 < len(tokens) and _stem(tokens[n + 1]) in _THINGS for n in held)


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
def asked_skill(req_skill: str) -> tuple[str, bool]:
    """The canonical concept of an asked skill, and whether it names a whole category."""
    concept = concept_of(req_skill)
    return concept, is_generic(req_skill) or is_generic(concept)


@lru_cache(maxsize=4096)
def _is_language(concept: str) -> bool:
    vocab = load_vocabulary()
    return vocab.category(vocab.canonical(concept) or concept) == "Programming"


def _concept_match(req_skill: str, sentence: str, unit: Unit, quoted: str) -> tuple[int, str]:
    """(level, reason) of a unit for one vocabulary skill; (0, "junk") for a skill named like a category."""
    concept, generic = asked_skill(req_skill)
    if generic and unit.skill_item and is_generic(concept_of(unit.text)):
        return 0, "junk"  # a skill named like a category proves nothing
    strengths = concept_strengths(unit.text)
    if strengths.get(concept) == 1.0 and not (generic and is_generic(unit.text)):
        surface = next((m.surface for m in vocab_matches(unit.text) if m.canonical.lower() == concept),
                       req_skill)
        if surface.lower() != concept and surface.lower() != req_skill.lower():
            return 2, f"{quoted} in {unit.where}: {surface} is {req_skill}"
        return 2, f"{quoted} in {unit.where}"
    for example in examples_for(sentence, concept):
        if strengths.get(example) == 1.0 or word_share(stems(example), unit.text) == 1.0:
            return 2, f"{quoted} in {unit.where}: the posting gives {example} as an example"
    vocab = load_vocabulary()
    if strengths.get(concept) == IMPLIED_SHARE:
        for m in vocab_matches(unit.text):
            why = next((w for name, w in vocab.implied_by(m.canonical) if name.lower() == concept), "")
            if why:
                # A tool that is an instance of the practice meets it ("Terraform is infrastructure as
                # code"); a sibling practice of the same field only relates to it ("End-to-end testing"
                # is not "Test automation").
                # A hedged relation ("DevOps work is mostly on Linux") is likely, not proven; nor is a
                # language by its library or framework ("jQuery is a JavaScript library").
                sibling = any(same_word(a, b) for a in stems(m.canonical) for b in stems(concept))
                library = _is_language(concept) and not _is_language(m.canonical.lower())
                # A hedged relation is no evidence at all: its line is named as related (level 0).
                related = f"related only: {quoted} in {unit.where} ({why})"
                if _HEDGE.search(why):
                    return 0, related
                return (1, related) if sibling or library else (2, f"{quoted} in {unit.where}: {why}")
    if generic:
        field = stems(concept)
        for m in vocab_matches(unit.text):
            category = stems(m.category)
            if m.canonical.lower() != concept and field and category and same_word(field[0], category[0]):
                return 2, f"{quoted} in {unit.where}: {m.canonical} is one of the {req_skill.lower()}"
    return 0, ""


def without_role(ask: str) -> str:
    """The ask less the role it is done in: "agricultural management as a farmer" asks for agricultural
    management; a name that holds "as a" stays whole ("Infrastructure as Code", "Platform as a Service")."""
    found = _AS_ROLE.search(ask[:2000])
    if not found or any(m.start < found.end() and found.start() < m.end for m in vocab_matches(ask[:2000])):
        return ask
    return ask[:found.start()]


def asked_concepts(short: str) -> list[list[str]]:
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
def marks_of(text: str) -> list[str]:
    """The words a requirement spells as names that the vocabulary does not know, in order (each once)."""
    letters = [c for c in text[:500] if c.isalpha()]
    if sum(c.isupper() for c in letters) * 2 > len(letters):
        return []  # a shouted line spells every word in capitals: none of them is a name
    known = [(m.start, m.end) for m in vocab_matches(text[:500])]
    found = []
    for m in _MARK.finditer(text[:500]):
        word = m.group(0)
        if any(a < m.end() and m.start() < b for a, b in known):
            continue  # a skill the vocabulary knows is matched as that skill
        if any(c.isupper() for c in word[1:]) and sum(c.isalpha() for c in word) >= 2 and word not in found:
            found.append(word)
    return found


def names_mark(mark: str, text: str) -> bool:
    """The text names the mark as a whole word (any case)."""
    low, want = text.lower(), mark.lower()
    start = low.find(want)
    while start >= 0:
        end = start + len(want)
        if (start == 0 or not low[start - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            return True
        start = low.find(want, start + 1)
    return False

