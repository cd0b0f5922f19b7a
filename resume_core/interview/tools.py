"""Tools a speaker names in lower case, read by grammar, and the skills a told tool is an instance of.

Speech-to-text writes "we used dentrix for charting": no capital marks the product. A word is read as a
tool when it is the object of using or of a preposition of working (`used`, `using`, `in`, `on`, `with`,
`via`, `through`, `switched to`, ...) and either
- the vocabulary knows it as a tool (not a way of working) that is also a rare or dual-use word
  ("in excel", "on slack", "in relativity": names `find` takes only as spelled; not a plural of a plain
  word: "the sign in sheets"), or
- it is no common English word: its frequency in the wordfreq English list (Apache-2.0 code, CC-BY-SA 4.0
  data; Zipf scale, 3 = once per million words) is under `RARE`, and so is each plain form of it
  ("dentrix", "zendesk"; not "spreadsheets", "forklifts", "pallets").
A vocabulary tool name before what one makes in it counts too ("excel spreadsheets", "tableau dashboards",
"slack channel"; a rare word there does not: "kpi dashboards").
People met "with" ("worked with priya"), a word after "a"/"an" ("set up a laydown yard": products take no
indefinite article) and the owner's own name are never tools.

`instances_of` relates a told tool to a gap skill only through the vocabulary's implications
(Instagram -> Social media): a story about a platform shows a practice only when the vocabulary says so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from resume_core.interview.lexicon import ADVERBS, FILLERS, NOT_ACTION
from resume_core.interview.text import SOFT_CATEGORIES, sentences
from resume_core.vocab.vocabulary import load_vocabulary, normalise

RARE = 2.7
"""Zipf frequency under which a word is no common English word (dentrix 1.0, zendesk 1.7, priya 2.9)."""
DUAL_USE = 4.5
"""Zipf frequency under which a dual-use vocabulary name is read as the tool after a working preposition
("in excel" 3.7, "on slack" 3.9); above it the word is too common to tell ("in spring", "in word")."""

# The object (one word, or two joined by and/or) of a verb of using or a preposition of working.
_CUE = re.compile(
    r"(?i:\b(?:used|use|uses|using|via|through|with|in|on|into|onto|switched to|moved to|migrated to|"
    r"learned|learnt|adopted|implemented|configured|rolled out|set up)\s+)"
    r"(?:(the|our|a|an|their|my|his|her)\s+)?([a-z][a-z0-9]{2,24})\b(?:\s+(?:and|or)\s+([a-z][a-z0-9]{2,24})\b)?"
)
# A tool name before what one makes in it ("excel spreadsheets", "tableau dashboards", "slack channel").
_MADE_IN = re.compile(
    r"\b([a-z][a-z0-9]{2,24})\s+(?:spreadsheets?|sheets?|workbooks?|macros?|formulas?|pivot tables?|dashboards?|"
    r"templates?|channels?|queries|query|scripts?|database|instance|plugins?|workflows?|boards?|tickets?)\b"
)
_PEOPLE_VERB = re.compile(r"(?i:\b(?:work|worked|working|works|met|meet|meeting|spoke|speak|talked|talk|partnered|"
                          r"paired|sat|along|together|collaborated|collaborating|friends)\s+$)")
_PLAIN = {"the", "and", "our", "their", "them", "this", "that", "these", "those", "all", "each", "every", "some",
          "one", "two", "three", "who", "which", "what", "whom", "it", "its", "his", "her", "him", "they", "time"}
MAX_CHARS = 100_000


@lru_cache(maxsize=1)
def _zipf():
    from wordfreq import zipf_frequency  # a 60 MB word list, loaded on first use only

    return lambda word: zipf_frequency(word, "en")


def is_common_word(word: str) -> bool:
    """Is `word` (or a plain form of it: without -s/-es/-ed/-ing) an ordinary English word?"""
    zipf = _zipf()
    forms = {word}
    for suffix in ("s", "es", "ed", "ing", "d"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.add(word[: -len(suffix)])
    return any(zipf(form) >= RARE for form in forms)


def tools_said(said: str, owner_name: str = "", common: Callable[[str], bool] | None = None) -> list[str]:
    """Tools named after using/in/on/with, in the vocabulary's spelling or capitalised when it does not know
    them ("we used dentrix for charting" -> Dentrix). `common` tells an ordinary word (`is_common_word`)."""
    vocabulary = load_vocabulary()
    owner = {normalise(w) for w in owner_name.split()}
    out: list[str] = []
    for sentence in sentences(said[:MAX_CHARS]):
        for match in _CUE.finditer(sentence):
            if match[0].lower().startswith("with") and _PEOPLE_VERB.search(sentence, max(0, match.start() - 20),
                                                                          match.start()):
                continue
            if match[1] in {"a", "an"}:
                continue  # "set up a laydown yard": an indefinite article opens a common noun, never a product
            for word in filter(None, (match[2], match[3])):
                name = _tool_name(word, vocabulary, common or is_common_word)
                if name and normalise(word) not in owner and name not in out:
                    out.append(name)
        for match in _MADE_IN.finditer(sentence):  # a vocabulary name only: "kpi dashboards" names no product
            name = _tool_name(match[1], vocabulary, common or is_common_word, known_only=True)
            if name and name not in out:
                out.append(name)
    return out


def _tool_name(word: str, vocabulary, common: Callable[[str], bool], known_only: bool = False) -> str | None:
    if word in _PLAIN or word in FILLERS or word in ADVERBS or word in NOT_ACTION:
        return None
    canonical = vocabulary.canonical(word)
    if canonical is not None:
        if vocabulary.category(canonical) in SOFT_CATEGORIES:
            return None
        if vocabulary.needs_context(word) and _zipf()(word) < DUAL_USE:
            # A plural of a plain word names no product said in lower case ("the sign in sheets", "in the docs").
            return None if word.endswith("s") and _zipf()(word[:-1]) >= RARE else canonical
        return None if common(word) else canonical
    if known_only or not word.isalpha() or common(word):
        return None
    return word.capitalize()


def instances_of(skill: str, heard: list[str]) -> list[str]:
    """The heard skills the vocabulary says show `skill` (Instagram -> Social media, for a "Social media
    marketing" gap); none when the vocabulary relates none of them."""
    vocabulary = load_vocabulary()
    names = {normalise(n) for n in (vocabulary.canonical(skill), *(m.canonical for m in vocabulary.find(skill))) if n}
    out = []
    for name in heard:
        implied = {normalise(n) for n, _ in vocabulary.implied_by(vocabulary.canonical(name) or name)}
        if names & implied:
            out.append(name)
    return out
