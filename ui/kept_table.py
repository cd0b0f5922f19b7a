"""Table editors whose unsaved edits are kept while the table is off screen, and survive changes made elsewhere.

`st.data_editor` holds its edits as changes to the rows it was given, in widget state that Streamlit
drops when the table is not drawn (another job picked, another page). `kept_editor` copies the edited
rows into a plain session key every run. When the table is drawn again after its state was dropped,
it is given those edited rows to start from, so the edits are still there. While the table stays on
screen it keeps the rows it started from: its own changes apply to them, as Streamlit expects.

When the saved rows change while edits are kept (an import merged into the job, an accepted
suggestion, another tab), the edits are re-applied to the new rows (`resume_core.bank.row_merge`, by the
`id` column) and a note above the table says so. The table's own Save button forgets its kept edits
(`save_bank(..., tables=...)` or `forget_tables`), and they go once the table shows the saved rows again.
"""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
import streamlit as st

from resume_core.bank import ORDER, merge_rows, same_rows

KEPT_KEY = "tp_kept_tables"  # {widget key or kept_as: {"saved", "start", "edited", "note"}}
RESETS_KEY = "tp_table_resets"  # {widget key or kept_as: times its edits were dropped} (part of the widget key)
IGNORE_BLANK = (ORDER, "id")  # a row with nothing else filled in is no edit


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], frame.to_dict("records"))  # a table's column names are str


def _frame(rows: list[dict[str, Any]], like: pd.DataFrame) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(like.columns))
    for column in like.columns:
        if like[column].dtype == object:
            frame[column] = frame[column].astype(object)
    return frame


def _note(conflicts: int, has_ids: bool) -> str:
    note = ("This table was changed elsewhere (an import, an accepted suggestion or another tab) while you "
            "had unsaved edits in it. ")
    if not has_ids:
        return note + "Your unsaved version is shown: saving it replaces the other change."
    note += "Your edits are applied to the new rows"
    if conflicts:
        note += f"; {conflicts} cell(s) or row(s) changed on both sides show your version"
    return note + ". Check them, then save."


def kept_editor(frame: pd.DataFrame, *, key: str, kept_as: str = "", **options: Any) -> pd.DataFrame:
    """`st.data_editor(frame, key=key, **options)` whose unsaved edits survive the table going off screen.

    The edits are kept under the widget key, or under `kept_as` when the key changes with the saved
    rows (`ui.kept_fields.editor_key`)."""
    kept: dict[str, dict[str, Any]] = st.session_state.setdefault(KEPT_KEY, {})
    name = kept_as or key
    # After its edits were dropped the table is a new widget: the browser forgets them too.
    key = f"{key}~{st.session_state.get(RESETS_KEY, {}).get(name, 0)}"
    saved = _rows(frame)
    held = kept.get(name)
    if held is not None and not same_rows(held["saved"], saved):  # the saved rows changed elsewhere
        has_ids = "id" in frame.columns
        if has_ids:
            merged = merge_rows(held["saved"], _rows(held["edited"]), saved)
            start, conflicts = _frame(merged.rows, frame), merged.conflicts
        else:
            start, conflicts = held["edited"], 0
        held = {"saved": saved, "start": start, "edited": start, "note": _note(conflicts, has_ids)}
        kept[name] = held
    if held is None:
        start = frame
    elif key in st.session_state:  # on screen since the last run: its changes are to the rows it started from
        start = held["start"]
    else:  # its widget state was dropped: start from the edited rows
        start = held["edited"]
    if held is not None and held.get("note"):
        st.warning(held["note"], icon="🔀")
    edited = st.data_editor(start, key=key, **options)
    if same_rows(_rows(edited), saved, IGNORE_BLANK):
        kept.pop(name, None)
    else:
        kept[name] = {"saved": saved, "start": start, "edited": edited.copy(),
                      "note": held.get("note", "") if held else ""}
    return edited


def has_kept_edits(prefix: str = "") -> bool:
    """Whether a table whose key (or kept_as) starts with `prefix` holds edits that are not saved."""
    return any(str(key).startswith(prefix) for key in st.session_state.get(KEPT_KEY, {}))


def kept_rows(name: str) -> list[dict[str, Any]] | None:
    """The unsaved rows of the table kept as `name`, if it has any."""
    held = st.session_state.get(KEPT_KEY, {}).get(name)
    return _rows(held["edited"]) if held else None


def forget_tables(*prefixes: str) -> None:
    """Drop the kept edits of tables whose key (or kept_as) starts with one of `prefixes` (they were
    saved, discarded, or the rows they were made to were replaced)."""
    kept = st.session_state.get(KEPT_KEY, {})
    resets = st.session_state.setdefault(RESETS_KEY, {})
    for name in [k for k in kept if str(k).startswith(prefixes)]:
        del kept[name]
        resets[name] = resets.get(name, 0) + 1
