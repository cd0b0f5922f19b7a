"""The Import panel of the Big Resume page: upload a resume, check the preview, merge it in.

Upload (PDF, DOCX, Markdown, text, JSON Resume, LinkedIn ZIP) -> `import_resume` with the session's
engine -> one editable table per job or project with a confidence column and rows flagged "check
this", the lines the importer could not place (to copy in by hand), and, before anything is saved,
which rows the merge will combine ("3 rows -> Cisco: 3 positions", each with "keep separate") ->
the user unticks or edits rows and confirms -> `merge_banks` into the saved bank -> `save_bank`. The parsed result lives in a plain session key, so a rerun does not parse again, and
after a merge the uploader starts empty for the next file.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from resume_core.importing import (
    COLUMNS,
    EXTENSIONS,
    ImportResult,
    apply_preview,
    build_preview_groups,
    import_resume_bounded,
    merge_banks,
    start_worker,
)
from resume_core.errors import ImportProblem
from ui.boundary import user_errors
from ui.kept_table import forget_tables, kept_editor
from ui.markdown import escape_markdown as esc
from ui.state import get_bank, get_engine, save_bank

UPLOAD_KEY = "tp_import_upload"
ROUND_KEY = "tp_import_round"  # bumped after a merge: a fresh, empty uploader for the next file
RESULT_KEY = "tp_import_result"  # (file signature, ImportResult)
REPORT_KEY = "tp_import_report"  # what the last merge added and skipped
EDITOR_PREFIX = "tp_import_rows_"
SEPARATE_PREFIX = "tp_import_separate_"  # + the first row id of a combination: "keep these separate"
UNPLACED_KEY = "tp_import_unplaced"


def _signature(name: str, data: bytes) -> str:
    return f"{name}:{hashlib.sha256(data).hexdigest()[:16]}"


def _parse(uploaded) -> ImportResult | None:
    data = uploaded.getvalue()
    signature = _signature(uploaded.name, data)
    held = st.session_state.get(RESULT_KEY)
    if held and held[0] == signature:
        return held[1]
    result = None
    with user_errors(), st.spinner(f"Reading {esc(uploaded.name)}..."):
        result = import_resume_bounded(uploaded.name, data, engine=get_engine())
    if result is not None:
        st.session_state[RESULT_KEY] = (signature, result)
        for key in [k for k in st.session_state if str(k).startswith(EDITOR_PREFIX)]:
            del st.session_state[key]  # edits of an earlier file must not apply to this one
        forget_tables(EDITOR_PREFIX)
    return result


def _discard() -> None:
    st.session_state.pop(RESULT_KEY, None)
    forget_tables(EDITOR_PREFIX)


def _changed(key: str) -> None:
    """Another file was chosen, or the file taken out: the last import's report is old news; with
    no file, the preview goes too."""
    st.session_state.pop(REPORT_KEY, None)
    if st.session_state.get(key) is None:
        _discard()


def _waiting() -> ImportResult | None:
    """A file read earlier and not added yet (the user looked at another page meanwhile)."""
    held = st.session_state.get(RESULT_KEY)
    if not held:
        return None
    result = held[1]
    row = st.container(horizontal=True, vertical_alignment="center")
    row.info(f"**{esc(result.source)}** is read but not added yet: check the rows below and add them, "
             "or discard the preview.", icon="📄")
    row.button("Discard preview", key="tp_import_discard", on_click=_discard)
    return result


def _editor(group, signature: str) -> list[dict]:
    frame = pd.DataFrame(group.rows, columns=list(COLUMNS))
    edited = kept_editor(
        frame,
        # The file's signature is in the key: a table of the same shape for another file is another
        # widget, so edits made to one file's rows can never land on the next file's.
        key=f"{EDITOR_PREFIX}{group.key}@{_short(signature)}",
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        disabled=["what", "confidence", "check", "id"],
        column_order=["keep", "check", "what", "text", "title", "location", "start", "end", "confidence"],
        column_config={
            "keep": st.column_config.CheckboxColumn("Keep", help="Untick to leave this row out.", width="small"),
            "what": st.column_config.TextColumn("What", width=110),
            "text": st.column_config.TextColumn("Text", width="large", help="Company, bullet, skill or school."),
            "title": st.column_config.TextColumn("Title / detail"),
            "location": st.column_config.TextColumn("Location"),
            "start": st.column_config.TextColumn("Start", width=80, help="2021, 2021-03 or 2021-03-15"),
            "end": st.column_config.TextColumn("End", width=80, help="Empty means present."),
            "confidence": st.column_config.ProgressColumn("Confidence", min_value=0.0, max_value=1.0, format="%.2f", width=90),
            "check": st.column_config.TextColumn("Check", width=100, help="The parser was unsure: look at this row."),
        },
    )
    return edited.to_dict("records")


def _report_text(report: dict) -> str:
    added = ", ".join(f"{n} {k}" for k, n in report["added"].items()) or "nothing new"
    skipped = ", ".join(f"{n} {k}" for k, n in report["skipped"].items()) or "nothing"
    combined = "".join(f" Combined {esc(c)}." for c in report.get("combined", []))
    return (f"Imported {esc(report['file'])}: added {added}.{combined} "
            f"Already in your Big Resume (skipped): {skipped}.")


def _unplaced(result: ImportResult, signature: str) -> None:
    """The lines the importer could not place, to copy into the right rows or the Big Resume by hand."""
    if not result.unplaced:
        return
    count = len(result.unplaced)
    with st.expander(f"Not placed: {count} line{'s' if count != 1 else ''}", icon="🧩"):
        st.caption("The importer could not tell where these lines belong. Copy what you need into a row "
                   "above, or into your Big Resume after adding.")
        st.text_area("Lines not placed", "\n".join(result.unplaced), key=f"{UNPLACED_KEY}@{_short(signature)}",
                     height=min(40 + 22 * count, 300))


def _short(signature: str) -> str:
    return hashlib.sha256(signature.encode()).hexdigest()[:12]


def _combinations(result: ImportResult, rows: list[dict], signature: str) -> set[str]:
    """Show which rows the merge will combine, each with "keep separate"; the ids to keep separate."""
    try:
        incoming = apply_preview(result, rows)
    except ImportProblem:
        return set()  # a bad date: the confirm button names it
    plan = merge_banks(get_bank(), incoming).combined
    if not plan:
        return set()
    st.markdown("**Combined when added:** rows of one company whose dates overlap become one job with "
                "several positions (every position and date is kept). Tick to keep them separate jobs instead.")
    separate: set[str] = set()
    names = {j.id: j.name for j in incoming.jobs}
    titles = {j.id: (j.positions[0].title if j.positions else "") for j in incoming.jobs}
    for combination in plan:
        shown = "; ".join(names[r] + (f" ({titles[r]})" if titles[r] else "") for r in combination.rows)
        st.markdown(f"🔗 **{esc(combination.describe())}**: {esc(shown)}")
        if st.checkbox("Keep separate", key=f"{SEPARATE_PREFIX}{combination.rows[0]}@{_short(signature)}"):
            separate.update(combination.rows)
    return separate


def _show_report() -> None:
    report = st.session_state.get(REPORT_KEY)
    if report:
        st.success(_report_text(report))
        if report.pop("toast", False):  # once, on the run after the merge, whichever tab is open
            st.toast(_report_text(report), icon="📥", duration="long")


def _render_export() -> None:
    from resume_core.output import export_json_resume_bytes

    st.divider()
    st.markdown("**Take your Big Resume elsewhere** as a [JSON Resume](https://jsonresume.org) file "
                "(schema v1.0.0), which other resume tools and themes read.")
    st.download_button("⬇️ Download as JSON Resume", data=lambda: export_json_resume_bytes(get_bank()),
                       file_name="resume.json", mime="application/json", on_click="ignore", key="tp_export_jsonresume")


@st.cache_resource(show_spinner=False)
def _worker_started() -> bool:
    """The import worker, started once per server process as the panel first shows (see `start_worker`)."""
    start_worker()
    return True


def render_import_panel() -> None:
    """Upload, preview, confirm: the whole import flow in one panel; then a JSON Resume download."""
    _worker_started()
    _render_upload()
    _render_export()


def _render_upload() -> None:
    st.markdown("**Import your current resume.** Nothing is saved until you confirm; what your Big Resume "
                "already holds is skipped, never overwritten.")
    key = f"{UPLOAD_KEY}_{st.session_state.get(ROUND_KEY, 0)}"
    uploaded = st.file_uploader("Resume file", type=[ext.lstrip(".") for ext in EXTENSIONS], key=key,
                                on_change=_changed, args=(key,),
                                help="PDF, Word (.docx), Markdown, text, JSON Resume (.json) or a LinkedIn data export (.zip).")
    _show_report()
    if uploaded is not None:
        result = _parse(uploaded)
    else:  # the uploader forgets its file on another page; the preview and its edits wait here
        result = _waiting()
    if result is None:
        return
    counts = result.counts()
    positions = sum(max(1, len(j.positions)) for j in result.bank.jobs)
    found_positions = f" ({positions} positions)" if positions != counts["jobs"] else ""
    st.markdown(f"Found **{counts['jobs']} jobs**{found_positions}, {counts['projects']} projects, "
                f"{counts['accomplishments']} accomplishments, {counts['skills']} skills "
                f"({counts['person_skills']} not tied to a job) and {counts['education']} education entries "
                f"({result.method} parse). Rows marked ⚠️ are guesses: check them, edit any cell, untick what is wrong.")
    person = result.bank.person
    if person.name or person.email:
        st.caption(f"Person: {esc(person.name or '?')} · {esc(person.email or 'no e-mail')} · "
                   f"{esc(person.location or 'no location')} "
                   "(fills only the empty fields of your Big Resume's person).")
    for warning in result.warnings:
        st.warning(esc(warning))
    signature = st.session_state[RESULT_KEY][0]
    rows: list[dict] = []
    for group in build_preview_groups(result):
        flagged = "⚠️" in group.title
        with st.expander(esc(group.title), expanded=flagged or len(result.bank.jobs) <= 3):
            rows += _editor(group, signature)
    _unplaced(result, signature)
    separate = _combinations(result, rows, signature)
    if st.button("✅ Add to my Big Resume", key="tp_import_confirm", type="primary"):
        with user_errors():
            incoming = apply_preview(result, rows)
            report = merge_banks(get_bank(), incoming, separate=separate)
            if save_bank(report.bank, f"imported {result.source}"):
                st.session_state[REPORT_KEY] = {"file": result.source, "added": report.added,
                                                "skipped": report.skipped, "toast": True,
                                                "combined": [c.describe() for c in report.combined]}
                st.session_state[ROUND_KEY] = st.session_state.get(ROUND_KEY, 0) + 1
                st.session_state.pop(RESULT_KEY, None)
                forget_tables(EDITOR_PREFIX)
                st.rerun()
