"""The two families of errors.

A `UserError` is something the user can fix (a bad file, a missing key, an empty bank): it carries
a message that says what went wrong and a `fix` that says what to do, and the UI shows both. Any
other exception is an internal error: it propagates so tests and logs see it.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix; `str()` gives the message followed by the fix."""

    def __init__(self, message: str, fix: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.message} {self.fix}".strip()


class BankFileError(UserError):
    """A Big Resume or posting file that cannot be read (malformed, hostile, too big, wrong root)."""


class ConflictError(UserError):
    """The file changed on disk since it was loaded; saving would overwrite someone else's edit."""


class ImportProblem(UserError):
    """A resume file that cannot be imported (encrypted, no text layer, not a resume format)."""


class EngineError(UserError):
    """The AI server failed (auth, unknown model, rate limit, timeout, bad reply); nothing is lost."""
