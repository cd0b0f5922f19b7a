"""Tailor: pick a saved posting, assemble a one-page (or two-page) resume from the Big Resume, review it, save it.

The resume under review is kept per posting in the store, so a reload shows it again; tailoring
again over a reviewed resume asks first."""

from __future__ import annotations

import streamlit as st

from resume_core import clock
from resume_core.bank import lift_other_skills
from resume_core.tailoring import coverage_for, estimate_lines, metrics_for, why_not_for
from resume_core.output import render_markdown, render_text
from resume_core.handoffs import posting_label
from ui.boundary import user_errors
from ui.keyword_check import keyword_panel
from ui.export_choices import TEMPLATE_LABELS, layout_controls, page_phrase, pages_control
from ui.markdown import escape_markdown
from ui.rerun_memo import remember, remembered
from ui.fallback import fallback_engine, fallback_notes
from ui.state import get_postings, require_bank, show_unreadable_postings, workspace
from ui.coverage_view import coverage_panel, why_not_panel
from ui.tailor_view import (
    FLAGS_KEY,
    is_reviewed,
    preview_panel,
    provenance_panel,
    restore_draft,
    review_panel,
    snapshot_panel,
    tailor_afresh,
)

CONFIRM_KEY = "tp_tailor_confirm"  # the posting whose reviewed resume Tailor would replace


def run_tailor() -> bool:
    """Tailor the chosen posting afresh; False when it failed (the error is shown)."""
    with user_errors(), st.spinner("Choosing what serves this posting…"):
        today = clock.today()
        draft = tailor_afresh(posting.id, engine=fallback_engine(), template=template, paper=paper, pages=pages,
                              today=today)
        if lift_other_skills(bank) is bank:  # (an old bank's "Other skills" are lifted for tailoring only)
            # The fresh page's coverage is the one tailoring just measured: the Coverage tab shows it as is.
            corrections = workspace().store.load_years_corrections(posting.id)
            remember("tailor_coverage", (draft.resume, bank, posting, corrections, today), draft.result.coverage)
        st.session_state[FLAGS_KEY] = draft.flags + fallback_notes("The offline selection is shown.")
        return True
    return False

st.title("✂️ Tailor")
bank = require_bank()
show_unreadable_postings()
postings = get_postings()
if not bank.owners():
    st.info("Your Big Resume has no jobs or projects yet: add or import some on the Big Resume page.")
    st.stop()
if not postings:
    st.info("No saved postings yet: paste one on the Posting Analysis page and save it.")
    st.stop()

ws = workspace()
by_id = {p.id: p for p in postings}
ids = list(by_id)
current = ws.tailored.posting_id if ws.tailored else None
posting_id = st.selectbox("Posting", ids, index=ids.index(current) if current in by_id else 0, key="tailor_posting",
                          format_func=lambda i: posting_label(by_id[i]))
posting = by_id[posting_id]
left, middle, right = st.columns([2, 1, 1])
template, paper = layout_controls(left, middle, "tailor")  # one choice, shared with the Export page
pages = pages_control(right, "tailor")

if ws.tailored_for(posting.id) is None:
    with user_errors():  # the resume reviewed for this posting before a reload or a posting switch
        restore_draft(posting.id)
has_resume = ws.tailored_for(posting.id) is not None

if st.button("Tailor", type="primary", key="tailor_run"):
    if has_resume and is_reviewed(posting.id):
        st.session_state[CONFIRM_KEY] = posting.id
    else:
        run_tailor()
if st.session_state.get(CONFIRM_KEY) == posting.id:
    with st.container(border=True):
        st.warning("You have reviewed or edited the resume for this posting. Tailoring again replaces it with a "
                   "fresh selection; save a snapshot first (Snapshots tab) if you want to keep this one.")
        yes, no = st.columns(2)
        if yes.button("Tailor again and replace it", key="tailor_confirm"):
            st.session_state.pop(CONFIRM_KEY, None)
            if run_tailor():
                st.rerun()
        if no.button("Keep my reviewed resume", key="tailor_cancel"):
            st.session_state.pop(CONFIRM_KEY, None)
            st.rerun()

resume = ws.tailored_for(posting.id)
if resume is None:
    st.caption("Press **Tailor** to select the parts of your Big Resume that serve this posting.")
    st.stop()

for flag in st.session_state.get(FLAGS_KEY, []):
    st.warning(escape_markdown(flag))  # flags quote model text
metrics = metrics_for(template, paper, pages)
used = estimate_lines(resume, metrics)
st.caption(f"About {used:.0f} of {metrics.lines_per_page:.0f} lines of {page_phrase(paper, pages)} with the "
           f"{TEMPLATE_LABELS[template]} template.")

preview, coverage, review, provenance, snapshots = st.tabs(
    ["Preview", "Coverage", "Review and edit", "Provenance", "Snapshots"]
)
with preview:
    preview_panel(render_markdown(resume))
store = ws.store
corrections = store.load_years_corrections(posting.id)
today = clock.today()
with coverage:
    rows = remembered("tailor_coverage", (resume, bank, posting, corrections, today),
                      lambda: coverage_for(resume, bank, posting, today, corrections=corrections))
    coverage_panel(rows, posting.id, corrections, lambda years: store.save_years_corrections(posting.id, years))
with review:
    review_panel(resume, bank)
    excluded, room = ws.excluded_ids(posting.id), metrics.lines_per_page - used >= 2
    why_not_panel(remembered("tailor_why_not", (resume, bank, posting, today, excluded, room),
                             lambda: why_not_for(resume, bank, posting, today, excluded=excluded, room=room)))
with provenance:
    provenance_panel(resume, bank)
with snapshots, user_errors():
    snapshot_panel(resume, posting, store, template)

keyword_panel(posting, render_text(resume), bank, "tailor")  # the posting's own words on the page
