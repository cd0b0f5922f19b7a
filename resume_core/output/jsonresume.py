"""The Big Resume to and from JSON Resume (https://jsonresume.org, schema v1.0.0).

`bank_to_json_resume` writes every section JSON Resume has (basics, work, education, skills,
projects, certificates, awards, publications), one `work` entry per position, highlights on the
entry of the latest position; patents, which JSON Resume lacks, go out as publications.
`parse_json_resume` reads every section back, including `volunteer` (as jobs) and `languages` (as
skills), and tolerates pre-1.0 names (`company`, `website`, `gpa`, `awardDate`).
`validate_json_resume` checks a document against the schema shipped in resume_core/data/.
The section writers (`json_basics`, `json_work`, `json_project`, `json_education`,
`json_certificate`) are shared with the tailored resume's export, so each section is written one way.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from resume_core.importing.dates import parse_date
from resume_core.importing.skills import attach_listed_skills
from resume_core.bank.model import (
    Accomplishment, Award, Bank, Certificate, Education, Job, Link, Person, Position, Project, Publication, Skill,
    now_iso,
)

SCHEMA_PATH = Path(__file__).parent.parent / "data" / "jsonresume-schema-1.0.0.json"
SECTIONS = ("basics", "work", "volunteer", "education", "awards", "certificates", "publications", "skills",
            "languages", "interests", "references", "projects", "meta")
_ISO = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validate_json_resume(data: dict) -> list[str]:
    """Every way `data` breaks the JSON Resume schema, each naming its place; empty when valid."""
    from jsonschema import Draft4Validator, FormatChecker

    validator = Draft4Validator(_schema(), format_checker=FormatChecker())
    problems = []
    for error in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        problems.append(f"{place or 'the document'}: {error.message}")
    return problems


def drop_invalid_fields(data: dict) -> tuple[dict, list[str]]:
    """`data` without the fields that break the schema, and one sentence per field left out.

    A malformed e-mail or URL typed into the Big Resume must not cost the whole download: the field is
    left out and the user is told which one and how to get it back."""
    from jsonschema import Draft4Validator, FormatChecker

    validator = Draft4Validator(_schema(), format_checker=FormatChecker())
    data, dropped = json.loads(json.dumps(data)), []
    for _ in range(20):  # each pass drops at least one field; documents have far fewer bad ones
        errors = [e for e in validator.iter_errors(data) if e.absolute_path]
        if not errors:
            break
        error = max(errors, key=lambda e: len(e.absolute_path))
        *parents, last = error.absolute_path
        holder = data
        for step in parents:
            holder = holder[step]
        place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        dropped.append(f"{place} was left out: {error.message}. Correct it in the Big Resume to include it.")
        del holder[last]
    return data, dropped


def _clean(value: dict) -> dict:
    """Drop empty strings and lists: JSON Resume readers treat a missing field better than an empty one."""
    return {k: v for k, v in value.items() if v not in ("", [], None, {})}


# --- one writer per section, shared with the tailored export (export.build_json_resume) -----------


def json_location(text: str) -> dict:
    """'Denver, CO, US' -> city and region (what `parse_json_resume` joins back); one word -> address."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) >= 2:
        return {"city": parts[0], "region": ", ".join(parts[1:])}
    return {"address": text} if text else {}


def json_basics(person: Person, summary: str) -> dict:
    return _clean({
        "name": person.name, "label": person.label, "email": person.email, "phone": person.phone,
        "url": person.url, "summary": summary, "location": json_location(person.location),
        "profiles": [_clean({"network": l.network, "username": l.username, "url": l.url}) for l in person.links],
    })


def json_work(name: str, positions: list[Position], location: str = "", url: str = "", summary: str = "",
              highlights: list[str] | None = None, start: str = "", end: str = "") -> list[dict]:
    """One entry per position, latest first; summary and highlights go on the latest. Without
    positions, one entry dated `start`-`end`."""
    latest_first = sorted(positions, key=lambda p: (p.end_date == "", p.end_date, p.start_date), reverse=True)
    return [_clean({
        "name": name, "location": location, "url": url, "position": position.title if position else "",
        "startDate": position.start_date if position else start, "endDate": position.end_date if position else end,
        "summary": summary if n == 0 else "", "highlights": (highlights or []) if n == 0 else [],
    }) for n, position in enumerate(latest_first or [None])]


def json_project(name: str, description: str = "", url: str = "", roles: list[str] | None = None,
                 keywords: list[str] | None = None, start: str = "", end: str = "",
                 highlights: list[str] | None = None) -> dict:
    return _clean({"name": name, "description": description, "url": url, "roles": roles or [],
                   "keywords": keywords or [], "startDate": start, "endDate": end, "highlights": highlights or []})


def json_education(e: Education) -> dict:
    return _clean({"institution": e.institution, "url": e.url, "area": e.area, "studyType": e.study_type,
                   "startDate": e.start_date, "endDate": e.end_date, "score": e.score, "courses": list(e.courses)})


def json_certificate(c: Certificate) -> dict:
    return _clean({"name": c.name, "date": c.date, "issuer": c.issuer, "url": c.url})


def bank_to_json_resume(bank: Bank) -> dict:
    """A JSON Resume document (dict) with everything in the bank that JSON Resume can hold."""
    work = []
    for job in bank.jobs:
        work += json_work(job.name, job.positions, job.location, job.url, job.description,
                          [a.text for a in job.accomplishments])
    groups: dict[str, list[str]] = {}
    for skill in bank.all_skills():  # those of each job and project, then the person's own
        names = groups.setdefault(skill.category or "Skills", [])
        if skill.name.lower() not in (n.lower() for n in names):
            names.append(skill.name)
    projects = [json_project(
        p.name, p.description, p.url, p.roles, list(dict.fromkeys([*p.technologies, *(s.name for s in p.skills)])),
        p.start_date, p.end_date, [a.text for a in p.accomplishments],
    ) for p in bank.projects]
    publications = [_clean({"name": p.name, "publisher": p.publisher, "releaseDate": p.release_date,
                            "url": p.url, "summary": p.summary}) for p in bank.publications]
    publications += [_clean({"name": p.title, "publisher": f"Patent {p.number}".strip(), "releaseDate": p.date,
                             "url": p.url, "summary": p.summary}) for p in bank.patents]
    return _clean({
        "basics": json_basics(bank.person, bank.person.summary),
        "work": work,
        "education": [json_education(e) for e in bank.education],
        "skills": [{"name": name, "keywords": names} for name, names in groups.items()],
        "projects": projects,
        "certificates": [json_certificate(c) for c in bank.certificates],
        "awards": [_clean({"title": a.title, "date": a.date, "awarder": a.awarder, "summary": a.summary})
                   for a in bank.awards],
        "publications": publications,
        "meta": {"version": "v1.0.0", "lastModified": now_iso()[:19]},
    })


def _text(entry: dict, *keys: str) -> str:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _date(entry: dict, *keys: str) -> str:
    value = _text(entry, *keys)
    return value if _ISO.match(value) else parse_date(value)


def _items(data: dict, key: str) -> list[dict]:
    value = data.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _strings(value: Any) -> list[str]:
    return [v.strip() for v in value if isinstance(v, str) and v.strip()] if isinstance(value, list) else []


def parse_json_resume(data: dict) -> Bank:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    """A bank (fresh ids) from a JSON Resume document; unknown or empty fields are skipped."""
    bank = Bank()
    taken: set[str] = set()

    def fresh(kind: str) -> str:
        from resume_core.bank.model import new_id

        value = new_id(kind, taken)
        taken.add(value)
        return value

    basics = data["basics"] if isinstance(data.get("basics"), dict) else {}
    location = basics["location"] if isinstance(basics.get("location"), dict) else {}
    bank.person = Person(
        name=_text(basics, "name"), label=_text(basics, "label"), email=_text(basics, "email"),
        phone=_text(basics, "phone"), url=_text(basics, "url", "website"), summary=_text(basics, "summary"),
        location=", ".join(p for p in (_text(location, "city"), _text(location, "region", "state"),
                                       _text(location, "countryCode")) if p) or _text(location, "address"),
        links=[Link(network=_text(p, "network"), url=_text(p, "url"), username=_text(p, "username"))
               for p in _items(basics, "profiles") if _text(p, "url")],
    )
    for section, name_keys in (("work", ("name", "company")), ("volunteer", ("organization", "name"))):
        for entry in _items(data, section):
            name = _text(entry, *name_keys)
            if not name:
                continue
            position = Position(title=_text(entry, "position") or ("Volunteer" if section == "volunteer" else "Role"),
                                start_date=_date(entry, "startDate"), end_date=_date(entry, "endDate"))
            same = next((j for j in bank.jobs if j.name.lower() == name.lower()), None)
            highlights = [Accomplishment(id=fresh("accomplishment"), text=t) for t in _strings(entry.get("highlights"))]
            if same is not None:  # JSON Resume writes one entry per position; the bank keeps one job
                same.positions = [*same.positions, position]
                same.accomplishments = [*same.accomplishments, *highlights]
                continue
            bank.jobs.append(Job(
                id=fresh("job"), name=name, location=_text(entry, "location"), url=_text(entry, "url", "website"),
                description=_text(entry, "summary", "description"), positions=[position], accomplishments=highlights,
            ))
    for entry in _items(data, "projects"):
        if not _text(entry, "name"):
            continue
        keywords = _strings(entry.get("keywords"))
        bank.projects.append(Project(
            id=fresh("project"), name=_text(entry, "name"), url=_text(entry, "url"),
            description=_text(entry, "description", "summary"), roles=_strings(entry.get("roles")),
            technologies=keywords, start_date=_date(entry, "startDate"), end_date=_date(entry, "endDate"),
            accomplishments=[Accomplishment(id=fresh("accomplishment"), text=t) for t in _strings(entry.get("highlights"))],
            skills=[Skill(id=fresh("skill"), name=k) for k in dict.fromkeys(keywords)],
        ))
    for entry in _items(data, "education"):
        if _text(entry, "institution"):
            bank.education.append(Education(
                id=fresh("education"), institution=_text(entry, "institution"), url=_text(entry, "url"),
                area=_text(entry, "area"), study_type=_text(entry, "studyType"), start_date=_date(entry, "startDate"),
                end_date=_date(entry, "endDate"), score=_text(entry, "score", "gpa"), courses=_strings(entry.get("courses")),
            ))
    for entry in _items(data, "certificates"):
        if _text(entry, "name"):
            bank.certificates.append(Certificate(id=fresh("certificate"), name=_text(entry, "name"),
                                                 date=_date(entry, "date"), issuer=_text(entry, "issuer"), url=_text(entry, "url")))
    for entry in _items(data, "awards"):
        if _text(entry, "title"):
            bank.awards.append(Award(id=fresh("award"), title=_text(entry, "title"), date=_date(entry, "date", "awardDate"),
                                     awarder=_text(entry, "awarder"), summary=_text(entry, "summary")))
    for entry in _items(data, "publications"):
        if _text(entry, "name"):
            bank.publications.append(Publication(
                id=fresh("publication"), name=_text(entry, "name"), publisher=_text(entry, "publisher"),
                release_date=_date(entry, "releaseDate"), url=_text(entry, "url", "website"), summary=_text(entry, "summary"),
            ))
    pairs: list[tuple[str, str]] = []
    for entry in _items(data, "skills"):
        keywords = _strings(entry.get("keywords"))
        if keywords:
            pairs += [(k, _text(entry, "name")) for k in keywords]
        elif _text(entry, "name"):
            pairs.append((_text(entry, "name"), ""))
    pairs += [(_text(e, "language"), "Languages") for e in _items(data, "languages") if _text(e, "language")]
    attach_listed_skills(bank, pairs, taken)
    return bank


def export_json_resume_bytes(bank: Bank) -> bytes:
    """The bank as a JSON Resume file (UTF-8, indented), ready to download or save."""
    return (json.dumps(bank_to_json_resume(bank), indent=2, ensure_ascii=False) + "\n").encode("utf-8")
