"""A store's files besides the Big Resume: postings, snapshots, tailored drafts, cover letters and
years corrections, over the six primitives every store provides (read, write, delete, list, modified
time, lock). `store_base.Store` adds the Big Resume with its version tokens and history on top.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from abc import ABC, abstractmethod
from datetime import datetime

from resume_core.errors import BankFileError, ConflictError, UserError
from resume_core.bank.model import Posting, Snapshot, Strict
from resume_core.bank.model_base import _check_id
from resume_core.bank.xml_io import (
    check_saved_size,
    parse_posting_xml,
    parse_snapshot_xml,
    render_posting_xml,
    render_snapshot_xml,
)


def version_of(data: bytes | None) -> str:
    """The version token of a file's bytes ('' when there is no file)."""
    return hashlib.sha256(data).hexdigest() if data is not None else ""


class SavedLetter(Strict):
    """A kept cover letter, as the size rule names its fields."""

    posting_id: str
    text: str



class StoreFiles(ABC):
    """Postings, snapshots, drafts and letters; subclasses provide bytes in and out."""

    location = ""

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
    def _lock(self) -> contextlib.AbstractContextManager[object]: ...

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
