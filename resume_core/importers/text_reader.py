"""Plain text and Markdown files into resume text.

Bytes are decoded as UTF-8 (with or without BOM), then UTF-16 when a BOM says so, then cp1252; a file
that is mostly control bytes is binary whatever its extension says, and is refused. Markdown keeps
its words: heading marks, emphasis and link syntax are dropped, list marks become bullets.
"""

from __future__ import annotations

import re

from resume_core.errors import ImportProblem


def decode_text(data: bytes, filename: str) -> str:
    """The text of a .txt/.md file, or ImportProblem when it is empty or binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if not text.strip():
        raise ImportProblem(f"{filename} is empty.", "Choose the file that holds your resume text.")
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in sample or controls > len(sample) * 0.05 or sample.count("\ufffd") > len(sample) * 0.1:
        raise ImportProblem(
            f"{filename} is not a text file, although its name says so.",
            "Save your resume as PDF, DOCX or plain text and import that file.",
        )
    return text


def markdown_to_text(text: str) -> str:
    """Markdown source into plain lines the text parser reads."""
    out: list[str] = []
    for line in text.splitlines():
        line = re.sub(r"^\s{0,3}#{1,6}\s*", "", line)  # headings keep their words
        line = re.sub(r"^(\s*)[-*+]\s+", r"\1• ", line)
        line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", line)
        line = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 \2", line)
        line = re.sub(r"(\*\*|__|\*|_|`)(\S.*?\S|\S)\1", r"\2", line)
        if re.fullmatch(r"\s*([-*_=]\s*){3,}", line):  # horizontal rules and setext underlines
            line = ""
        out.append(line)
    return "\n".join(out)
