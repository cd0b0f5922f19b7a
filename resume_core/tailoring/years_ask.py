"""What a posting asks for in years of experience ("3+ years as a Help Desk Administrator").

`years_figure` finds a years figure that asks for experience (not a company's history, a deadline, a
benefit or an age); `parse_years_ask` reads what the years are about: a role ("as a ...") or a skill or
field ("with Terraform", "of C#"). What the bank shows for an ask is `resume_core.tailoring.years`.
All regular expressions here are linear: single quantifiers over disjoint classes, bounded lengths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_WORDS = "|".join(_NUMBER_WORDS)
# Digits may follow a glued word ("WebMethods6 years", text whose line breaks were lost); words may not.
_NUM = r"((?<![\d.])\d{1,2}(?:\.\d)?(?![\d.])|\b(?:" + _WORDS + r")\b)"
# "3+ years", "3 - 5 years", "3 to 5 yrs", "Four to six years", "three (3) years", "minimum 3 years",
# "8 plus years", "2-year", "10 years (+)"; the floor words before the figure are part of the ask.
_ASK = re.compile(r"(?:\b(?:at least|minimum(?: of)?|min\.?|over|more than)\s{1,3})?" + _NUM
                  + r"(?:\s{0,3}\(\s{0,2}\d{1,2}\s{0,2}\))?\s{0,3}(\+|plus\b)?[\s-]{0,3}"
                  r"((?:-|–|to)\s{0,3}(?:\d{1,2}|" + _WORDS + r")\s{0,3}\+?[\s-]{0,3})?"
                  r"(?:years?|yrs?)\b(?:\s{0,3}\(?\+\)?)?", re.I)
# Years that ask for nothing: the company's own history ("in business for over 30 years", "a 35-year
# history"), a deadline ("within one year"), a benefit ("vacation after 1 year of service"), an age.
_COMPANY_BEFORE = re.compile(r"\b(?:in (?:the )?business|founded|established|history|company|firm|"
                             r"(?:has|have) been|serv(?:ing|icing)|providing|around)\b", re.I)
_COMPANY_CLAUSE = re.compile(r"(?:^|[.!?]\s)\s{0,3}(?:we|we've|our (?:company|firm|team))\s{1,3}(?:have|has|'ve)?\s{0,3}"
                             r"(?:been|served|provided|grown|operated|helped|delivered)\b[^.!?]{0,300}$", re.I)
_TIME_BEFORE = re.compile(r"\b(?:within|after|every|per|each|last|past|next|first)\s{1,3}(?:the\s{1,3})?$", re.I)
_NOT_ASK_AFTER = re.compile(r"^[\s'’s.]{0,4}(?:old|of age|of service|history|ago|warranty|contract|lease)\b", re.I)
_ASKING = re.compile(r"experien|\b(?:as an?|working|worked)\b", re.I)
# What the years are about: the words after "as a", "with", "in", "of", up to the end of the clause.
_TAIL = re.compile(r"\s{0,3}(?:\b(?:experience|is required|required|preferred|or more|or equivalent|at least|minimum|"
                   r"and|who|that|where|including|such as|at|in|for|focused|with|is|are|during|based|beyond|within|across|using)\b|[,;:()!?]"
                   r"|(?<!Sr)(?<!Jr)(?<!St)\.(?:\s|$)).{0,400}$",
                   re.I)
_DASH_TAIL = re.compile(r"\s{1,3}-\s{1,3}(?:except|all other)\b.{0,200}$", re.I)


@dataclass(frozen=True)
class YearsAsk:
    """A posting's ask for years: `years` minimum, about `subject`, as a `role` or with a skill; `start`
    and `end` are where the figure ("at least 3+ years") stands in the sentence."""

    years: float
    subject: str
    role: bool
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)
    floor: bool = field(default=False, compare=False)  # "3+", "at least 3", "3 to 5": a minimum


def years_figure(text: str, pos: int = 0) -> YearsAsk | None:
    """The first years figure from `pos` on that asks for experience (subject not read yet), or None.
    This is the one place a years ask is recognised: `parse_years_ask` reads its subject and the
    posting analysis (`posting.facts.years_ask`) its short line."""
    text = text[:4000]
    while pos < len(text):
        found = _ASK.search(text, pos)
        if not found:
            return None
        pos = found.end()
        raw = found.group(1).lower()
        years = float(_NUMBER_WORDS.get(raw, 0) or raw)
        before, after = text[max(0, found.start() - 60):found.start()], text[found.end():found.end() + 40]
        if years <= 0 or years > 40 or _TIME_BEFORE.search(before) or _NOT_ASK_AFTER.search(after):
            continue
        if (_COMPANY_BEFORE.search(before) or _COMPANY_CLAUSE.search(text[max(0, found.start() - 400):found.start()])) \
                and not _ASKING.search(after):
            continue  # "we have been in business for over 30 years"
        figure = found.group(0)
        floor = bool(found.group(2) or found.group(3)) or "+" in figure or bool(re.match(r"(?i)at|min|over|more", figure))
        return YearsAsk(years, "", False, found.start(), found.end(), floor)
    return None


@lru_cache(maxsize=4096)
def parse_years_ask(sentence: str) -> YearsAsk | None:
    """The years a sentence asks for, or None. "A minimum of 3 years experience as a HELP DESK
    ADMINISTRATOR" -> YearsAsk(3, "HELP DESK ADMINISTRATOR", role=True); "3+ years with Terraform" ->
    YearsAsk(3, "Terraform", role=False); "5+ years of experience" -> YearsAsk(5, "", role=False);
    "Served as a Technical Lead for at least 1 year" -> YearsAsk(1, "Technical Lead", role=True).
    Memoised per run (coverage reads each requirement's ask more than once); `verdicts.forget_texts`
    drops it with the other text memos."""
    text = sentence[:2000]
    found = years_figure(text)
    if found is None:
        return None
    rest = text[found.end:].lstrip("'’s ")  # "Two years' experience", "5 year’s"
    words = rest.split()
    n = 0
    while n < len(words) and n < 12 and words[n].lower().strip(",") in _LEAD_WORDS:
        n += 1
    as_role = any(w.lower() in ("as", "being") for w in words[:n])
    subject = _clean_subject(" ".join(words[n:n + 40]))
    role = _AS_ROLE.search(" ".join(words[n:n + 40])) if not as_role else None
    if role and _clean_subject(role.group(1)):
        # "working in Retail specifically as a merchandise displayer": the role is what follows "as"
        subject, as_role = _clean_subject(role.group(1)).rstrip(". "), True
    if subject.lower().endswith((" role", " position")):
        subject, as_role = subject.rsplit(" ", 1)[0], True
    if not subject:
        # The role before the figure: "worked as a Desktop Engineer, preferably for 4 years".
        before = _BEFORE_ROLE.search(text[max(0, found.start - 160):found.start])
        if before:
            subject, as_role = _clean_subject(before.group(1)), True
    if not subject and not re.search(r"experien|background", text, re.I):
        return None  # "we have been around for 10 years"
    return YearsAsk(found.years, subject, as_role, found.start, found.end, found.floor)


_AS_ROLE = re.compile(r"^(?:(?!\b(?:will|would|can|could|may|might)\b)[^,;:.()]){1,60}?(?<!well )(?<!such )"
                      r"\b(?:as|being)\s{1,3}(?!well\b|needed\b|required\b)(?:both\s{1,3})?(?:an?\s{1,3}|the\s{1,3})?"
                      r"([A-Za-z][^,;:()]{1,120})", re.I)
_BEFORE_ROLE = re.compile(r"\b(?:as|being)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?([A-Za-z][^,;:.()!?]{1,80}?)"
                          r"[\s,]{1,3}(?:(?:preferably|ideally|each|both|all)\s{1,3}){0,2}(?:for|during|over)?\s{0,3}$")


_LEAD_WORDS = frozenset("""of in with using doing on as being a an the at least minimum professional relevant related
proven hands-on prior previous progressive practical industry work working paid direct demonstrated combined total
overall recent solid full-time experience exp background job field area role position""".split())


_PARTICIPLE = re.compile(r"\s(?=[a-z]{2,30}ing\b)")


def _clean_subject(words: str) -> str:
    words = _DASH_TAIL.sub("", words.strip())
    if words[:1].isupper():
        # "Big Data Architect aggregating and organising ...": in a role written with capitals, the first
        # lowercase word in -ing says what the role did, not what it is.
        words = _PARTICIPLE.split(words, maxsplit=1)[0]
    words = _TAIL.sub("", words).strip(" -–,")
    words = re.sub(r"^(?:experience|exp)\s{1,3}(?:as|with|in|of)\s{1,3}(?:an?\s{1,3})?", "", words, flags=re.I)
    return " ".join(words.split()[:8])
