"""What the Export page can export: the resume on the Tailor page, the drafts Tailor keeps per posting
(found again after a reload), and saved snapshots, each labelled by its posting.

Edits to the exported Markdown are kept per posting (`edit_name`): the resume on the Tailor page and the
stored draft of the same posting share them, a snapshot has its own. An unreadable posting, draft or
snapshot file is returned as a problem to show; the others still export.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resume_core.errors import UserError
from resume_core.handoffs import posting_label
from resume_core.bank.model import Posting, TailoredResume
from resume_core.storage.store_base import Store


@dataclass(frozen=True)
class Source:
    """One exportable resume. `kind` is "current" (on the Tailor page), "draft" or "snapshot";
    `template` the one it was stored with ('' for the current resume)."""

    key: str
    label: str
    resume: TailoredResume
    posting: Posting | None
    kind: str
    template: str = ""
    edit_name: str = ""


@dataclass(frozen=True)
class Sources:
    """The sources in the order offered, and the problems met listing them."""

    sources: list[Source] = field(default_factory=list)
    problems: list[UserError] = field(default_factory=list)


def _when(created: str) -> str:
    return created[:16].replace("T", " ")


def list_sources(store: Store, current: TailoredResume | None) -> Sources:
    """Every exportable resume: the one on the Tailor page first, then drafts (last changed first),
    then snapshots."""
    problems: list[UserError] = []
    postings: list[Posting] = []
    try:
        postings = store.list_postings()
    except UserError as error:  # the resume on the Tailor page still exports
        problems.append(error)
    by_id = {posting.id: posting for posting in postings}
    sources: list[Source] = []
    if current is not None:
        posting = by_id.get(current.posting_id)
        label = f"Tailored for {posting_label(posting)} (on the Tailor page)" if posting else \
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
            problems.append(error)
    for posting, draft in sorted(drafts, key=lambda pair: pair[1].created, reverse=True):
        sources.append(Source(f"draft:{posting.id}", f"Tailored for {posting_label(posting)} (kept from the "
                              f"Tailor page, last changed {_when(draft.created)})", draft.resume, posting, "draft",
                              draft.template, edit_name=f"export:posting:{posting.id}"))
    for posting, snap in snapshots:
        label = f"Snapshot {_when(snap.created)} - {posting_label(posting)}" + (f" ({snap.note})" if snap.note else "")
        sources.append(Source(snap.id, label, snap.resume, posting, "snapshot", snap.template,
                              edit_name=f"export:snapshot:{snap.id}"))
    return Sources(sources, problems)
