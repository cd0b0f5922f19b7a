"""Read a resume PDF the way layout-based ATS parsers do, to see what they would get out of it.

An independent second reader for the PDF check (the first, `pdf_check`, only searches the text layer).
It follows the published rules of open-source layout parsers, not our own renderer's structure:

1. text items: runs of characters of one font, size and baseline, in content-stream order (the order
   the PDF draws them, which is what a parser sees), whitespace trimmed off their ends;
2. lines: consecutive items on one baseline; on a line, items closer than a typical character width
   are joined into one (with no space unless punctuation calls for it: "Engineer" + "·Acme" reads
   "Engineer·Acme");
3. sections: a heading is a line of bold capitals standing alone;
4. entries: a new entry starts after a vertical gap of more than 1.4 typical line gaps (the body's line
   height, measured on the page) or, when no gap separates anything, at a bold line after a plain one;
5. fields: dates are items that read as a date range; the title is the entry's first bold item (or the
   item with job-title words); the organisation is the item after it; a bullet is a line starting with
   a bullet character, and lines that do not start with one continue the bullet before them.

Steps 1 and 2 (items and lines, from pypdfium2's characters, boxes and fonts) are in `ats_lines`.
Nothing here knows the Markdown or the templates: `pdf_check` compares what this reads with what the user meant to send.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel, ConfigDict, Field

from resume_core.output.ats_lines import BULLETS, Item, TextLine, group_lines, read_items

__all__ = ["AtsEntry", "AtsRead", "AtsSection", "Item", "TextLine", "parse_items", "read_resume"]

_DATE = re.compile(
    r"^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+)?(?:19|20)\d\d"
    r"(?:\s*[-\u2013\u2014]+\s*(?:(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+)?"
    r"(?:19|20)\d\d|present|current|now))?$", re.I)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,255}\.[A-Za-z]{2,24}")
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{1,4}\)?){2,5}")
_LEADING_PUNCT = re.compile(r"^[\s\u00b7|,;:\u2013\u2014-]{1,8}")
_INFO_WORDS = 8  # a line of more words is running text, not part of an entry's heading


class AtsEntry(BaseModel):
    """One entry of a section as the parser reads it."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field("", description="The entry's title (job title, degree, project name).")
    organisation: str = Field("", description="The text after the title on its line (employer, school).")
    dates: str = Field("", description="The entry's date range as printed.")
    bullets: list[str] = Field(default_factory=list, description="Each bullet, wrapped lines joined.")
    lines: list[str] = Field(default_factory=list, description="Every line of the entry, as read.")


class AtsSection(BaseModel):
    model_config = ConfigDict(extra="forbid")

    heading: str
    entries: list[AtsEntry] = Field(default_factory=list)


class AtsRead(BaseModel):
    """What a layout-based parser reads from a resume PDF."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    email: str = ""
    phone: str = ""
    header: list[str] = Field(default_factory=list, description="Lines above the first section heading.")
    sections: list[AtsSection] = Field(default_factory=list)

    def section(self, *names: str) -> AtsSection | None:
        """The first section whose heading is one of `names` (any case)."""
        wanted = {n.casefold() for n in names}
        return next((s for s in self.sections if s.heading.casefold() in wanted), None)


def _is_heading(line: TextLine) -> bool:
    letters = [c for c in line.text if c.isalpha()]
    return (len(line.items) == 1 and line.items[0].bold and len(letters) >= 3
            and all(c.isupper() for c in letters) and len(line.text.split()) <= 5)


def _typical_gap(lines: list[TextLine]) -> int:
    """The body's line height: the most common distance between consecutive lines among the tightest
    ones (within 10% of the smallest that is not an outlier), so that a page of many one-line entries
    still measures its line height and not the gap between its entries. 0 when there are no gaps."""
    gaps = sorted(round(b.baseline - a.baseline) for a, b in zip(lines, lines[1:]) if b.baseline > a.baseline)
    if not gaps:
        return 0
    floor = next(g for g in gaps if g >= 0.5 * gaps[len(gaps) // 2])
    return Counter(g for g in gaps if g <= floor * 1.1).most_common(1)[0][0]


def _split_entries(lines: list[TextLine], typical: int) -> list[list[TextLine]]:
    """A new entry after a vertical gap of more than 1.4 typical line gaps (else at bold after plain)."""
    if not lines:
        return []
    threshold = round(typical * 1.4)
    entries: list[list[TextLine]] = [[lines[0]]]
    for previous, line in zip(lines, lines[1:]):
        gap = round(line.baseline - previous.baseline)
        if typical and (gap > threshold or gap < 0):
            entries.append([line])
        else:
            entries[-1].append(line)
    if len(entries) == 1 and len(lines) > 1:
        entries = [[lines[0]]]
        for previous, line in zip(lines, lines[1:]):
            if line.items[0].bold and not previous.items[0].bold and line.text[:1] not in BULLETS:
                entries.append([line])
            else:
                entries[-1].append(line)
    return entries


def _read_entry(lines: list[TextLine]) -> AtsEntry:
    entry = AtsEntry(lines=[line.text for line in lines])
    info: list[TextLine] = []
    rest: list[TextLine] = list(lines)
    first = lines[0]
    if any(item.bold or _DATE.match(item.text.strip()) for item in first.items) and first.text[:1] not in BULLETS:
        # The entry's heading: every line before the first bullet; without bullets, the heading lines
        # and short lines after them (a wrapped school name), up to the first line of running text.
        marked = next((i for i, line in enumerate(lines) if line.text[:1] in BULLETS), None)
        end = marked if marked is not None else next(
            (i for i, line in enumerate(lines) if i and len(line.text.split()) > _INFO_WORDS), len(lines))
        info, rest = lines[:end], lines[end:]
    fields: list[Item] = []
    for line in info:
        for item in line.items:
            if not entry.dates and _DATE.match(item.text.strip()):
                entry.dates = item.text.strip()
            elif any(c.isalnum() for c in item.text):  # a lone separator ('·', '|') is no field
                fields.append(item)
    start = next((i for i, item in enumerate(fields) if item.bold), 0)
    end = next((i for i in range(start, len(fields)) if not fields[i].bold), len(fields))
    if fields:
        # The title: the first bold run (or the first field); the organisation: the plain run after it.
        entry.title = " ".join(item.text.strip() for item in fields[start:max(end, start + 1)])
        after = fields[max(end, start + 1):]
        stop = next((i for i, item in enumerate(after) if item.bold), len(after))
        entry.organisation = _LEADING_PUNCT.sub("", " ".join(item.text.strip() for item in after[:stop])).strip()
    marked = any(line.text[:1] in BULLETS for line in rest)
    bullets: list[str] = []
    for line in rest:
        text = line.text
        if text[:1] in BULLETS:
            bullets.append(text[1:].strip())
        elif marked and bullets:
            bullets[-1] += " " + text  # a wrapped line continues the bullet above it
        else:
            bullets.append(text)  # without bullet characters every line reads as its own item
    entry.bullets = [" ".join(b.split()) for b in bullets]
    return entry


def read_resume(pdf: bytes) -> AtsRead:
    """What a layout parser reads from `pdf`: header fields, then sections of entries."""
    return parse_items(read_items(pdf))


def parse_items(pages: list[list[Item]]) -> AtsRead:
    """The parser's rules applied to the text items of each page (see the module docstring)."""
    per_page = [group_lines(items) for items in pages]
    typical = _typical_gap([line for page_lines in per_page for line in page_lines])
    lines: list[TextLine] = []
    for page_lines in per_page:  # the next page's first line follows the last one at a line's distance
        if lines and page_lines:
            shift = lines[-1].baseline + typical - page_lines[0].baseline
            for line in page_lines:
                for item in line.items:
                    item.baseline += shift
        lines += page_lines
    result = AtsRead()
    current: list[TextLine] | None = None
    heading = ""
    body: list[tuple[str, list[TextLine]]] = []
    for line in lines:
        if _is_heading(line):
            heading, current = line.text, []
            body.append((heading, current))
        elif current is None:
            result.header.append(line.text)
        else:
            current.append(line)
    if result.header:
        result.name = result.header[0]
    header_text = " ".join(result.header)
    email = _EMAIL.search(header_text)
    result.email = email[0] if email else ""
    phone = _PHONE.search(header_text)
    result.phone = phone[0].strip() if phone else ""
    for heading, section_lines in body:
        entries = [_read_entry(part) for part in _split_entries(section_lines, typical)]
        result.sections.append(AtsSection(heading=heading, entries=entries))
    return result
