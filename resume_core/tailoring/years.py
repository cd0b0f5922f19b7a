"""Years of experience: what a posting asks ("3+ years as a Help Desk Administrator") and what the bank shows.

`parse_years_ask` (`resume_core.tailoring.years_ask`) reads the ask from a posting sentence: the minimum years and
what they are about, a role ("as a ...") or a skill or field ("with Terraform", "of C#"). `years_as_role` adds up the dated
positions whose title belongs to the role's family (the same words, or the same O*NET occupation
through its alternate titles); `years_with_skill` the time in jobs whose skills, bullets or
description name the skill. Overlapping periods count once; an open end ("present") is today
(`resume_core.clock`). Dates are ISO and partial ("2012" is 2012-01-01), as the bank stores them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date

from resume_core.bank.model import Bank, Job
from resume_core.tailoring.years_ask import YearsAsk as YearsAsk  # re-exported: the ask and what the bank shows go together
from resume_core.tailoring.years_ask import parse_years_ask as parse_years_ask
from resume_core.tailoring.years_ask import years_figure as years_figure

TOLERANCE = 0.5 / 12  # half a month: "2012 - 2015" is the 3 years it says


@dataclass
class YearsFound:
    """Years the bank shows for an ask, and the periods they come from (owner id, label, start, end)."""

    years: float = 0.0
    periods: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def evidence(self) -> list[str]:
        return list(dict.fromkeys(p[0] for p in self.periods))


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
    from resume_core.tailoring.scoring import terms

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
    from resume_core.vocab.occupations import load_occupations

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
    """True when some text of `job` (a skill, bullet, description or title) names the skill: its
    vocabulary concept, or every asked word."""
    texts = tuple(t for t in [s.name for s in job.skills] + [a.text for a in job.accomplishments]
                  + [job.description] + [p.title for p in job.positions] if t.strip())
    named, words, by_prefix = job_index(texts)
    if concept in named:
        return True
    # A text names every asked word only if the job's words together do: most jobs stop here.
    if not asked or not _holds_all(asked, words, by_prefix):
        return False
    return any(_names_all(asked, text) for text in texts)


@lru_cache(maxsize=4096)
def job_index(texts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str], dict[str, tuple[str, ...]]]:
    """One job's texts read once per run for every years ask: the concepts they name (strength 1), and
    all their words with those of five letters or more by their first four (as `term_set`).
    Memoised per run; `verdicts.forget_texts` drops it with the other text memos."""
    from resume_core.tailoring.scoring import concept_strengths, terms

    named = frozenset(c for text in texts for c, strength in concept_strengths(text).items() if strength == 1.0)
    words: set[str] = set().union(*map(terms, texts))  # the words of `term_set`, without its per-text index
    by_prefix: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= 5:
            by_prefix.setdefault(word[:4], []).append(word)
    return named, frozenset(words), {k: tuple(v) for k, v in by_prefix.items()}


def _names_all(asked: tuple[str, ...], text: str) -> bool:
    """Every asked word is in `text` (as `same_word` reads it)."""
    held, by_prefix = term_set(text)
    return _holds_all(asked, held, by_prefix)


def _holds_all(asked: tuple[str, ...], held: frozenset[str], by_prefix: dict[str, tuple[str, ...]]) -> bool:
    """Every asked word is in `held`. Two different words can only be the same (`same_word`) when both
    have five letters or more and share their first four, so only those (`by_prefix`) are compared."""
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
    from resume_core.tailoring.scoring import terms

    words = frozenset(terms(text))
    by_prefix: dict[str, list[str]] = {}
    for word in words:
        if len(word) >= 5:
            by_prefix.setdefault(word[:4], []).append(word)
    return words, {k: tuple(v) for k, v in by_prefix.items()}


def years_with_skill(bank: Bank, subject: str, today: str) -> YearsFound:
    """Years in jobs whose skills or bullets name `subject`."""
    from resume_core.tailoring.scoring import skill_concept

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
