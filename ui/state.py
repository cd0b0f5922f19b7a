"""Per-visitor state: the store, the loaded Big Resume with its version token, and the engine.

Every page reads and writes the bank through here. The bank is loaded once per session together
with the store's version token; saving passes that token back, so a file changed behind the app's
back (another tab, another process) raises a conflict instead of being overwritten. On a conflict
the user's edit is kept in session state until they save it over the new file or discard it.
In session mode the in-memory `SessionStore` lives in `st.session_state`, so each visitor has their
own and nothing reaches the disk.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlparse

import streamlit as st
from pydantic import BaseModel

from resume_core.engines.base import Engine
from resume_core.errors import BankFileError, ConflictError, EngineError
from resume_core.model import Bank, Posting
from ui.boundary import show_user_error
from ui.kept_table import forget_tables

# Session-state keys (plain values, not widget keys, so they survive page switches).
STORE_KEY = "tp_store"
BANK_KEY = "tp_bank"
BANK_VERSION_KEY = "tp_bank_version"
UNSAVED_KEY = "tp_unsaved_bank"
CONFLICT_KEY = "tp_conflict"
CONFLICT_TABLES_KEY = "tp_conflict_tables"  # the tables whose edits are in the kept (unsaved) bank
POSTING_VERSIONS_KEY = "tp_posting_versions"
ENGINE_SETTINGS_KEY = "engine_settings"
ENGINE_CACHE_KEY = "tp_engine"
ENGINE_PROBLEM_KEY = "tp_engine_problem"
FIELDS_GENERATION_KEY = "tp_fields_generation"


# --- workspace ------------------------------------------------------------------------------


def storage_mode() -> str:
    """'local' (a workspace folder) or 'session' (memory only), as the deployment configures it."""
    from resume_core.store import storage_settings

    return storage_settings()[0]


def workspace_path() -> Path:
    """The folder local mode reads and writes."""
    from resume_core.store import storage_settings

    return storage_settings()[1]


def get_store():
    """This session's store. Reopened when the configured mode or workspace changes."""
    from resume_core.store import open_store

    where = (storage_mode(), str(workspace_path()))
    held = st.session_state.get(STORE_KEY)
    if held is None or held[0] != where:
        store = open_store(where[0], where[1])
        held = (where, store)
        st.session_state[STORE_KEY] = held
        # A different store means a different bank: forget the one loaded from the old store.
        for key in (BANK_KEY, BANK_VERSION_KEY, UNSAVED_KEY, CONFLICT_KEY, POSTING_VERSIONS_KEY):
            st.session_state.pop(key, None)
    return held[1]


# --- the Big Resume -------------------------------------------------------------------------


def get_bank() -> Bank:
    """The Big Resume as last loaded or saved in this session (an empty bank before the first save)."""
    store = get_store()
    if BANK_KEY not in st.session_state:
        bank, version = store.load_bank()
        st.session_state[BANK_KEY] = bank
        st.session_state[BANK_VERSION_KEY] = version
    return st.session_state[BANK_KEY]


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


def editor_key(name: str, rows: Iterable[BaseModel]) -> str:
    """A key for a table editor, tied to the saved rows it shows: its edits are deltas to those rows,
    so it starts afresh exactly when they change (its own save, a reload), and unsaved edits survive
    saves of any other part of the bank."""
    digest = hashlib.sha1(json.dumps([row.model_dump(mode="json") for row in rows]).encode()).hexdigest()
    return f"{name}@{digest[:12]}"


def field_key(name: str) -> str:
    """A key for the text fields of one item ("person", a job, project or anecdote id). It survives
    the user's own saves and saves of other items (a new key would redraw the field and drop what was
    typed), and changes when this item's saved text changes otherwise or the bank is replaced."""
    generations = st.session_state.get(FIELDS_GENERATION_KEY) or {}
    return f"{name}#{generations.get('', 0)}.{generations.get(name, 0)}"


def _replace_fields(names: Iterable[str] = ("",)) -> None:
    """Redraw the fields of `names` from the bank ('' means every field)."""
    generations = dict(st.session_state.get(FIELDS_GENERATION_KEY) or {})
    for name in names:
        generations[name] = generations.get(name, 0) + 1
    st.session_state[FIELDS_GENERATION_KEY] = generations


def _field_texts(bank: Bank) -> dict[str, str]:
    """What the text fields of each item show, by field_key name (tables and transcripts excluded)."""
    tables = {"links", "positions", "skills", "accomplishments", "anecdotes", "transcript"}
    texts = {"person": bank.person.model_dump_json(exclude=tables)}
    for owner in bank.owners():
        texts[owner.id] = owner.model_dump_json(exclude=tables)
        for anecdote in owner.anecdotes:
            texts[anecdote.id] = json.dumps([anecdote.title, anecdote.summary])
    return texts


def _changed_fields(old: Bank | None, new: Bank) -> list[str]:
    if old is None:
        return [""]
    before, after = _field_texts(old), _field_texts(new)
    return [name for name, text in after.items() if before.get(name) != text]


def reload_bank(also_redraw: Bank | None = None) -> Bank:
    """Read the bank from the store again (after a conflict). The fields of items that changed on disk
    are redrawn, and those where `also_redraw` (an edit being discarded) differs from what was loaded;
    what is typed into any other field stays."""
    old = st.session_state.pop(BANK_KEY, None)
    st.session_state.pop(CONFLICT_KEY, None)
    bank = get_bank()
    names = set(_changed_fields(old, bank))
    if also_redraw is not None and old is not None:
        names |= set(_changed_fields(old, also_redraw))
    _replace_fields(sorted(names))
    return bank


def _expected_version() -> str | None:
    """The token to save against; None (no check) when the file on disk cannot be read at all."""
    try:
        get_bank()
    except BankFileError:
        return None  # replacing an unreadable file is the repair; the store keeps it in history
    return st.session_state[BANK_VERSION_KEY]


def save_bank(bank: Bank, message: str = "", *, from_fields: bool = False, autosave: bool = False,
              tables: Iterable[str] = ()) -> bool:
    """Save `bank` if nobody changed the file since it was loaded; on a conflict keep the edit and say so.

    `message` describes the change for the history list. `from_fields=True` says the change is what
    the text fields already show, so they are kept; otherwise only the fields of items whose saved text
    changed are redrawn (typing in any other field is kept). `autosave=True` (an interview's turns, which
    only add to the current version) keeps no history entry and shows no toast. `tables` names the
    table editors (kept_as prefixes) whose edits this save stores: their kept edits go once saved.
    Returns True when saved. On a conflict the edit is kept in session state (see
    `render_conflict_notice`), an error is shown, and False is returned.
    """
    store = get_store()
    previous = st.session_state.get(BANK_KEY)
    try:
        version = store.save_bank(bank, _expected_version(), message, archive=not autosave)
    except ConflictError as error:
        st.session_state[UNSAVED_KEY] = bank
        st.session_state[CONFLICT_KEY] = error.message
        st.session_state[CONFLICT_TABLES_KEY] = tuple(tables)
        show_user_error(error)
        return False
    except BankFileError as error:  # too big to read back (one size rule): nothing saved, the fields keep the text
        show_user_error(error)
        return False
    forget_tables(*tables)
    st.session_state.pop(CONFLICT_TABLES_KEY, None)
    st.session_state[BANK_KEY] = bank
    st.session_state[BANK_VERSION_KEY] = version
    if not from_fields:
        _replace_fields(_changed_fields(previous, bank))
    st.session_state.pop(UNSAVED_KEY, None)
    st.session_state.pop(CONFLICT_KEY, None)
    if message and not autosave:
        st.toast(f"Saved: {message}")
    return True


def restore_bank(entry_id: str) -> bool:
    """Make a history entry the current bank (the current one goes to history); False on a conflict."""
    store = get_store()
    try:
        store.restore_bank(entry_id, _expected_version())
    except ConflictError as error:
        show_user_error(error)
        return False
    st.session_state[BANK_KEY], st.session_state[BANK_VERSION_KEY] = store.load_bank()
    _replace_fields()
    return True


def _save_unsaved_over_disk() -> None:
    """Button callback: the user chose to put their kept edit over the file on disk."""
    kept = st.session_state.get(UNSAVED_KEY)
    if kept is None:
        return
    bank, version = get_store().load_bank()
    st.session_state[BANK_KEY] = bank
    st.session_state[BANK_VERSION_KEY] = version
    st.session_state.pop(CONFLICT_KEY, None)
    save_bank(kept, "your kept edit, saved over the newer file", tables=st.session_state.get(CONFLICT_TABLES_KEY, ()))


def _discard_unsaved() -> None:
    """Button callback: drop the kept edit (its fields and tables too) and load the newer file, so the
    next save starts from it. Typing in fields the edit did not touch stays."""
    discarded = st.session_state.pop(UNSAVED_KEY, None)
    forget_tables(*st.session_state.pop(CONFLICT_TABLES_KEY, ()))
    reload_bank(also_redraw=discarded)


def render_conflict_notice() -> None:
    """While an edit is kept after a conflict: explain it and offer reload / save mine / download / discard."""
    kept = st.session_state.get(UNSAVED_KEY)
    if kept is None:
        return
    from resume_core.xml_io import render_bank_xml

    with st.container(border=True):
        if st.session_state.get(CONFLICT_KEY):
            st.warning(
                "Not saved: the Big Resume file changed since this page loaded it (another tab or "
                "program saved it). Your edit is kept here; nothing was overwritten."
            )
        else:
            st.info("The newer file is loaded. Your unsaved edit is still kept here.")
        row = st.container(horizontal=True)
        row.button("Reload from disk", key="tp_conflict_reload", on_click=reload_bank,  # type: ignore[arg-type]  # its Bank is unused
                   disabled=not st.session_state.get(CONFLICT_KEY))
        row.button("Replace the newer version (it stays in the history)", key="tp_conflict_overwrite",
                   on_click=_save_unsaved_over_disk)
        row.download_button(
            "Download my edit (XML)", data=lambda: render_bank_xml(kept), file_name="big-resume-unsaved.xml",
            mime="application/xml", key="tp_conflict_download", on_click="ignore",
        )
        row.button("Discard my edit", key="tp_conflict_discard", on_click=_discard_unsaved)


# --- postings -------------------------------------------------------------------------------


def get_postings() -> list[Posting]:
    """Every saved posting."""
    return get_store().list_postings()


def show_unreadable_postings() -> None:
    """A warning per saved posting file that cannot be read (the other postings are listed as usual)."""
    from ui.markdown import escape_markdown

    for problem in get_store().unreadable_postings():
        st.warning(f"{escape_markdown(problem.message)}\n\n{escape_markdown(problem.fix)}")


def get_posting(posting_id: str) -> Posting:
    """One posting, remembering its version token for a later `save_posting`."""
    posting, version = get_store().load_posting(posting_id)
    st.session_state.setdefault(POSTING_VERSIONS_KEY, {})[posting_id] = version
    return posting


def save_posting(posting: Posting) -> bool:
    """Save a posting; on a conflict show the error and return False (the posting stays in the caller)."""
    versions = st.session_state.setdefault(POSTING_VERSIONS_KEY, {})
    try:
        # A posting never opened with get_posting has no token: None tells the store not to check.
        versions[posting.id] = get_store().save_posting(posting, versions.get(posting.id))
    except ConflictError as error:
        show_user_error(error)
        return False
    return True


# --- the AI engine --------------------------------------------------------------------------


_ENGINE_KEYS = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "TP_MODEL", "OPENAI_MODEL", "TP_TIMEOUT")


def _secrets_values() -> dict[str, str]:
    """The engine keys of st.secrets, or {} when there is no secrets file."""
    try:
        return {key: str(st.secrets[key]) for key in _ENGINE_KEYS if key in st.secrets}
    except FileNotFoundError:  # no secrets.toml (StreamlitSecretNotFoundError subclasses it)
        return {}


def engine_config():
    """The EngineConfig in force: Settings page, else secrets, else environment; None means offline."""
    from resume_core.engines import EngineConfig, engine_config_from_env

    st.session_state.pop(ENGINE_PROBLEM_KEY, None)
    chosen = st.session_state.get(ENGINE_SETTINGS_KEY) or {}
    if chosen.get("offline"):
        return None
    if chosen.get("base_url") or chosen.get("model"):
        return EngineConfig(
            base_url=chosen.get("base_url", ""), model=chosen.get("model", ""), api_key=chosen.get("api_key", "")
        )
    try:
        return engine_config_from_env(_secrets_values() or None)
    except EngineError as error:
        # A bad TP_TIMEOUT must not break every page: answer offline, and the frame says why.
        st.session_state[ENGINE_PROBLEM_KEY] = error
        return None


def engine_problem() -> EngineError | None:
    """Why the configured engine could not be used (the app runs offline meanwhile), if it could not."""
    engine_config()
    return st.session_state.get(ENGINE_PROBLEM_KEY)


def get_engine() -> Engine:
    """The engine for this session, rebuilt only when its settings change."""
    config = engine_config()
    cached = st.session_state.get(ENGINE_CACHE_KEY)
    if cached is not None and cached[0] == config:
        return cached[1]
    if config is None:
        from resume_core.engines.offline import OfflineEngine

        engine: Engine = OfflineEngine()
    else:
        from resume_core.engines import get_engine as build_engine

        engine = build_engine(config)
    st.session_state[ENGINE_CACHE_KEY] = (config, engine)
    return engine


def engine_label() -> str:
    """'Offline engine' or 'model@host' for the sidebar."""
    config = engine_config()
    if config is None:
        return "Offline engine"
    host = urlparse(config.effective_base_url).netloc or config.effective_base_url
    return f"{config.model or '(no model)'}@{host}"
