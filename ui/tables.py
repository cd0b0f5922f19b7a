"""Editable tables for lists in the Big Resume: rows in, edited rows out.

A table shows items as rows with a read-only id column and an "order" column (renumber to
reorder); `resume_core.bank.editing` turns the edited rows back into items. Empty cells of new rows come
back as None or NaN, which the core treats as blank.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import pandas as pd
import streamlit as st

from resume_core.bank import COLUMN_LABELS, LIST_FIELDS, ORDER
from ui.kept_table import kept_editor

DATE_HELP = "2021, 2021-03 or 2021-03-15; leave the end empty for 'present'."
ROW_PX, MAX_HEIGHT_PX = 35, 600  # st.data_editor's row height; taller lists scroll



def _column(field: str) -> Any:
    label = COLUMN_LABELS.get(field, field)
    if field == "id":
        return st.column_config.TextColumn(label, disabled=True, width=150,
                                           help="Stable id; new rows get one when you save.")
    if field == ORDER:
        return st.column_config.NumberColumn(label, width=40, step=1, help="Renumber rows to reorder them.")
    # A new row starts with empty text, not "None".
    if field in ("start_date", "end_date", "date", "release_date"):
        return st.column_config.TextColumn(label, width=90, help=DATE_HELP, default="")
    if field in ("text", "summary"):  # wide in pixels: the grid stretches columns in proportion to their widths
        return st.column_config.TextColumn(label, width=800, default="")
    return st.column_config.TextColumn(label, default="")


def _cell(field: str, value: Any) -> Any:
    if field in LIST_FIELDS and isinstance(value, (list, tuple)):
        return ", ".join(value)
    return value


def edit_rows(
    items: Iterable[Any], columns: Sequence[str], key: str, *, with_id: bool = True,
) -> list[Mapping[str, Any]]:
    """Show `items` (pydantic models) as an editable table keyed `key`; return the edited rows in order."""
    fields = [ORDER] + (["id"] if with_id else []) + list(columns)
    records = []
    for number, item in enumerate(items, start=1):
        data = item.model_dump()
        records.append({ORDER: number, **{f: _cell(f, data.get(f, "")) for f in fields if f != ORDER}})
    frame = pd.DataFrame(records, columns=fields)
    for field in fields:
        if field != ORDER:
            frame[field] = frame[field].astype(object)
    edited = kept_editor(
        frame,
        key=key,
        kept_as=key.split("@")[0],  # editor_key: the part before "@" names the table
        num_rows="dynamic",
        hide_index=True,
        width="stretch",
        height=min(ROW_PX * (len(frame) + 2) + 3, MAX_HEIGHT_PX),  # every row in view, up to a long list
        column_order=[f for f in fields if f != "id"] + (["id"] if with_id else []),  # the text first, the id last
        column_config={field: _column(field) for field in fields},
    )
    return cast(list[Mapping[str, Any]], edited.to_dict("records"))  # a table's column names are str
