"""The budget an uploaded file is read under: bytes, items, depth and time.

One place for the numbers, so the readers, the worker process that runs them and the store's save
check agree. A limit that is hit raises an `ImportProblem` (or `BankFileError` on save) whose
message names what was too big and whose fix says what to do.
"""

from __future__ import annotations

from resume_core.errors import ImportProblem

MAX_MEMBER_BYTES = 20 * 1024 * 1024
"""One ZIP member (a DOCX part, a LinkedIn CSV) after decompression."""
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
"""All members of one ZIP read together, after decompression."""
MAX_MEMBERS = 1000
MAX_RESUME_TEXT_CHARS = 200_000
"""Text handed to the offline parser: about 50 pages, five times a long academic CV."""
MAX_LINE_CHARS = 20_000
"""One line of resume text; longer runs are cut (a paragraph is rarely over 2,000 characters)."""
MAX_ITEMS = {"jobs": 300, "projects": 300, "education": 100, "skills": 3000, "certificates": 500,
             "awards": 500, "publications": 500, "accomplishments": 5000}
"""Entries one import may add; far above a lifetime's resume, far below what a hostile file makes."""
MAX_DOCX_PARAGRAPHS = 10_000
"""Paragraphs in a DOCX body (a 10-page resume has about 400)."""
MAX_JSON_DEPTH = 64
MAX_JSON_INT_DIGITS = 100
MAX_PDF_PAGES = 30

WORKER_SECONDS = 9.0
"""Wall-clock budget of one upload's parse in the worker process."""
WORKER_MEMORY_BYTES = 1_500 * 1024 * 1024
"""Address space of the worker process (virtual size; resident use stays far below it)."""


def declared_pdf_pages(data: bytes) -> int | None:
    """The page count a PDF's page tree declares (/Root /Pages /Count), read without walking the
    tree: a file claiming 95,000 pages is refused in milliseconds instead of after seconds of pypdf
    flattening it. None when the PDF is encrypted or the count cannot be read (the full read decides)."""
    import io

    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return None
        count = reader.trailer["/Root"]["/Pages"].get("/Count")  # type: ignore[index]  # pypdf types it PdfObject
        return int(count) if count is not None else None
    except Exception:  # noqa: BLE001 - a pre-check only: whatever pypdf raises, the full read reports it
        return None


def too_big(filename: str, what: str, found: str, limit: str, fix: str) -> ImportProblem:
    """The one wording for an import refused by a limit."""
    return ImportProblem(f"{filename} has {found} {what}; an import is refused above {limit}.", fix)


def check_item_counts(counts: dict[str, int], filename: str) -> None:
    """Refuse an import that would add more entries of one kind than `MAX_ITEMS` allows."""
    for kind, count in counts.items():
        limit = MAX_ITEMS.get(kind)
        if limit is not None and count > limit:
            raise too_big(filename, kind, f"{count:,}", f"{limit:,}",
                          "Import the resume itself, not a file generated from a database or several resumes "
                          "joined together; add the rest by hand.")
