"""Posting Analysis: the applications list - status, applied date, next step and notes of every
posting in one sortable, editable table, saved with the postings, and downloadable as CSV.

Rows and checks are `resume_core.posting.applications`; this draws them and saves what changed.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from resume_core.posting import STATUSES, application_rows, apply_application_rows, export_applications_csv
from resume_core.bank import Posting
from ui.boundary import user_errors
from ui.state import save_posting


def applications_panel(postings: list[Posting]) -> None:
    applied = sum(bool(p.applied_date) for p in postings)
    with st.expander(f"📋 Applications: {applied} of {len(postings)} applied"):
        st.caption("Sort by any column (click its header); edit status, applied date (YYYY-MM-DD), next step "
                   "and notes, then save.")
        frame = pd.DataFrame(application_rows(postings))
        edited = st.data_editor(
            frame, hide_index=True, width="stretch", key="applications_table",
            disabled=["id", "title", "company", "saved", "url"],
            column_order=["title", "company", "status", "applied_date", "next_step", "notes", "saved"],
            column_config={
                "status": st.column_config.SelectboxColumn("Status", options=list(STATUSES), required=True),
                "applied_date": st.column_config.TextColumn("Applied", help="YYYY-MM-DD", max_chars=10),
                "next_step": st.column_config.TextColumn("Next step", max_chars=200),
                "notes": st.column_config.TextColumn("Notes", max_chars=2000),
                "title": "Title", "company": "Company", "saved": "Saved",
            })
        cols = st.columns([1, 1, 3])
        if cols[0].button("Save applications", key="applications_save"):
            with user_errors():
                changed = apply_application_rows(postings, edited.fillna("").to_dict("records"))
                if all([save_posting(posting) for posting in changed]):
                    st.rerun()
        cols[1].download_button("Download CSV", lambda: export_applications_csv(postings), "applications.csv",
                                "text/csv", key="applications_csv", on_click="ignore")
