"""Reading untrusted XML safely into xmltodict trees, remembering the line where each element starts.

Every Big Resume, posting and snapshot file passes through `read_tree`. It refuses files over
`MAX_XML_BYTES`, any DOCTYPE (the only door to entity expansion, "billion laughs", and to external
entities, XXE), and malformed XML, each with a `BankFileError` that names the line and says what
to do. Whitespace is kept exactly, so text round-trips byte for byte.

XML 1.0 cannot hold most control characters, and parsers turn a carriage return into a newline.
`escape_text` therefore writes such a character as ␛ + hex code + ';' (␛ is U+241B, the visible
"symbol for escape", which no one types in a resume), so a carriage return reads `␛d;`;
`unescape_text` reverses it, and ordinary text is never changed; an escaped lone surrogate (which
no writer can encode) reads back as U+FFFD, so a bank that holds one still opens and exports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.parsers import expat

import xmltodict

from resume_core.errors import BankFileError

MAX_XML_BYTES = 5_000_000
"""Largest XML file read (5 MB); a Big Resume with years of interviews is well under 1 MB."""

MAX_DEPTH = 40
"""Deepest element nesting read; a Big Resume needs 8, and deep nesting is a cheap way to exhaust memory."""

XmlPath = tuple[tuple[str, int], ...]
"""Where an element is: (tag, index among same-tag siblings) from the root down."""

ESC = "\u241b"
_NEEDS_ESCAPE = re.compile("[^\t\n\x20-\u241a\u241c-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_ESCAPED = re.compile("\u241b([0-9a-f]{1,6});")


def escape_text(value: str) -> str:
    """`value` with every character XML 1.0 cannot keep exactly (and ESC itself) written as ESC+hex+';'."""
    return _NEEDS_ESCAPE.sub(lambda m: f"{ESC}{ord(m.group()):x};", value)


def unescape_text(value: str) -> str:
    """The inverse of `escape_text`."""
    if ESC not in value:
        return value

    def _char(match: re.Match[str]) -> str:
        code = int(match.group(1), 16)
        if 0xD800 <= code <= 0xDFFF:  # a lone surrogate cannot be encoded: every export would fail
            return "\ufffd"
        return chr(code) if code <= 0x10FFFF else match.group()

    return _ESCAPED.sub(_char, value)


@dataclass
class XmlTree:
    """A parsed document: the root tag, the xmltodict value of the root, and element start lines."""

    root: str
    node: Any
    lines: dict[XmlPath, int] = field(default_factory=dict)

    def line_of(self, path: XmlPath) -> int | None:
        """The line of the element at `path`, or of its nearest known ancestor."""
        for end in range(len(path), 0, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None

    def where(self, path: XmlPath) -> str:
        """' (line N)' for messages, or '' when the line is unknown."""
        line = self.line_of(path)
        return f" (line {line})" if line else ""


class _Refused(Exception):
    def __init__(self, what: str, line: int) -> None:
        super().__init__(what)
        self.what = what
        self.line = line


def _as_bytes(data: str | bytes, what: str) -> tuple[bytes, str | None]:
    if isinstance(data, str):
        if len(data) > MAX_XML_BYTES:
            raise _too_big(what)
        try:
            return data.encode("utf-8"), "utf-8"
        except UnicodeEncodeError as exc:
            raise BankFileError(
                f"The {what} holds text that is not valid Unicode (at character {exc.start}).",
                "Open it in a text editor, remove the broken character and try again.",
            ) from None
    return bytes(data), None


def _too_big(what: str) -> BankFileError:
    return BankFileError(
        f"The {what} is larger than {MAX_XML_BYTES // 1_000_000} MB, the most Target Practice reads.",
        "Check that you picked the right file; a Big Resume is normally well under 1 MB.",
    )


def read_tree(data: str | bytes, what: str = "file") -> XmlTree:
    """Parse untrusted XML into an `XmlTree`; `what` names the file kind in messages ('Big Resume')."""
    raw, encoding = _as_bytes(data, what)
    if len(raw) > MAX_XML_BYTES:
        raise _too_big(what)
    if not raw.strip():
        raise BankFileError(f"The {what} is empty.", "Pick a file that contains your XML.")
    lines = _scan(raw, encoding, what)
    try:
        parsed = xmltodict.parse(raw, encoding=encoding, strip_whitespace=False, disable_entities=True)
    except (expat.ExpatError, ValueError) as exc:  # already caught by _scan; kept as a second lock
        raise BankFileError(f"The {what} is not readable XML: {exc}.", "Fix the XML and try again.") from None
    (root, node), = parsed.items()
    return XmlTree(root=root, node=node, lines=lines)


def _scan(raw: bytes, encoding: str | None, what: str) -> dict[XmlPath, int]:
    """First pass with a bare expat parser: refuse DTDs and entities, report syntax errors, map lines."""
    parser = expat.ParserCreate(encoding)
    lines: dict[XmlPath, int] = {}
    path: list[tuple[str, int]] = []
    counts: list[dict[str, int]] = [{}]

    def start(tag: str, _attrs: Any) -> None:
        if len(path) >= MAX_DEPTH:
            raise _Refused(f"elements nested more than {MAX_DEPTH} deep", parser.CurrentLineNumber)
        index = counts[-1].get(tag, 0)
        counts[-1][tag] = index + 1
        path.append((tag, index))
        lines[tuple(path)] = parser.CurrentLineNumber
        counts.append({})

    def end(_tag: str) -> None:
        path.pop()
        counts.pop()

    def doctype(*_args: Any) -> None:
        raise _Refused("a DOCTYPE declaration", parser.CurrentLineNumber)

    def entity(*_args: Any) -> None:
        raise _Refused("an entity declaration", parser.CurrentLineNumber)

    def external(*_args: Any) -> int:
        raise _Refused("an external entity reference", parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = entity
    parser.ExternalEntityRefHandler = external
    try:
        parser.Parse(raw, True)
    except _Refused as exc:
        if exc.what.startswith("elements nested"):
            raise BankFileError(
                f"The {what} contains {exc.what} (line {exc.line}); a Big Resume is never that deep.",
                "Check that you picked the right file.",
            ) from None
        raise BankFileError(
            f"The {what} contains {exc.what} at line {exc.line}; Target Practice refuses DTDs and "
            "entities because they can read other files or expand to gigabytes.",
            f"Delete the <!DOCTYPE ...> part at line {exc.line} (the file does not need it) and try again.",
        ) from None
    except expat.ExpatError as exc:
        reason = expat.errors.messages[exc.code]
        raise BankFileError(
            f"The {what} is not well-formed XML: {reason} at line {exc.lineno}, column {exc.offset + 1}.",
            f"Open the file in a text editor and fix line {exc.lineno} (often a missing closing tag, a bare "
            "'&' that should be written '&amp;', or text saved in an encoding other than UTF-8), then try again.",
        ) from None
    except (LookupError, ValueError, UnicodeError) as exc:  # an unknown or multi-byte encoding declaration
        raise BankFileError(
            f"The {what} declares a text encoding this app cannot read ({str(exc)[:80]}).",
            "Open it in a text editor, save it as UTF-8 and change the first line to "
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>, then try again.",
        ) from None
    return lines
