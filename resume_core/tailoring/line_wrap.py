"""Words wrapped onto lines as the renderer wraps them: by characters (`wrapped_lines`), or by the glyph
widths of a template's body font (`flow`, from data/templates/advance_widths.json, which
bench/bench_export.py measures). `page_budget` counts a page's lines with these.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

_WIDTHS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "templates" / "advance_widths.json"


def wrapped_lines(text: str, width: int) -> int:
    """Lines `text` takes when words wrap at `width` characters (at least 1 for any text)."""
    words = text.split()
    if not words:
        return 0
    lines, used = 1, 0
    for word in words:
        size = len(word)
        if used and used + 1 + size > width:
            lines += 1
            used = 0
        # A word longer than the line breaks across lines, as the renderer's overflow-wrap does.
        if size > width:
            extra = math.ceil(size / width) - 1
            lines += extra
            size -= extra * width
        used = size if not used else used + 1 + size
    return lines


class _Widths(dict):
    """Advance widths (em) by character; a character not measured gets the font's typical width."""

    def __init__(self, widths: dict[str, float], other: float):
        super().__init__(widths)
        self.other = other

    def __missing__(self, ch: str) -> float:
        return self.other


@functools.cache
def _font_widths(font: str) -> tuple[_Widths, float]:
    """Advance widths (em) of a body font's common characters, and the width used for any other."""
    table = json.loads(_WIDTHS_FILE.read_text(encoding="utf-8"))[font]
    return _Widths(table["widths"], table["other"]), table["other"]


class _WordWidths(dict):
    """word -> its width (em) in one font, the sum of its characters' widths, measured on first sight.
    Bounded: emptied when it holds `MAX` words."""

    MAX = 65536

    def __init__(self, widths: _Widths):
        super().__init__()
        self.widths = widths

    def __missing__(self, word: str) -> float:
        if len(self) >= self.MAX:
            self.clear()
        size = self[word] = sum(map(self.widths.__getitem__, word))
        return size


@functools.cache
def _word_widths(font: str) -> _WordWidths:
    return _WordWidths(_font_widths(font)[0])


def flow(words: list[str], font: str, width: float, lines: int = 0, used: float = 0.0) -> tuple[int, float]:
    """(lines, width used on the last line) after `words` wrap in `font` at `width` em, continuing a text
    that already took `lines` lines and `used` em of the last one (0 and 0.0: a new text)."""
    widths, other = _font_widths(font)
    space = widths.get(" ", other / 2)
    for size in map(_word_widths(font).__getitem__, words):
        if not lines:
            lines = 1
        elif used + space + size > width:
            lines, used = lines + 1, 0.0
        else:
            used += space
        if size > width:  # a word wider than the line breaks across lines (overflow-wrap)
            extra = math.ceil(size / width) - 1
            lines, size = lines + extra, size - extra * width
        used += size
    return lines, used
