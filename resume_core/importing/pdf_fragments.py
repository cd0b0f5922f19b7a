"""Characters of a PDF page into fragments (runs on one baseline), rows and columns.

The first half of the layout reader (`pdf_layout.py` reads the columns as lines): pypdfium2 gives every
character with its box, font size and weight; a fragment is a run of characters on one baseline in one
size. `_rows` groups fragments that share a line; `_gutter` finds a vertical gap between two columns
(or a sidebar and the main column) in time linear in the fragments and the page width.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from resume_core.importing.sections import heading_kind

MAX_CHARS = 40_000
"""A resume page holds a few thousand characters; more is read without layout (cost bound)."""
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
    tracking = 0.0  # the gap between the last two letters of one word on this line, per point of type size
    soft_space = False
    last_bottom = -1e9  # the baseline of the last fragment started
    loose_right = loose_gap = 0.0  # where the letter before this one ends by its advance; the gap to it
    mark_run = False  # inside a repeat drawn back over the letters before it
    for i in range(count):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        char = chr(code) if code else ""
        if "\ue000" <= char <= "\uf8ff":  # icon fonts (phone, pin, calendar) draw private-use characters
            char = " "
        if char == "\x02":  # pdfium's mark for a hyphen that ends a line ("on-" / "call"): the hyphen itself
            char = "-"
        if char in ("\r", "\n", "\ufffe", ""):
            current = None
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        generated = pdfium_c.FPDFText_IsGenerated(raw, i)
        # A small glyph drawn back over letters already read (a combining mark's glyph, which some
        # printers map to its whole cluster again: "Ọ̀ṢỌ̀UN"): a repeat, dropped with its marks.
        if current is not None and not char.isspace() and not generated and (
                mark_run and unicodedata.category(char) == "Mn" or _drawn_back(textpage, i, current, last_left)):
            mark_run = True
            continue
        mark_run = False
        if not char.isspace():  # advance boxes ("loose") of letters of one word touch unless letter-spaced
            loose_left, _, next_right, _ = textpage.get_charbox(i, loose=True)
            loose_gap, loose_right = loose_left - loose_right, next_right
        if char.isspace():
            if generated:  # pdfium's guess of a word gap: checked against the letter gaps at the next letter
                soft_space = True
            elif current is not None and not current.text.endswith(" "):
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
            if same_line and onward and gap < 0.75 * size and abs(size - current.size) < 0.15 * size \
                    and not margin_heading:
                # Letter-spaced text (tracking: letters a tenth of their size apart) gets a space only where
                # the gap is wider than the letters' ("P r e s e n t" is "Present", "2021-03 T O" ends "TO").
                word_gap = _word_gap(gap, loose_gap, size, soft_space, tracking)
                current.text += " " if word_gap and not current.text.endswith(" ") else ""
                tracking = tracking if word_gap else max(loose_gap, 0.0) / max(size, 1)
                soft_space = False
                current.text += char
                last_left = left
                current.x1 = max(current.x1, right)
                current.top = max(current.top, top)
                current.bottom = min(current.bottom, bottom)
                continue
        # A new line has its own letter spacing (a fragment on the same line keeps it: "2021-03" "TO").
        tracking = 0.0 if abs(bottom - last_bottom) > 0.5 * max(size, 1) else tracking
        current = Fragment(char, left, right, bottom, top, size, bold)
        last_left, last_bottom, soft_space = left, bottom, False
        fragments.append(current)
    for fragment in fragments:
        fragment.text = fragment.text.strip()
    return _join_initials([f for f in fragments if f.text])


def _drawn_back(textpage, index: int, current: Fragment, last_left: float) -> bool:
    """A glyph under half the line's height drawn back inside the run before it, left of its last letter."""
    left, bottom, right, top = textpage.get_charbox(index)
    return left < last_left - 0.5 and current.x0 <= left and right <= current.x1 \
        and top - bottom < 0.4 * current.height and bottom < current.top and top > current.bottom


def _word_gap(gap: float, loose_gap: float, size: float, soft_space: bool, tracking: float) -> bool:
    """A space between two letters: a gap of a quarter of a letter, or a space pdfium guessed where
    the letters' advances are apart; in letter-spaced text only a gap wider than the letters'."""
    tracked = tracking > 0.1
    return (gap > 0.25 * size or (soft_space and loose_gap > 0.18 * size)) \
        and not (tracked and loose_gap <= (tracking + 0.15) * size)


def _join_initials(fragments: list[Fragment]) -> list[Fragment]:
    """Small caps: a capital set larger than the letters after it on the same baseline ("W" "ORK")
    opens the same word, so the heading is one fragment ("WORK") before columns are looked for."""
    out: list[Fragment] = []
    for f in fragments:
        last = out[-1] if out else None
        if last is not None and last.text[-1:].isupper() and f.text[:1].isalpha() \
                and last.size > 1.15 * f.size and 0 <= f.x0 - last.x1 < 0.4 * last.size \
                and abs(last.bottom - f.bottom) < 0.25 * f.size:
            last.text += f.text
            last.x1, last.top = max(last.x1, f.x1), max(last.top, f.top)
            continue
        out.append(f)
    return out


def find_gutter(fragments: list[Fragment], width: float, blocked: list[tuple[float, float]] | tuple = ()) -> float | None:
    """`_gutter`, but a line that crosses it between lines of both columns (below the top of each and
    above its bottom) says the page is one column there: text flowed under a grid's cells, not a
    sidebar beside a main column. Such a line's stretch is blocked and the next gutter tried (three
    times at most)."""
    blocked = list(blocked)
    for _ in range(3):
        split = _gutter(fragments, width, blocked)
        if split is None:
            return None
        left = [f for f in fragments if f.x1 <= split]
        right = [f for f in fragments if f.x0 >= split]
        if not left or not right:
            return split
        low = max(min(f.bottom for f in left), min(f.bottom for f in right))
        high = min(max(f.top for f in left), max(f.top for f in right))
        inside = [f for f in fragments if f.x0 < split < f.x1 and f.bottom > low and f.top < high]
        if not inside:
            return split
        blocked.extend((f.x0, f.x1) for f in inside)
    return None


def _gutter(fragments: list[Fragment], width: float, blocked: list[tuple[float, float]] | tuple = ()) -> float | None:
    """An x that no (or almost no) fragment crosses, with a real column of text on each side; never in
    a `blocked` gap (between list items set side by side: a list's own columns, not the page's).

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

    for left, right in blocked:
        crossing[clamp(left)] += 3
        crossing[clamp(right) + 1] -= 3
    for f in fragments:
        a, b = clamp(f.x0) + 1, clamp(f.x1)  # integer x strictly inside (x0, x1)
        if a <= b:
            crossing[a] += 1
            crossing[b + 1] -= 1
        dated = 1 if _DATEISH.search(f.text) or heading_kind(close_letter_spacing(f.text)) is not None else 0
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
        if min(left, right) < 0.08 * total:  # a narrow sidebar holds little text, but it holds some
            continue
        # A column holds lines: one row of tags ("Figma  User research | Prototyping  Design systems")
        # on a short page is not a second column.
        if min(left_count[x], right_count[x]) < 5:
            continue
        # A narrow side "column" of dates or of section headings beside one column of text is one
        # column with its dates or headings in the margin, not two columns.
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
        # Against the row's first fragment and its last: small type ("to" between two dates) sits on
        # the dates' baseline but below the taller text that opened the row.
        if row is not None and any(
                min(ref.top, fragment.top) - max(ref.bottom, fragment.bottom) > 0.5 * min(ref.height, fragment.height)
                for ref in (row[0], row[-1])):
            row.append(fragment)
            continue
        rows.append([fragment])
    for row in rows:
        row.sort(key=lambda f: f.x0)
    return rows


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


def _mark_left(row: Fragment, marks) -> float | None:
    return next((left for left, b, r, t in marks
                 if r <= row.x0 + 1 and row.x0 - r < 3 * row.size and row.bottom - 2 <= (b + t) / 2 <= row.top + 2), None)
