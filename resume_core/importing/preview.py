"""The import preview as plain rows, and the user's edited rows back into a bank fragment.

One group of rows per job or project (its own row first, with the first position of a job, then
a row for each further position, then its accomplishments and skills), one group for the person's
own skills (tied to no job) and one for education, certificates, awards and publications. Each row
carries the item id, a `keep` flag, the editable text, the parse confidence and a "check this" flag
when the parser was unsure. `apply_preview` drops what the user unticked (a dropped job takes its
positions and bullets with it) and applies their edits, so every kept row becomes exactly what it
shows; bad dates come back as an ImportProblem naming the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from resume_core.errors import ImportProblem
from resume_core.importing.result import ImportResult
from resume_core.bank.model import Bank, Job, Position

CHECK_LABEL = "⚠️ check this"
COLUMNS = ("keep", "what", "text", "title", "location", "start", "end", "confidence", "check", "id")


PERSON_SKILLS_GROUP = "person-skills"


def position_row_id(job_id: str, index: int) -> str:
    """The row id of a job's further position (positions have no ids of their own)."""
    return f"{job_id}#position-{index}"


@dataclass
class PreviewGroup:
    key: str  # a stable widget-key suffix
    title: str
    rows: list[dict]


def _row(result: ImportResult, item_id: str, what: str, text: str, **extra: str) -> dict:
    confidence = result.row_confidence(item_id)
    row = {"keep": True, "what": what, "text": text, "title": "", "location": "", "start": "", "end": "",
           "confidence": round(confidence, 2), "check": CHECK_LABEL if result.needs_check(item_id) else "", "id": item_id}
    row.update(extra)
    return row


def build_preview_groups(result: ImportResult) -> list[PreviewGroup]:
    bank = result.bank
    groups: list[PreviewGroup] = []
    for owner in bank.owners():
        if isinstance(owner, Job):
            position = owner.positions[0] if owner.positions else None
            head = _row(result, owner.id, "job", owner.name, title=position.title if position else "",
                        location=owner.location, start=position.start_date if position else "",
                        end=position.end_date if position else "")  # further positions have rows of their own
            title = f"💼 {owner.name}" + (f" — {position.title}" if position else "")
        else:
            head = _row(result, owner.id, "project", owner.name, start=owner.start_date, end=owner.end_date)
            title = f"🧪 {owner.name}"
        rows = [head]
        if isinstance(owner, Job):
            rows += [_row(result, position_row_id(owner.id, n), "position", p.title, start=p.start_date, end=p.end_date)
                     for n, p in enumerate(owner.positions[1:], start=1)]
        rows += [_row(result, a.id, "accomplishment", a.text) for a in owner.accomplishments]
        rows += [_row(result, s.id, "skill", s.name, title=s.category) for s in owner.skills]
        if any(r["check"] for r in rows):
            title += "  ⚠️"
        groups.append(PreviewGroup(owner.id, title, rows))
    if bank.skills:
        groups.append(PreviewGroup(PERSON_SKILLS_GROUP, f"🧰 Skills not tied to a job ({len(bank.skills)})",
                                   [_row(result, s.id, "skill", s.name, title=s.category) for s in bank.skills]))
    others = [_row(result, e.id, "education", e.institution, title=_degree(e),
                   start=e.start_date, end=e.end_date) for e in bank.education]
    others += [_row(result, c.id, "certificate", c.name, title=c.issuer, end=c.date) for c in bank.certificates]
    others += [_row(result, a.id, "award", a.title, title=a.awarder, end=a.date) for a in bank.awards]
    others += [_row(result, p.id, "publication", p.name, title=p.publisher, end=p.release_date) for p in bank.publications]
    if others:
        groups.append(PreviewGroup("others", "🎓 Education, certificates and more", others))
    return groups


def _blank(value) -> str:
    # Cleared cells come back from the editor as None or NaN.
    return value.strip() if isinstance(value, str) else ""


def apply_preview(result: ImportResult, rows: list[dict]) -> Bank:
    """The bank fragment with the user's edits: unticked rows dropped, edited text and dates applied."""
    by_id = {row["id"]: row for row in rows}

    def kept(item_id: str) -> dict | None:
        row = by_id.get(item_id)
        if row is None:
            return {}
        return row if row.get("keep", True) and _blank(row.get("text")) else None

    bank = result.bank.model_copy(deep=True)
    try:
        for group in ("jobs", "projects"):
            owners = []
            for owner in getattr(bank, group):
                row = kept(owner.id)
                if row is None:
                    continue
                if row:
                    owner.name = _blank(row["text"])
                    if isinstance(owner, Job):
                        owner.location = _blank(row.get("location"))
                        owner.positions = _edit_positions(owner, row, kept)
                    else:
                        owner.start_date, owner.end_date = _blank(row.get("start")), _blank(row.get("end"))
                owner.accomplishments = _kept_items(owner.accomplishments, kept, text="text")
                owner.skills = _kept_items(owner.skills, kept, name="text", category="title")
                owners.append(owner)
            setattr(bank, group, owners)
        bank.skills = _kept_items(bank.skills, kept, name="text", category="title")
        bank.education = [_edit_education(e, row) for e in bank.education if (row := kept(e.id)) is not None]
        bank.certificates = _kept_items(bank.certificates, kept, name="text", issuer="title", date="end")
        bank.awards = _kept_items(bank.awards, kept, title="text", awarder="title", date="end")
        bank.publications = _kept_items(bank.publications, kept, name="text", publisher="title", release_date="end")
        return Bank.model_validate(bank.model_dump())
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ImportProblem(f"A row of the preview has a value the Big Resume cannot hold: {first['msg']}.",
                            "Fix the dates (2021, 2021-03, or empty for present) or untick the row, then confirm again.") from exc


def _kept_items(items: list, kept, **columns: str) -> list:
    """The items whose rows are kept, each with its fields set from its row's cells (field=column)."""
    out = []
    for item in items:
        row = kept(item.id)
        if row is None:
            continue
        out.append(item.model_copy(update={f: _blank(row.get(c)) for f, c in columns.items()}) if row else item)
    return out


def _edit_positions(job: Job, row: dict, kept) -> list[Position]:
    """The job row's title and dates on the first position (a typed title on a job without one makes
    it), then every further position that is still ticked, with its own edited title and dates."""
    out = []
    first = job.positions[0] if job.positions else None
    title = _blank(row.get("title")) or (first.title if first else "")
    if title:
        out.append(Position(title=title, start_date=_blank(row.get("start")), end_date=_blank(row.get("end"))))
    for n, position in enumerate(job.positions[1:], start=1):
        position_row = kept(position_row_id(job.id, n))
        if position_row is None:
            continue
        if position_row:
            position = Position(title=_blank(position_row["text"]), start_date=_blank(position_row.get("start")),
                                end_date=_blank(position_row.get("end")))
        out.append(position)
    return out


def _degree(entry) -> str:
    return " ".join(p for p in (entry.study_type, entry.area) if p)


def _edit_education(entry, row: dict):
    if not row:
        return entry
    entry = entry.model_copy(update={"institution": _blank(row["text"])})
    if " ".join(_blank(row.get("title")).split()) != " ".join(_degree(entry).split()):  # the user rewrote it
        entry = entry.model_copy(update={"study_type": _blank(row.get("title")), "area": ""})
    entry.start_date = _blank(row.get("start"))
    entry.end_date = _blank(row.get("end"))
    return entry
