"""The storage rules, written once: version tokens, conflict checks, history, pruning.

`Store` turns six small primitives (read, write, delete, list, modified time, lock; implemented by
`store.LocalStore` on disk and `store.SessionStore` in memory) into the store contract, so both
behave identically. Postings, snapshots, drafts and letters are `store_files.StoreFiles`, which
`Store` extends with the Big Resume, its version tokens and its history.

Layout: bank.xml, postings/<posting-id>.xml, snapshots/<posting-id>/<snapshot-id>.xml,
drafts/<posting-id>.xml (the tailored resume under review, one per posting), drafts/<posting-id>.letter.txt
(its edited cover letter) and history/
(previous versions of bank.xml, newest `history_limit` kept). A version token is the sha256 of the
file's bytes; saving with a stale token raises `ConflictError`, and the rejected bank is kept in
history as an "unsaved" entry, never pruned, so no edit is ever lost.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Literal

from pydantic import Field

from resume_core.errors import BankFileError, ConflictError
from resume_core.bank.model import Bank, Strict
from resume_core.storage.store_files import StoreFiles, version_of
from resume_core.bank.xml_io import check_saved_size, parse_bank_xml, render_bank_xml

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


class HistoryEntry(Strict):
    """One earlier version of the Big Resume."""

    id: str
    saved_at: str
    summary: str = Field(description="What changed (the save message) and what the version holds.")
    message: str = ""
    kind: Literal["previous", "unsaved"] = "previous"


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(_STAMP)


def _summary(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    counts = [(len(re.findall(rf"<{tag}[\s>/]", text)), plural) for tag, plural in _COUNTED]
    return ", ".join(f"{n} {plural if n != 1 else plural[:-1]}" for n, plural in counts)


class Store(StoreFiles):
    """The storage rules; subclasses provide bytes in and out (the primitives of `StoreFiles`)."""

    history_limit = HISTORY_LIMIT

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
