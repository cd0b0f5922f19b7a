"""What the Export page can export: the resume on the Tailor page, the drafts Tailor keeps per
posting (found again after a reload), and saved snapshots, each labelled by its posting.

The choice is kept in a plain session key, so it survives a visit to another page. Edits to the
Markdown are kept per posting (`edit_name`): the resume on the Tailor page and the stored draft of
the same posting share them, a snapshot has its own.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from resume_core.errors import UserError
from resume_core.model import Posting, TailoredResume
from ui.boundary import show_user_error
from ui.export_choices import adopt_template, has_choice
from ui.state import get_postings, get_store

SOURCE_KEY = "tp_export_source"  # the chosen source's key, kept across page switches
SHOWN_KEY = "tp_export_shown"  # the source shown last run: a new pick may adopt its template


@dataclass
class Source:
    key: str
    label: str
    resume: TailoredResume
    posting: Posting | None
    kind: str  # "current", "draft" or "snapshot"
    template: str = ""  # the template it was stored with ('' for the current resume)
    edit_name: str = ""


def posting_words(posting: Posting | None) -> str:
    """'Site Reliability Engineer at Lendo', as far as the posting says."""
    if posting is None:
        return ""
    return " at ".join(part for part in (posting.title or "Untitled posting", posting.company) if part)


def _when(created: str) -> str:
    return created[:16].replace("T", " ")


def list_sources(current: TailoredResume | None) -> list[Source]:
    """Every exportable resume, the one on the Tailor page first, then drafts (last changed first),
    then snapshots. An unreadable draft or snapshot folder is explained and left out."""
    store = get_store()
    postings: list[Posting] = []
    try:
        postings = get_postings()
    except UserError as error:  # the resume on the Tailor page still exports
        show_user_error(error)
    by_id = {posting.id: posting for posting in postings}
    sources: list[Source] = []
    if current is not None:
        posting = by_id.get(current.posting_id)
        label = f"Tailored for {posting_words(posting)} (on the Tailor page)" if posting else \
            "The resume on the Tailor page"
        sources.append(Source("current", label, current, posting, "current",
                              edit_name=f"export:posting:{current.posting_id}"))
    drafts, snapshots = [], []
    for posting in postings:
        try:
            draft = store.load_tailored_draft(posting.id)
            if draft is not None and (current is None or draft.posting_id != current.posting_id):
                drafts.append((posting, draft))
            snapshots += [(posting, snap) for snap in store.list_snapshots(posting.id)]
        except UserError as error:  # one bad file: the others still export
            show_user_error(error)
    for posting, draft in sorted(drafts, key=lambda pair: pair[1].created, reverse=True):
        sources.append(Source(f"draft:{posting.id}", f"Tailored for {posting_words(posting)} (kept from the "
                              f"Tailor page, last changed {_when(draft.created)})", draft.resume, posting, "draft",
                              draft.template, edit_name=f"export:posting:{posting.id}"))
    for posting, snap in snapshots:
        label = f"Snapshot {_when(snap.created)} - {posting_words(posting)}" + (f" ({snap.note})" if snap.note else "")
        sources.append(Source(snap.id, label, snap.resume, posting, "snapshot", snap.template,
                              edit_name=f"export:snapshot:{snap.id}"))
    return sources


def pick_source(sources: list[Source]) -> Source:
    """The 'What to export' box; a newly picked snapshot (or, after a reload, draft) brings its template."""
    keys = [source.key for source in sources]
    by_key = {source.key: source for source in sources}
    kept = st.session_state.get(SOURCE_KEY)
    chosen = kept if kept in by_key else keys[0]
    if chosen != st.session_state.get(SHOWN_KEY):
        source = by_key[chosen]
        if source.kind == "snapshot" or (source.kind == "draft" and not has_choice()):
            adopt_template(source.template)
    key = st.selectbox("What to export", keys, index=keys.index(chosen), format_func=lambda k: by_key[k].label,
                       key="export_source", on_change=_picked)
    st.session_state[SOURCE_KEY] = st.session_state[SHOWN_KEY] = key
    return by_key[key]


def _picked() -> None:
    """Runs before the page: the new pick is known before the template box is drawn."""
    st.session_state[SOURCE_KEY] = st.session_state["export_source"]
