"""One visitor's application state as a plain object: the layer between the pages (or the CLI) and the
core.

A `Workspace` holds the store, the Big Resume with the version token it was loaded at, the edit kept
after a conflict, the postings' version tokens, the resume on the Tailor page, the pending interview
request and the engine choice. Its methods do what a page asks and return what happened
(`save(bank) -> Saved | Conflict | Refused`, `tailor(posting_id) -> Draft`, ...); the UI only draws
the outcome. Optimistic concurrency: a save passes the token the bank was loaded at, so a file changed
behind the app's back (another tab, another process) is a `Conflict`, never overwritten; the edit is
then kept (`kept`) until it is saved over the newer file or discarded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from resume_core.engines.base import Engine
from resume_core.engines.choice import EngineChoice, EngineConfig, engine_label, resolve_engine_config
from resume_core.errors import BankFileError, ConflictError, EngineError
from resume_core.handoffs import (
    Analyzed,
    Conflict,
    Draft,
    InterviewRequest,
    KeptEdit,
    Refused,
    Reloaded,
    Saved,
    SaveResult,
    TailorHandoff,
    build_draft,
    changed_fields,
    is_reviewed_draft,
    posting_label,
)
from resume_core.bank.model import Bank, Posting, TailoredResume
from resume_core.storage.store_base import Store

__all__ = [
    "Analyzed", "Conflict", "Draft", "EngineChoice", "InterviewRequest", "KeptEdit", "Refused", "Reloaded", "Saved",
    "SaveResult", "TailorHandoff", "Workspace", "posting_label",
]

KEPT_EDIT_MESSAGE = "your kept edit, saved over the newer file"


class Workspace:
    """One visitor's state. `where` is the (mode, folder) the store was opened for."""

    def __init__(self, store: Store, where: tuple[str, str] = ("", "")) -> None:
        self.store = store
        self.where = where
        self.kept: KeptEdit | None = None
        self.tailored: TailorHandoff | None = None
        self.engine_choice = EngineChoice()
        self.engine_problem: EngineError | None = None
        self._bank: Bank | None = None
        self._version: str | None = None
        self._posting_versions: dict[str, str] = {}
        self._reviewed: set[str] = set()
        self._excluded: dict[str, list[str]] = {}
        self._interview: InterviewRequest | None = None
        self._engine: tuple[EngineConfig | None, Engine] | None = None

    @classmethod
    def open(cls, mode: str | None = None, root: str | None = None) -> Workspace:
        """A workspace on the store the deployment configures (TP_STORAGE, TP_WORKSPACE) unless given."""
        from resume_core.storage.store import open_store

        where = configured_where() if mode is None else (mode, root or "")
        return cls(open_store(where[0], where[1] or None), where)

    # --- the Big Resume ---------------------------------------------------------------------

    def bank(self) -> Bank:
        """The Big Resume as last loaded or saved (an empty bank before the first save). Raises
        `BankFileError` when bank.xml cannot be read."""
        if self._bank is None:
            self._bank, self._version = self.store.load_bank()
        return self._bank

    @property
    def version(self) -> str | None:
        """The token the bank was loaded or saved at ('' before anything was saved)."""
        self.bank()
        return self._version

    def save(self, bank: Bank, message: str = "", *, autosave: bool = False, tables: Iterable[str] = ()) -> SaveResult:
        """Save `bank` unless the file changed since it was loaded; on a conflict keep the edit.

        `message` describes the change for the history; `autosave=True` (an interview's turns, which
        only add) keeps no history entry. `tables` names the table editors whose edits this holds."""
        previous = self._bank
        try:
            version = self.store.save_bank(bank, self._expected_version(), message, archive=not autosave)
        except ConflictError as error:
            self.kept = KeptEdit(bank, message, tuple(tables))
            return Conflict(error)
        except BankFileError as error:  # too big to read back (one size rule): nothing saved
            return Refused(error)
        self._bank, self._version, self.kept = bank, version, None
        return Saved(version, changed_fields(previous, bank))

    def save_kept(self) -> SaveResult | None:
        """Put the kept edit over the newer file (which goes to the history); None when none is kept."""
        kept = self.kept
        if kept is None:
            return None
        self._bank, self._version = self.store.load_bank()
        return self.save(kept.bank, KEPT_EDIT_MESSAGE, tables=kept.tables)

    def reload(self, also_redraw: Bank | None = None) -> Reloaded:
        """Read the bank again (after a conflict). `changed` names the items that changed on disk and
        those where `also_redraw` (an edit being discarded) differs from what was loaded."""
        old, self._bank = self._bank, None
        if self.kept is not None:
            self.kept = replace(self.kept, conflicted=False)
        bank = self.bank()
        names = set(changed_fields(old, bank))
        if also_redraw is not None and old is not None:
            names |= set(changed_fields(old, also_redraw))
        return Reloaded(bank, tuple(sorted(names)))

    def discard_kept(self) -> Reloaded:
        """Drop the kept edit and load the newer file, so the next save starts from it."""
        kept, self.kept = self.kept, None
        return self.reload(also_redraw=kept.bank if kept else None)

    def restore(self, entry_id: str) -> Saved | Conflict:
        """Make a history entry the current bank (the current one goes to the history)."""
        try:
            self.store.restore_bank(entry_id, self._expected_version())
        except ConflictError as error:
            return Conflict(error)
        self._bank, self._version = self.store.load_bank()
        return Saved(self._version, ("",))

    def _expected_version(self) -> str | None:
        """The token to save against; None (no check) when the file cannot be read at all, since
        replacing an unreadable file is its repair (the store keeps it in the history)."""
        try:
            return self.version
        except BankFileError:
            return None

    # --- postings ---------------------------------------------------------------------------

    def postings(self) -> list[Posting]:
        """Every readable saved posting."""
        return self.store.list_postings()

    def unreadable_postings(self) -> list[BankFileError]:
        return self.store.unreadable_postings()

    def posting(self, posting_id: str) -> Posting:
        """One posting, remembering its version token for a later `save_posting`."""
        posting, self._posting_versions[posting_id] = self.store.load_posting(posting_id)
        return posting

    def save_posting(self, posting: Posting) -> Saved | Conflict:
        """Save a posting unless it changed since `posting` loaded it (never loaded: no check)."""
        try:
            version = self.store.save_posting(posting, self._posting_versions.get(posting.id))
        except ConflictError as error:
            return Conflict(error)
        self._posting_versions[posting.id] = version
        return Saved(version)

    def analyze(self, posting: Posting, *, engine: Engine | None = None) -> Analyzed:
        """Analyse a posting into requirements (offline, plus `engine` when it is not offline) and save it;
        rows the user added, rewrote or switched off in `posting` survive."""
        from resume_core.posting.analysis import analyze_posting, apply_analysis

        analysis = analyze_posting(posting.text, engine, title=posting.title)
        analysed = apply_analysis(posting, analysis)
        return Analyzed(analysed, self.save_posting(analysed), tuple(analysis.warnings))

    # --- tailoring --------------------------------------------------------------------------

    def tailor(self, posting_id: str, *, engine: Engine | None = None, template: str = "classic",
               paper: str = "letter", pages: int = 1, today: str | None = None) -> Draft:
        """Tailor the bank to a saved posting afresh; the result is the resume on the Tailor page and
        the posting's kept draft (replacing a reviewed one: ask the user first, see `is_reviewed`)."""
        from resume_core.tailoring.pipeline import tailor

        posting, _ = self.store.load_posting(posting_id)  # not remembered: an open posting edit keeps its token
        result = tailor(self.bank(), posting, engine=engine, template=template, paper=paper,
                        corrections=self.store.load_years_corrections(posting_id), pages=pages, today=today)
        self.put_resume(result.resume, reviewed=False, template=template)
        return Draft(result)

    def put_resume(self, resume: TailoredResume, *, reviewed: bool = True, template: str = "") -> TailorHandoff:
        """Make `resume` the resume on the Tailor page and keep it as its posting's draft. `reviewed`
        says the user changed it; False (a fresh tailoring) clears that mark."""
        posting_id = resume.posting_id
        if reviewed:
            self._reviewed.add(posting_id)
        else:
            self._reviewed.discard(posting_id)
        self.tailored = TailorHandoff(resume=resume, reviewed=reviewed)
        self.store.save_tailored_draft(build_draft(resume, template, reviewed=reviewed))
        return self.tailored

    def restore_draft(self, posting_id: str) -> TailorHandoff | None:
        """The draft kept for `posting_id` (after a reload, or back to a posting) as the resume on the
        Tailor page; None when there is none."""
        draft = self.store.load_tailored_draft(posting_id)
        if draft is None:
            return None
        if is_reviewed_draft(draft):
            self._reviewed.add(posting_id)
        self.tailored = TailorHandoff(resume=draft.resume, reviewed=posting_id in self._reviewed)
        return self.tailored

    def tailored_for(self, posting_id: str) -> TailoredResume | None:
        """The resume on the Tailor page when it is for this posting."""
        handoff = self.tailored
        return handoff.resume if handoff is not None and handoff.posting_id == posting_id else None

    def is_reviewed(self, posting_id: str) -> bool:
        """Whether the user changed this posting's resume (so tailoring again would throw work away)."""
        return posting_id in self._reviewed

    def exclude(self, posting_id: str, item_id: str) -> None:
        """Remember that the user took `item_id` off this posting's page (for 'why not on the page')."""
        self._excluded.setdefault(posting_id, []).append(item_id)

    def excluded_ids(self, posting_id: str) -> set[str]:
        return set(self._excluded.get(posting_id, []))

    # --- interview requests -----------------------------------------------------------------

    def request_interview(self, request: InterviewRequest) -> None:
        """Ask the Interview page for a new interview (it takes the request on its next run)."""
        self._interview = request

    def take_interview_request(self, bank: Bank) -> InterviewRequest | None:
        """The pending request, once; None when there is none or its job or project is gone."""
        request, self._interview = self._interview, None
        if request is None or bank.find_owner(request.owner_id) is None:
            return None
        return request

    # --- the AI engine ----------------------------------------------------------------------

    def engine_config(self, secrets: Mapping[str, str] | None = None) -> EngineConfig | None:
        """The configuration in force (Settings > secrets > environment); None means offline. A bad
        TP_TIMEOUT must not break every page: it answers offline and `engine_problem` says why."""
        try:
            config = resolve_engine_config(self.engine_choice, secrets)
        except EngineError as error:
            self.engine_problem = error
            return None
        self.engine_problem = None
        return config

    def engine(self, secrets: Mapping[str, str] | None = None) -> Engine:
        """The engine in force, rebuilt only when its configuration changes."""
        config = self.engine_config(secrets)
        if self._engine is not None and self._engine[0] == config:
            return self._engine[1]
        from resume_core.engines import get_engine

        self._engine = (config, get_engine(config))
        return self._engine[1]

    def use_engine(self, engine: Engine) -> None:
        """The engine to answer while no server is configured (a test's fake engine)."""
        self._engine = (None, engine)

    def engine_label(self, secrets: Mapping[str, str] | None = None) -> str:
        return engine_label(self.engine_config(secrets))


def configured_where() -> tuple[str, str]:
    """The (mode, folder) the deployment configures: 'local' with a folder, or 'session' (memory)."""
    from resume_core.storage.store import storage_settings

    mode, folder = storage_settings()
    return mode, str(folder)
