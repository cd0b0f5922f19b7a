"""The lines of a resume the import did not place anywhere, listed under the preview ("not placed: 7
lines") so the user can copy them in instead of losing them."""

from __future__ import annotations

import re

from resume_core.bank.model import Bank
from resume_core.importing.dates import find_date_range
from resume_core.importing.entry_header import FIELD_LABEL
from resume_core.importing.sections import Line, heading_kind
from resume_core.importing.skills import normalise


def unplaced_lines(lines: list[Line], bank: Bank, skip: tuple[re.Pattern[str], ...]) -> list[str]:
    """Source lines none of whose words landed in any field of the bank: headings, field labels and
    contact lines (any of the `skip` patterns) count as placed. A line counts as placed when its text (normalised) is inside some
    field, or when most of its words are."""
    parts = [bank.person.name, bank.person.label, bank.person.summary, bank.person.email, bank.person.phone,
             bank.person.location, *(link.url for link in bank.person.links)]
    for owner in bank.owners():
        parts += [owner.name, owner.description, *(a.text for a in owner.accomplishments), *(s.name for s in owner.skills)]
    for job in bank.jobs:
        parts += [job.location, *(p.title for p in job.positions), *(f"{p.start_date} {p.end_date}" for p in job.positions)]
    for project in bank.projects:
        parts += [*project.roles, *project.technologies]
    for edu in bank.education:
        parts += [edu.institution, edu.study_type, edu.area, edu.score, edu.end_date]
    parts += [f"{c.name} {c.issuer} {c.date}" for c in bank.certificates]
    parts += [f"{a.title} {a.awarder} {a.date}" for a in bank.awards] + [p.name for p in bank.publications]
    words = set(normalise(" ".join(parts)).split())
    out: list[str] = []
    for line in lines:
        body = line.text.strip()
        if heading_kind(body) is not None or FIELD_LABEL.match(body) or any(rule.search(body) for rule in skip):
            continue
        found = find_date_range(body) if any(ch.isdigit() for ch in body) else None
        if found is not None:  # the dates are placed as dates; judge the rest of the line
            body_rest = body[: found.begin] + " " + body[found.stop:]
        else:
            body_rest = body
        line_words = [w for w in normalise(body_rest).split() if len(w) > 2 and not w.isdigit()]
        if not line_words:
            continue
        kept = sum(1 for w in line_words if w in words)
        if kept < 0.5 * len(line_words):
            out.append(body)
    return out
