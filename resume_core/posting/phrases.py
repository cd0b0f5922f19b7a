"""What a requirement sentence asks for in words the vocabulary does not know: the phrase after "experience
with", "knowledge of", "familiarity with" ("Familiarity with CCAR reports", "knowledge of NYC housing
policy"), cut at the end of the thought and split where it lists several ("Basel, CCAR and stress
testing" is three). Read by `posting.stated`, which keeps each phrase no vocabulary name covers as a
requirement row of its own, less sure than a named skill. Every pattern is bounded and linear-time.
"""

from __future__ import annotations

import re

# The words that open an ask for something named ("experience with", "solid knowledge of", "expertise in").
_CUE = re.compile(
    r"\b(?:experience|experienced|knowledge|knowledgeable|familiarity|familiar|proficiency|proficient|expertise|"
    r"expert|understanding|background|skilled|fluency|competence)[ \t]{1,3}"
    r"(?:(?:working|work)[ \t]{1,3})?(?:with|in|of|using|on|at)[ \t]{1,3}(?:(?:the|a|an|all|any)[ \t]{1,3})?",
    re.IGNORECASE)
# Where the asked thing ends: a sentence mark, a bracket, a dash between words, or a word that opens
# another thought ("experience with Basel reports to support ...", "... is a plus").
_END = re.compile(r"[.;:!?()\[\]\n]|[ \t]-[ \t]|[ \t](?:is|are|to|for|that|which|who|where|when|while|as|"
                  r"including|such|like|from|within|across|using|via|would|will|a plus|preferred|required|"
                  r"desired|strongly|highly|preferably|ideally|especially|etc)\b", re.IGNORECASE)
# "Understanding of the regulatory domain is desired": the ask's own cue right after it makes it preferred.
_PREFERRED_AFTER = re.compile(r"[ \t]{0,3}(?:(?:is|are|would be|will be)[ \t]{1,3})?(?:an?[ \t]{1,3})?(?:big[ \t]{1,3})?"
                              r"(?:desired|preferred|plus|nice to have|desirable|advantage|bonus)\b", re.IGNORECASE)


def preferred_after(text: str, end: int) -> bool:
    """Whether a preference cue ("is desired", "a plus") follows text[:end]."""
    return _PREFERRED_AFTER.match(text, end) is not None
_SPLIT = re.compile(r"[ \t]*,[ \t]*(?:(?:and|or)[ \t]{1,3})?|[ \t]{1,3}(?:and/or|and|or|&)[ \t]{1,3}", re.IGNORECASE)
MAX_PHRASE = 90  # characters after the cue that one ask may take
MAX_WORDS = 5
# Words that are no name of anything asked for on their own ("experience with the following", "in a
# similar role"): an item made only of them is dropped.
_EMPTY = frozenset((
    "a", "an", "the", "all", "any", "some", "other", "others", "similar", "related", "relevant", "various",
    "following", "large", "small", "complex", "new", "modern", "current", "multiple", "different", "these", "this",
    "that", "it", "them", "their", "our", "your", "its", "one", "two", "more", "least", "etc", "both", "each",
    "field", "area", "areas", "role", "roles", "position", "environment", "environments", "team", "teams", "company",
    "industry", "work", "working", "years", "year", "experience", "knowledge", "skills", "skill", "ability", "tools",
    "technologies", "technology", "systems", "system", "software", "applications", "application", "projects",
    "project", "solutions", "products", "product", "development", "management", "support", "design",
    "best", "practices", "fast", "paced", "fast-paced", "high", "level", "high-level", "general", "basic", "good",
    "of", "in", "on", "with", "at", "by", "and", "or", "scale", "large-scale", "enterprise", "business", "clients",
))
# "specifically in banking", "at least 5 years", "creating", "evaluating": no name of a thing asked for.
_NOT_A_NAME = re.compile(r"^(?:(?:specifically|especially|particularly|ideally|preferably|mainly|primarily|at least|"
                         r"over|more than|min(?:imum)?)\b|\d)", re.IGNORECASE)
_DOING = re.compile(r"[a-z]{2,30}ing")  # a lone lower-case verb: "experience in creating, evaluating"
_WORD = re.compile(r"[\w+#][\w+#.'/-]{0,39}")


def asked_phrases(text: str) -> list[tuple[int, str]]:
    """The things `text` asks experience or knowledge of, each (offset, phrase as written)."""
    out: list[tuple[int, str]] = []
    for cue in _CUE.finditer(text):
        start = cue.end()
        window = text[start:start + MAX_PHRASE]
        end = _END.search(window)
        span = window[: end.start()] if end else window
        at = 0
        for part in _SPLIT.split(span):
            offset = span.find(part, at) if part else -1
            if offset < 0:
                continue
            at = offset + len(part)
            item = part.strip(" \t,/&*-")
            words = _WORD.findall(item)
            if not words or len(words) > MAX_WORDS or not item[:1].isalnum():
                continue
            if all(w.lower().strip(".") in _EMPTY for w in words) or _NOT_A_NAME.match(item) or _DOING.fullmatch(item):
                continue
            out.append((start + offset + (len(part) - len(part.lstrip(" \t,/&*-"))), item))
    return out
