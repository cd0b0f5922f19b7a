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

from resume_core.importers.sections import BULLET_CHARS, heading_kind

MAX_CHARS = 40_000
"""A resume page holds a few thousand characters; more is read without layout (cost bound)."""

MAX_DOCUMENT_CHARS = 150_000
"""Over this, the whole document is read without layout (a resume is a few pages of text)."""
_CONTACT = re.compile(r"@|^\+?[\d ()./-]{7,}$|(?<!\d)(?:19|20)\d\d\s*[-–—]")
_DATEISH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:present|current|now)\b", re.IGNORECASE)
_SPACED = re.compile(r"^(?:[^\W\d_]{1,2} ){3,}[^\W\d_]{1,2}$")


@dataclass
class Fragment:
    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    bold: bool

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


def close_letter_spacing(text: str) -> str:
    """"E D U C A T I O N" -> "EDUCATION"; "W O R K  E X P E R I E N C E" -> "WORK EXPERIENCE"."""
    stripped = text.strip()
    if len(stripped) > 80:
        return text
    words = re.split(r"\s{2,}|\s\|\s", stripped)  # words apart by a wide gap, or by the " | " of a far fragment
    if all(_SPACED.match(w) for w in words):
        return " ".join(w.replace(" ", "") for w in words)
    return text


def _page_fragments(page) -> list[Fragment] | None:
    import pypdfium2.raw as pdfium_c

    textpage = page.get_textpage()
    count = textpage.count_chars()
    if count > MAX_CHARS:
        return None
    raw = textpage.raw
    fragments: list[Fragment] = []
    current: Fragment | None = None
    last_left = 0.0
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        char = chr(code) if code else ""
        if "\ue000" <= char <= "\uf8ff":  # icon fonts (phone, pin, calendar) draw private-use characters
            char = " "
        if char in ("\r", "\n", "\x02", "\ufffe", ""):
            current = None
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        generated = pdfium_c.FPDFText_IsGenerated(raw, i)
        if char.isspace():
            if current is not None and not current.text.endswith(" "):
                current.text += " "
            continue
        if generated:
            continue
        size = pdfium_c.FPDFText_GetFontSize(raw, i) or (top - bottom)
        weight = pdfium_c.FPDFText_GetFontWeight(raw, i)
        bold = weight >= 600
        if current is not None:
            same_line = abs(bottom - current.bottom) < 0.5 * max(size, 1) or (
                bottom < current.top and top > current.bottom and abs(size - current.size) < 0.5)
            gap = left - current.x1
            # A heading set in a left margin beside its first entry ("Work   IT Support Specialist").
            margin_heading = gap > 0.6 * size and heading_kind(close_letter_spacing(current.text.strip())) is not None
            # A ligature ("ffi") gives each of its letters the ligature's box: not going backwards
            # past the previous letter's start is still the same run.
            onward = -0.5 * size < gap or left >= last_left - 0.5
            if same_line and onward and gap < 1.0 * size and abs(size - current.size) < 0.15 * size \
                    and not margin_heading:
                if gap > 0.25 * size and not current.text.endswith(" "):
                    current.text += " "
                current.text += char
                last_left = left
                current.x1 = max(current.x1, right)
                current.top = max(current.top, top)
                current.bottom = min(current.bottom, bottom)
                continue
        current = Fragment(char, left, right, bottom, top, size, bold)
        last_left = left
        fragments.append(current)
    for fragment in fragments:
        fragment.text = fragment.text.strip()
    return [f for f in fragments if f.text]


def _gutter(fragments: list[Fragment], width: float) -> float | None:
    """An x that no (or almost no) fragment crosses, with a real column of text on each side.

    Counted with prefix sums over whole points across the page, so the cost is linear in the
    number of fragments plus the page width (a hostile page of 40,000 one-letter fragments too).
    """
    if len(fragments) < 8 or width <= 0:
        return None
    size = int(width) + 2
    crossing = [0] * (size + 1)  # difference array: fragments spanning x
    left_chars = [0] * (size + 1)  # characters of fragments ending at or before x
    right_chars = [0] * (size + 1)  # characters of fragments starting at or after x
    left_dates = [0] * (size + 1)
    right_dates = [0] * (size + 1)
    left_count = [0] * (size + 1)
    right_count = [0] * (size + 1)

    def clamp(value: float) -> int:
        return min(max(int(value), 0), size - 1)

    for f in fragments:
        a, b = clamp(f.x0) + 1, clamp(f.x1)  # integer x strictly inside (x0, x1)
        if a <= b:
            crossing[a] += 1
            crossing[b + 1] -= 1
        dated = 1 if _DATEISH.search(f.text) else 0
        end = min(size - 1, int(f.x1) + 1)  # first x at or after the fragment's end
        left_chars[end] += len(f.text)
        left_dates[end] += dated
        left_count[end] += 1
        start = clamp(f.x0)  # last x at or before the fragment's start
        right_chars[start] += len(f.text)
        right_dates[start] += dated
        right_count[start] += 1
    for x in range(1, size):
        crossing[x] += crossing[x - 1]
        left_chars[x] += left_chars[x - 1]
        left_dates[x] += left_dates[x - 1]
        left_count[x] += left_count[x - 1]
    for x in range(size - 2, -1, -1):
        right_chars[x] += right_chars[x + 1]
        right_dates[x] += right_dates[x + 1]
        right_count[x] += right_count[x + 1]
    total = sum(len(f.text) for f in fragments)
    best: tuple[float, float] | None = None
    for x in range(int(0.12 * width) + 1, int(0.88 * width)):
        if crossing[x] > 2:
            continue
        left, right = left_chars[x], right_chars[x]
        if min(left, right) < 0.15 * total:
            continue
        # A narrow side "column" of dates beside one column of text is one column with its dates on
        # the side, not two columns.
        dates, count = (right_dates[x], right_count[x]) if right < left else (left_dates[x], left_count[x])
        if count and dates > 0.4 * count:
            continue
        score = min(left, right) - 50 * crossing[x]
        if best is None or score > best[0]:
            best = (score, float(x))
    return best[1] if best else None


def _rows(fragments: list[Fragment]) -> list[list[Fragment]]:
    rows: list[list[Fragment]] = []
    for fragment in sorted(fragments, key=lambda f: (-f.top, f.x0)):
        row = rows[-1] if rows else None
        if row is not None:
            ref = row[0]
            overlap = min(ref.top, fragment.top) - max(ref.bottom, fragment.bottom)
            if overlap > 0.5 * min(ref.height, fragment.height):
                row.append(fragment)
                continue
        rows.append([fragment])
    for row in rows:
        row.sort(key=lambda f: f.x0)
    return rows


@dataclass
class _Row(Fragment):
    """A line of fragments joined into one text run."""

    start: float = -1.0
    """Where the row's ink starts (a text bullet's x when the row hangs after one)."""


def _join_row(row: list[Fragment]) -> _Row:
    parts = [row[0].text]
    for n, (before, after) in enumerate(zip(row, row[1:])):
        gap = after.x0 - before.x1
        margin_heading = n == 0 and heading_kind(close_letter_spacing(before.text)) is not None
        glyph = n == 0 and len(before.text) == 1 and before.text in BULLET_CHARS  # "•" then a tab
        far = gap > 1.0 * max(before.size, 1) and not glyph
        parts.append((" | " if far or margin_heading else " ") + after.text)
    text = close_letter_spacing("".join(parts))
    size = max(f.size for f in row)
    # A text bullet hangs left of its item: the item's lines align on the text after it.
    hanging = len(row) > 1 and len(row[0].text) == 1 and row[0].text in BULLET_CHARS
    return _Row(text, row[1].x0 if hanging else row[0].x0, row[-1].x1, min(f.bottom for f in row),
                max(f.top for f in row), size, all(f.bold for f in row), row[0].x0)


def _bullet_marks(page) -> list[tuple[float, float, float, float]]:
    """Small square shapes (list bullets drawn as paths, as browsers print them)."""
    import pypdfium2.raw as pdfium_c

    marks = []
    for obj in page.get_objects(max_depth=3):
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        left, bottom, right, top = obj.get_bounds()
        w, h = right - left, top - bottom
        if 1 < w < 8 and 1 < h < 8 and 0.5 < w / h < 2:
            marks.append((left, bottom, right, top))
        if len(marks) > 500:
            break
    return marks


def _has_mark(row: "_Row", marks) -> bool:
    return any(r <= row.x0 + 1 and row.x0 - r < 3 * row.size and row.bottom - 2 <= (b + t) / 2 <= row.top + 2
               for _, b, r, t in marks)


def _column_lines(fragments: list[Fragment], marks=()) -> list[str]:
    rows = [_join_row(r) for r in _rows(fragments)]
    if not rows:
        return []
    right_edge = max(r.x1 for r in rows)
    gaps = sorted(a.bottom - b.top for a, b in zip(rows, rows[1:]) if a.bottom - b.top > 0)
    usual_gap = statistics.median(gaps) if gaps else 0.0
    # Lines of one paragraph sit closest; paragraphs (separate items in a sidebar) add a margin.
    line_gap = gaps[len(gaps) // 4] if gaps else 0.0
    lines: list[str] = []
    previous: _Row | None = None
    in_bullet = False
    for row in rows:
        marked = bool(marks) and _has_mark(row, marks)
        heading, _, rest = row.text.partition(" | ")
        if rest and heading_kind(heading) is not None:  # a heading in a left margin beside its first entry
            lines.extend(["", heading])
            row.text, previous = rest, None
        if previous is not None:
            gap = previous.bottom - row.top
            aligned = min(abs(previous.x0 - row.x0), abs(previous.start - row.x0)) < 0.6 * previous.size
            close = (aligned and abs(previous.size - row.size) < 0.3
                     and previous.bold == row.bold and gap <= usual_gap * 1.3 + 0.5)
            tight = gap <= line_gap + 0.25 * row.size
            # A heading, a line in capitals under one that is not, or a contact line starts anew.
            starts_heading = row.text[:1].isupper() and heading_kind(row.text) is not None  # not "projects" ending a line
            close = close and not starts_heading and heading_kind(previous.text) is None \
                and not (row.text.isupper() and len(row.text.split()) > 1 and not previous.text.isupper()) \
                and not _CONTACT.search(row.text)
            # A line wrapped when the next line's first word would not have fitted after it.
            char_width = (row.x1 - row.x0) / max(len(row.text), 1)
            first_word = len(row.text.split(" ", 1)[0]) + 1.5
            full = right_edge - previous.x1 < first_word * char_width
            plain = " | " not in row.text and " | " not in previous.text and not re.search(r"[.!?:]$", previous.text)
            # Only the line width says "wrapped": then the lines must also sit as close as a paragraph's.
            full = full and tight
            if marks and in_bullet:  # bullets are drawn: a line without one, under a bullet, at its indent, continues it
                full = not marked
            if close and plain and not marked and (full or row.text[:1].islower()):
                lines[-1] += (" " if not lines[-1].endswith("-") else "") + row.text
                previous = _Row(lines[-1], previous.x0, row.x1, row.bottom, previous.top, previous.size, previous.bold,
                                previous.start)
                continue
            if gap > max(usual_gap * 1.8, 0.6 * row.size):
                lines.append("")
        lines.append(("• " if marked else "") + row.text)
        in_bullet = marked
        previous = row
    return lines


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
                name_line = _name_in_large_type(fragments)
            marks = _bullet_marks(page)
            split = _gutter(fragments, width)
            if split is None:
                columns = [fragments]
            else:
                columns = [[f for f in fragments if f.x1 <= split], [f for f in fragments if f.x1 > split]]
            for column in columns:
                out.extend(_column_lines(column, marks))
                out.append("")
        if name_line:
            out = [name_line, ""] + [line for line in out if line.strip() != name_line]
        text = "\n".join(out).strip()
        return text or None
    finally:
        document.close()


def _name_in_large_type(fragments: list[Fragment]) -> str:
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
    words = text.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return ""
    return text
