"""PDF resumes into text, refusing what cannot be read with a fix that fits a resume.

The reading itself is `resume_core.importing.documents.read_pdf_text`; this module only words the problems:
a PDF that needs a password, one that is damaged, and a scan without a text layer ("export it as
text or run OCR first").
"""

from __future__ import annotations

from resume_core.importing.documents import DocumentProblem, read_pdf_text
from resume_core.errors import ImportProblem
from resume_core.limits import declared_pdf_pages

MAX_PAGES = 30
_AGAIN = "Export the resume to PDF again, or import it as DOCX or text."


def read_pdf(data: bytes, filename: str) -> str:
    declared = declared_pdf_pages(data)
    if declared is not None and declared > MAX_PAGES:
        raise _explain(DocumentProblem("too_many_pages", str(declared)), filename)
    try:
        return read_pdf_text(data, MAX_PAGES)
    except DocumentProblem as problem:
        raise _explain(problem, filename) from problem
    except (RecursionError, MemoryError, AttributeError, IndexError, OSError, ArithmeticError) as exc:
        raise ImportProblem(f"{filename} is damaged or not a readable PDF ({type(exc).__name__}).", _AGAIN) from exc
    except Exception as exc:
        # pypdf's own errors (LimitReachedError on decompression bombs, ParseError, ...) share PyPdfError.
        from pypdf.errors import PyPdfError

        if isinstance(exc, PyPdfError):
            raise ImportProblem(f"{filename} is damaged or exceeds what a resume PDF holds "
                                f"({type(exc).__name__}: {str(exc)[:120]}).", _AGAIN) from exc
        raise


def _explain(problem: DocumentProblem, filename: str) -> ImportProblem:
    if problem.reason == "not_pdf":
        return ImportProblem(
            f"{filename} is not a PDF, although its name ends in .pdf.",
            "Open it in the program that made it and export it as PDF again, or import it as text.",
        )
    if problem.reason == "encrypted":
        return ImportProblem(
            f"{filename} is protected with a password.",
            "Open it, save or print it as a PDF without a password, and import that copy.",
        )
    if problem.reason == "too_many_pages":
        return ImportProblem(
            f"{filename} has {problem.detail} pages; a resume is refused above {MAX_PAGES}.",
            "Import the resume itself, not a document it is part of.",
        )
    if problem.reason == "no_text":
        return ImportProblem(
            f"This PDF has no text - export it as text or run OCR first ({filename} looks like a scan).",
            "Export the resume as text or DOCX from the program that made it, or run OCR on the scan, then import that.",
        )
    return ImportProblem(f"{filename} is damaged or not a readable PDF ({problem.detail}).", _AGAIN)
