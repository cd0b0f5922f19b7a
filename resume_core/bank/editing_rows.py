"""Table rows -> validated items: the machinery under every Big Resume edit (`resume_core.bank.editing`).

A table comes back as rows (dicts of column -> value, in display order, new rows without an id).
`apply_rows` turns rows into items: existing ids keep the fields the table does not show, new rows get
fresh ids, rows whose main text is blank are dropped, and the optional "order" column sorts the rows.
Every problem is named by the cell as the table labels it, all at once, in one `InvalidEdit`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from resume_core.errors import UserError
from resume_core.bank.model import Bank, Job, Project

Row = Mapping[str, Any]

ORDER = "order"
"""Optional column: rows are sorted by it (blank last), so a user can renumber to reorder."""

LIST_FIELDS = {"roles", "technologies", "courses"}
"""Fields that are lists in the model and comma-separated text in a table."""
COLUMN_LABELS = {  # what the Big Resume tables call each field (problems name cells by it)
    "id": "id", ORDER: "#", "name": "Name", "category": "Category", "text": "Accomplishment",
    "title": "Title", "start_date": "Start", "end_date": "End", "institution": "Institution",
    "study_type": "Degree", "area": "Field", "score": "Score", "url": "URL", "courses": "Courses (comma-separated)",
    "issuer": "Issuer", "date": "Date", "awarder": "Awarder", "summary": "Summary", "number": "Number",
    "publisher": "Publisher", "release_date": "Released", "network": "Site", "username": "User name",
}


class InvalidEdit(UserError):
    """An edit that would make the bank invalid; nothing was changed."""


def cell_text(value: Any) -> str:
    """A table cell as text: None and NaN (an empty cell of a new row) become ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def cell_value(field: str, value: Any) -> Any:
    """A table cell as the model wants it: a list for list fields, else text."""
    if field in LIST_FIELDS:
        if isinstance(value, (list, tuple)):
            return [cell_text(v) for v in value if cell_text(v)]
        return [part.strip() for part in cell_text(value).split(",") if part.strip()]
    return cell_text(value)


def ordered_rows(rows: Iterable[Row]) -> list[Row]:
    """The rows sorted by their "order" column; blank or unreadable orders keep their place, last."""
    rows = list(rows)

    def key(pair: tuple[int, Row]) -> tuple[int, float, int]:
        index, row = pair
        raw = cell_text(row.get(ORDER))
        try:
            return (0, float(raw), index)
        except ValueError:
            return (1, 0.0, index)  # blank or unreadable order: keep table position, after numbered rows

    return [row for _, row in sorted(enumerate(rows), key=key)]


def refuse(problems: list[str], fix: str = "Correct those cells and save again.") -> InvalidEdit:
    return InvalidEdit("Not saved: " + "; ".join(problems) + ".", fix=fix)


_DATE_FIELDS = {"start_date": False, "end_date": True, "date": False, "release_date": False}  # -> may be empty


def problems_of(error: ValidationError, where: str) -> list[str]:
    """Each problem named by the cell as the table labels it ("Positions row 1, Start: ...")."""
    out = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"]) or "value"
        message = item["msg"].removeprefix("Value error, ")
        if field in _DATE_FIELDS and "not an ISO date" in message:
            message = f"{item['input']!r} is not a date: write a year or a year and month, like 2021 or 2021-03"
            if _DATE_FIELDS[field]:
                message += ", or leave it empty for 'present'"
        out.append(f"{where}, {COLUMN_LABELS.get(field, field)}: {message}")
    return out


def apply_rows(
    existing: list[Any], rows: Iterable[Row], item_type: type[BaseModel], kind: str, required: str,
    fields: Iterable[str], taken: set[str], label: str,
) -> list[Any]:
    by_id = {item.id: item for item in existing}
    out: list[Any] = []
    problems: list[str] = []
    for number, row in enumerate(ordered_rows(rows), start=1):
        values = {field: cell_value(field, row.get(field)) for field in fields}
        if not values[required]:
            continue  # an empty row (a blank new row or cleared text) means "no item"
        item_id = cell_text(row.get("id"))
        if item_id in by_id:
            base = by_id.pop(item_id).model_dump()
        else:
            item_id = fresh_id(kind, taken)
            base = {"id": item_id}
        try:
            out.append(item_type.model_validate({**base, **values}))
        except ValidationError as error:
            problems.extend(problems_of(error, f"{label} row {number}"))
    if problems:
        raise refuse(problems)
    return out


def fresh_id(kind: str, taken: set[str]) -> str:
    from resume_core.bank.model import new_id

    item_id = new_id(kind, taken)
    taken.add(item_id)
    return item_id


def rebuilt(bank: Bank) -> Bank:
    """Validate the whole bank again (unique ids, nested types) after an edit on a copy."""
    try:
        return Bank.model_validate(bank.model_dump())
    except ValidationError as error:
        raise refuse(problems_of(error, "Big Resume"), "Correct the values and save again.") from None


def owner_of(bank: Bank, owner_id: str) -> Job | Project:
    owner = bank.find_owner(owner_id)
    if owner is None:
        raise InvalidEdit(f"No job or project with id {owner_id} in this Big Resume.",
                          fix="Reload the page; it may have been deleted in another tab.")
    return owner
