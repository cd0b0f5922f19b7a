"""Job posting files (txt, md, html, pdf) into plain posting text.

HTML is read with the standard library's parser: script, style and other invisible elements are
dropped, block elements become line breaks and list items bullets, so headings and requirement lists
survive for the analysis. PDFs are read with pypdf. Empty, binary, huge or unreadable files are
refused with a `PostingFileError` that says what to do instead.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

from resume_core.importing.documents import DocumentProblem, decode_text, markdown_to_text, read_pdf_text
from resume_core.errors import UserError
from resume_core.limits import declared_pdf_pages

MAX_BYTES = 5_000_000
MAX_CHARS = 100_000
MAX_PDF_PAGES = 20
EXTENSIONS = ("txt", "md", "markdown", "html", "htm", "pdf")


class PostingFileError(UserError):
    """A posting file that cannot be read as a job posting."""


def read_posting_file(filename: str, data: bytes) -> str:
    """The text of a posting file, by its extension; raises PostingFileError for what cannot be read."""
    ext = PurePath(filename or "").suffix.lower().lstrip(".")
    if ext not in EXTENSIONS:
        raise PostingFileError(
            f"{filename or 'This file'} is not a posting file this app reads.",
            "Upload the posting as .txt, .md, .html or .pdf, or paste its text.",
        )
    if len(data) > MAX_BYTES:
        raise PostingFileError(
            f"{filename} is {len(data) / 1e6:.1f} MB; a job posting is refused above {MAX_BYTES / 1e6:.0f} MB.",
            "Save just the posting (copy its text into a .txt file) and upload that.",
        )
    if ext == "pdf":
        text = _read_pdf(data, filename)
    else:
        text = _decode(data, filename)
        if ext in ("html", "htm") or (ext != "md" and re.search(r"<\s*(html|body|div|p)\b", text[:2000], re.I)):
            text = html_to_text(text)
        elif ext in ("md", "markdown"):
            text = markdown_to_text(text, keep_urls=False)
    return check_posting_text(text, filename)


def check_posting_text(text: str, source: str = "The posting") -> str:
    """Tidy pasted or extracted text; refuse empty or huge text."""
    text = re.sub(r"[ \t\u00a0]+", " ", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip() for line in text.split("\n"))).strip()
    if len(re.findall(r"[A-Za-z]{2,}", text)) < 5:
        raise PostingFileError(
            f"{source} has no readable text.",
            "Paste the posting's text, or upload the page as .html, .txt or a PDF with a text layer.",
        )
    if len(text) > MAX_CHARS:
        raise PostingFileError(
            f"{source} is {len(text):,} characters long; a job posting is refused above {MAX_CHARS:,}.",
            "Paste only the posting itself, not the whole web page or document around it.",
        )
    return text


def _decode(data: bytes, filename: str) -> str:
    try:
        return decode_text(data)
    except DocumentProblem as problem:
        raise PostingFileError(
            f"{filename} is not a text file, although its name says so.",
            "Upload the posting as .txt, .md, .html or .pdf, or paste its text.",
        ) from problem


class _TextExtractor(HTMLParser):
    _HIDDEN = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object", "canvas"}
    _BLOCK = {"p", "div", "section", "article", "br", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
              "header", "footer", "table", "dt", "dd", "blockquote", "pre", "hr", "main", "aside", "nav"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._HIDDEN:
            self.hidden += 1
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self._BLOCK or tag == "li":
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return "".join(parser.parts)


_PASTE = "Copy the posting's text and paste it instead."


def _read_pdf(data: bytes, filename: str) -> str:
    declared = declared_pdf_pages(data)  # refuse a 95,000-page tree before pypdf walks it
    if declared is not None and declared > MAX_PDF_PAGES:
        raise PostingFileError(f"{filename} has {declared} pages; a posting is refused above {MAX_PDF_PAGES}.",
                               "Upload only the pages of the posting.")
    try:
        return read_pdf_text(data, MAX_PDF_PAGES)
    except (RecursionError, MemoryError, AttributeError, IndexError, OSError, ArithmeticError) as exc:
        raise PostingFileError(f"{filename} is damaged or not a readable PDF ({type(exc).__name__}).", _PASTE) from exc
    except Exception as exc:
        from pypdf.errors import PyPdfError

        if isinstance(exc, PyPdfError):  # LimitReachedError (a decompression bomb), ParseError, ...
            raise PostingFileError(f"{filename} is damaged or larger inside than a posting "
                                   f"({type(exc).__name__}).", _PASTE) from exc
        if not isinstance(exc, DocumentProblem):
            raise
        problem = exc
        reason = problem.reason
        if reason == "not_pdf":
            message, fix = f"{filename} is not a PDF, although its name ends in .pdf.", \
                "Upload the posting as .txt, .html or a real PDF, or paste its text."
        elif reason == "encrypted":
            message, fix = f"{filename} is protected with a password.", _PASTE
        elif reason == "too_many_pages":
            message, fix = (f"{filename} has {problem.detail} pages; a posting is refused above {MAX_PDF_PAGES}.",
                            "Upload only the pages of the posting.")
        elif reason == "no_text":
            message, fix = f"{filename} has no text layer (it looks like a scan).", \
                "Copy the posting's text from the original page and paste it instead."
        else:
            message, fix = f"{filename} is damaged or not a readable PDF ({problem.detail}).", _PASTE
        raise PostingFileError(message, fix) from problem
