"""Skills from a resume: split skill lists, and find known skills inside bullet text.

A skills section is a list in disguise: "Languages: Java, C++ | Python", "• AWS • Docker",
"ESSBASE (Less than 1 year)". `split_skill_list` returns (name, category) pairs with the noise
removed. `find_skills` asks the shared skill vocabulary (resume_core.vocab.vocabulary) for the skills named in
free text.
"""

from __future__ import annotations

import re

from resume_core.vocab.vocabulary import load_vocabulary

# Repeats are bounded ({0,20}, {0,120}) so a run of spaces or brackets costs linear time, not quadratic.
_SPLIT = re.compile(r"\s{0,20}(?:[,;|•●▪·]|\s/\s|\s-\s|\band\b(?=\s{1,20}[A-Z])|&(?=\s{1,20}[A-Z]))\s{0,20}")
_PAREN = re.compile(r"\s{0,20}\((?:[^()]{0,120}?\b(?:years?|months?|yrs?|exp\w{0,20}|basic|advanced|intermediate|expert|beginner)\b[^()]{0,120})\)", re.IGNORECASE)
_LEVEL = re.compile(r"(?:\s{0,20}[-:(])?\s{0,20}\b(?:basic|advanced|intermediate|expert|beginner|proficient|familiar)\)?\s{0,20}$", re.IGNORECASE)
MAX_SKILL_WORDS = 5


def normalise(text: str) -> str:
    """Lower case, punctuation dropped, whitespace collapsed: the key for duplicate checks of bank
    entries, on import (merge) and for interview suggestions (suggest)."""
    text = text.lower().replace("&", " and ")
    # Keep the symbols that make skills distinct: C++, C#, .NET, Node.js.
    text = re.sub(r"[^\w+#. ]+", " ", text)
    text = re.sub(r"(?<!\w)\.|\.(?!\w)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def split_skill_list(text: str) -> list[tuple[str, str]]:
    """(skill, category) pairs from one line of a skills section; long phrases are left out."""
    category = ""
    head, sep, rest = text.partition(":")
    if sep and rest.strip() and len(head.split()) <= 4 and "http" not in head.lower():
        category, text = head.strip(), rest
    text = _PAREN.sub("", text)
    out: list[tuple[str, str]] = []
    for piece in _SPLIT.split(text):
        name = _LEVEL.sub("", piece).strip(" .:-–*()[]'\"")
        if not name or len(name.split()) > MAX_SKILL_WORDS or not re.search(r"[A-Za-z]", name):
            continue
        if len(name) > 45 or "http" in name.lower() or "www." in name.lower() or name.lower() in {"etc", "others", "other", "and", "less than 1 year"}:
            continue
        out.append((name, category))
    return out


def find_skills(text: str) -> list[tuple[str, str]]:
    """(canonical skill, category) pairs the vocabulary finds in `text`, first mention first."""
    if not text.strip():
        return []
    vocab = load_vocabulary()
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for match in vocab.find(text):
        key = match.canonical.lower()
        if key not in seen:
            seen.add(key)
            out.append((match.canonical, getattr(match, "category", "") or ""))
    return out


def mentions(text: str, skill: str) -> bool:
    """Whether `skill` appears in `text` as a whole word, ignoring case."""
    pattern = r"(?<![\w+#])" + re.escape(skill.lower()) + r"(?![\w+#])"
    return re.search(pattern, text.lower()) is not None


PERSON_SKILL_CONFIDENCE = 0.8
"""A listed skill no job mentions is the person's own skill: sure enough not to need a check."""


def attach_listed_skills(bank, pairs: list[tuple[str, str]], taken: set[str]) -> dict[str, float]:
    """Put each listed skill on every job or project whose text names it, the rest on the person.

    A skills list says what someone can do, not where they did it. A skill named in a job's bullets
    goes to that job; the others become the person's own skills (`Bank.skills`), never a made-up
    project or a job that does not mention them. The person's new skills come back in the returned
    map (skill id -> confidence) for the preview.
    """
    from resume_core.bank.model import Skill, new_id

    def make(name: str, category: str) -> Skill:
        skill = Skill(id=new_id("skill", taken), name=name, category=category)
        taken.add(skill.id)
        return skill

    owners = bank.owners()
    texts = {o.id: " ".join([o.name, o.description, *(a.text for a in o.accomplishments)]) for o in owners}
    homeless: list[tuple[str, str]] = []
    for name, category in pairs:
        homes = [o for o in owners if mentions(texts[o.id], name)]
        for owner in homes:
            if normalise(name) not in {normalise(s.name) for s in owner.skills}:
                owner.skills = [*owner.skills, make(name, category)]
        if not homes:
            homeless.append((name, category))
    have = {normalise(s.name) for s in bank.all_skills()}  # a job that lists it already holds it
    added = []
    for name, category in homeless:
        if normalise(name) and normalise(name) not in have:
            have.add(normalise(name))
            added.append(make(name, category))
    bank.skills = [*bank.skills, *added]
    return {skill.id: PERSON_SKILL_CONFIDENCE for skill in added}
