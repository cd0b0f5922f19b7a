"""Three-way merge of table rows: unsaved edits re-applied to rows that changed elsewhere meanwhile.

A table editor holds the rows it was given (`base`) and the user's unsaved version of them (`mine`).
When the saved rows change under it (an import merged into the job, a suggestion was accepted,
another tab saved), `merge_rows` applies what the user did - cells changed, rows added, rows
deleted, matched by the `id` column - to the new saved rows (`theirs`), so neither side's work is
lost. Where both sides changed the same cell, the user's value is kept and the cell is counted as
a conflict for the page to mention; a row the user edited that was deleted elsewhere comes back as
a new row. Cells compare as the table shows them: a blank, None and NaN
are the same, and 2.0 is 2.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

Row = Mapping[str, Any]


def cell(value: Any) -> Any:
    """A cell's value for comparison: blanks alike, whole floats as ints, text without outer spaces."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        return value.strip()
    return value


def _blank(row: Row, ignore: Sequence[str]) -> bool:
    return all(cell(v) == "" for k, v in row.items() if k not in ignore)


def same_rows(a: Sequence[Row], b: Sequence[Row], ignore_blank: Sequence[str] = ()) -> bool:
    """Whether two tables show the same thing; rows blank apart from the `ignore_blank` columns (an
    empty row added and never filled in) do not count."""
    def shown(rows: Sequence[Row]) -> list[dict[str, Any]]:
        return [{k: cell(v) for k, v in row.items()} for row in rows if not _blank(row, ignore_blank)]

    return shown(a) == shown(b)


@dataclass
class Merged:
    rows: list[dict[str, Any]]
    # Cells both sides changed (the user's value kept), rows deleted here but changed there (deleted),
    # rows edited here but deleted there (kept as new rows: what the user typed is not dropped).
    conflicts: int = 0


def merge_rows(base: Sequence[Row], mine: Sequence[Row], theirs: Sequence[Row], key: str = "id") -> Merged:
    """`theirs` with the user's changes from `base` to `mine` applied (rows matched by `key`)."""
    by_base = {cell(r.get(key)): r for r in base if cell(r.get(key)) != ""}
    by_mine = {cell(r.get(key)): r for r in mine if cell(r.get(key)) != ""}
    changes = {
        row_id: {col: value for col, value in row.items() if cell(value) != cell(by_base[row_id].get(col))}
        for row_id, row in by_mine.items() if row_id in by_base
    }
    deleted = set(by_base) - set(by_mine)
    added = [dict(r) for r in mine if cell(r.get(key)) == "" or cell(r.get(key)) not in by_base]
    out = Merged(rows=[])
    seen = set()
    for row in theirs:
        row_id = cell(row.get(key))
        seen.add(row_id)
        before = by_base.get(row_id)
        if row_id in deleted:
            if before is not None and not same_rows([before], [row]):
                out.conflicts += 1  # changed there, deleted here: the deletion stands, as the user chose
            continue
        merged = dict(row)
        for col, value in changes.get(row_id, {}).items():
            if before is not None and cell(row.get(col)) not in (cell(before.get(col)), cell(value)):
                out.conflicts += 1
            merged[col] = value
        out.rows.append(merged)
    for row_id, change in changes.items():
        if change and row_id not in seen:
            out.conflicts += 1
            out.rows.append({**by_mine[row_id], key: ""})
    out.rows.extend(added)
    return out
