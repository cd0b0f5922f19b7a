"""Text out of the files people upload: decoding, binary sniffing, Markdown and PDF text.

Shared by the resume importers and the posting reader. Problems are raised as `DocumentProblem` with
a machine-readable `reason`; each caller turns it into a `UserError` whose fix fits its own context
("import it as DOCX" for a resume, "paste its text" for a posting).
"""

from __future__ import annotations

import io
import logging
import re
from typing import Literal

Reason = Literal["binary", "not_pdf", "encrypted", "too_many_pages", "damaged", "no_text"]


class DocumentProblem(Exception):
    """Why a file's text cannot be read; `detail` adds what the reader said, if anything."""

    def __init__(self, reason: Reason, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


def decode_text(data: bytes) -> str:
    """Bytes as text: UTF-16 when a BOM says so, else UTF-8 (with or without BOM), else cp1252.

    Raises DocumentProblem("binary") when the result is mostly control bytes or undecodable,
    whatever the file's name says.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in sample or controls > len(sample) * 0.05 or sample.count("\ufffd") > len(sample) * 0.1:
        raise DocumentProblem("binary")
    return text


def markdown_to_text(text: str, keep_urls: bool = True) -> str:
    """Markdown source into plain lines: headings keep their words, list marks become bullets.

    Link addresses are kept after the link text (a resume's portfolio links matter) unless
    `keep_urls` is False (a posting's links are noise for the analysis).
    """
    link = r"\1 \2" if keep_urls else r"\1"
    out: list[str] = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}#{1,6}\s*", "", line)
        line = re.sub(r"^(\s*)[-*+]\s+", r"\1• ", line)
        # Bounded spans: an unclosed "[" or "*" repeated over a 1 MB line must not cost quadratic time.
        line = re.sub(r"!\[([^\]]{0,500})\]\([^)]{0,2000}\)", r"\1", line)
        line = re.sub(r"\[([^\]]{1,500})\]\(([^)]{1,2000})\)", link, line)
        line = re.sub(r"(\*\*|__|\*|_|`)(\S.{0,500}?\S|\S)\1", r"\2", line)
        if re.fullmatch(r"\s*([-*_=]\s*){3,}", line):  # horizontal rules and setext underlines
            line = ""
        out.append(line)
    return "\n".join(out)


def read_pdf_text(data: bytes, max_pages: int) -> str:
    """The text layer of a PDF, pages joined by blank lines so sections never run together.

    A PDF whose owner only restricted editing opens with the empty password; one that needs a real
    password, one over `max_pages`, a damaged one and a scan without text raise DocumentProblem.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%PDF" not in data[:1024]:
        raise DocumentProblem("not_pdf")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf logs every harmless quirk of odd files
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise DocumentProblem("encrypted")
        if len(reader.pages) > max_pages:
            raise DocumentProblem("too_many_pages", str(len(reader.pages)))
        texts = [page.extract_text() or "" for page in reader.pages]
    except PdfReadError as exc:
        raise DocumentProblem("damaged", str(exc)) from exc
    except (ValueError, KeyError, TypeError) as exc:  # pypdf raises these on malformed object trees
        raise DocumentProblem("damaged", type(exc).__name__) from exc
    text = "\n\n".join(t.strip() for t in texts)
    if len(text.strip()) < 20:
        raise DocumentProblem("no_text")
    return text
