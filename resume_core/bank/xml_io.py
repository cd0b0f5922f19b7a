"""Big Resume, posting and snapshot files: XML that people can read, edit and diff.

`render_*_xml` writes a model as pretty-printed, deterministic UTF-8 XML (the same value always
gives the same bytes; one item per line); `parse_*_xml` reads it back so that
`parse_bank_xml(render_bank_xml(bank)) == bank` exactly, whitespace and all. Reading is defensive:
`xml_tree.read_tree` refuses oversized, malformed and DTD-carrying files, unknown elements are named
with their line, and every validation problem is reported at once with its place and the fix.
Older files migrate on the way in (`migrations.py`), including the original Target Practice
`<resume>` format (`original_format.py`). The format is described in XML_FORMAT.md.
"""

from __future__ import annotations

from typing import Any, TypeVar

import xmltodict
from pydantic import BaseModel, ValidationError

from resume_core.errors import BankFileError
from resume_core.bank.migrations import migrate_bank_node
from resume_core.bank.model import SCHEMA_VERSION, Bank, Posting, Snapshot
from resume_core.bank.original_format import original_to_node
from resume_core.bank.xml_codec import Problems, from_node, to_node, xml_path
from resume_core.bank.xml_tree import MAX_XML_BYTES, XmlTree, read_tree

__all__ = [
    "MAX_XML_BYTES",
    "check_saved_size",
    "parse_bank_xml",
    "parse_posting_xml",
    "parse_snapshot_xml",
    "render_bank_xml",
    "render_posting_xml",
    "render_snapshot_xml",
    "validation_message",
]

BANK_ROOT = "bigResume"
T = TypeVar("T", bound=BaseModel)


def _render(root: str, node: dict[str, Any]) -> str:
    text = xmltodict.unparse({root: node}, pretty=True, indent="  ", short_empty_elements=True)
    return text + "\n"


def render_bank_xml(bank: Bank) -> str:
    """The Big Resume as XML, root `<bigResume schemaVersion="3">` (always the current version)."""
    node = to_node(bank)
    node.pop("@schemaVersion", None)
    return _render(BANK_ROOT, {"@schemaVersion": str(SCHEMA_VERSION), **node})


def render_posting_xml(posting: Posting) -> str:
    """A saved posting as XML, root `<posting>`."""
    return _render("posting", to_node(posting))


def render_snapshot_xml(snapshot: Snapshot) -> str:
    """A saved tailored resume as XML, root `<snapshot>`."""
    return _render("snapshot", to_node(snapshot))


def check_saved_size(data: bytes, model: BaseModel, what: str = "Big Resume") -> None:
    """Refuse to save what could not be read back: one size rule (`MAX_XML_BYTES`) for write and read.

    The message names the longest text fields, so the user knows which one to shorten."""
    if len(data) <= MAX_XML_BYTES:
        return
    fields = ", ".join(f"{place} ({size:,} characters)" for place, size in _longest_fields(model))
    raise BankFileError(
        f"The {what} would be {len(data) / 1_000_000:.1f} MB, more than the {MAX_XML_BYTES // 1_000_000} MB this app "
        f"reads back, so it was not saved. The longest text: {fields}.",
        "Shorten that text (a summary or a bullet is a few sentences, not a document) and save again; "
        "what was saved before is unchanged.",
    )


def _longest_fields(model: BaseModel, count: int = 3) -> list[tuple[str, int]]:
    """The `count` longest strings in a model, as (dotted place, length), without recursion."""
    found: list[tuple[int, str]] = []
    stack: list[tuple[str, object]] = [("", model.model_dump())]
    while stack:
        place, value = stack.pop()
        if isinstance(value, str):
            found.append((len(value), place))
        elif isinstance(value, dict):
            stack.extend((f"{place}.{key}" if place else str(key), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((f"{place}[{i}]", item) for i, item in enumerate(value))
    found.sort(reverse=True)
    return [(place, size) for size, place in found[:count]]


def parse_bank_xml(text: str | bytes) -> Bank:
    """Read a Big Resume file (current, older or original Target Practice format) into a `Bank`."""
    tree = read_tree(text, "Big Resume")
    if tree.root == "resume":
        node = original_to_node(tree)
        return _build(Bank, node, None, "Big Resume (original Target Practice format)")
    _expect_root(tree, BANK_ROOT, "Big Resume")
    node, migrated = migrate_bank_node(tree)
    return _build(Bank, node, None if migrated else tree, "Big Resume")


def parse_posting_xml(text: str | bytes) -> Posting:
    """Read a posting file written by `render_posting_xml`."""
    tree = read_tree(text, "posting file")
    _expect_root(tree, "posting", "posting file")
    return _build(Posting, tree.node, tree, "posting file")


def parse_snapshot_xml(text: str | bytes) -> Snapshot:
    """Read a snapshot file written by `render_snapshot_xml`."""
    tree = read_tree(text, "snapshot file")
    _expect_root(tree, "snapshot", "snapshot file")
    return _build(Snapshot, tree.node, tree, "snapshot file")


def _expect_root(tree: XmlTree, root: str, what: str) -> None:
    if tree.root != root:
        expected = f"<{root}>" + (" or <resume>" if root == BANK_ROOT else "")
        raise BankFileError(
            f"This is not a {what}: its outer element is <{tree.root}> (line {tree.line_of(((tree.root, 0),)) or 1}), "
            f"expected {expected}.",
            f"Pick a {what} saved by Target Practice; its first element is {expected}.",
        )


def _build(cls: type[T], node: Any, tree: XmlTree | None, what: str) -> T:
    """Validate a tree already in the current layout; `tree` (when given) supplies line numbers."""
    root = tree.root if tree else ""
    problems = Problems(tree, what)
    data = from_node(cls, node, ((root, 0),), problems)
    problems.raise_if_any()
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        raise BankFileError(
            f"The {what} has {_count(exc)}: " + validation_message(exc, data, cls, tree),
            "Correct each value named above (in the file, or in the app after loading a good copy) "
            "and load it again. Nothing was changed.",
        ) from None


def _count(exc: ValidationError) -> str:
    n = exc.error_count()
    return "1 problem" if n == 1 else f"{n} problems"


def validation_message(
    exc: ValidationError, data: dict[str, Any], cls: type[BaseModel], tree: XmlTree | None = None
) -> str:
    """Every problem of `exc` as 'place: what is wrong (line N)', joined by '; '.

    The place reads like `jobs[2] (Acme) > positions[0] > startDate`, with the item's name
    when it has one, so a person can find it without counting.
    """
    parts = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "missing":
            message = "missing (this value is required)"
        elif error["type"] == "extra_forbidden":
            message = "not a known field"
        elif error["type"] == "string_too_short":
            message = "is empty (write something, or remove the item)"
        place = _place(loc, data) or "the file as a whole"
        line = tree.where(xml_path(cls, loc, tree.root)) if tree else ""
        parts.append(f"{place}: {message}{line}")
    return "; ".join(parts)


def _place(loc: tuple[Any, ...], data: Any) -> str:
    parts: list[str] = []
    current = data
    for step in loc:
        if isinstance(step, int):
            label = ""
            if isinstance(current, list) and 0 <= step < len(current):
                current = current[step]
                label = _label(current)
            else:
                current = None
            parts[-1] = f"{parts[-1] if parts else ''}[{step}]{label}"
        else:
            parts.append(str(step))
            current = current.get(step) if isinstance(current, dict) else None
    return " > ".join(parts)


def _label(item: Any) -> str:
    if not isinstance(item, dict):
        return ""
    for key in ("name", "title", "institution", "text"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            short = value.strip()
            return f" ({short[:40]}{'...' if len(short) > 40 else ''})"
    return ""
