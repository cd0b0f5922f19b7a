"""The person's name on a PDF's first page: the largest short text, when it is clearly larger than the
body text; a title set after it in the same large type ("Mirela Kovačević, Senior Backend Engineer")
is split off as the label. Contact lines at the top of a side column belong with the name
(`leading_contact`)."""

from __future__ import annotations

import re
import statistics

from resume_core.importing.pdf_fragments import Fragment, _rows, close_letter_spacing
from resume_core.importing.sections import heading_kind

_CONTACT_LINE = re.compile(r"@|^\+?[\d ()./-]{7,}$|^[\w.-]+\.[a-z]{2,}/")
"""An e-mail address, a phone number, or a web address with a path (linkedin.com/in/...)."""

_NAME_SEPARATOR = re.compile(r",\s|\s[|·•–—-]\s")
"""Between a name and the title set after it in the same large type ("Mirela Kovačević, Senior Engineer")."""


def name_in_large_type(fragments: list[Fragment]) -> str:
    """The first page's largest short text, when it is clearly larger than the body text."""
    body = statistics.median(f.size for f in fragments)
    largest = max(fragments, key=lambda f: f.size)
    if largest.size < 1.3 * body:
        return ""
    same = [f for f in fragments if abs(f.size - largest.size) < 0.5]
    rows = _rows(same)
    start = next(n for n, row in enumerate(rows) if largest in row)
    name_rows = [rows[start]]
    for row in rows[start + 1:]:  # a long name wrapped onto a second line in the same large type
        if min(f.bottom for f in name_rows[-1]) - max(f.top for f in row) > 0.8 * largest.size:
            break
        name_rows.append(row)
    text = close_letter_spacing(" ".join(f.text for row in name_rows for f in row))
    text = re.sub(r"(?<=\w)- (?=\w)", "-", text)  # a double-barrelled name wrapped at its hyphen
    words = split_name(text)[0].split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text) or len(text) > 120:
        return ""
    return text


def split_name(line: str) -> tuple[str, str]:
    """The name and what follows it in the same large type: "Mirela Kovačević, Senior Backend Engineer"
    is a name then a title, "Angel Veum, PMP, MBA" a name then credentials. A line that is only a name
    comes back whole."""
    parts = _NAME_SEPARATOR.split(line, maxsplit=1)
    if len(parts) == 2 and 2 <= len(parts[0].split()) <= 4 and parts[1].strip():
        return parts[0].strip(), parts[1].strip()
    return line, ""


def leading_contact(lines: list[str]) -> tuple[list[str], list[str]]:
    """A side column that opens with contact lines (an e-mail address or a phone number among a few
    short lines before its first heading): those lines, and the rest of the column. Read after the
    main column, they would land in its last entry."""
    lead: list[str] = []
    n = 0
    while n < len(lines) and not (lines[n].strip() and heading_kind(lines[n].strip()) is not None):
        text = lines[n].strip()
        if len(text.split()) > 6 or len(lead) >= 6:
            return [], lines
        if text:
            lead.append(text)
        n += 1
    if not any(_CONTACT_LINE.search(text) for text in lead):
        return [], lines
    return lead, lines[n:]
