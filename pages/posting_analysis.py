"""Posting Analysis page: save job postings, analyse them, and edit their requirements.

Analysis is `resume_core.posting.analysis` (offline, plus the AI engine when one is configured); requirement
edits go through `resume_core.posting.edits` and are saved in the posting file via `ui.state`.
"""

from __future__ import annotations

from typing import Any, cast

import pandas as pd
import streamlit as st

from resume_core.posting import (
    KINDS,
    STATUSES as POSTING_STATUSES,
    build_posting,
    check_posting_text,
    posting_warnings,
    read_posting_file,
    requirement_rows,
    requirements_from_rows,
)
from resume_core.handoffs import posting_label
from ui.boundary import user_errors
from ui.kept_table import forget_tables, kept_editor, kept_rows
from ui.applications import applications_panel
from ui.posting_link import posting_link_field
from ui.markdown import escape_markdown, without_autolinks
from ui.fallback import fallback_engine, fallback_notes
from ui.state import drawn, get_posting, get_postings, save_posting, show_unreadable_postings, workspace

SELECTED_KEY = "tp_posting_id"  # plain key: survives visits to other pages
PICK_KEY = "posting_pick"  # the picker widget
STATUSES = list(POSTING_STATUSES)


ADD_FIELDS = ("posting_add_text", "posting_add_company", "posting_add_title", "posting_add_url")
ADDED_KEY = "tp_posting_added"  # how many postings were added: a new uploader after each (it cannot be reset)
CLEAR_KEY = "tp_posting_add_clear"  # set after a save: empty the form on the next run, before it is drawn
NOTICE_KEY = "tp_posting_notice"  # warnings of the last analysis, shown once after the rerun


def reqs_table(posting) -> str:
    return f"posting-reqs-{posting.id}"


def analyse_and_save(posting) -> None:
    """Analyse a saved posting, save the result and rerun; the analysis' warnings are shown after the rerun.

    Unsaved edits of the requirements table go in first: the analysis keeps rows the user added,
    rewrote or switched off, so a new analysis never undoes them."""
    unsaved = kept_rows(reqs_table(posting))
    if unsaved is not None:
        posting = posting.model_copy(update={"requirements": requirements_from_rows(unsaved, posting.requirements)})
    with st.spinner("Analyzing…"):
        analyzed = workspace().analyze(posting, engine=fallback_engine())
    if drawn(analyzed.outcome):
        forget_tables(reqs_table(posting))
        st.session_state[NOTICE_KEY] = [*analyzed.warnings, *fallback_notes("This is the offline analysis.")]
        st.rerun()


def add_posting_form() -> None:
    # Not clear_on_submit: a refused posting must stay in the form to be fixed. A saved one is cleared.
    if st.session_state.pop(CLEAR_KEY, False):
        for key in ADD_FIELDS:
            st.session_state[key] = ""
    with st.form("posting-add"):
        text = st.text_area("Paste the posting", height=220, key="posting_add_text")
        upload = st.file_uploader("…or upload it", type=["txt", "md", "html", "htm", "pdf"],
                                  key=f"posting_add_file-{st.session_state.get(ADDED_KEY, 0)}")
        cols = st.columns(3)
        company = cols[0].text_input("Company", key="posting_add_company")
        title = cols[1].text_input("Title", key="posting_add_title")
        url = cols[2].text_input("URL", key="posting_add_url")
        submitted = st.form_submit_button("Save and analyze", type="primary")
    if submitted:
        with user_errors():
            raw = read_posting_file(upload.name, upload.getvalue()) if upload else check_posting_text(text)
            # Saved before it is analysed: the pasted text never depends on the analysis (or the AI engine).
            posting = build_posting(raw, company=company, title=title, url=url, analyse=False)
            if save_posting(posting):
                st.session_state[SELECTED_KEY] = posting.id
                st.session_state[PICK_KEY] = posting.id  # the picker shows the new posting, not the last one
                st.session_state[CLEAR_KEY] = True
                st.session_state[ADDED_KEY] = st.session_state.get(ADDED_KEY, 0) + 1
                analyse_and_save(posting)
                st.rerun()  # the analysis failed as a whole: the posting is saved, the error is shown


def details_form(posting) -> None:
    with st.form(f"posting-details-{posting.id}"):
        cols = st.columns(4)
        company = cols[0].text_input("Company", posting.company)
        title = cols[1].text_input("Title", posting.title)
        url = cols[2].text_input("URL", posting.url)
        status = cols[3].selectbox("Status", STATUSES, index=STATUSES.index(posting.status))
        notes = st.text_area("Notes", posting.notes, height=80)
        text = st.text_area("Posting text", posting.text, height=260)
        saved = st.form_submit_button("Save details")
    if saved:
        with user_errors():
            updated = posting.model_copy(update={"company": company.strip(), "title": title.strip(),
                                                 "url": url.strip(), "status": status, "notes": notes,
                                                 "text": check_posting_text(text)})
            if save_posting(updated):
                st.rerun()


def requirements_editor(posting) -> None:
    facts = [("Seniority", posting.seniority), ("Years", posting.years_experience), ("Degree", posting.degree),
             ("Location", posting.location), ("Remote", posting.remote)]
    # Facts and summary come from posting text (or an AI reply steered by it): shown as text, never as
    # Markdown, so `![p](http://host/x.png)` in a location cannot make browsers fetch anything.
    shown = [f"**{name}:** {without_autolinks(escape_markdown(value))}" for name, value in facts if value]
    if shown:
        st.markdown(" · ".join(shown))
    if posting.summary:
        st.caption(without_autolinks(escape_markdown(posting.summary)))
    frame = pd.DataFrame(requirement_rows(posting),
                         columns=["id", "requirement", "kind", "sure", "aspect", "skill", "quote", "rationale",
                                  "confidence", "keep"])
    st.caption("One row per requirement; **Posting says** quotes the sentence it came from. "
               "Rows marked *maybe* are guesses: keep them only if they fit the job.")
    edited = kept_editor(
        frame, key=f"posting-reqs-{posting.id}-{posting.analyzed_at}", kept_as=reqs_table(posting),
        num_rows="dynamic", hide_index=True, disabled=["sure", "aspect", "quote"],
        column_order=["keep", "requirement", "kind", "sure", "skill", "quote", "rationale", "confidence", "aspect"],
        width="stretch", height=min(35 * (len(frame) + 2) + 3, 640),
        column_config={
            "id": None,
            "requirement": st.column_config.TextColumn("Requirement", width="medium", required=True),
            "kind": st.column_config.SelectboxColumn("Kind", options=list(KINDS), default="required"),
            "skill": st.column_config.TextColumn("Canonical skill", help="Typed names are matched to the vocabulary."),
            "rationale": st.column_config.TextColumn("Rationale", width="medium"),
            "sure": st.column_config.TextColumn(
                "Sure?", width=70, help="sure: right about 9 times in 10; likely; maybe: a guess, check it."),
            "quote": st.column_config.TextColumn("Posting says", width="large",
                                                 help="The posting's sentence this requirement comes from."),
            "aspect": st.column_config.TextColumn("Aspect", width=90,
                                                  help="skill, years, degree, certification, clearance, travel, ..."),
            "confidence": st.column_config.ProgressColumn(
                "Confidence", min_value=0.0, max_value=1.0, format="%.2f", width=80,
                help="Calibrated on real postings: a row at 0.9 is right about 9 times in 10."),
            "keep": st.column_config.CheckboxColumn("Keep", default=True, width=50,
                                                    help="Untick to leave a requirement out of tailoring."),
        },
    )
    if st.button("💾 Save requirements", key=f"posting-save-reqs-{posting.id}", type="primary"):
        with user_errors():
            rows = cast(list[dict[str, Any]], edited.to_dict("records"))  # a table's column names are str
            requirements = requirements_from_rows(rows, posting.requirements)
            if save_posting(posting.model_copy(update={"requirements": requirements})):
                forget_tables(reqs_table(posting))
                st.toast("Requirements saved")
                st.rerun()


st.title("🔎 Posting Analysis")
show_unreadable_postings()
postings = get_postings()
with st.expander("➕ Add a posting", expanded=not postings):
    posting_link_field()
    add_posting_form()
if not postings:
    st.info("No saved postings yet: paste one above.")
    st.stop()

st.dataframe(
    pd.DataFrame([{"Title": p.title, "Company": p.company, "Status": p.status, "Saved": p.saved_at[:10],
                   "Requirements": len(p.requirements)} for p in postings]),
    hide_index=True, width="stretch",
)
applications_panel(postings)
by_id = {p.id: p for p in postings}
ids = list(by_id)
current = st.session_state.get(SELECTED_KEY)
chosen = st.selectbox("Posting", ids, index=ids.index(current) if current in by_id else 0,
                      format_func=lambda i: posting_label(by_id[i]), key=PICK_KEY)
st.session_state[SELECTED_KEY] = chosen
with user_errors():
    posting = get_posting(chosen)
    with st.expander("Details and text"):
        details_form(posting)
    cols = st.columns([1, 1, 4])
    if cols[0].button("🔍 Analyze", key="posting-analyze", type="primary"):
        analyse_and_save(posting)
    with cols[1].popover("🗑️ Delete"):
        st.write("Delete this posting and its requirements? This cannot be undone.")
        if st.button("Yes, delete it", key="posting-delete", type="primary"):
            with user_errors():
                workspace().store.delete_posting(posting.id)
                st.session_state.pop(SELECTED_KEY, None)
                st.rerun()
    standing = posting_warnings(posting.requirements) if posting.analyzed_at else []  # shown below, once
    for notice in st.session_state.pop(NOTICE_KEY, []):
        if notice not in standing:
            st.warning(notice)
    if not posting.analyzed_at:
        st.caption("Not analysed yet: press **Analyze**.")
    else:
        for warning in posting_warnings(posting.requirements):
            st.warning(warning)
        requirements_editor(posting)
