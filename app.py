"""Target Practice: the frame around the pages.

Page config, session defaults, the sidebar (where data lives, which engine answers) and the
navigation. The pages themselves live in pages/; this file runs on every rerun before the page.
"""

from __future__ import annotations

import streamlit as st

from resume_core.errors import UserError
from ui.boundary import show_user_error
from ui.fallback import show_fallback_note
from ui.state import engine_label, engine_problem, render_conflict_notice, storage_mode, workspace, workspace_path

st.set_page_config(page_title="Target Practice", page_icon="🎯", layout="wide")

PAGES = [
    st.Page("pages/big_resume.py", title="Big Resume", icon="📚", default=True),
    st.Page("pages/interview.py", title="Interview", icon="🎙️"),
    st.Page("pages/posting_analysis.py", title="Posting Analysis", icon="🔎"),
    st.Page("pages/tailor.py", title="Tailor", icon="✂️"),
    st.Page("pages/export.py", title="Export", icon="📄"),
    st.Page("pages/settings.py", title="Settings", icon="⚙️"),
]
page = st.navigation(PAGES)

try:
    workspace()  # cross-page values live in it (a plain session key), so they survive page switches
except UserError as error:  # a bad TP_STORAGE or TP_WORKSPACE: no page can work without a store
    show_user_error(error)
    st.stop()

with st.sidebar:
    st.markdown("### 🎯 Target Practice")
    if storage_mode() == "session":
        st.caption("**Storage:** this browser session only - download your Big Resume to keep it.")
    else:
        st.caption(f"**Storage:** folder `{workspace_path()}`")
    st.caption(f"**Engine:** {engine_label()}")
    problem = engine_problem()
    if problem is not None:
        st.warning(f"{problem.message} {problem.fix} Using the offline engine meanwhile.")
    show_fallback_note(short=True)  # the AI server failed a step just now: the offline engine answers meanwhile

# Drawn above the page, filled after it ran, so a conflict raised by this run's save shows too.
notice = st.container()
page.run()
with notice:
    render_conflict_notice()
