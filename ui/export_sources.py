"""The Export page's 'What to export' box over `resume_core.output.export_sources.list_sources`.

The choice is kept in a plain session key, so it survives a visit to another page; a newly picked
snapshot (or, after a reload, draft) brings the template it was stored with.
"""

from __future__ import annotations

import streamlit as st

from resume_core.output import Source, list_sources
from resume_core.bank import TailoredResume
from ui.boundary import show_user_error
from ui.export_choices import adopt_template, has_choice
from ui.state import workspace

SOURCE_KEY = "tp_export_source"  # the chosen source's key, kept across page switches
SHOWN_KEY = "tp_export_shown"  # the source shown last run: a new pick may adopt its template


def exportable(current: TailoredResume | None) -> list[Source]:
    """Every exportable resume; an unreadable file is explained and left out."""
    listed = list_sources(workspace().store, current)
    for problem in listed.problems:
        show_user_error(problem)
    return listed.sources


def pick_source(sources: list[Source]) -> Source:
    """The 'What to export' box; a newly picked snapshot (or, after a reload, draft) brings its template."""
    keys = [source.key for source in sources]
    by_key = {source.key: source for source in sources}
    kept = st.session_state.get(SOURCE_KEY)
    chosen = kept if kept in by_key else keys[0]
    if chosen != st.session_state.get(SHOWN_KEY):
        source = by_key[chosen]
        if source.kind == "snapshot" or (source.kind == "draft" and not has_choice()):
            adopt_template(source.template)
    key = st.selectbox("What to export", keys, index=keys.index(chosen), format_func=lambda k: by_key[k].label,
                       key="export_source", on_change=_picked)
    st.session_state[SOURCE_KEY] = st.session_state[SHOWN_KEY] = key
    return by_key[key]


def _picked() -> None:
    """Runs before the page: the new pick is known before the template box is drawn."""
    st.session_state[SOURCE_KEY] = st.session_state["export_source"]
