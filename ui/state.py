"""The visitor's `Workspace` (resume_core.workspace) kept in the session, and its outcomes drawn.

Every page reaches the bank, the postings and the engine through the one Workspace this session
holds (`workspace()`); the functions here call it and draw what happened: a toast for a save, the
error and its fix for a conflict (the edit stays kept in the workspace), the conflict notice with its
choices. In session mode the workspace's in-memory store lives in `st.session_state` with it, so each
visitor has their own and nothing reaches the disk.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import streamlit as st

from resume_core.engines import ENGINE_KEYS, Engine
from resume_core.errors import BankFileError, EngineError
from resume_core.bank import Bank, Posting
from resume_core.workspace import Conflict, Refused, Saved, SaveResult, Workspace, configured_where
from ui.boundary import show_user_error
from ui.kept_fields import redraw_fields
from ui.kept_table import forget_tables

WORKSPACE_KEY = "tp_workspace"  # a plain (non-widget) key: it survives page switches


def workspace() -> Workspace:
    """This session's Workspace, reopened (keeping the engine choice) when the configured store changes.
    Raises `UserError` for a bad TP_STORAGE."""
    where = configured_where()
    held: Workspace | None = st.session_state.get(WORKSPACE_KEY)
    if held is None or held.where != where:
        fresh = Workspace.open(*where)
        if held is not None:
            fresh.engine_choice = held.engine_choice
        st.session_state[WORKSPACE_KEY] = held = fresh
    return held


def storage_mode() -> str:
    """'local' (a workspace folder) or 'session' (memory only), as the deployment configures it."""
    return configured_where()[0]


def workspace_path() -> Path:
    """The folder local mode reads and writes."""
    return Path(configured_where()[1])


# --- the Big Resume -------------------------------------------------------------------------


def get_bank() -> Bank:
    """The Big Resume as last loaded or saved in this session (an empty bank before the first save)."""
    return workspace().bank()


def readable_bank() -> Bank | None:
    """The Big Resume, or None when bank.xml cannot be read: then the error is shown with a pointer to
    the repair on the Big Resume page (instead of a traceback)."""
    try:
        return get_bank()
    except BankFileError as error:
        show_user_error(error)
        st.info("Repair it on the Big Resume page: upload a good Big Resume file or restore an earlier "
                "version from the history (the unreadable file is kept in the history).")
        st.page_link("pages/big_resume.py", label="Go to the Big Resume page", icon="📚")
        return None


def require_bank() -> Bank:
    """The Big Resume for a page that cannot work without it; stops the page when it cannot be read."""
    bank = readable_bank()
    if bank is None:
        st.stop()
    return bank


def drawn(outcome: SaveResult | None, message: str = "", *, from_fields: bool = False,
           tables: Iterable[str] = ()) -> bool:
    """Draw a save's outcome; True when saved. A save forgets the kept edits of the tables it stored
    and redraws the fields whose saved text changed (not when the change is what the fields show)."""
    if isinstance(outcome, Saved):
        forget_tables(*tables)
        if not from_fields:
            redraw_fields(outcome.changed)
        if message:
            st.toast(f"Saved: {message}")
        return True
    if isinstance(outcome, Conflict | Refused):
        show_user_error(outcome.error)  # a refused bank: nothing saved, the fields keep the text
    return False


def save_bank(bank: Bank, message: str = "", *, from_fields: bool = False, autosave: bool = False,
              tables: Iterable[str] = ()) -> bool:
    """Save `bank` if nobody changed the file since it was loaded; on a conflict keep the edit and say so.

    `from_fields=True` says the change is what the text fields already show, so they are kept.
    `autosave=True` (an interview's turns) keeps no history entry and shows no toast. `tables` names
    the table editors (kept_as prefixes) whose edits this save stores."""
    outcome = workspace().save(bank, message, autosave=autosave, tables=tables)
    return drawn(outcome, "" if autosave else message, from_fields=from_fields, tables=tables)


def restore_bank(entry_id: str) -> bool:
    """Make a history entry the current bank (the current one goes to history); False on a conflict."""
    return drawn(workspace().restore(entry_id))


def _save_kept_over_disk() -> None:
    """Button callback: the user chose to put their kept edit over the file on disk."""
    ws = workspace()
    tables = ws.kept.tables if ws.kept else ()
    drawn(ws.save_kept(), "your kept edit, saved over the newer file", tables=tables)


def _reload() -> None:
    """Button callback: read the newer file; the edit stays kept."""
    redraw_fields(workspace().reload().changed)


def _discard_kept() -> None:
    """Button callback: drop the kept edit (its fields and tables too) and load the newer file."""
    ws = workspace()
    if ws.kept is not None:
        forget_tables(*ws.kept.tables)
    redraw_fields(ws.discard_kept().changed)


def render_conflict_notice() -> None:
    """While an edit is kept after a conflict: explain it and offer reload / save mine / download / discard."""
    kept = workspace().kept
    if kept is None:
        return
    from resume_core.bank import render_bank_xml

    with st.container(border=True):
        if kept.conflicted:
            st.warning(
                "Not saved: the Big Resume file changed since this page loaded it (another tab or "
                "program saved it). Your edit is kept here; nothing was overwritten."
            )
        else:
            st.info("The newer file is loaded. Your unsaved edit is still kept here.")
        row = st.container(horizontal=True)
        row.button("Reload from disk", key="tp_conflict_reload", on_click=_reload, disabled=not kept.conflicted)
        row.button("Replace the newer version (it stays in the history)", key="tp_conflict_overwrite",
                   on_click=_save_kept_over_disk)
        row.download_button(
            "Download my edit (XML)", data=lambda: render_bank_xml(kept.bank), file_name="big-resume-unsaved.xml",
            mime="application/xml", key="tp_conflict_download", on_click="ignore",
        )
        row.button("Discard my edit", key="tp_conflict_discard", on_click=_discard_kept)


# --- postings -------------------------------------------------------------------------------


def get_postings() -> list[Posting]:
    """Every saved posting."""
    return workspace().postings()


def show_unreadable_postings() -> None:
    """A warning per saved posting file that cannot be read (the other postings are listed as usual)."""
    from ui.markdown import escape_markdown

    for problem in workspace().unreadable_postings():
        st.warning(f"{escape_markdown(problem.message)}\n\n{escape_markdown(problem.fix)}")


def get_posting(posting_id: str) -> Posting:
    """One posting, remembering its version token for a later `save_posting`."""
    return workspace().posting(posting_id)


def save_posting(posting: Posting) -> bool:
    """Save a posting; on a conflict show the error and return False (the posting stays in the caller)."""
    return drawn(workspace().save_posting(posting))


# --- the AI engine --------------------------------------------------------------------------


def _secrets() -> dict[str, str]:
    """The engine keys of st.secrets, or {} when there is no secrets file."""
    try:
        return {key: str(st.secrets[key]) for key in ENGINE_KEYS if key in st.secrets}
    except FileNotFoundError:  # no secrets.toml (StreamlitSecretNotFoundError subclasses it)
        return {}


def get_engine() -> Engine:
    """The engine for this session (Settings > secrets > environment), rebuilt only when that changes."""
    return workspace().engine(_secrets())


def engine_problem() -> EngineError | None:
    """Why the configured engine could not be used (the app runs offline meanwhile), if it could not."""
    ws = workspace()
    ws.engine_config(_secrets())
    return ws.engine_problem


def engine_label() -> str:
    """'Offline engine' or 'model@host' for the sidebar."""
    return workspace().engine_label(_secrets())
