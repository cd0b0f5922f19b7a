"""A small, honest converter from RJDB rows (plain Markdown resumes and job descriptions) to a Bank and a Posting.

Coverage is measured on banks built straight from the rows, not through the importer, so a verdict is
judged on what the resume says. The resume's "Skills" bullets become the person's own skills
(`Bank.skills`: a skills section is not tied to a job); each dated line of "Experience" ("X (2017 -
2021)", "X from 2019 until 2020", "X: 2020 - 2022") becomes a job with one position, its line the job's
description and the indented bullets under it its accomplishments; "Education" lines become degrees.
The job's "Required Skills" bullets and "Required Experience" lines become requirements, verbatim;
nothing else is read from the job (responsibilities are duties, not asks).
"""

from __future__ import annotations

import re

from resume_core.bank.model import (
    Accomplishment,
    Bank,
    Education,
    Job,
    Person,
    Position,
    Posting,
    Requirement,
    Skill,
)
from resume_core.vocab.vocabulary import load_vocabulary

_HEADER = re.compile(r"^\s{0,3}#{1,3}\s*([^\n]{1,80})$", re.M)
_RANGE = re.compile(r"\(?\b((?:19|20)\d\d)\s{0,3}(?:-|–|—|to|until|till|and)\s{0,3}(?:[a-z]{3,9}\.?\s{1,3})?"
                    r"((?:19|20)\d\d|present|current|now|today|ongoing)\b\)?", re.I)
_LABELS = re.compile(r"^[*_\s]{0,4}(?:job\s)?(?:title|role|position|years|duration|dates?|period)"
                     r"(?:\s(?:employed|worked|held))?[*_\s]{0,4}:?[*_\s]{0,4}", re.I)
_AFTER = re.compile(r"^[\s):*_–—-]{0,6}([^,;:.(]{2,80}?)(?:\s[-–—]\s|[,;:.(]|$)")
_LEAD = re.compile(r"^(?:.{0,60}?\b(?:as|was)\s(?:an?\s|the\s)?)", re.I)
_MONTH_TAIL = re.compile(r"\s{0,3}\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{0,3}$", re.I)
_BULLET = re.compile(r"^\s{0,8}(?:[-*•]|\d{1,2}[.)])\s{0,4}")


def sections(text: str) -> dict[str, str]:
    """Markdown sections by a normalised header ("Required Skills:" -> "required skills")."""
    out: dict[str, str] = {}
    marks = list(_HEADER.finditer(text))
    for n, mark in enumerate(marks):
        end = marks[n + 1].start() if n + 1 < len(marks) else len(text)
        name = " ".join(re.sub(r"[^a-z ]", " ", mark.group(1).lower()).split())
        out.setdefault(name, text[mark.end():end])
    return out


def _find(secs: dict[str, str], *names: str) -> str:
    for key, body in secs.items():
        if any(key.startswith(n) for n in names):
            return body
    return ""


def _lines(body: str) -> list[str]:
    return [line for line in body.splitlines() if line.strip()]


def _clean(line: str) -> str:
    return _BULLET.sub("", line).strip().strip('"').strip()


def build_bank(resume: str) -> Bank:
    secs = sections(resume)
    jobs: list[Job] = []
    pending = ""  # "**Title:** X" on one line, its "**Years:** 2013 - 2015" on the next
    margin = 0  # the indent of the last job's dated line: a line indented deeper is one of its bullets
    for raw in _lines(_find(secs, "experience", "work experience", "professional experience")):
        line = _clean(raw)
        found = _RANGE.search(line)
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        indented = bool(jobs) and indent >= margin + 2
        if found and not indented:
            margin = indent
            title = _MONTH_TAIL.sub("", line[:found.start()]).strip(" ,:(-–*_")  # "Duration: Jan 2021 - Dec 2023"
            if not _LABELS.sub("", title).strip(" ,:(-–*_"):
                title = pending
            if not title:  # "2014 - 2018: Systems Administrator II - Managed ...": the title after the dates
                after = _AFTER.match(_LEAD.sub("", line[found.end():].strip(" ):*_–—-")))
                title = after.group(1).strip() if after else ""
            title = re.sub(r"\s(?:from|since|between)$", "", title, flags=re.I).strip(" ,:(-–")
            title = _LEAD.sub("", title).strip() or title
            # "Materials Scientist wherein practical skills of ...": the clause after the title is no title
            title = re.split(r"\s(?:where|wherein|whereby|in which|during which|with focus)\b", title, maxsplit=1,
                             flags=re.I)[0].strip(" ,:(-–")
            company = ""
            if " at " in title:
                title, company = title.split(" at ", 1)
            end = found.group(2)
            end = end if end[:1].isdigit() else ""
            n = len(jobs) + 1
            jobs.append(Job(id=f"job-{n:04d}", name=(company or title or "Job")[:120], description=line,
                            positions=[Position(title=(title or "Role")[:200], start_date=found.group(1),
                                                end_date=end)]))
            pending = ""
        elif _LABELS.match(line) and not found:
            pending = _LABELS.sub("", line).strip(" *_:")
        elif jobs and line:
            job = jobs[-1]
            job.accomplishments.append(Accomplishment(id=f"acc-{len(jobs):04d}{len(job.accomplishments):03d}",
                                                      text=line))
    # A skills line too long for one skill is a list of them ("Manual Dexterity, ..., Adaptability" lost its
    # last items when it was cut at 200 characters)
    names = [item for line in _lines(_find(secs, "skills")) if _clean(line)
             for item in (re.split(r",\s", _clean(line)) if len(_clean(line)) > 200 else [_clean(line)])]
    skills = [Skill(id=f"skl-{n:05d}", name=name.strip()[:200]) for n, name in enumerate(names) if name.strip()]

    education = [Education(id=f"edu-{n:04d}", institution=_clean(line)[:200], study_type=_clean(line)[:200])
                 for n, line in enumerate(_lines(_find(secs, "education"))) if _clean(line)]
    name = re.search(r"Name:\s*([^\n]{1,80})", resume)
    return Bank(person=Person(name=name.group(1).strip() if name else ""), jobs=jobs, skills=skills,
                education=education)


def build_posting(job: str, posting_id: str = "pst-rjdb") -> Posting:
    secs = sections(job)
    vocab = load_vocabulary()
    reqs: list[Requirement] = []
    for line in _lines(_find(secs, "required skills")):
        text = _clean(line)[:300]
        named = list(dict.fromkeys(m.canonical for m in vocab.find(text)))
        items = [i.strip(" .") for i in re.split(r",\s|;\s", text)]
        if len(items) >= 3 and all(0 < len(i.split()) <= 5 for i in items) and not ("; " in text and ", " in text):
            # "Physical Strength, Equipment Selection, Stress Management": a list asks for each item (not
            # "Time management skills; says never to procrastination, remains ahead of deadlines": a clause)
            for item in items:
                reqs.append(Requirement(id=f"req-s{len(reqs):03d}", text=item, kind="required",
                                        skill=vocab.canonical(item) or "", quote=text))
        elif len(named) >= 2:  # as the analysis does: a sentence naming several skills asks for each
            for skill in named:
                reqs.append(Requirement(id=f"req-s{len(reqs):03d}", text=text, kind="required", skill=skill))
        elif text:
            reqs.append(Requirement(id=f"req-s{len(reqs):03d}", text=text, kind="required",
                                    skill=vocab.canonical(text) or ""))
    for line in _lines(_find(secs, "required experience", "experience requirements", "experience")):
        text = _clean(line)
        if text and not text.endswith(":"):
            reqs.append(Requirement(id=f"req-e{len(reqs):03d}", text=text[:300], kind="required"))
    title = _clean(_find(secs, "job title").strip().split("\n")[0]) if _find(secs, "job title") else ""
    return Posting(id=posting_id, title=title[:200], text=job, requirements=reqs)
