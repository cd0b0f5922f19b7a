"""PDF resumes into text with pypdf, refusing what cannot be read.

An encrypted PDF is opened with an empty password when its owner only restricted editing; one that
needs a password is refused. A PDF whose pages carry no text layer is a scan: the user is told to
export it as text or run OCR. Page text is joined with blank lines so sections never run together.
"""

from __future__ import annotations

import io
import logging

from resume_core.errors import ImportProblem

MAX_PAGES = 30


def read_pdf(data: bytes, filename: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        raise ImportProblem(
            f"{filename} is not a PDF, although its name ends in .pdf.",
            "Open it in the program that made it and export it as PDF again, or import it as text.",
        )
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf logs every harmless quirk of odd files
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ImportProblem(
                f"{filename} is protected with a password.",
                "Open it, save or print it as a PDF without a password, and import that copy.",
            )
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise ImportProblem(
                f"{filename} has {len(pages)} pages; a resume is refused above {MAX_PAGES}.",
                "Import the resume itself, not a document it is part of.",
            )
        texts = [page.extract_text() or "" for page in pages]
    except PdfReadError as exc:
        raise ImportProblem(
            f"{filename} is damaged or not a readable PDF ({exc}).",
            "Export the resume to PDF again, or import it as DOCX or text.",
        ) from exc
    except (ValueError, KeyError, TypeError) as exc:  # pypdf raises these on malformed object trees
        raise ImportProblem(
            f"{filename} could not be read as a PDF ({type(exc).__name__}).",
            "Export the resume to PDF again, or import it as DOCX or text.",
        ) from exc
    text = "\n\n".join(t.strip() for t in texts)
    if len(text.strip()) < 20:
        raise ImportProblem(
            f"This PDF has no text - export it as text or run OCR first ({filename} looks like a scan).",
            "Export the resume as text or DOCX from the program that made it, or run OCR on the scan, then import that.",
        )
    return text
