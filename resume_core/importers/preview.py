"""The import preview as plain rows, and the user's edited rows back into a bank fragment.

One group of rows per job or project (its own row first, then its accomplishments and skills) and
one group for education, certificates, awards and publications. Each row carries the item id, a
`keep` flag, the editable text, the parse confidence and a "check this" flag when the parser was
unsure. `apply_preview` drops what the user unticked (a dropped job takes its bullets with it) and
applies their edits; bad dates come back as an ImportProblem naming the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from resume_core.errors import ImportProblem
from resume_core.importers.result import ImportResult
from resume_core.model import Bank, Job

CHECK_LABEL = "⚠️ check this"
COLUMNS = ("keep", "what", "text", "title", "location", "start", "end", "confidence", "check", "id")


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
        is_job = isinstance(owner, Job)
        if is_job:
            position = owner.positions[0] if owner.positions else None
            head = _row(result, owner.id, "job", owner.name, title=position.title if position else "",
                        location=owner.location, start=owner.start_date, end=owner.end_date)
            title = f"💼 {owner.name}" + (f" — {position.title}" if position else "")
        else:
            head = _row(result, owner.id, "project", owner.name, start=owner.start_date, end=owner.end_date)
            title = f"🧪 {owner.name}"
        rows = [head]
        rows += [_row(result, a.id, "accomplishment", a.text) for a in owner.accomplishments]
        rows += [_row(result, s.id, "skill", s.name, title=s.category) for s in owner.skills]
        if any(r["check"] for r in rows):
            title += "  ⚠️"
        groups.append(PreviewGroup(owner.id, title, rows))
    others = [_row(result, e.id, "education", e.institution, title=" ".join(p for p in (e.study_type, e.area) if p),
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
                        if owner.positions:
                            position = owner.positions[0].model_copy(update={
                                "title": _blank(row.get("title")) or owner.positions[0].title})
                            position.start_date = _blank(row.get("start"))
                            position.end_date = _blank(row.get("end"))
                            owner.positions = [position, *owner.positions[1:]]
                    else:
                        owner.start_date, owner.end_date = _blank(row.get("start")), _blank(row.get("end"))
                accomplishments = []
                for item in owner.accomplishments:
                    item_row = kept(item.id)
                    if item_row is not None:
                        accomplishments.append(item.model_copy(update={"text": _blank(item_row["text"])}) if item_row else item)
                owner.accomplishments = accomplishments
                skills = []
                for item in owner.skills:
                    item_row = kept(item.id)
                    if item_row is not None:
                        skills.append(item.model_copy(update={"name": _blank(item_row["text"])}) if item_row else item)
                owner.skills = skills
                owners.append(owner)
            setattr(bank, group, owners)
        bank.education = [_edit_education(e, kept(e.id)) for e in bank.education if kept(e.id) is not None]
        bank.certificates = [c if not kept(c.id) else c.model_copy(update={"name": _blank(kept(c.id)["text"])})
                             for c in bank.certificates if kept(c.id) is not None]
        bank.awards = [a for a in bank.awards if kept(a.id) is not None]
        bank.publications = [p for p in bank.publications if kept(p.id) is not None]
        return Bank.model_validate(bank.model_dump())
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ImportProblem(f"A row of the preview has a value the Big Resume cannot hold: {first['msg']}.",
                            "Fix the dates (2021, 2021-03, or empty for present) or untick the row, then confirm again.") from exc


def _edit_education(entry, row: dict):
    if not row:
        return entry
    entry = entry.model_copy(update={"institution": _blank(row["text"])})
    entry.start_date = _blank(row.get("start"))
    entry.end_date = _blank(row.get("end"))
    return entry
