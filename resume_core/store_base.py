"""The storage rules, written once: version tokens, conflict checks, history, pruning.

`Store` turns six small primitives (read, write, delete, list, modified time, lock; implemented by
`store.LocalStore` on disk and `store.SessionStore` in memory) into the store contract, so both
behave identically.

Layout: bank.xml, postings/<posting-id>.xml, snapshots/<posting-id>/<snapshot-id>.xml,
drafts/<posting-id>.xml (the tailored resume under review, one per posting), drafts/<posting-id>.letter.txt
(its edited cover letter) and history/
(previous versions of bank.xml, newest `history_limit` kept). A version token is the sha256 of the
file's bytes; saving with a stale token raises `ConflictError`, and the rejected bank is kept in
history as an "unsaved" entry, never pruned, so no edit is ever lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
from abc import ABC, abstractmethod
from datetime import datetime, timedelta, timezone
from typing import Literal

from pydantic import Field

from resume_core.errors import BankFileError, ConflictError, UserError
from resume_core.model import Bank, Posting, Snapshot, Strict
from resume_core.model_base import _check_id
from resume_core.xml_io import (
    check_saved_size,
    parse_bank_xml,
    parse_posting_xml,
    parse_snapshot_xml,
    render_bank_xml,
    render_posting_xml,
    render_snapshot_xml,
)

BANK = "bank.xml"
BANK_MESSAGE = "bank.message.txt"  # "<sha256 of bank.xml>\n<what the last save changed>"
OUTSIDE = "Changed outside Target Practice"  # the history note of a file someone else wrote
HISTORY_LIMIT = 50
UNSAVED_LIMIT = 20
"""Edits kept after a conflict: the newest 20 stay (a user resolves a conflict in minutes, not hundreds)."""
_STAMP = "%Y%m%dT%H%M%S%f"
_HISTORY_NAME = re.compile(r"^(\d{8}T\d{12})Z-(previous|unsaved)-([0-9a-f]{8})\.xml$")
_COUNTED = [("job", "jobs"), ("project", "projects"), ("skill", "skills"),
            ("accomplishment", "accomplishments"), ("anecdote", "anecdotes")]


class SavedLetter(Strict):
    """A kept cover letter, as the size rule names its fields."""

    posting_id: str
    text: str


class HistoryEntry(Strict):
    """One earlier version of the Big Resume."""

    id: str
    saved_at: str
    summary: str = Field(description="What changed (the save message) and what the version holds.")
    message: str = ""
    kind: Literal["previous", "unsaved"] = "previous"


def version_of(data: bytes | None) -> str:
    """The version token of a file's bytes ('' when there is no file)."""
    return hashlib.sha256(data).hexdigest() if data is not None else ""


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(_STAMP)


def _summary(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    counts = [(len(re.findall(rf"<{tag}[\s>/]", text)), plural) for tag, plural in _COUNTED]
    return ", ".join(f"{n} {plural if n != 1 else plural[:-1]}" for n, plural in counts)


class Store(ABC):
    """The storage rules; subclasses provide bytes in and out."""

    location = ""
    history_limit = HISTORY_LIMIT

    # --- primitives ---------------------------------------------------------------------
    @abstractmethod
    def _read(self, name: str) -> bytes | None: ...

    @abstractmethod
    def _write(self, name: str, data: bytes) -> None: ...

    @abstractmethod
    def _delete(self, name: str) -> None: ...

    @abstractmethod
    def _list(self, folder: str) -> list[str]:
        """Names of the files directly in `folder` (no temp files)."""

    @abstractmethod
    def _modified(self, name: str) -> datetime: ...

    @abstractmethod
    def _lock(self) -> contextlib.AbstractContextManager[None]: ...

    # --- the Big Resume -----------------------------------------------------------------
    def load_bank(self) -> tuple[Bank, str]:
        """The bank and its version token; an empty bank and '' when none was saved yet."""
        data = self._read(BANK)
        if data is None:
            return Bank(), ""
        return self._parse(parse_bank_xml, data, BANK), version_of(data)

    def save_bank(self, bank: Bank, expected_version: str | None, message: str = "", *, archive: bool = True) -> str:
        """Write the bank, keeping the old file in history; `expected_version=None` skips the check.

        `archive=False` is for autosaves that only add to the current version (an interview's turns):
        the file is replaced without a history entry, so a long interview cannot push real versions out
        of the history; the next ordinary save archives the result once."""
        data = render_bank_xml(bank).encode("utf-8")
        check_saved_size(data, bank)  # before the conflict copy too: history must be readable as well
        with self._lock():
            current = self._read(BANK)
            if expected_version is not None and version_of(current) != expected_version:
                kept = self._archive(data, datetime.now(timezone.utc), "unsaved", message)
                self._prune()
                raise ConflictError(
                    "The Big Resume changed on disk since you loaded it (another tab or an editor).",
                    "Reload to see the newer version; your unsaved change is kept in the history as "
                    f"the newest 'unsaved' entry ({self._where(kept)}), ready to compare or restore.",
                )
            if current == data:
                return version_of(data)
            if current is not None and archive:
                self._archive(current, self._modified(BANK), "previous", self._current_message(current))
            elif current is not None and message:  # an autosave adds to the current version: so does its note
                before = self._current_message(current)
                if before.endswith(message):
                    message = before
                elif before and before != OUTSIDE:
                    message = f"{before}; then {message}"
            self._write(BANK, data)
            if message:
                self._write(BANK_MESSAGE, f"{version_of(data)}\n{message}".encode())
            else:
                self._delete(BANK_MESSAGE)
            self._prune()
        return version_of(data)

    def bank_history(self) -> list[HistoryEntry]:
        """Earlier versions, newest first."""
        entries = []
        for name in sorted(self._list("history"), reverse=True):
            match = _HISTORY_NAME.match(name)
            if not match:
                continue
            moment = datetime.strptime(match.group(1), _STAMP).replace(tzinfo=timezone.utc)
            data = self._read(f"history/{name}") or b""
            message = (self._read(f"history/{name[:-4]}.txt") or b"").decode("utf-8", "replace")
            counts = _summary(data)
            entries.append(HistoryEntry(
                id=name.removesuffix(".xml"), saved_at=moment.replace(microsecond=0).isoformat(),
                summary=f"{message} ({counts})" if message else counts, message=message, kind=match.group(2),
            ))
        return entries

    def load_history_bank(self, entry_id: str) -> Bank:
        if not _HISTORY_NAME.match(f"{entry_id}.xml"):
            raise BankFileError(f"{entry_id!r} is not a history entry.", "Pick an entry from the history list.")
        name = f"history/{entry_id}.xml"
        data = self._read(name)
        if data is None:
            raise BankFileError(f"The history entry {entry_id} no longer exists (older ones are pruned).",
                                "Pick another entry from the history list.")
        return self._parse(parse_bank_xml, data, name)

    def restore_bank(self, entry_id: str, expected_version: str | None) -> str:
        """Make a history entry the current bank (the current one goes to history)."""
        stamp = datetime.strptime(entry_id[:21], _STAMP).strftime("%Y-%m-%d %H:%M:%S UTC")
        return self.save_bank(self.load_history_bank(entry_id), expected_version, f"Restored the version of {stamp}")

    def _current_message(self, current: bytes) -> str:
        """The message saved with `current`, or a note that someone else wrote the file."""
        saved = self._read(BANK_MESSAGE)
        if saved is None:
            return ""
        version, _, message = saved.decode("utf-8", "replace").partition("\n")
        return message if version == version_of(current) else OUTSIDE

    def _archive(self, data: bytes, moment: datetime, kind: str, message: str = "") -> str:
        stamps = [m.group(1) for n in self._list("history") if (m := _HISTORY_NAME.match(n))]
        latest = max(stamps, default="")
        stamp = _stamp(moment)
        if stamp <= latest:  # names must grow strictly, so "newest first" is the name order
            stamp = _stamp(datetime.strptime(latest, _STAMP).replace(tzinfo=timezone.utc) + timedelta(microseconds=1))
        name = f"history/{stamp}Z-{kind}-{version_of(data)[:8]}.xml"
        self._write(name, data)
        if message:
            self._write(f"{name[:-4]}.txt", message.encode("utf-8"))
        return name

    def _prune(self) -> None:
        """Keep the newest `history_limit` previous versions and the newest `UNSAVED_LIMIT` edits kept
        after a conflict (each kind counted on its own, so saves never push out a conflict copy, and
        hundreds of conflicts cannot fill the history)."""
        for kind, limit in (("previous", self.history_limit), ("unsaved", UNSAVED_LIMIT)):
            names = sorted(n for n in self._list("history") if (m := _HISTORY_NAME.match(n)) and m.group(2) == kind)
            for name in names[: max(0, len(names) - limit)]:
                self._delete(f"history/{name}")
                self._delete(f"history/{name[:-4]}.txt")

    # --- postings and snapshots ---------------------------------------------------------
    def list_postings(self) -> list[Posting]:
        """Every readable saved posting, most recently saved first (see `unreadable_postings`)."""
        postings = [p for p in self._read_postings() if isinstance(p, Posting)]
        return sorted(postings, key=lambda p: (p.saved_at, p.id), reverse=True)

    def unreadable_postings(self) -> list[BankFileError]:
        """One error per posting file that cannot be read, naming the file and how to repair or remove it.

        One broken file must not hide the other postings, so `list_postings` skips these."""
        return [p for p in self._read_postings() if isinstance(p, BankFileError)]

    def _read_postings(self) -> list[Posting | BankFileError]:
        found: list[Posting | BankFileError] = []
        for name in sorted(n for n in self._list("postings") if n.endswith(".xml")):
            try:
                found.append(parse_posting_xml(self._read(f"postings/{name}") or b""))
            except BankFileError as exc:
                where = self._where(f"postings/{name}")
                found.append(BankFileError(
                    f"The saved posting file {where} cannot be read: {exc.message}",
                    f"Repair {where} in a text editor or delete that file; the other postings work meanwhile.",
                ))
        return found

    def load_posting(self, posting_id: str) -> tuple[Posting, str]:
        name = self._posting_name(posting_id)
        data = self._read(name)
        if data is None:
            raise BankFileError(f"There is no saved posting {posting_id}.", "Pick a posting from the list.")
        return self._parse(parse_posting_xml, data, name), version_of(data)

    def save_posting(self, posting: Posting, expected_version: str | None) -> str:
        name = self._posting_name(posting.id)
        data = render_posting_xml(posting).encode("utf-8")
        check_saved_size(data, posting, "posting")
        with self._lock():
            if expected_version is not None and version_of(self._read(name)) != expected_version:
                raise ConflictError(
                    f"The posting '{posting.title or posting.id}' changed since you opened it (another tab?).",
                    "Reload it to see the newer version, then make your change again.",
                )
            self._write(name, data)
        return version_of(data)

    def delete_posting(self, posting_id: str) -> None:
        """Delete a posting; refused while it has snapshots, which are listed (and exported) through it."""
        kept = len(self.list_snapshots(posting_id))
        if kept:
            raise UserError(
                f"This posting has {kept} saved snapshot{'s' if kept != 1 else ''} of tailored resumes, "
                "so it was not deleted (the snapshots would vanish from Export with it).",
                "Set its status to 'rejected' to mark it done instead; the snapshots stay exportable.",
            )
        with self._lock():
            self._delete(self._posting_name(posting_id))
            self._delete(self._draft_name(posting_id))  # the resume under review goes with its posting
            self._delete(self._letter_name(posting_id))  # and the cover letter written for it
            self._delete(f"years/{self._safe_id(posting_id, 'posting')}.json")  # and the years the user gave

    def save_snapshot(self, snapshot: Snapshot) -> None:
        folder = f"snapshots/{self._safe_id(snapshot.posting_id, 'posting')}"
        data = render_snapshot_xml(snapshot).encode("utf-8")
        check_saved_size(data, snapshot, "snapshot")
        self._write(f"{folder}/{self._safe_id(snapshot.id, 'snapshot')}.xml", data)

    def list_snapshots(self, posting_id: str) -> list[Snapshot]:
        """Snapshots of one posting, newest first."""
        folder = f"snapshots/{self._safe_id(posting_id, 'posting')}"
        snapshots = [self._parse(parse_snapshot_xml, self._read(f"{folder}/{n}") or b"", f"{folder}/{n}")
                     for n in self._list(folder) if n.endswith(".xml")]
        return sorted(snapshots, key=lambda s: (s.created, s.id), reverse=True)

    def save_tailored_draft(self, draft: Snapshot) -> None:
        """Keep the resume being reviewed for a posting (one per posting, replaced on every change), so
        a reload or another browser tab finds it again. Not a snapshot: it is not listed with them."""
        self._write(self._draft_name(draft.posting_id), render_snapshot_xml(draft).encode("utf-8"))

    def load_tailored_draft(self, posting_id: str) -> Snapshot | None:
        """The resume last reviewed for `posting_id`, or None."""
        name = self._draft_name(posting_id)
        data = self._read(name)
        return None if data is None else self._parse(parse_snapshot_xml, data, name)

    def save_cover_letter(self, posting_id: str, text: str) -> None:
        """Keep the cover letter the user edited for a posting, beside its tailored draft, as plain
        UTF-8 text (readable and editable outside the app). Refused, like any save, when it could
        not be read back."""
        data = text.encode("utf-8")
        check_saved_size(data, SavedLetter(posting_id=posting_id, text=text), "cover letter")
        self._write(self._letter_name(posting_id), data)

    def load_cover_letter(self, posting_id: str) -> str | None:
        """The cover letter kept for `posting_id`, or None when none was kept (the page drafts one)."""
        data = self._read(self._letter_name(posting_id))
        if data is None:
            return None
        return data.decode("utf-8", errors="replace").replace("\r\n", "\n")

    def forget_cover_letter(self, posting_id: str) -> None:
        """Drop the kept letter, so the page drafts it from the bank again."""
        self._delete(self._letter_name(posting_id))

    def save_years_corrections(self, posting_id: str, years: dict[str, float]) -> None:
        """Keep the years the user says they have for a posting's years asks (requirement id -> years)."""
        clean = {self._safe_id(k, "requirement"): round(float(v), 2) for k, v in years.items() if 0 <= float(v) <= 80}
        self._write(f"years/{self._safe_id(posting_id, 'posting')}.json",
                    json.dumps(clean, indent=1, sort_keys=True).encode("utf-8"))

    def load_years_corrections(self, posting_id: str) -> dict[str, float]:
        """The user's corrected years for a posting's years asks; {} when none (or the file is unreadable)."""
        data = self._read(f"years/{self._safe_id(posting_id, 'posting')}.json")
        try:
            loaded = json.loads(data) if data else {}
            return {str(k): float(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
        except (ValueError, TypeError):
            return {}

    # --- helpers ------------------------------------------------------------------------
    def _posting_name(self, posting_id: str) -> str:
        return f"postings/{self._safe_id(posting_id, 'posting')}.xml"

    def _draft_name(self, posting_id: str) -> str:
        return f"drafts/{self._safe_id(posting_id, 'posting')}.xml"

    def _letter_name(self, posting_id: str) -> str:
        return f"drafts/{self._safe_id(posting_id, 'posting')}.letter.txt"

    @staticmethod
    def _safe_id(value: str, kind: str) -> str:
        """The id, checked, because it becomes a file name."""
        try:
            return _check_id(value)
        except ValueError:
            raise BankFileError(f"{value!r} is not a valid {kind} id.", "Use an id made by Target Practice.") from None

    def _where(self, name: str) -> str:
        return name

    def _parse(self, parse, data: bytes, name: str):
        try:
            return parse(data)
        except BankFileError as exc:
            raise BankFileError(
                f"{self._where(name)}: {exc.message}",
                f"{exc.fix} The file was left as it is; you can also restore an earlier version from history.",
            ) from None
