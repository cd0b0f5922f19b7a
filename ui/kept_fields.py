"""Widget keys for the Big Resume's editors, tied to what they show, so typed edits survive saves.

A table editor's edits are deltas to the saved rows it shows: `editor_key` changes exactly when those
rows change (its own save, a reload). A text field's key (`field_key`) carries a generation per item
that `redraw_fields` bumps for the items whose saved text changed otherwise (the `changed` names of a
`Saved` or `Reloaded` outcome), so typing in any other field is kept.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

import streamlit as st
from pydantic import BaseModel

FIELDS_GENERATION_KEY = "tp_fields_generation"  # {field name ('' = every field): generation}


def editor_key(name: str, rows: Iterable[BaseModel]) -> str:
    """A key for a table editor, tied to the saved rows it shows."""
    digest = hashlib.sha1(json.dumps([row.model_dump(mode="json") for row in rows]).encode()).hexdigest()
    return f"{name}@{digest[:12]}"


def field_key(name: str) -> str:
    """A key for the text fields of one item ("person", a job, project or anecdote id). It survives the
    user's own saves and saves of other items, and changes when this item is redrawn."""
    generations = st.session_state.get(FIELDS_GENERATION_KEY) or {}
    return f"{name}#{generations.get('', 0)}.{generations.get(name, 0)}"


def redraw_fields(names: Iterable[str] = ("",)) -> None:
    """Redraw the fields of `names` from the bank ('' means every field)."""
    generations = dict(st.session_state.get(FIELDS_GENERATION_KEY) or {})
    for name in names:
        generations[name] = generations.get(name, 0) + 1
    st.session_state[FIELDS_GENERATION_KEY] = generations
