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


def kept_text(widget: Callable[..., str], label: str, saved: str, *, key: str, **options: Any) -> str:
    """Draw `widget` (st.text_input, st.text_area or a column's) for `saved`, keeping unsaved typing."""
    kept = st.session_state.setdefault(KEPT_KEY, {})
    value = widget(label, kept.get(key, saved), key=key, **options)
    if value != saved:
        kept[key] = value
    else:
        kept.pop(key, None)
    return value
