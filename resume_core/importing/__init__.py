"""Import the resume people already have: PDF, DOCX, Markdown, text, JSON Resume, LinkedIn ZIP.

`import_resume(filename, data, engine=None)` picks the reader by extension (and checks the bytes
agree), refuses oversized or unreadable files with an `ImportProblem` before parsing anything, and
returns an `ImportResult`: a bank fragment with fresh ids, a confidence per parsed field, warnings.
Structured sources (JSON Resume, LinkedIn) map field by field; documents go through the one text
parser, or through the AI engine when one is configured (the offline parse stays the fallback).
`merge_banks(base, incoming)` adds what is new and skips what the bank already holds.
Every import is bounded (`resume_core.limits`): text length and line length, entries per kind, and
the size of the Big Resume it would make; the app and the CLI run it in a worker process
(`resume_core.importing.bounded_import.import_resume_bounded`) under memory and time limits.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePath

from resume_core.engines.base import Engine
from resume_core.errors import ImportProblem
from resume_core.importing.merge import MergeReport, merge_banks
from resume_core.importing.result import CHECK_BELOW, ImportResult
from resume_core.limits import MAX_LINE_CHARS, MAX_RESUME_TEXT_CHARS, check_item_counts, too_big
from resume_core.text_edge import clean_text

MAX_IMPORT_BYTES = 10 * 1024 * 1024
"""Files above this are refused before any parsing (a resume is rarely over 2 MB)."""

EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".md": "md", ".markdown": "md", ".txt": "txt",
              ".text": "txt", ".json": "json", ".zip": "zip"}

__all__ = ["CHECK_BELOW", "EXTENSIONS", "MAX_IMPORT_BYTES", "ImportResult", "MergeReport", "bound_text", "import_resume",
           "import_text", "merge_banks", "read_resume_text"]


def _kind(filename: str) -> str:
    suffix = PurePath(filename).suffix.lower()
    if suffix not in EXTENSIONS:
        raise ImportProblem(
            f"{filename or 'This file'} is not a format Target Practice imports.",
            "Import a PDF, DOCX, Markdown (.md), text (.txt), JSON Resume (.json) or LinkedIn export (.zip) file.",
        )
    return EXTENSIONS[suffix]


def _check_size(filename: str, data: bytes) -> None:
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportProblem(
            f"{filename} is {len(data) / 1_048_576:.0f} MB; resumes above {MAX_IMPORT_BYTES // 1_048_576} MB are refused.",
            "Export the resume again without embedded images, or save it as text, and import that.",
        )
    if not data.strip():
        raise ImportProblem(f"{filename} is empty.", "Choose the file that holds your resume.")


def read_resume_text(filename: str, data: bytes) -> str:
    """The text of a document resume (pdf, docx, md, txt), checked and decoded; a PDF is read by its
    layout (columns, paragraphs) when it can be."""
    return _document_text(filename, data)[0]


def _document_text(filename: str, data: bytes) -> tuple[str, bool]:
    """The text, and whether its lines are whole paragraphs already (Word paragraphs, and PDF lines
    the layout reader re-joined), so the text parser must not re-join wrapped lines."""
    _check_size(filename, data)
    kind = _kind(filename)
    if kind == "pdf":
        from resume_core.importing.pdf_layout import read_pdf_layout
        from resume_core.importing.pdf_reader import MAX_PAGES, read_pdf

        text = read_pdf(data, filename)  # the checks and their fixes; its text is the fallback
        layout = read_pdf_layout(data, MAX_PAGES)
        return (layout, True) if layout else (text, False)
    if kind == "docx":
        from resume_core.importing.docx_reader import read_docx

        return read_docx(data, filename), True
    if kind in ("md", "txt"):
        from resume_core.importing.text_reader import decode_text, markdown_to_text

        text = decode_text(data, filename)
        return (markdown_to_text(text) if kind == "md" else text), False
    raise ImportProblem(f"{filename} is structured data, not a document.", "Import it as JSON Resume or LinkedIn export.")


def import_resume(filename: str, data: bytes, engine: Engine | None = None) -> ImportResult:
    """Read one resume file into a bank fragment; raises ImportProblem with a fix when it cannot."""
    _check_size(filename, data)
    kind = _kind(filename)
    if kind == "json":
        from resume_core.importing.json_reader import read_json_resume

        return _within_limits(read_json_resume(data, filename), filename)
    if kind == "zip":
        from resume_core.importing.linkedin import read_linkedin_zip

        return _within_limits(read_linkedin_zip(data, filename), filename)
    text, whole = _document_text(filename, data)
    return import_text(filename, bound_text(text, filename), engine, paragraphs=whole)


def import_text(filename: str, text: str, engine: Engine | None = None, paragraphs: bool = False) -> ImportResult:
    """The parse of a document resume's text (from `read_resume_text`, bounded by `bound_text`);
    `paragraphs` says its lines are whole paragraphs already (Word, layout-read PDF)."""
    kind = _kind(filename)
    from resume_core.importing.parse_text import parse_resume_text

    if engine is not None and not engine.offline:
        from resume_core.importing.llm import parse_with_engine

        result = parse_with_engine(text, engine, source=filename, kind=kind)
    else:
        result = parse_resume_text(text, source=filename, kind=kind, paragraphs=paragraphs)
    return _looks_like_a_resume(_within_limits(result, filename), filename)


def bound_text(text: str, filename: str) -> str:
    """Resume text the parser may read: refused above `MAX_RESUME_TEXT_CHARS`, characters that cannot
    be saved cleaned (`text_edge`), accents composed (NFC), and any line longer than `MAX_LINE_CHARS` cut, so no rule ever sees
    an unbounded token."""
    if len(text) > MAX_RESUME_TEXT_CHARS:
        raise too_big(filename, "characters of text", f"{len(text):,}", f"{MAX_RESUME_TEXT_CHARS:,}",
                      "Import the resume itself (a resume is rarely over 40,000 characters), not a document it is part of.")
    # Composed accents: "Wis\u0301niewska" (a macOS paste, some PDF text layers) reads as "Wiśniewska".
    text = unicodedata.normalize("NFC", clean_text(text))
    if any(len(line) > MAX_LINE_CHARS for line in text.splitlines()):
        text = "\n".join(line[:MAX_LINE_CHARS] for line in text.splitlines())
    return text


def _within_limits(result: ImportResult, filename: str) -> ImportResult:
    counts = result.counts()
    counts.update(awards=len(result.bank.awards), publications=len(result.bank.publications))
    check_item_counts(counts, filename)
    from resume_core.bank.xml_io import check_saved_size, render_bank_xml

    # One size rule: an import the Big Resume file could not hold is refused now, naming the field,
    # not saved and then refused on the next read.
    check_saved_size(render_bank_xml(result.bank).encode("utf-8"), result.bank, f"Big Resume made from {filename}")
    return result


def _looks_like_a_resume(result: ImportResult, filename: str) -> ImportResult:
    """A document with no job, project, school, skill or certificate is not a resume (a recipe, a
    letter): adding it would only write its first line over the person's name."""
    if any(result.counts().values()):
        return result
    raise ImportProblem(
        f"{filename} doesn't look like a resume: no jobs, projects, education, skills or certificates were "
        "found in it, so nothing was added.",
        "Check that this is your resume. Headings such as Experience, Education and Skills help the reader; "
        "a resume exported as PDF, DOCX or text from your word processor works best.",
    )


# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
from typing import TYPE_CHECKING as _TYPE_CHECKING

from resume_core.lazy_exports import lazy_exports as _lazy_exports

if _TYPE_CHECKING:
    from resume_core.importing.bounded_import import (
        import_resume_bounded as import_resume_bounded,
        start_worker as start_worker,
    )
    from resume_core.importing.preview import (
        COLUMNS as COLUMNS,
        apply_preview as apply_preview,
        build_preview_groups as build_preview_groups,
    )

_LAZY: dict[str, str] = {
    "COLUMNS": "resume_core.importing.preview",
    "apply_preview": "resume_core.importing.preview",
    "build_preview_groups": "resume_core.importing.preview",
    "import_resume_bounded": "resume_core.importing.bounded_import",
    "start_worker": "resume_core.importing.bounded_import",
}
__all__ = [*__all__, "COLUMNS", "apply_preview", "build_preview_groups", "import_resume_bounded", "start_worker"]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
