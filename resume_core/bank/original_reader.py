"""The reading tools for the original Target Practice format (`original_format`): its written dates as
ISO dates, pretty-printed text tidied, and a tree walker that reports every element it does not know.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from resume_core.bank.xml_codec import Problems
from resume_core.bank.xml_tree import XmlPath, XmlTree

WHAT = "Big Resume (original Target Practice format)"
_MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], start=1) for name in names}


def convert_date(value: str) -> str:
    """An ISO date (2021, 2021-03, 2021-03-15) for common written forms; other text unchanged."""
    text = value.strip()
    low = text.lower().rstrip(".")
    if low in ("", "present", "current", "now", "today", "ongoing"):
        return ""
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return text
    if m := re.fullmatch(r"(\d{4}-\d{2}-\d{2})T[\d:.]+(Z|[+-][\d:]+)?", text):
        return m.group(1)
    if m := re.fullmatch(r"(\d{4})[/-](\d{1,2})", text):
        return f"{m.group(1)}-{int(m.group(2)):02d}" if 1 <= int(m.group(2)) <= 12 else text
    if m := re.fullmatch(r"(\d{1,2})[/-](\d{4})", text):
        return f"{m.group(2)}-{int(m.group(1)):02d}" if 1 <= int(m.group(1)) <= 12 else text
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        month, day = int(m.group(1)), int(m.group(2))
        return f"{m.group(3)}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else text
    if m := re.fullmatch(r"([A-Za-z]+)\.?,?\s+(?:(\d{1,2}),?\s+)?(\d{4})", text):
        named = _MONTHS.get(m.group(1).lower())
        if named:
            day_part = f"-{int(m.group(2)):02d}" if m.group(2) else ""
            return f"{m.group(3)}-{named:02d}{day_part}"
    return text


def _tidy(text: str) -> str:
    """Text without the indentation a pretty-printer added: outer blank space and the common indent
    of continuation lines go, relative indentation stays."""
    first, _, rest = text.strip().partition("\n")
    return f"{first}\n{textwrap.dedent(rest)}" if rest else first


class Reader:
    """Walks the original tree, reporting every element it does not understand."""

    def __init__(self, tree: XmlTree) -> None:
        self.problems = Problems(tree, WHAT)

    @staticmethod
    def node(value: Any) -> dict[str, Any]:
        if value is None:
            return {}
        if isinstance(value, str):
            return {"#text": value}
        return dict(value)

    def text(self, value: Any, path: XmlPath) -> str:
        if isinstance(value, list):
            return "\n".join(self.text(v, path) for v in value)
        if isinstance(value, dict):
            self.leftovers({k: v for k, v in value.items() if k != "#text"}, path)
            value = value.get("#text")
        return _tidy(value or "")

    def items(self, value: Any, tags: tuple[str, ...], path: XmlPath) -> list[tuple[Any, XmlPath]]:
        """Children of a list element, accepting any of `tags` as the item name."""
        holder = self.node(value)
        out = []
        for key, raw in holder.items():
            if key in tags:
                for index, item in enumerate(raw if isinstance(raw, list) else [raw]):
                    out.append((item, (*path, (key, index))))
        self.leftovers({k: v for k, v in holder.items() if k not in tags}, path, allow_text=False)
        return out

    def leftovers(self, node: dict[str, Any], path: XmlPath, allow_text: bool = False) -> None:
        tag = path[-1][0]
        for key, value in node.items():
            if key == "#text":
                if not allow_text and value and value.strip():
                    self.problems.add(f"stray text {value.strip()[:40]!r} inside <{tag}>", path)
            elif key.startswith("@"):
                self.problems.add(f"attribute {key[1:]!r} on <{tag}>", path)
            else:
                self.problems.add(f"unknown element <{key}> inside <{tag}>", path)

    def take(self, node: dict[str, Any], names: tuple[str, ...], path: XmlPath) -> str:
        """The text of the first of `names` (child or attribute) present, removed from `node`."""
        found = ""
        for name in names:
            for key in (name, f"@{name}"):
                if key in node:
                    value = self.text(node.pop(key), (*path, (name, 0)))
                    found = found or value
        return found


def put(out: dict[str, Any], **values: Any) -> dict[str, Any]:
    """`out` with the non-empty `values` added (an empty value would write an empty element)."""
    out.update({k: v for k, v in values.items() if v not in ("", None, [], {})})
    return out
