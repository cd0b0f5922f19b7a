"""A PDF page read as a person reads it: by position, column by column, paragraph by paragraph.

The text layer of a PDF is in drawing order, which for themed resumes is nothing like reading order
(dates drawn after all the titles, a sidebar between two jobs). This reader takes every character
with its box and font size from pypdfium2, groups characters into fragments (a run on one baseline),
finds a vertical gutter that no fragment crosses (two columns, or a sidebar) and reads each column
top to bottom. On a row, fragments far apart are joined with " | " so a title and its dates on the
right stay one header line. A line that ran to the column's right edge and is followed by a line in
the same font at the same indent is a wrapped line and is joined back to its paragraph, so separate
bullets stay separate and wrapped bullets stay whole. The largest type on the first page, when it is
short, is the person's name and is put first. Letter-spaced headings ("E D U C A T I O N") are
closed up. Limits: the caller has already checked the byte and page caps; pages over MAX_CHARS
characters are read in drawing order instead.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from itertools import pairwise

from resume_core.importing.dates import find_date_range
from resume_core.importing.experience import is_prose
from resume_core.importing.pdf_grid import list_gaps, only_dates, split_list_columns, titles_over_dates, trailing_item
from resume_core.importing.pdf_name import leading_contact, name_in_large_type, split_name
from resume_core.importing.pdf_fragments import (  # noqa: F401 (Fragment, _gutter: re-exported for tests)
    MAX_CHARS,
    Fragment,
    _gutter,
    _page_fragments,
    _bullet_marks,
    _mark_left,
    _rows,
    close_letter_spacing,
    find_gutter,
)
from resume_core.importing.sections import (
    BULLET_CHARS,
    _opens_with_past_verb,
    heading_kind,
)

MAX_DOCUMENT_CHARS = 150_000
"""Over this, the whole document is read without layout (a resume is a few pages of text)."""
_MIDDOT = re.compile(r"(?<=\S) [·•] (?=\S)")
"""A middle dot between words separates fields ("Infobip · Zagreb"), as " | " does."""
_CONTACT = re.compile(r"@|^\+?[\d ()./-]{7,}$|(?<!\d)(?:19|20)\d\d\s*[-–—]")


@dataclass
class _Row(Fragment):
    """A line of fragments joined into one text run."""

    start: float = -1.0
    """Where the row's ink starts (a text bullet's x when the row hangs after one)."""
    cell_end: float = -1.0
    """Where the row's first cell ends, when a fragment far to its right follows ("... at Cracow University of")."""
    cell_next: float = -1.0
    """Where that next fragment starts (the dates beside the cell)."""
    tail_x: float = -1.0
    """Where the row's last far fragment starts (a third cell of a grid row)."""
    edge: float = -1.0
    """The right edge its wrapped lines run to, when not the column's (a list flowed in two columns)."""
    flow: float = -1.0
    """Text flowed round a grid row's cells: the row's left edge (lines wrap back under any cell; one
    that starts right of that edge, not joined, is the list's next item)."""


def _join_row(row: list[Fragment]) -> _Row:
    parts = [row[0].text]
    cell_end = cell_next = tail_x = -1.0
    for n, (before, after) in enumerate(pairwise(row)):
        gap = after.x0 - before.x1
        margin_heading = n == 0 and heading_kind(close_letter_spacing(before.text)) is not None
        glyph = n == 0 and len(before.text) == 1 and before.text in BULLET_CHARS  # "•" then a tab
        # Wider than a word space of the larger type: apart (tags, columns); "2021-03 TO Present" in small caps is one run.
        far = gap > 0.6 * max(before.size, after.size, 1) and not glyph
        # Small caps ("C" large, "ONTACT" small) are two sizes with no gap between: one word.
        # A capital set larger than the letters after it ("W" "ORK") opens the same word.
        initial = before.text[-1:].isupper() and before.size > 1.15 * after.size and gap < 0.4 * before.size
        touching = (abs(gap) < 0.18 * min(before.size, after.size) or initial) and before.text[-1:].isalpha() \
            and after.text[:1].isalpha() and not margin_heading
        parts.append("" if touching else (" | " if far or margin_heading else " "))
        if (far or margin_heading) and cell_next < 0:  # (after a margin heading: where its entry starts)
            cell_end, cell_next = before.x1, after.x0
        tail_x = after.x0 if far and not margin_heading else tail_x
        parts.append(after.text)
    text = close_letter_spacing("".join(parts))
    # A heading in the margin is read apart (`_labels`): the row's type is its entry's.
    own = row[1:] if len(row) > 1 and heading_kind(close_letter_spacing(row[0].text)) is not None else row
    size = max(f.size for f in own)
    # A text bullet hangs left of its item: the item's lines align on the text after it.
    hanging = len(row) > 1 and len(row[0].text) == 1 and row[0].text in BULLET_CHARS
    return _Row(text, row[1].x0 if hanging else row[0].x0, row[-1].x1, min(f.bottom for f in row),
                max(f.top for f in row), size, all(f.bold for f in own), row[0].x0, cell_end, cell_next, tail_x)


def _column_lines(fragments: list[Fragment], marks=()) -> list[str]:
    rows = []
    for cells, edge in split_list_columns(_rows(fragments), list(marks)):
        rows.append(_join_row(cells))
        rows[-1].edge = edge
    if not rows:
        return []
    right_edge = max(r.x1 for r in rows)
    gaps = sorted(a.bottom - b.top for a, b in pairwise(rows) if a.bottom - b.top > 0)
    usual_gap = statistics.median(gaps) if gaps else 0.0
    # Lines of one paragraph sit closest; paragraphs (separate items in a sidebar) add a margin.
    line_gap = gaps[len(gaps) // 4] if gaps else 0.0
    body = statistics.median(r.size for r in rows)  # line gaps grow with the type: a large title wraps wider
    lines: list[str] = []
    previous: _Row | None = None
    in_bullet = False
    bullet_x = -1e9  # where the current list item's drawn bullet starts
    anchor_x: float | None = None  # where the last line that is no list item starts
    for index, row in enumerate(rows):
        previous, grid_item = _labels(row, rows[index + 1:index + 4], lines, previous)
        mark = _mark_left(row, marks) if marks else None
        marked = mark is not None
        bullet_x = mark if mark is not None else (bullet_x if in_bullet else -1e9)
        if previous is not None:
            gap = previous.bottom - row.top
            # (A list set inside: the wrapped line starts under the bullet; a grid row's text flowed under its dates cell.)
            aligned = min(abs(previous.x0 - row.x0), abs(previous.start - row.x0), abs(bullet_x - row.x0),
                          abs(previous.cell_next - row.x0)) < 0.6 * previous.size
            near = aligned and abs(previous.size - row.size) < 0.3 and previous.bold == row.bold
            tight = gap <= line_gap * max(1.0, row.size / max(body, 1.0)) + 0.25 * row.size
            # A heading, a line in capitals under one that is not, or a contact line starts anew.
            starts_heading = row.text[:1].isupper() and heading_kind(row.text) is not None  # not "projects" ending a line
            near = near and not starts_heading and heading_kind(previous.text) is None \
                and not (row.text.isupper() and len(row.text.split()) > 1 and not previous.text.isupper()) \
                and not _CONTACT.search(row.text)
            close = near and gap <= usual_gap * 1.3 + 0.5
            # A line wrapped when the next line's first word would not have fitted after it.
            char_width = (row.x1 - row.x0) / max(len(row.text), 1)
            first_word = len(row.text.split(" ", 1)[0]) + 1.5
            full = (previous.edge if previous.edge > 0 else right_edge) - previous.x1 < first_word * char_width
            plain = " | " not in row.text and " | " not in previous.text and not re.search(r"[.!?:]$", previous.text)
            # Only the line width says "wrapped": then the lines must also sit as close as a paragraph's.
            full = full and tight
            if marks and in_bullet:  # bullets are drawn: a line without one, under a bullet, at its indent, continues it
                full = not marked
            # With no drawn bullets to tell, an action line ("Cut the latency ...", "Automated ...") under
            # a full line starts a new item: a wrapped line seldom opens with a capitalised past verb.
            if full and not (marks and in_bullet) and _opens_with_past_verb(row.text):
                full = False
            if close and not marked and _wraps_first_cell(previous, row, lines[-1]):
                cell, _, rest = lines[-1].partition(" | ")
                lines[-1] = f"{cell} {row.text} | {rest}"
                continue
            # Text flowed round a cell ("... to Kotlin" / "microservices" back at the block's left edge).
            flowed = full and (row.text[:1].islower() or previous.flow > 0) and abs(previous.size - row.size) < 0.3 \
                and previous.bold == row.bold and not starts_heading and not _CONTACT.search(row.text)
            # (Ink boxes: a line with no descenders over one with capitals is further than the usual gap.)
            if (close or (flowed or near and full) and tight) and plain and not marked and (full or row.text[:1].islower()):
                lines[-1] += (" " if not lines[-1].endswith("-") else "") + row.text
                previous = _Row(lines[-1], previous.x0, row.x1, row.bottom, previous.top, previous.size, previous.bold,
                                previous.start, cell_next=previous.cell_next, edge=previous.edge, flow=previous.flow)
                continue
            if gap > max(usual_gap * 1.8, 0.6 * row.size):
                lines.append("")
        item = not marked and _indented_item(row, anchor_x)
        if previous is not None and previous.flow > 0 and not marked and " | " not in row.text \
                and row.x0 > previous.flow + 0.5 * row.size and abs(row.size - previous.size) < 0.3 \
                and heading_kind(row.text) is None:  # the next item of a list flowed round a grid row's cells
            item, row.flow = row.text[:1] not in BULLET_CHARS, previous.flow
        if not item and not marked and not grid_item and heading_kind(row.text) is None:
            anchor_x = row.x0
        lines.append(("• " if marked or item or grid_item else "") + row.text)
        in_bullet = marked
        previous = row
    return [_MIDDOT.sub(" | ", line) if line[:1] not in BULLET_CHARS else line for line in titles_over_dates(lines)]


def _labels(row: _Row, next_rows: list[_Row], lines: list[str], previous: _Row | None) -> tuple[_Row | None, bool]:
    """Cells of a row that label it: a heading or dates in a left margin, a grid row's last cell that is
    the entry's first item. Rewrites the row (and the lines before it); gives the previous row to join
    to (None: start anew) and whether the row is now a list item."""
    heading, _, rest = row.text.partition(" | ")
    two, _, after_two = rest.partition(" | ")
    if after_two and heading_kind(f"{heading} {two}") is not None:  # "Work | Experience | Senior Engineer"
        heading, rest = f"{heading} {two}", after_two
    if rest and heading_kind(heading) is not None:  # a heading in a left margin beside its first entry
        lines.extend(["", heading])
        row.text, previous, row.x0, row.start = rest, None, max(row.cell_next, row.x0), max(row.cell_next, row.x0)
        row.cell_end = row.cell_next = -1.0
    elif rest and row.cell_next > 0 and only_dates(heading):  # dates in a left margin: a label of their entry
        row.text, row.x0 = rest, row.cell_next
        if lines and lines[-1].strip() and previous is not None and find_date_range(lines[-1]) is None \
                and lines[-1][:1] not in BULLET_CHARS and (is_prose(rest) or _opens_with_past_verb(rest)):
            lines[-1] += f" | {heading}"  # beside the entry's first bullet, under its title
            previous = None
        else:
            row.text = f"{rest} | {heading}"
    cells = row.text.split(" | ")
    below = next_rows[0] if next_rows else None
    goes_on = below is not None and abs(below.size - row.size) < 0.3 \
        and min(abs(x - row.tail_x) for x in (below.x0, below.cell_next, below.tail_x)) < 0.5 * row.size
    if row.tail_x > 0 and trailing_item(cells, goes_on):  # "Title | dates | Led the ..." (a grid row)
        for below in next_rows:  # the first cell wrapped too ("Mechanical Design" / "Engineer")
            first, _, rest = below.text.partition(" | ")
            if not rest or abs(below.x0 - row.x0) >= 0.5 * row.size or len(first.split()) > 4 \
                    or not row.cell_end - 0.5 * row.size < below.cell_next < row.tail_x + 0.5 * row.size \
                    or find_date_range(first) is not None:
                break
            cells[0] += f" {first}"
            below.text, below.x0, below.start = rest, below.cell_next, below.cell_next
        lines.append(" | ".join(cells[:-1]))
        row.text, row.x0, row.start, row.flow = cells[-1], row.tail_x, row.tail_x, row.x0
        return None, True
    return previous, False


def _wraps_first_cell(previous: _Row, row: _Row, line: str) -> bool:
    """A short line under a row whose first cell stopped short of the dates beside it, where the
    line's first word would not have fitted in between, is the rest of that cell: "Master of Arts at
    Cracow University of | Oct 2009 - Jun 2014" / "Economics"."""
    if previous.cell_next < 0 or " | " in row.text or " | " not in line or len(row.text.split()) > 4:
        return False
    if find_date_range(row.text) is not None or heading_kind(row.text) is not None:
        return False
    if find_date_range(line.partition(" | ")[2]) is None:  # beside dates, not a row of tags or fields
        return False
    char_width = (row.x1 - row.x0) / max(len(row.text), 1)
    first_word = (len(row.text.split(" ", 1)[0]) + 1) * char_width
    return previous.cell_next - previous.cell_end < first_word


def _indented_item(row: _Row, anchor_x: float | None) -> bool:
    """A line set in from the line that opened its block, by one to five letters' height, is a list
    item even when no bullet is drawn (a theme's list with list-style none) if it reads as an action
    or a sentence; dates set in from the left (a right-aligned "2018 - 2021"), a company or a title set
    in under a heading, and text bullets are not."""
    if anchor_x is None or row.text[:1] in BULLET_CHARS or len(row.text.split()) < 3:
        return False
    indent = row.x0 - anchor_x
    if not 1.0 * row.size < indent < 5 * row.size:
        return False
    if find_date_range(row.text) is not None or _CONTACT.search(row.text):
        return False
    return is_prose(row.text) or _opens_with_past_verb(row.text)  # an action or a sentence, not a name


def read_pdf_layout(data: bytes, max_pages: int) -> str | None:
    """The PDF's text in reading order, or None when the layout cannot be read (the caller then uses
    the plain text layer)."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        if len(document) > max_pages:
            return None
        out: list[str] = []
        header: list[str] = []  # contact lines from the top of a side column
        main_end: int | None = None  # where the last page's main column ended in `out`, when a side column followed it
        name_line = ""
        chars = 0
        for number in range(len(document)):
            page = document[number]
            width = page.get_width()
            fragments = _page_fragments(page)
            if fragments is None:
                return None
            chars += sum(len(f.text) for f in fragments)
            if chars > MAX_DOCUMENT_CHARS:
                return None
            if number == 0 and fragments:
                name_line = name_in_large_type(fragments)
            marks = _bullet_marks(page)
            split = find_gutter(fragments, width, list_gaps(_rows(fragments), marks))
            if split is None:
                columns = [fragments]
            else:
                columns = [[f for f in fragments if f.x1 <= split], [f for f in fragments if f.x1 > split]]
            sizes = [sum(len(f.text) for f in column) for column in columns]
            for n, column in enumerate(columns):
                lines = _column_lines(column, marks)
                if number == 0 and n > 0 and not header:
                    header, lines = leading_contact(lines)
                opening = next((line for line in lines if line.strip()), "")
                if split is None and main_end is not None and opening and heading_kind(opening) is None:
                    out[main_end:main_end] = [*lines, ""]  # the main column goes on, not its side column
                    main_end += len(lines) + 1
                    continue
                out.extend([*lines, ""])
                if n == 0:
                    main_end = len(out) if len(columns) > 1 and sizes[0] > sizes[1] else None
        if name_line:
            name, label = split_name(name_line)
            out = [name, *([label] if label else []), *header, ""] + [line for line in out if line.strip() != name_line]
        elif header:
            out = [*header, "", *out]
        text = "\n".join(out).strip()
        return text or None
    finally:
        document.close()
