"""Text at the edge: characters that cannot be encoded or shown are replaced where text comes in.

A lone surrogate (half of a UTF-16 pair, as JSON's "\ud800" or the app's own escape writes it)
cannot be encoded as UTF-8, so a bank holding one fails every export and page that writes it out.
C0 control characters other than tab and newline are invisible and break XML, PDF and DOCX writers.
`clean_text` replaces a surrogate with U+FFFD (the visible replacement character) and drops the
controls; `clean_json` does it for every string of a parsed JSON document. Both are linear-time.
"""

from __future__ import annotations

import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """`text` with lone surrogates replaced by U+FFFD and control characters (but tab, newline and
    carriage return) removed; other text is returned unchanged."""
    if text.isascii() and text.isprintable():
        return text
    text = _SURROGATE.sub(REPLACEMENT, text)
    return _CONTROL.sub("", text)


def clean_json(document: Any) -> tuple[Any, int]:
    """A parsed JSON document with every string (keys too) cleaned, and how many strings changed.
    Iterative, so any depth the JSON parser accepted is walked without recursion."""
    changed = 0

    def fix(value: Any) -> Any:
        nonlocal changed
        if isinstance(value, str):
            cleaned = clean_text(value)
            changed += cleaned != value
            return cleaned
        return value

    root = [fix(document)]
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            for i, item in enumerate(node):
                node[i] = fix(item)
                if isinstance(node[i], (list, dict)):
                    stack.append(node[i])
        elif isinstance(node, dict):
            for key in list(node):
                value = fix(node.pop(key))
                node[fix(key)] = value
                if isinstance(value, (list, dict)):
                    stack.append(value)
    return root[0], changed


def json_depth(document: Any) -> int:
    """The nesting depth of a parsed JSON document (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return deepest
