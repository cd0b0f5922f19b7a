"""Text fields whose typing is kept until it is saved.

Streamlit drops a widget's state when the widget is not drawn (another page, another job picked in
the editor). `kept_text` copies what was typed into a plain session key each run and fills the
field from it when the field is drawn again, so leaving the field never loses the text. The copy is
dropped once the field shows the saved value again (after a save, or when the text is typed back).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

KEPT_KEY = "tp_kept_text"  # {widget key: typed text that differs from the saved value}


def kept_text(
    widget: Callable[..., str], label: str, saved: str, *, key: str, kept_as: str = "", **options: Any
) -> str:
    """Draw `widget` (st.text_input, st.text_area or a column's) for `saved`, keeping unsaved typing.

    The typing is kept under the widget key, or under `kept_as` when the widget key changes on
    every redraw (the Tailor review editors)."""
    kept = st.session_state.setdefault(KEPT_KEY, {})
    name = kept_as or key
    value = widget(label, kept.get(name, saved), key=key, **options)
    if value != saved:
        kept[name] = value
    else:
        kept.pop(name, None)
    return value


def kept_names(prefix: str) -> list[str]:
    """The names of kept (unsaved) texts starting with `prefix`."""
    return [name for name in st.session_state.get(KEPT_KEY, {}) if name.startswith(prefix)]


def forget_text(*names: str) -> None:
    """Drop kept texts: they were applied, or what they were typed over was replaced."""
    kept = st.session_state.get(KEPT_KEY, {})
    for name in names:
        kept.pop(name, None)
