"""Widgets of the Tailor page: the review editor, provenance, snapshots (the coverage tab and "why not on
the page" are in ui/coverage_view.py).

Each function draws one panel from a `TailoredResume` and calls pure functions of
`resume_core.tailoring.review` for every change, then stores the new resume with `put_resume`, which also keeps
it in the store as the posting's draft, so a reload finds it again (`restore_draft`). Widget keys
carry a revision number, so editors show the current resume after every change; text typed but not
applied yet is kept in a plain session key (`_typed`, `ui.kept_text`), so other clicks and page
switches keep it.
"""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from resume_core.handoffs import Draft
from resume_core.bank import Bank, Posting, TailoredResume
from resume_core.tailoring import (
    addable_items,
    alternatives,
    build_snapshot,
    diff_resumes,
    edit_line,
    editable_lines,
    exclude_line,
    include_item,
    move_line,
    provenance_rows,
    set_summary,
    short_label,
    swap_line,
)
from ui.kept_text import forget_text, kept_names, kept_text
from ui.markdown import escape_markdown, without_autolinks
from ui.state import workspace

REVISION_KEY = "tp_tailor_rev"
SNAPSHOT_NOTE_KEY = "tailor_snapshot_note"
SNAPSHOT_SAVED_KEY = "tp_tailor_snapshot_saved"  # set by a save; the next run empties the note and says so
EDIT_PICK_KEY = "tp_tailor_edit_pick"  # the line chosen for editing, kept across revisions
FLAGS_KEY = "tp_tailor_flags"


def put_resume(resume: TailoredResume, *, reviewed: bool = True) -> None:
    """Make `resume` the resume on the Tailor page (kept as the posting's draft) and redraw the editors.

    `reviewed=False` is for a fresh tailoring: it replaces the draft and forgets text typed for the old one."""
    if not reviewed:
        forget_text(*kept_names(_kept_prefix(resume.posting_id)))
    workspace().put_resume(resume, reviewed=reviewed, template=st.session_state.get("tailor_template", ""))
    _redraw()


def tailor_afresh(posting_id: str, **choices) -> Draft:
    """Tailor the posting again (`Workspace.tailor`), forgetting text typed for its old resume."""
    forget_text(*kept_names(_kept_prefix(posting_id)))
    draft = workspace().tailor(posting_id, **choices)
    _redraw()
    return draft


def restore_draft(posting_id: str) -> bool:
    """Show the draft kept for `posting_id` (after a reload, or coming back to a posting); False if none."""
    if workspace().restore_draft(posting_id) is None:
        return False
    st.session_state[FLAGS_KEY] = []  # the warnings belonged to the tailoring shown before
    _redraw()
    return True


def is_reviewed(posting_id: str) -> bool:
    """Whether tailoring again would throw away the user's work on this posting's resume (its review,
    or text typed into its editors and not applied yet)."""
    return workspace().is_reviewed(posting_id) or bool(kept_names(_kept_prefix(posting_id)))


def _redraw() -> None:
    """A new revision: every editor shows the current resume."""
    st.session_state[REVISION_KEY] = st.session_state.get(REVISION_KEY, 0) + 1


def revision_key(name: str) -> str:
    """A widget key of this revision: the widget shows the current resume after every change."""
    return f"tailor_{name}_{st.session_state.get(REVISION_KEY, 0)}"


def _kept_prefix(posting_id: str) -> str:
    return f"tailor:{posting_id}:"


def _typed(resume: TailoredResume, name: str, label: str, saved: str) -> str:
    """A text area whose unapplied text survives other clicks (which redraw the editors) and page switches."""
    return kept_text(st.text_area, label, saved, key=revision_key(name), kept_as=_kept_prefix(resume.posting_id) + name)


def _applied(resume: TailoredResume, name: str) -> None:
    forget_text(_kept_prefix(resume.posting_id) + name)


def preview_panel(markdown_text: str) -> None:
    """The resume as Markdown, headings two levels smaller so the name is not page-title sized."""
    demoted = re.sub(r"^(#{1,4}) ", lambda m: "#" * (len(m[1]) + 2) + " ", markdown_text, flags=re.M)
    with st.container(border=True):
        st.markdown(without_autolinks(demoted))  # bank text is escaped by render; bare addresses stay text too


def review_panel(resume: TailoredResume, bank: Bank) -> None:
    summary = _typed(resume, "summary", "Summary", resume.summary.text if resume.summary else "")
    if st.button("Save summary", key=revision_key("save_summary")):
        _applied(resume, "summary")
        put_resume(set_summary(resume, bank, summary))
        st.rerun()
    for entry in (*resume.experience, *resume.projects):
        st.markdown(f"**{escape_markdown(entry.name)}**" + (" *(title line only)*" if entry.collapsed else ""))
        for line in entry.bullets:
            # The swap list gets most of a column under the buttons, so its choices can be read.
            text, controls = st.columns([5, 4])
            up, down, out, _ = controls.columns([1, 1, 1, 3])
            swap = controls
            text.markdown(("✏️ " if line.provenance != "bank" else "") + escape_markdown(line.text))
            if up.button("↑", key=revision_key(f"up_{line.item_id}"), help="Move up"):
                put_resume(move_line(resume, line.item_id, -1))
                st.rerun()
            if down.button("↓", key=revision_key(f"down_{line.item_id}"), help="Move down"):
                put_resume(move_line(resume, line.item_id, 1))
                st.rerun()
            if out.button("✕", key=revision_key(f"out_{line.item_id}"), help="Take off the page"):
                workspace().exclude(resume.posting_id, line.item_id)
                put_resume(exclude_line(resume, line.item_id))
                st.rerun()
            options = dict(alternatives(resume, bank, line.item_id))
            if options and line.item_id != entry.source_id:
                choice = swap.selectbox("Swap for", ["", *options],
                                        format_func=lambda i: short_label(options[i]) if i else "swap for…",
                                        key=revision_key(f"swap_{line.item_id}"), label_visibility="collapsed")
                if choice:
                    put_resume(swap_line(resume, bank, line.item_id, choice))
                    st.rerun()
    _add_and_edit(resume, bank)


def _add_and_edit(resume: TailoredResume, bank: Bank) -> None:
    addable = addable_items(resume, bank)
    add, edit = st.container(), st.container()  # full width, so the ~110-character choices show whole
    with add:
        pick = st.selectbox("Add from your Big Resume", ["", *addable], key=revision_key("add_pick"),
                            format_func=lambda i: short_label(addable[i]) if i else "choose an item")
        if st.button("Add to the page", key=revision_key("add"), disabled=not pick):
            put_resume(include_item(resume, bank, pick))
            st.rerun()
    with edit:
        lines = editable_lines(resume)  # the summary has its own box above
        options = ["", *lines]
        picked = st.session_state.get(EDIT_PICK_KEY, "")
        target = st.selectbox("Edit a line", options, key=revision_key("edit_pick"),
                              index=options.index(picked) if picked in options else 0,
                              format_func=lambda i: short_label(lines[i][0]) if i else "choose a line")
        st.session_state[EDIT_PICK_KEY] = target
        new_text = _typed(resume, f"edit_text_{target}", "New text", lines[target][1] if target else "")
        if st.button("Save edit", key=revision_key("edit"), disabled=not target):
            _applied(resume, f"edit_text_{target}")
            put_resume(edit_line(resume, bank, target, new_text))
            st.rerun()


def provenance_panel(resume: TailoredResume, bank: Bank) -> None:
    rows = provenance_rows(resume, bank)
    frame = pd.DataFrame(
        [
            {"Section": r.section, "Where": r.where, "Text": r.text,
             "Source": f"bank, verbatim ({r.item_id})" if r.verbatim else "your edit"}
            for r in rows
        ]
    )
    edits = sum(not r.verbatim for r in rows)
    st.caption(f"{len(rows) - edits} line(s) verbatim from your Big Resume, {edits} your edit(s).")
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_config={"Text": st.column_config.TextColumn(width="large")})


def snapshot_panel(resume: TailoredResume, posting: Posting, store, template: str) -> None:
    snapshots = store.list_snapshots(posting.id)
    if snapshots:
        last = snapshots[0]
        diff = diff_resumes(last.resume, resume)
        st.markdown(f"**Changes since the snapshot of {last.created}**" + (f" ({escape_markdown(last.note)})" if last.note else ""))
        if diff:
            st.code("\n".join(diff), language="diff")
        else:
            st.caption("No changes since that snapshot.")
    # A widget's value can only be set before it is drawn: a save asks the next run to empty the note.
    if st.session_state.pop(SNAPSHOT_SAVED_KEY, False):
        st.session_state[SNAPSHOT_NOTE_KEY] = ""
        forget_text(SNAPSHOT_NOTE_KEY)
        st.success("Snapshot saved: its full text is kept, whatever you change in your Big Resume later.")
    # Kept like the other fields: a note typed but not saved yet survives a visit to another page.
    note = kept_text(st.text_input, "Note for this snapshot", "", key=SNAPSHOT_NOTE_KEY, placeholder="e.g. sent 25 Nov")
    if st.button("Save snapshot", key=revision_key("snapshot")):
        store.save_snapshot(build_snapshot(resume, template=template, note=note))
        st.session_state[SNAPSHOT_SAVED_KEY] = True
        st.rerun()
