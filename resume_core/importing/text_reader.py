"""Plain text and Markdown resumes into text.

Decoding and binary sniffing are `resume_core.importing.documents`'; this module refuses an empty or binary
file with a fix that fits a resume, and reads Markdown as plain lines.
"""

from __future__ import annotations

from resume_core.importing.documents import DocumentProblem, markdown_to_text
from resume_core.importing.documents import decode_text as _decode
from resume_core.errors import ImportProblem

__all__ = ["decode_text", "markdown_to_text"]


def decode_text(data: bytes, filename: str) -> str:
    """The text of a .txt/.md file, or ImportProblem when it is empty or binary."""
    try:
        text = _decode(data)
    except DocumentProblem as problem:
        raise ImportProblem(
            f"{filename} is not a text file, although its name says so.",
            "Save your resume as PDF, DOCX or plain text and import that file.",
        ) from problem
    if not text.strip():
        raise ImportProblem(f"{filename} is empty.", "Choose the file that holds your resume text.")
    return text
