"""Settings page: which AI server answers (or none), and where the Big Resume is kept.

Engine settings live only in this browser session (the session's Workspace); the API key is never written
to disk. The storage mode and workspace folder are chosen by the deployment (TP_STORAGE,
TP_WORKSPACE) and only shown here.
"""

from __future__ import annotations

import streamlit as st

from resume_core.engines import EngineChoice, EngineConfig, check_server_url, test_connection
from resume_core.errors import EngineError
from ui.bank_file import render_download, render_history, render_upload
from ui.boundary import user_errors
from ui.state import engine_label, storage_mode, workspace, workspace_path

PRESETS = {
    "OpenAI": ("https://api.openai.com/v1", "gpt-4o-mini"),
    "Ollama (this computer)": ("http://localhost:11434/v1", "llama3.1"),
    "LM Studio (this computer)": ("http://localhost:1234/v1", ""),
    "vLLM (this computer)": ("http://localhost:8000/v1", ""),
    "llama.cpp server (this computer)": ("http://localhost:8080/v1", ""),
    "Other OpenAI-compatible server": ("", ""),
}
FIELDS = ("base_url", "model", "api_key")
NOTICE_KEY = "tp_engine_notice"  # the check of the settings just applied, shown once after the rerun


def apply_preset() -> None:
    """Preset callback: fill base URL and model (runs before the widgets are drawn)."""
    base_url, model = PRESETS[st.session_state["tp_engine_preset"]]
    st.session_state["tp_engine_base_url"] = base_url
    st.session_state["tp_engine_model"] = model


def typed_config() -> EngineConfig:
    return EngineConfig(**{field: st.session_state[f"tp_engine_{field}"].strip() for field in FIELDS})


def engine_section() -> None:
    st.subheader("🤖 AI engine")
    st.write(f"In use: **{engine_label()}**. Without an AI server everything still works with the offline "
             "engine (rule-based analysis, scripted interview questions).")
    chosen = workspace().engine_choice
    for field in FIELDS:
        st.session_state.setdefault(f"tp_engine_{field}", getattr(chosen, field))
    # A shared deployment cannot reach "this computer" servers (url_guard): offer only hosted ones.
    presets = [p for p in PRESETS if storage_mode() != "session" or PRESETS[p][0].startswith("https://")
               or not PRESETS[p][0]]
    st.selectbox("Preset", presets, index=None, key="tp_engine_preset", on_change=apply_preset,
                 placeholder="Choose a server type to fill in its address")
    # The example must be one this deployment accepts: a hosted server when shared, Ollama locally.
    example_url, example_model = PRESETS["OpenAI" if storage_mode() == "session" else "Ollama (this computer)"]
    left, right = st.columns(2)
    left.text_input("Base URL", key="tp_engine_base_url", placeholder=example_url)
    right.text_input("Model", key="tp_engine_model", placeholder=example_model)
    st.text_input("API key", key="tp_engine_api_key", type="password",
                  help="Kept only in this browser session's memory, never written to disk. "
                       "Local servers accept any value or none.")
    notice = st.session_state.pop(NOTICE_KEY, None)
    if notice:
        st.warning(notice)
    row = st.container(horizontal=True)
    if row.button("Use these settings", type="primary"):
        settings = {field: st.session_state[f"tp_engine_{field}"].strip() for field in FIELDS}
        if not (settings["base_url"] or settings["model"]):
            st.warning("Fill in a base URL or a model first, or choose the offline engine.")
        else:
            with user_errors():
                check_server_url(typed_config().effective_base_url)  # a shared deployment refuses local servers
                workspace().engine_choice = EngineChoice(**settings)
                with st.spinner("Checking that the server answers..."):
                    try:
                        test_connection(typed_config())
                    except EngineError as error:  # kept (the server may start later), but said plainly
                        st.session_state[NOTICE_KEY] = (
                            f"These settings are in use, but the server did not answer: {error.message} "
                            f"Until it does, every AI step falls back to the offline engine. {error.fix}")
                st.rerun()
    if row.button("Go offline", help="Use the built-in offline engine: no server, no key."):
        workspace().engine_choice = EngineChoice(offline=True)
        st.rerun()
    if row.button("Test connection"):
        with user_errors(), st.spinner("Asking the server..."):
            st.success(test_connection(typed_config()))
    if chosen.is_set:
        if st.button("Forget these settings (back to the deployment's default)"):
            workspace().engine_choice = EngineChoice()
            for field in FIELDS:
                st.session_state.pop(f"tp_engine_{field}", None)
            st.rerun()


def workspace_section() -> None:
    st.subheader("🗂️ Workspace")
    if storage_mode() == "session":
        st.write("**Session only.** Your Big Resume and postings live in this browser session's memory and "
                 "are gone when you close the tab. Download your Big Resume to keep it.")
    else:
        st.write(f"**Local folder** `{workspace_path().resolve()}`: every save writes there and keeps the "
                 "previous version in its history.")
    st.caption("The deployment chooses this with the environment variables TP_STORAGE (local or session) "
               "and TP_WORKSPACE (the folder).")
    render_download()
    render_upload("settings")
    st.markdown("**History** of saved versions")
    render_history()


st.title("⚙️ Settings")
engine_column, workspace_column = st.columns(2, gap="large")
with engine_column:
    engine_section()
with workspace_column:
    workspace_section()
