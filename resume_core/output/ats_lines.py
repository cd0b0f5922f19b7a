"""Steps 1 and 2 of reading a PDF as a layout-based ATS parser does: text items, then lines.

Text items are runs of characters of one font, size and baseline, in content-stream order (what a parser
sees), whitespace trimmed off their ends; lines are consecutive items on one baseline, where items closer
than a typical character width are joined as parsers join them. `resume_core.output.ats_reader` reads sections,
entries and fields from these lines.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass, field

BULLETS = "\u2022\u22c5\u2219\u25cf\u25cb\u2b24\u26ac\u2981\u25aa\u25e6\u2023\u2043-*\u25a0"
"""Characters that start a bullet line."""
_SPACE_AFTER = set(":,|." + BULLETS)


@dataclass
class Item:
    text: str
    x0: float
    x1: float
    baseline: float
    """Distance from the top of the page to the baseline (grows down the page)."""
    size: float
    bold: bool
    font: str = ""
    space_before: bool = False
    """The run began with whitespace (trimmed off): a reader that joins it to the text before adds a space."""
    space_after: bool = False


@dataclass
class TextLine:
    items: list[Item] = field(default_factory=list)

    @property
    def baseline(self) -> float:
        return self.items[0].baseline

    @property
    def text(self) -> str:
        return " ".join(item.text for item in self.items)


def _close_item(current: list, items: list[Item]) -> None:
    """End the item being built: its characters, whitespace trimmed off its ends, become an `Item`."""
    after = before = False
    while current and current[-1][0].isspace():
        current.pop()
        after = True
    while current and current[0][0].isspace():
        current.pop(0)
        before = True
    if current:
        font = current[0][5]
        items.append(Item("".join(c[0] for c in current), current[0][1], current[-1][2], current[0][3],
                          current[0][4], "bold" in font.lower() or "black" in font.lower(), font,
                          before, after))
    elif (before or after) and items:
        items[-1].space_after = True  # a run of spaces alone: the next text is a new word
    current.clear()


def read_items(pdf: bytes) -> list[list[Item]]:
    """The text items of each page, in content-stream order."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    pages: list[list[Item]] = []
    buffer = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    try:
        for page in document:
            height = page.get_height()
            textpage = page.get_textpage()
            items: list[Item] = []
            current: list = []  # chars of the item being built: (char, x0, x1, baseline, size, font)

            for index in range(textpage.count_chars()):
                if raw.FPDFText_IsGenerated(textpage.raw, index):
                    _close_item(current, items)  # a line end or gap the library inferred: not in the PDF
                    continue
                char = chr(raw.FPDFText_GetUnicode(textpage.raw, index))
                if char in "\r\n\x00":
                    _close_item(current, items)
                    continue
                left, bottom, right, _top = textpage.get_charbox(index)
                size = round(raw.FPDFText_GetFontSize(textpage.raw, index), 2)
                raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, len(buffer), ctypes.byref(flags))
                font = buffer.value.decode("latin-1").split("+")[-1]
                baseline = round(height - raw_origin_y(textpage, index, bottom), 2)
                if current:
                    last = current[-1]
                    same = (font == last[5] and size == last[4] and abs(baseline - last[3]) < size * 0.2
                            and -size * 0.2 < left - last[2] < size * 0.25)
                    if not same:
                        _close_item(current, items)
                current.append((char, left, right, baseline, size, font))
            _close_item(current, items)
            pages.append(items)
            textpage.close()
            page.close()
    finally:
        document.close()
    return pages


def raw_origin_y(textpage, index: int, fallback: float) -> float:
    """The baseline (origin y) of a character; its box bottom when the library cannot say."""
    import pypdfium2.raw as raw

    x, y = ctypes.c_double(), ctypes.c_double()
    if raw.FPDFText_GetCharOrigin(textpage.raw, index, ctypes.byref(x), ctypes.byref(y)):
        return y.value
    return fallback


def _typical_char_width(items: list[Item]) -> float:
    """Average character width of the most common (font, size): the body text."""
    counts: Counter = Counter()
    for item in items:
        counts[(item.font, item.size)] += len(item.text)
    if not counts:
        return 0.0
    body = counts.most_common(1)[0][0]
    widths = [(item.x1 - item.x0, len(item.text)) for item in items if (item.font, item.size) == body]
    return sum(w for w, _ in widths) / max(1, sum(n for _, n in widths))


def group_lines(items: list[Item]) -> list[TextLine]:
    """Items -> lines (consecutive items on one baseline), close items joined as parsers join them."""
    lines: list[TextLine] = []
    for item in items:
        # The line just drawn, or one of the two before it (a heading's dates are drawn after its wrapped
        # second line); items drawn much later on a baseline (CSS list markers) start lines of their own.
        same = next((line for line in reversed(lines[-3:])
                     if abs(line.items[-1].baseline - item.baseline) < max(item.size, 1.0) * 0.3), None)
        if same is not None:
            same.items.append(item)
        else:
            lines.append(TextLine([item]))
    char_width = _typical_char_width(items)
    for line in lines:
        line.items.sort(key=lambda i: i.x0)
        merged: list[Item] = []
        for item in line.items:
            if merged and item.x0 - merged[-1].x1 <= char_width:
                left = merged[-1]
                space = " " if (left.space_after or item.space_before or left.text[-1] in _SPACE_AFTER
                                or item.text[0] in "|" + BULLETS) else ""
                merged[-1] = Item(left.text + space + item.text, left.x0, item.x1, left.baseline, left.size,
                                  left.bold, left.font, left.space_before, item.space_after)
            else:
                merged.append(item)
        line.items = merged
    return lines
