"""The Big Resume as a file: upload, download, and the history of saved versions.

Shared by the Big Resume and Settings pages. Uploading parses first and replaces the bank only when
the user confirms; a broken file shows where it is broken and changes nothing. Every save keeps the
previous version in the store's history, so a replace or restore can be undone.
"""

from __future__ import annotations

import streamlit as st

from resume_core.bank import describe_bank, parse_bank_xml, render_bank_xml
from ui.boundary import user_errors
from ui.markdown import escape_markdown
from ui.state import get_bank, restore_bank, save_bank, workspace

_UPLOAD_ROUND = "tp_upload_round"
KINDS = {"previous": "earlier version", "unsaved": "edit not saved (conflict)"}


def _when(iso: str) -> str:
    """'2026-11-25T17:41:16+00:00' -> '2026-11-25 17:41:16 UTC'."""
    return iso.replace("T", " ").replace("+00:00", " UTC")


def render_download() -> None:
    """A button that downloads the current Big Resume as XML (built only when clicked)."""
    st.download_button(
        "⬇️ Download Big Resume (XML)",
        data=lambda: render_bank_xml(get_bank()),
        file_name="big-resume.xml",
        mime="application/xml",
        on_click="ignore",
        key="tp_download_bank",
    )


def render_upload(where: str) -> None:
    """Upload a Big Resume XML file; after a preview, replace the current bank with it."""
    round_ = st.session_state.get(_UPLOAD_ROUND, 0)
    uploaded = st.file_uploader(
        "Upload a Big Resume XML file", type=["xml"], key=f"tp_upload_{where}_{round_}",
        help="A file downloaded from Target Practice (any version) or the original <resume> format.",
    )
    if uploaded is None:
        return
    with user_errors():
        incoming = parse_bank_xml(uploaded.getvalue())
        st.success(f"**{escape_markdown(uploaded.name)}** is a valid Big Resume: {describe_bank(incoming)}.")
        st.caption("Replacing keeps your current Big Resume in the history, so you can restore it.")
        if st.button("Replace my Big Resume with this file", key=f"tp_upload_apply_{where}", type="primary"):
            if save_bank(incoming, f"uploaded {uploaded.name}"):
                st.session_state[_UPLOAD_ROUND] = round_ + 1
                st.rerun()


def render_history() -> None:
    """The saved versions, newest first, with a Restore button."""
    entries = workspace().store.bank_history()
    if not entries:
        st.caption("No earlier versions yet. Each save keeps the version it replaces here.")
        return
    st.dataframe(
        [{"Saved at": _when(e.saved_at), "Kind": KINDS.get(e.kind, e.kind), "Contents": e.summary} for e in entries],
        hide_index=True, width="stretch",
    )
    labels = {e.id: f"{_when(e.saved_at)} - {KINDS.get(e.kind, e.kind)} - {e.summary}" for e in entries}
    # Keyed by the newest entry: after a save the picker starts again from the newest version.
    chosen = st.selectbox("Version to restore", list(labels), format_func=lambda i: labels[i],
                          key=f"tp_history_pick-{entries[0].id}")
    with user_errors():
        st.caption(f"That version holds: {describe_bank(workspace().store.load_history_bank(chosen))}.")
        if st.button("Restore this version", key="tp_history_restore"):
            if restore_bank(chosen):
                st.toast("Restored. The version it replaced is in the history.")
                st.rerun()
