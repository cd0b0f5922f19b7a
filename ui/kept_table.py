"""Table editors whose unsaved edits are kept while the table is off screen.

`st.data_editor` holds its edits as changes to the rows it was given, in widget state that Streamlit
drops when the table is not drawn (another job picked, another page). `kept_editor` copies the edited
rows into a plain session key every run. When the table is drawn again after its state was dropped,
it is given those edited rows to start from, so the edits are still there. While the table stays on
screen it keeps the rows it started from: its own changes apply to them, as Streamlit expects. The
copy is dropped once the table shows the saved rows again (edited back), or when the saved rows
change (a save): the table then shows what was saved.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

KEPT_KEY = "tp_kept_tables"  # {widget key or kept_as: {"saved": rows saved, "start": rows given to the editor, "edited": now}}


def _records(frame: pd.DataFrame) -> str:
    return frame.reset_index(drop=True).to_json(orient="records", default_handler=str)


def kept_editor(frame: pd.DataFrame, *, key: str, kept_as: str = "", **options: Any) -> pd.DataFrame:
    """`st.data_editor(frame, key=key, **options)` whose unsaved edits survive the table going off screen.

    The edits are kept under the widget key, or under `kept_as` when the key changes with the saved
    rows (`ui.state.editor_key`)."""
    kept: dict[str, dict[str, Any]] = st.session_state.setdefault(KEPT_KEY, {})
    name = kept_as or key
    saved = _records(frame)
    held = kept.get(name)
    if held is not None and held["saved"] != saved:  # the rows were saved (or replaced) since: show them
        kept.pop(name)
        held = None
    if held is None:
        start = frame
    elif key in st.session_state:  # on screen since the last run: its changes are to the rows it started from
        start = held["start"]
    else:  # its widget state was dropped: start from the edited rows
        start = held["edited"]
    edited = st.data_editor(start, key=key, **options)
    if _records(edited) == saved:
        kept.pop(name, None)
    else:
        kept[name] = {"saved": saved, "start": start, "edited": edited.copy()}
    return edited


def has_kept_edits(prefix: str = "") -> bool:
    """Whether a table whose key (or kept_as) starts with `prefix` holds edits that are not saved."""
    return any(str(key).startswith(prefix) for key in st.session_state.get(KEPT_KEY, {}))


def forget_tables(prefix: str) -> None:
    """Drop the kept edits of tables whose key (or kept_as) starts with `prefix` (their rows were replaced)."""
    kept = st.session_state.get(KEPT_KEY, {})
    for key in [k for k in kept if str(k).startswith(prefix)]:
        del kept[key]
