"""Edits to a Big Resume, as pure functions: a bank and an edit in, a new validated bank out.

The Big Resume page shows lists as tables; a table comes back as rows (dicts of column -> value,
in display order, new rows without an id). `apply_*_rows` turns rows into items: existing ids keep
the fields the table does not show, new rows get fresh ids, rows whose main text is blank are
dropped, and an optional "order" column sorts the rows. Invalid values (a date like 2021-13) raise
`InvalidEdit` naming every bad row and field at once; the input bank is never modified.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from resume_core.errors import UserError
from resume_core.model import (
    Accomplishment,
    Award,
    Bank,
    Certificate,
    Education,
    Job,
    Patent,
    Person,
    Position,
    Project,
    Publication,
    Skill,
)

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

SECTIONS: dict[str, tuple[type[BaseModel], str, str, tuple[str, ...]]] = {
    # bank attribute: (item type, id kind, required field, table columns)
    "education": (Education, "education", "institution",
                  ("institution", "study_type", "area", "start_date", "end_date", "score", "url", "courses")),
    "certificates": (Certificate, "certificate", "name", ("name", "issuer", "date", "url")),
    "awards": (Award, "award", "title", ("title", "awarder", "date", "summary")),
    "patents": (Patent, "patent", "title", ("title", "number", "date", "url", "summary")),
    "publications": (Publication, "publication", "name", ("name", "publisher", "release_date", "url", "summary")),
}


class InvalidEdit(UserError):
    """An edit that would make the bank invalid; nothing was changed."""


def is_empty(bank: Bank) -> bool:
    """True when the bank holds nothing a resume could use."""
    return not (bank.person.name or bank.person.summary or bank.jobs or bank.projects or bank.education
                or bank.skills)


# --- rows -> items --------------------------------------------------------------------------


def _text(value: Any) -> str:
    """A table cell as text: None and NaN (an empty cell of a new row) become ''."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _cell(field: str, value: Any) -> Any:
    if field in LIST_FIELDS:
        if isinstance(value, (list, tuple)):
            return [_text(v) for v in value if _text(v)]
        return [part.strip() for part in _text(value).split(",") if part.strip()]
    return _text(value)


def _ordered(rows: Iterable[Row]) -> list[Row]:
    rows = list(rows)

    def key(pair: tuple[int, Row]) -> tuple[int, float, int]:
        index, row = pair
        raw = _text(row.get(ORDER))
        try:
            return (0, float(raw), index)
        except ValueError:
            return (1, 0.0, index)  # blank or unreadable order: keep table position, after numbered rows

    return [row for _, row in sorted(enumerate(rows), key=key)]


def _refuse(problems: list[str], fix: str = "Correct those cells and save again.") -> InvalidEdit:
    return InvalidEdit("Not saved: " + "; ".join(problems) + ".", fix=fix)


_DATE_FIELDS = {"start_date": False, "end_date": True, "date": False, "release_date": False}  # -> may be empty


def _problems(error: ValidationError, where: str) -> list[str]:
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


def _apply_rows(
    existing: list[Any], rows: Iterable[Row], item_type: type[BaseModel], kind: str, required: str,
    fields: Iterable[str], taken: set[str], label: str,
) -> list[Any]:
    by_id = {item.id: item for item in existing}
    out: list[Any] = []
    problems: list[str] = []
    for number, row in enumerate(_ordered(rows), start=1):
        values = {field: _cell(field, row.get(field)) for field in fields}
        if not values[required]:
            continue  # an empty row (a blank new row or cleared text) means "no item"
        item_id = _text(row.get("id"))
        if item_id in by_id:
            base = by_id.pop(item_id).model_dump()
        else:
            item_id = _fresh_id(kind, taken)
            base = {"id": item_id}
        try:
            out.append(item_type.model_validate({**base, **values}))
        except ValidationError as error:
            problems.extend(_problems(error, f"{label} row {number}"))
    if problems:
        raise _refuse(problems)
    return out


def _fresh_id(kind: str, taken: set[str]) -> str:
    from resume_core.model import new_id

    item_id = new_id(kind, taken)
    taken.add(item_id)
    return item_id


def _rebuilt(bank: Bank) -> Bank:
    """Validate the whole bank again (unique ids, nested types) after an edit on a copy."""
    try:
        return Bank.model_validate(bank.model_dump())
    except ValidationError as error:
        raise _refuse(_problems(error, "Big Resume"), "Correct the values and save again.") from None


def _owner(bank: Bank, owner_id: str) -> Job | Project:
    owner = bank.find_owner(owner_id)
    if owner is None:
        raise InvalidEdit(f"No job or project with id {owner_id} in this Big Resume.",
                          fix="Reload the page; it may have been deleted in another tab.")
    return owner


# --- edits ----------------------------------------------------------------------------------


def update_person(bank: Bank, fields: Mapping[str, Any], link_rows: Iterable[Row] | None = None) -> Bank:
    """Set the person's fields (name, label, email, phone, location, url, summary) and, if given, links."""
    data = {**bank.person.model_dump(), **{k: _text(v) for k, v in fields.items()}}
    if link_rows is not None:
        data["links"] = [
            {"network": _text(r.get("network")), "url": _text(r.get("url")), "username": _text(r.get("username"))}
            for r in _ordered(link_rows) if _text(r.get("url"))
        ]
    try:
        person = Person.model_validate(data)
    except ValidationError as error:
        raise _refuse(_problems(error, "Person"), "Correct those fields and save again.") from None
    new = bank.model_copy(deep=True)
    new.person = person
    return _rebuilt(new)


def update_owner(bank: Bank, owner_id: str, fields: Mapping[str, Any]) -> Bank:
    """Change a job's or project's own fields (name, location, description, ...)."""
    new = bank.model_copy(deep=True)
    owner = _owner(new, owner_id)
    data = {**owner.model_dump(), **{k: _cell(k, v) for k, v in fields.items()}}
    try:
        replacement = type(owner).model_validate(data)
    except ValidationError as error:
        raise _refuse(_problems(error, owner.name), "Correct those fields and save again.") from None
    group: list[Any] = new.jobs if isinstance(owner, Job) else new.projects  # replacement is of owner's type
    group[[o.id for o in group].index(owner_id)] = replacement
    return _rebuilt(new)


def apply_skill_rows(bank: Bank, owner_id: str, rows: Iterable[Row]) -> Bank:
    """Replace a job's or project's skills with the table rows (columns id, name, category, order)."""
    new = bank.model_copy(deep=True)
    owner = _owner(new, owner_id)
    owner.skills = _apply_rows(owner.skills, rows, Skill, "skill", "name", ("name", "category"),
                               new.ids(), "Skills")
    return _rebuilt(new)


def apply_person_skill_rows(bank: Bank, rows: Iterable[Row]) -> Bank:
    """Replace the person's own skills (tied to no job) with the table rows (id, name, category, order)."""
    new = bank.model_copy(deep=True)
    new.skills = _apply_rows(new.skills, rows, Skill, "skill", "name", ("name", "category"), new.ids(),
                             "Skills (not tied to a job)")
    return _rebuilt(new)


def apply_accomplishment_rows(bank: Bank, owner_id: str, rows: Iterable[Row]) -> Bank:
    """Replace a job's or project's accomplishments with the table rows (columns id, text, order)."""
    new = bank.model_copy(deep=True)
    owner = _owner(new, owner_id)
    owner.accomplishments = _apply_rows(owner.accomplishments, rows, Accomplishment, "accomplishment", "text",
                                        ("text",), new.ids(), "Accomplishments")
    return _rebuilt(new)


def apply_position_rows(bank: Bank, job_id: str, rows: Iterable[Row]) -> Bank:
    """Replace a job's positions (columns title, start_date, end_date, order); blank titles are dropped."""
    new = bank.model_copy(deep=True)
    job = _owner(new, job_id)
    if not isinstance(job, Job):
        raise InvalidEdit(f"{job.name} is a project; only jobs have positions.", fix="Edit the dates of the project instead.")
    positions: list[Position] = []
    problems: list[str] = []
    for number, row in enumerate(_ordered(rows), start=1):
        values = {f: _text(row.get(f)) for f in ("title", "start_date", "end_date")}
        if not values["title"]:
            continue
        try:
            positions.append(Position.model_validate(values))
        except ValidationError as error:
            problems.extend(_problems(error, f"Positions row {number}"))
    if problems:
        raise _refuse(problems)
    job.positions = positions
    return _rebuilt(new)


def apply_section_rows(bank: Bank, section: str, rows: Iterable[Row]) -> Bank:
    """Replace one of education, certificates, awards, patents, publications with the table rows."""
    item_type, kind, required, columns = SECTIONS[section]
    new = bank.model_copy(deep=True)
    label = section.capitalize()
    setattr(new, section, _apply_rows(getattr(new, section), rows, item_type, kind, required, columns,
                                      new.ids(), label))
    return _rebuilt(new)


def add_owner(bank: Bank, kind: str, name: str) -> tuple[Bank, str]:
    """Add a job (kind 'job', at the top: most recent first) or a project (at the end); returns its id."""
    name = name.strip()
    if not name:
        raise InvalidEdit(f"A new {kind} needs a name.", fix="Type the company or project name first.")
    new = bank.model_copy(deep=True)
    owner_id = new.new_id(kind)
    if kind == "job":
        new.jobs.insert(0, Job(id=owner_id, name=name))
    else:
        new.projects.append(Project(id=owner_id, name=name))
    return _rebuilt(new), owner_id


def update_anecdote(bank: Bank, anecdote_id: str, title: str, summary: str) -> Bank:
    """Change an anecdote's title and summary; the transcript is never edited."""
    new = bank.model_copy(deep=True)
    for owner in new.owners():
        for index, anecdote in enumerate(owner.anecdotes):
            if anecdote.id == anecdote_id:
                owner.anecdotes[index] = anecdote.model_copy(update={"title": title.strip(), "summary": summary})
                return _rebuilt(new)
    raise InvalidEdit(f"No anecdote with id {anecdote_id}.", fix="Reload the page; it may have been deleted.")


def _containers(bank: Bank) -> list[list[Any]]:
    """Every list in the bank that holds items with ids."""
    lists: list[list[Any]] = [bank.jobs, bank.projects]
    for owner in bank.owners():
        lists += [owner.skills, owner.accomplishments, owner.anecdotes]
    lists += [getattr(bank, section) for section in SECTIONS]
    return lists


def _locate(bank: Bank, item_id: str) -> tuple[list[Any], int]:
    for items in _containers(bank):
        for index, item in enumerate(items):
            if item.id == item_id:
                return items, index
    raise InvalidEdit(f"No item with id {item_id} in this Big Resume.",
                      fix="Reload the page; it may have been deleted in another tab.")


def delete_item(bank: Bank, item_id: str) -> Bank:
    """Remove any item by id (a job or project goes with its skills, accomplishments and anecdotes)."""
    new = bank.model_copy(deep=True)
    items, index = _locate(new, item_id)
    del items[index]
    return _rebuilt(new)


def move_item(bank: Bank, item_id: str, delta: int) -> Bank:
    """Move an item up (delta < 0) or down within its list; at either end it stays put."""
    new = bank.model_copy(deep=True)
    items, index = _locate(new, item_id)
    target = max(0, min(len(items) - 1, index + delta))
    items.insert(target, items.pop(index))
    return _rebuilt(new)


def describe_bank(bank: Bank) -> str:
    """A one-line count of what a bank holds, e.g. '3 jobs, 1 project, 25 skills, 30 accomplishments'."""
    owners = bank.owners()
    counts = [
        (len(bank.jobs), "job"), (len(bank.projects), "project"),
        (len(bank.all_skills()), "skill"),
        (sum(len(o.accomplishments) for o in owners), "accomplishment"),
        (sum(len(o.anecdotes) for o in owners), "anecdote"),
        (len(bank.education), "education entry"),
    ]
    plural = {"education entry": "education entries"}
    parts = [f"{n} {word if n == 1 else plural.get(word, word + 's')}" for n, word in counts if n]
    return ", ".join(parts) or "nothing yet"
