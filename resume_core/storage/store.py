"""Where the Big Resume, postings and snapshots live: the only module that touches disk.

`LocalStore` keeps them in a workspace folder with atomic writes (temp file, fsync, rename, fsync of
the folder) and a file lock; `SessionStore` keeps the same files as bytes in memory and never
touches disk, for shared deployments where nothing private may be written. Both follow the rules
of `store_base.Store`. `open_store` picks one from the environment (`storage_settings`).

Layout: bank.xml, postings/<posting-id>.xml, snapshots/<posting-id>/<snapshot-id>.xml and history/
(previous versions of bank.xml, newest 50 kept). A version token is the sha256 of the file's bytes;
saving with a stale token raises `ConflictError`, and the rejected bank is kept in history as an
"unsaved" entry so no edit is ever lost.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from resume_core.errors import UserError
from resume_core.storage.store_base import HISTORY_LIMIT, HistoryEntry, Store, version_of

__all__ = ["HISTORY_LIMIT", "HistoryEntry", "LocalStore", "SessionStore", "Store", "open_store", "storage_settings",
           "version_of"]

_USER_FIXABLE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT}
DEFAULT_WORKSPACE = Path(__file__).resolve().parent.parent.parent / "data" / "workspace"


class LocalStore(Store):
    """Files in a workspace folder, created on the first write."""

    def __init__(self, root: Path | str = DEFAULT_WORKSPACE, history_limit: int = HISTORY_LIMIT) -> None:
        self.root = Path(root)
        self.location = str(self.root)
        self.history_limit = history_limit

    def _path(self, name: str) -> Path:
        return self.root / name

    def _where(self, name: str) -> str:
        return str(self._path(name))

    def _read(self, name: str) -> bytes | None:
        try:
            return self._path(name).read_bytes()
        except FileNotFoundError:
            return None

    def _write(self, name: str, data: bytes) -> None:
        try:
            self._write_atomically(self._path(name), data)
        except OSError as exc:
            if exc.errno not in _USER_FIXABLE:
                raise
            raise UserError(
                f"Cannot write {self._path(name)}: {exc.strerror}. Nothing was changed.",
                "Free some disk space or pick a writable workspace folder (Settings, or TP_WORKSPACE), "
                "or use session-only storage (TP_STORAGE=session).",
            ) from None

    @staticmethod
    def _write_atomically(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise
        _sweep_stale_temps(path.parent)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)  # make the rename itself durable
        finally:
            os.close(folder)

    def _delete(self, name: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._path(name).unlink()

    def _list(self, folder: str) -> list[str]:
        path = self._path(folder)
        if not path.is_dir():
            return []
        return [p.name for p in path.iterdir() if p.is_file() and not p.name.startswith(".")]

    def _modified(self, name: str) -> datetime:
        return datetime.fromtimestamp(self._path(name).stat().st_mtime, timezone.utc)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        import fcntl  # POSIX only; the lock keeps check-then-write atomic across processes

        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


class SessionStore(Store):
    """The same files, as bytes in memory: nothing is written to disk."""

    location = "this browser session only (nothing is written to disk)"

    def __init__(self, history_limit: int = HISTORY_LIMIT) -> None:
        self.files: dict[str, tuple[bytes, datetime]] = {}
        self.history_limit = history_limit
        self._mutex = threading.RLock()

    def _where(self, name: str) -> str:
        return f"session:{name}"

    def _read(self, name: str) -> bytes | None:
        entry = self.files.get(name)
        return entry[0] if entry else None

    def _write(self, name: str, data: bytes) -> None:
        self.files[name] = (bytes(data), datetime.now(timezone.utc))

    def _delete(self, name: str) -> None:
        self.files.pop(name, None)

    def _list(self, folder: str) -> list[str]:
        prefix = f"{folder}/"
        return [n[len(prefix):] for n in self.files if n.startswith(prefix) and "/" not in n[len(prefix):]]

    def _modified(self, name: str) -> datetime:
        return self.files[name][1]

    def _lock(self) -> contextlib.AbstractContextManager[object]:
        return self._mutex


def storage_settings() -> tuple[str, Path]:
    """The storage mode and workspace folder the deployment sets: TP_STORAGE ('local', the default,
    or 'session'; not checked here, `open_store` explains a wrong one) and TP_WORKSPACE ('~' allowed).
    Read here only, so the app and `open_store` cannot disagree."""
    mode = os.environ.get("TP_STORAGE", "").strip().lower() or "local"
    return mode, Path(os.environ.get("TP_WORKSPACE") or DEFAULT_WORKSPACE).expanduser()


def open_store(mode: str | None = None, root: str | None = None) -> Store:
    """The store chosen by `mode` and `root`, or else by `storage_settings()`."""
    configured_mode, configured_root = storage_settings()
    mode = (mode or configured_mode).strip().lower()
    if mode == "session":
        return SessionStore()
    if mode == "local":
        return LocalStore(Path(root).expanduser() if root else configured_root)
    raise UserError(f"Unknown storage mode {mode!r}.", "Set TP_STORAGE to 'local' or 'session'.")


STALE_TEMP_SECONDS = 600


def _sweep_stale_temps(folder: Path) -> None:
    """Delete hidden `.name.XXXX.tmp` files a killed process left behind (`kill -9` between the write
    and the rename); ten minutes old means no live save is still writing them."""
    cutoff = datetime.now().timestamp() - STALE_TEMP_SECONDS
    for leftover in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
