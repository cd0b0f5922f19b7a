"""The fallback rule in the UI: one `FallbackEngine` per session around the configured engine, and its note.

`fallback_engine()` wraps `ui.state.get_engine()` (rebuilt when the settings change) so a step that
uses it continues on the offline engine when the AI server fails; `show_fallback_note` draws what
happened, in the page (with the server's error and the fix) or the sidebar (one line), while it lasts.
"""

from __future__ import annotations

import streamlit as st

from resume_core.engines import FallbackEngine, with_fallback
from ui.state import get_engine

FALLBACK_KEY = "tp_engine_fallback"  # (the configured engine, its FallbackEngine)


def fallback_engine():
    """The session's engine under the fallback rule (the offline engine as it is)."""
    primary = get_engine()
    held = st.session_state.get(FALLBACK_KEY)
    if held is None or held[0] is not primary:
        held = (primary, with_fallback(primary))
        st.session_state[FALLBACK_KEY] = held
    return held[1]


def current_fallback() -> FallbackEngine | None:
    """The session's fallback engine if it is answering offline in the server's place now."""
    held = st.session_state.get(FALLBACK_KEY)
    engine = held[1] if held else None
    return engine if isinstance(engine, FallbackEngine) and engine.problem is not None else None


def fallback_notes(prefix: str) -> list[str]:
    """The note for a step that the offline engine just answered for a failing server, as a list of
    warnings to show with the step's own (`prefix` names what the user sees, e.g. 'This is the offline
    analysis.'); [] when the server answered."""
    engine = current_fallback()
    return [f"{prefix} {engine.note()}"] if engine is not None else []


def show_fallback_note(short: bool = False) -> bool:
    """Draw the note when the offline engine answers for a failing server (`short`: the sidebar's
    one-liner, the page has the details); True if it did."""
    engine = current_fallback()
    if engine is None:
        return False
    if short:
        st.warning("The AI server failed the last step: the offline engine answers meanwhile.", icon="\u26a0\ufe0f")
    else:
        st.warning(engine.note(), icon="\u26a0\ufe0f")
    return True
