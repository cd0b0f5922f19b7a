"""Posting Analysis: fill the "Add a posting" form from a link (Greenhouse, Lever, Ashby, Workday, any page).

The page is fetched and its posting text extracted by `resume_core.posting.fetch` (guarded on a shared
deployment); the text, title, company and link go into the form's fields, where the user checks them
and presses "Save and analyze" as for pasted text.
"""

from __future__ import annotations

import streamlit as st

from resume_core.posting import fetch_posting
from ui.boundary import user_errors

FORM_FIELDS = {"text": "posting_add_text", "company": "posting_add_company", "title": "posting_add_title",
               "url": "posting_add_url"}


def posting_link_field() -> None:
    """A link field and a button; call it before the add form is drawn (it fills the form's fields)."""
    cols = st.columns([4, 1], vertical_alignment="bottom")
    link = cols[0].text_input("Posting link", key="posting_link", placeholder="https://boards.greenhouse.io/…")
    if cols[1].button("Read the link", key="posting_link_read", disabled=not link.strip()):
        with user_errors():
            with st.spinner("Reading the page…"):
                fetched = fetch_posting(link)
            for name, key in FORM_FIELDS.items():
                st.session_state[key] = getattr(fetched, name)
            where = {"json-ld": "the page's job data", "container": "the posting on the page",
                     "page": "the page's text"}[fetched.source]
            st.success(f"Read {where}: check the text below, then press **Save and analyze**.")
