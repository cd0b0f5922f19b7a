"""Words and vocabulary skills of a text, memoised per run: what relevance scores (`resume_core.tailoring.scoring`),
verdicts and years are computed from.

`terms` are the text's stemmed words without stop words; `concept_strengths` the vocabulary skills it
names (strength 1) or implies (`IMPLIED_SHARE`). The memos hold whole bullets and postings, so every
entry point that scores text runs under `forgets_texts`, which drops them when the run ends.
"""

from __future__ import annotations

import re
from functools import lru_cache, wraps

from resume_core.vocab.vocabulary import load_vocabulary


IMPLIED_SHARE = 0.6  # using Kubernetes shows container experience, but less than saying so

_WORD = re.compile(r"[a-z0-9][a-z0-9+#]*(?:\.[a-z0-9]+)*")
_ONE_LETTER = frozenset({"c", "r"})  # languages
_STOP = frozenset(
    """a an and are as at be been by can could do for from has have in into is it its of on or our
    than that the their them they this to was we were will with within you your i my me who what which
    while would should must may also all any both each other such etc e.g i.e via per plus more most
    experience experienced years year ability able strong excellent good great solid knowledge
    understanding working work skills skill proven including include includes preferred required
    requirements familiarity familiar demonstrated using use used well new team""".split()
)


# Irregular past tenses open most bullets ("Led", "Built", "Wrote") while postings use the present.
_IRREGULAR = {"led": "lead", "built": "build", "wrote": "write", "written": "write", "ran": "run",
              "drove": "drive", "driven": "drive", "grew": "grow", "grown": "grow", "taught": "teach",
              "spoke": "speak", "spoken": "speak", "made": "make", "brought": "bring", "kept": "keep"}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'designed', 'designs', 'designing' (and 'led', 'leading')."""
    if not word.isalpha():  # 'node.js', 'c++', 'k8s' are names, not inflected words
        return word
    word = _IRREGULAR.get(word, word)
    if len(word) > 5 and word.endswith("ing"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ied"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("ed"):
        word = word[:-2]
    elif len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    # Doer and deed share a root: contributor/contribution/contributed, operator/operation/operated.
    if len(word) >= 7 and word.endswith(("ator", "utor", "itor")):
        word = word[:-2]
    elif len(word) >= 8 and word.endswith(("ation", "ution", "ition")):
        word = word[:-3]
    return word


def forgets_texts(func):
    """Run `func`, then drop the memo of scored texts.

    `terms` and `concept_strengths` memoise whole bullets and postings for speed within one run; on a
    shared server one visitor's text must not stay in a process-wide cache after their run ends.
    """

    @wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        finally:
            terms.cache_clear()
            concept_strengths.cache_clear()
            vocab_matches.cache_clear()
            from resume_core.tailoring.verdicts import forget_texts  # verdicts memoise texts too; imported late: it uses scoring

            forget_texts()

    return wrapper


@lru_cache(maxsize=65536)
def terms(text: str) -> tuple[str, ...]:
    """Normalised words of `text`, stop words removed, in order (repeats kept)."""
    return tuple(filter(None, map(_TERMS.__getitem__, _WORD.findall(text.lower()))))


class _Terms(dict):
    """word -> its stem, or "" for a stop word or a stray letter, filled on first sight (a look-up in C
    after that; `stem` never returns ""). Bounded: emptied when it holds `MAX` words."""

    MAX = 65536

    def __missing__(self, word: str) -> str:
        if len(self) >= self.MAX:
            self.clear()
        value = self[word] = stem(word) if word not in _STOP and (len(word) > 1 or word in _ONE_LETTER) else ""
        return value


_TERMS = _Terms()


def concepts(text: str) -> frozenset[str]:
    """Canonical vocabulary skills named in `text`, lowercased; empty without a vocabulary."""
    return frozenset(c for c, strength in concept_strengths(text).items() if strength == 1.0)


def skill_concept(name: str) -> str:
    """The lowercased canonical name of a skill ("k8s" -> "kubernetes"), or the name itself."""
    found = load_vocabulary().canonical(name)
    return (found or " ".join(name.split())).lower()


@lru_cache(maxsize=65536)
def vocab_matches(text: str) -> tuple:
    """The vocabulary's `find` over `text`, memoised (scores and verdicts both read it)."""
    return tuple(load_vocabulary().find(text))


@lru_cache(maxsize=65536)
def concept_strengths(text: str) -> dict[str, float]:
    """Skills named in `text` (strength 1) and skills they imply (`IMPLIED_SHARE`): Docker -> Containers."""
    vocab = load_vocabulary()
    named = [m.canonical for m in vocab_matches(text)]
    out = {implied.lower(): IMPLIED_SHARE for c in named for implied, _why in vocab.implied_by(c)}
    out.update(dict.fromkeys((c.lower() for c in named), 1.0))
    return out
