"""Text into the vocabulary's tokens: lower case, plural "s" dropped, "-" and "/" as gaps, so a name and
running text are cut the same way (`scan`, `tokens`) and a term has one look-up key (`normalise`)."""

from __future__ import annotations

import re
from itertools import accumulate

# A token: letters/digits with inner dots (node.js, asp.net), trailing + or # (c++, c#), or a leading
# dot (.net). Everything else (spaces, "-", "/", commas) separates tokens.
_TOKEN = re.compile(r"(?<![A-Za-z0-9])\.?[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*[+#]*")
_SPLIT = re.compile(f"({_TOKEN.pattern})")
_NO_PLURAL = ("ss", "us", "is")


def _norm(token: str) -> str:
    token = token.lower()
    if len(token) > 3 and token.isalpha():
        if token.endswith("ies"):
            return token[:-3] + "y"
        if token.endswith("s") and not token.endswith(_NO_PLURAL):
            return token[:-1]
    return token


class _Normalised(dict):
    """token -> `_norm(token)`, filled on first sight: a look-up in C for every token after that. Bounded:
    emptied when it holds `MAX` tokens (a word of some visitor's text is all it keeps)."""

    MAX = 65536

    def __missing__(self, token: str) -> str:
        if len(self) >= self.MAX:
            self.clear()
        value = self[token] = _norm(token)
        return value


_NORMALISED = _Normalised()


def scan(text: str) -> tuple[list[str], list[int], list[int]]:
    """Normalised tokens of `text`, their start and their end offsets, as three lists.

    One `split` cuts the text into gap, token, gap, ... (the text read once, in C); running sums of the
    pieces' lengths give every offset without a Python step per token.
    """
    pieces = _SPLIT.split(text)
    offsets = list(accumulate(map(len, pieces)))
    return list(map(_NORMALISED.__getitem__, pieces[1::2])), offsets[0::2], offsets[1::2]


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Normalised tokens of `text` with their character offsets."""
    return list(zip(*scan(text)))


def normalise(term: str) -> str:
    """The look-up key of a term: its normalised tokens joined by spaces ("React.JS" -> "react.js")."""
    # Not the duplicate check for bank entries (importers.skills.normalise): this key must equal the
    # token sequence `find` sees in running text, so it singularises ("Microservices" ->
    # "microservice") and keeps only token characters. On whole entries that would merge distinct
    # ones: "https://a.io/x" and "http://a.io/x", or the skills "Sales" and "Sale".
    return " ".join(t for t, _, _ in tokens(term))
