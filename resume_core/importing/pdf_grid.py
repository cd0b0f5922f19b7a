"""Grids inside one column of a PDF page: a list flowed in two columns, an entry row with a third cell.

`pdf_layout.py` reads a column row by row. Two layouts break that:
- a bullet list set in two columns inside one section (a CSS grid or multi-column list): each row holds
  a piece of two items, so the rows must be read sub-column by sub-column (`split_list_columns`);
- an entry row set as a grid of cells (title | dates | the first highlight), where the last cell is a
  sentence that goes on in the lines below: it is the entry's first item, not part of its header
  (`trailing_item`);
- roles listed as bullets, each over its dates, under one employer (`titles_over_dates`).
Both are decided by geometry (where the cells start, type size, line pitch) and by what the cells hold
(bullets, dates, sentences), never by a theme's name. Linear in the rows.
"""

from __future__ import annotations

from bisect import bisect_left

from resume_core.importing.dates import find_date_range
from resume_core.importing.experience import is_prose
from resume_core.importing.pdf_fragments import Fragment
from resume_core.importing.sections import BULLET_CHARS, _opens_with_past_verb, heading_kind

Mark = tuple[float, float, float, float]


class _Marks:
    """Drawn bullets by 8-point band of their middle, each band sorted by right edge: a look-up costs
    a few bands and a bisection, whatever a hostile page draws (at most four marks per band and x)."""

    def __init__(self, marks: list[Mark] | tuple[Mark, ...]) -> None:
        self.bands: dict[int, list[tuple[float, float]]] = {}
        for _, b, r, t in marks:
            self.bands.setdefault(int((b + t) / 2 // 8), []).append((r, (b + t) / 2))
        for band in self.bands.values():
            band.sort()

    def left_of(self, fragment: Fragment) -> bool:
        if not self.bands or fragment.top - fragment.bottom > 40:
            return False
        for key in range(int((fragment.bottom - 2) // 8), int((fragment.top + 2) // 8) + 1):
            band = self.bands.get(key, [])
            start = bisect_left(band, (fragment.x0 - 3 * fragment.size, -1e9))
            for r, middle in band[start:start + 4]:
                if r <= fragment.x0 + 1 and fragment.bottom - 2 <= middle <= fragment.top + 2:
                    return True
        return False


def _opens_item(fragment: Fragment, marks: _Marks) -> bool:
    """A fragment that starts a list item: a text bullet, or a drawn bullet just left of it."""
    return fragment.text[:1] in BULLET_CHARS or marks.left_of(fragment)


def split_list_columns(rows: list[list[Fragment]], marks: list[Mark] | tuple[Mark, ...] = ()
                       ) -> list[tuple[list[Fragment], float]]:
    """Rows with the right edge their wrapped lines run to (-1: the column's own edge).

    A block opens at a row of two list items side by side (each a text bullet, a bullet glyph and its
    text, or text beside a drawn bullet; the second well right of the first's end), in one type size.
    It runs on while the rows below are in that size, as close as the block's lines, and every fragment
    starts where one of the opening row's fragments starts (within half a letter). Its rows are then read as two sub-columns, left one first: "• A1 | • B1", "A2 | B2"
    -> "• A1", "A2", "• B1", "B2"."""
    out: list[tuple[list[Fragment], float]] = []
    index = _Marks(marks)
    n = 0
    while n < len(rows):
        row = rows[n]
        second = _second_item(row, index)
        if second is None:
            out.append((row, -1.0))
            n += 1
            continue
        size, bold = row[-1].size, row[-1].bold
        right_x = row[second].x0
        starts = [f.x0 for f in row]
        pitch = max(f.top for f in row) - min(f.bottom for f in row)
        end = n + 1
        while end < len(rows):
            below, above = rows[end], rows[end - 1]
            gap = min(f.bottom for f in above) - max(f.top for f in below)
            fits = all(abs(f.size - size) < 0.3 and (f.bold == bold or len(f.text) == 1)
                       and heading_kind(f.text) is None and (f.x0 >= right_x - 0.5 * size or f.x1 < right_x)
                       and any(abs(f.x0 - x) < 0.5 * size for x in starts) for f in below)
            if not fits or gap > 0.8 * pitch:
                break
            end += 1
        block = rows[n:end]
        left = [[f for f in r if f.x0 < right_x - 0.5 * size] for r in block]
        right = [[f for f in r if f.x0 >= right_x - 0.5 * size] for r in block]
        left_edge = max(f.x1 for r in left for f in r)
        right_edge = max(f.x1 for r in right for f in r)
        out.extend((r, left_edge) for r in left if r)
        out.extend((r, right_edge) for r in right if r)
        n = end
    return out


def list_gaps(rows: list[list[Fragment]], marks: list[Mark] | tuple[Mark, ...] = ()) -> list[tuple[float, float]]:
    """The gaps between list items set side by side (a list flowed in columns), to keep the page's
    column finder from splitting the page there: on two rows or more, a fragment that opens an item
    starts (within half a letter) at the same x, after another item opened on its row."""
    seen: dict[int, list[tuple[float, float]]] = {}
    index = _Marks(marks)
    for row in rows:
        opened = False
        for before, after in zip(row, row[1:], strict=False):
            opened = opened or _opens_item(before, index)
            if opened and _opens_item(after, index) and len(before.text) > 1 and abs(before.size - after.size) < 0.3 \
                    and after.x0 - before.x1 > 0.5 * after.size:
                seen.setdefault(round(after.x0 / max(0.5 * after.size, 1.0)), []).append((before.x1, after.x0))
    return [gap for found in seen.values() if len(found) >= 2 for gap in found]


def _second_item(row: list[Fragment], marks: _Marks) -> int | None:
    """The index of the second of exactly two list items side by side on a row, if the row is that."""
    if len(row) < 2 or len(row) > 4 or not _opens_item(row[0], marks):
        return None
    opening = [n for n, f in enumerate(row) if _opens_item(f, marks) and (n == 0 or len(row[n - 1].text) > 1)]
    if len(opening) != 2 or any(abs(f.size - row[0].size) >= 0.3 for f in row):
        return None
    second = opening[1]
    if row[second].x0 - row[second - 1].x1 < 0.5 * row[0].size:
        return None
    glyphs = [n for n in opening if len(row[n].text) == 1]  # a bullet glyph needs its text after it
    if any(n + 1 >= len(row) or len(row[n + 1].text) == 1 for n in glyphs) or len(row) != 2 + len(glyphs):
        return None
    if any(find_date_range(f.text) is not None for f in row):
        return None
    return second


def only_dates(text: str) -> bool:
    """A cell that is a date range and nothing else (a label in a left margin)."""
    found = find_date_range(text)
    return found is not None and found.begin <= 1 and len(text) - found.stop <= 1


def trailing_item(cells: list[str], goes_on: bool = False) -> bool:
    """An entry row set as a grid whose last cell is the first highlight: some cell before it holds a
    date range, and the last cell, of three words or more with no dates, is a sentence, an action, or
    goes on in the line below at its own x (`goes_on`: a cell that wraps is text, not a place)
    ("Senior Backend Engineer | 2021-03 - Present | Led the migration of the billing")."""
    if len(cells) < 2:
        return False
    last = cells[-1]
    if len(last.split()) < 3 or find_date_range(last) is not None or last[:1] in BULLET_CHARS:
        return False
    if not any(find_date_range(cell) is not None for cell in cells[:-1]):
        return False
    return goes_on or is_prose(last) or _opens_with_past_verb(last)


def titles_over_dates(lines: list[str]) -> list[str]:
    """A short bulleted line straight over a line that is only a date range is a position, not a
    bullet: themes list the roles held at one employer as a list ("• Backend Engineer" / "Jun 2018 -
    Feb 2021")."""
    out = list(lines)
    for n, line in enumerate(lines[:-1]):
        below = lines[n + 1].strip()
        if not line.startswith("• ") or len(line.split()) > 9 or not below or len(below) > 40:
            continue
        dates = find_date_range(below)
        if dates is not None and dates.begin <= 1 and len(below) - dates.stop <= 1:
            out[n] = line[2:]
    return out
