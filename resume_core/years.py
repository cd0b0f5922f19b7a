"""Years of experience: what a posting asks ("3+ years as a Help Desk Administrator") and what the bank shows.

`parse_years_ask` reads the ask from a posting sentence: the minimum years and what they are about,
a role ("as a ...") or a skill or field ("with Terraform", "of C#"). `years_as_role` adds up the dated
positions whose title belongs to the role's family (the same words, or the same O*NET occupation
through its alternate titles); `years_with_skill` the time in jobs whose skills, bullets or
description name the skill. Overlapping periods count once; an open end ("present") is today
(`resume_core.clock`). Dates are ISO and partial ("2012" is 2012-01-01), as the bank stores them.
All regular expressions here are linear: single quantifiers over disjoint classes, bounded lengths.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from resume_core.model import Bank, Job

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
TOLERANCE = 0.5 / 12  # half a month: "2012 - 2015" is the 3 years it says


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


@dataclass
class YearsFound:
    """Years the bank shows for an ask, and the periods they come from (owner id, label, start, end)."""

    years: float = 0.0
    periods: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def evidence(self) -> list[str]:
        return list(dict.fromkeys(p[0] for p in self.periods))


def years_figure(text: str, pos: int = 0) -> YearsAsk | None:
    """The first years figure from `pos` on that asks for experience (subject not read yet), or None.
    This is the one place a years ask is recognised: `parse_years_ask` reads its subject and the
    posting analysis (`posting_facts.years_ask`) its short line."""
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


def parse_years_ask(sentence: str) -> YearsAsk | None:
    """The years a sentence asks for, or None. "A minimum of 3 years experience as a HELP DESK
    ADMINISTRATOR" -> YearsAsk(3, "HELP DESK ADMINISTRATOR", role=True); "3+ years with Terraform" ->
    YearsAsk(3, "Terraform", role=False); "5+ years of experience" -> YearsAsk(5, "", role=False);
    "Served as a Technical Lead for at least 1 year" -> YearsAsk(1, "Technical Lead", role=True)."""
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


# --- periods -----------------------------------------------------------------------------------


def _day(value: str, today: str) -> date:
    """An ISO date, partial ones from their first day; empty is today (an open end: "present")."""
    if not value:
        return date.fromisoformat(today)
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def merged_years(periods: list[tuple[str, str]], today: str) -> float:
    """Years covered by (start, end) ISO periods, overlaps counted once; an empty end is today."""
    spans = sorted((_day(s, today), _day(e, today)) for s, e in periods if s)
    total, current_start, current_end = 0, None, None
    for start, end in spans:
        if end <= start:
            continue
        if current_end is None or start > current_end:
            if current_end is not None and current_start is not None:
                total += (current_end - current_start).days
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_end is not None and current_start is not None:
        total += (current_end - current_start).days
    return total / 365.25


def format_years(years: float) -> str:
    """4.17 -> "4 y 2 m"; 0.5 -> "6 m"."""
    months = round(years * 12)
    y, m = divmod(months, 12)
    if y and m:
        return f"{y} y {m} m"
    return f"{y} y" if y else f"{m} m"


def _span(start: str, end: str) -> str:
    return f"{start[:4]}-{end[:4] if end else 'present'}"


# --- matching roles and skills ------------------------------------------------------------------


def _words(text: str) -> list[str]:
    from resume_core.scoring import terms

    return [w for w in terms(text) if w not in _ROLE_STOP]


_ROLE_STOP = frozenset({"senior", "sr", "junior", "jr", "lead", "principal", "staff", "level", "entry", "ii", "iii",
                        "iv", "except", "other", "motor", "vehicl"})


def same_word(a: str, b: str) -> bool:
    """Two stems say the same word: equal, or one extends the other by a short suffix ("teach"/"teacher",
    "analysi"/"analyst")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 3


def _shared(asked: set[str], held: set[str]) -> int:
    return sum(any(same_word(w, h) for h in held) for w in asked)


def role_matches(title: str, subject: str) -> bool:
    """True when a position `title` belongs to the role family `subject` asks for: all (of three or more,
    all but one) of the subject's words in the title, or both naming the same O*NET occupation."""
    ordered = _words(subject)
    asked, held = set(ordered), set(_words(title))
    if not asked or not held:
        return False
    shared = _shared(asked, held)
    # The word left out may not be the role's head noun: an "Infrastructure Engineer" is no "Infrastructure
    # Engineering Manager".
    head = _shared({ordered[-1]}, held) == 1
    if shared >= len(asked) - (len(asked) >= 3 and head) and shared >= min(2, len(asked)):
        return True
    # "Network Engineer" for "network engineer - cisco"
    if shared and _shared(held, asked) == len(held) and len(held) >= 2:
        return True
    from resume_core.occupations import load_occupations

    index = load_occupations()
    one, two = index.match(subject), index.match(title)
    return bool(one and two and one.code == two.code and one.via and two.via)


def years_as_role(bank: Bank, subject: str, today: str) -> YearsFound:
    """Years in positions whose title belongs to `subject`'s role family (every position when empty)."""
    periods = []
    for job in bank.jobs:
        for pos in job.positions:
            if pos.start_date and (not subject or role_matches(pos.title, subject)):
                periods.append((job.id, f"{pos.title} at {job.name}", pos.start_date, pos.end_date))
    return YearsFound(merged_years([(p[2], p[3]) for p in periods], today), periods)


def _job_names(job: Job, concept: str, asked: tuple[str, ...]) -> bool:
    from resume_core.scoring import concept_strengths

    texts = [s.name for s in job.skills] + [a.text for a in job.accomplishments] + [job.description]
    texts += [p.title for p in job.positions]
    for text in texts:
        if not text.strip():
            continue
        if concept_strengths(text).get(concept) == 1.0:
            return True
        if asked and _names_all(asked, text):
            return True
    return False


def _names_all(asked: tuple[str, ...], text: str) -> bool:
    """Every asked word is in `text` (as `same_word` reads it). Two different words can only be the same
    when both have five letters or more and share their first four, so only those are compared."""
    held, by_prefix = term_set(text)
    for word in asked:
        if word in held:
            continue
        if len(word) < 5 or not any(same_word(word, h) for h in by_prefix.get(word[:4], ())):
            return False
    return True


@lru_cache(maxsize=65536)
def term_set(text: str) -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The text's words (`scoring.terms`), and those of five letters or more by their first four.
    Memoised per run; `verdicts.forget_texts` drops it with the other text memos."""
    from resume_core.scoring import terms

    words = frozenset(terms(text))
    by_prefix: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= 5:
            by_prefix.setdefault(word[:4], []).append(word)
    return words, {k: tuple(v) for k, v in by_prefix.items()}


def years_with_skill(bank: Bank, subject: str, today: str) -> YearsFound:
    """Years in jobs whose skills or bullets name `subject`."""
    from resume_core.scoring import skill_concept

    concept, asked = skill_concept(subject), tuple(set(_words(subject)))
    periods = []
    for job in bank.jobs:
        if job.start_date and _job_names(job, concept, asked):
            periods.append((job.id, job.name, job.start_date, job.end_date))
    return YearsFound(merged_years([(p[2], p[3]) for p in periods], today), periods)


def years_found(bank: Bank, ask: YearsAsk, today: str) -> YearsFound:
    """The bank's years for an ask: as the role when it names one (or a role-like subject), else with the
    skill; the larger of both when the subject could be either."""
    role = years_as_role(bank, ask.subject, today)
    if ask.role or not ask.subject:
        return role
    skill = years_with_skill(bank, ask.subject, today)
    return role if role.years > skill.years else skill


def years_reason(ask: YearsAsk, found: YearsFound, needed: float) -> str:
    """"4 y 2 m as Help Desk Administrator: Acme 2012-2015, Beta 2016-2017 >= 3 required"."""
    what = f"as {ask.subject}" if ask.role and ask.subject else (f"with {ask.subject}" if ask.subject else "of work")
    if not found.periods:
        return f"no dated position {what} in your bank; {needed:g} required"
    where = ", ".join(f"{label} {_span(s, e)}" for _, label, s, e in found.periods[:4])
    more = f" and {len(found.periods) - 4} more" if len(found.periods) > 4 else ""
    sign = ">=" if found.years + TOLERANCE >= needed else "<"
    return f"{format_years(found.years)} {what}: {where}{more} {sign} {needed:g} required"
