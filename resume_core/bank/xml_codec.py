"""How each domain type is laid out in XML, and the two walks between models and xmltodict trees.

The layout follows the model: element and attribute names are the camelCase aliases, children come
in field order, and empty/default values are left out. Ids, dates and short flags are attributes; a
type with one main text (a skill's name, a bullet's text, a position's title) carries it as the
element's text, so most items fit on one readable line: `<skill id="skl-1a2b3c4d">Terraform</skill>`.
`to_node` writes a model as an xmltodict tree; `from_node` reads a tree back into a dict for pydantic,
refusing unknown elements and attributes with their line. `xml_path` maps a pydantic error location
to the element it came from, so validation messages can name the line too.
"""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from resume_core.bank import model as m
from resume_core.errors import BankFileError
from resume_core.bank.xml_tree import XmlPath, XmlTree, escape_text, unescape_text


@dataclass(frozen=True)
class Layout:
    attrs: tuple[str, ...] = ()
    text: str | None = None


LAYOUTS: dict[type[BaseModel], Layout] = {
    m.Bank: Layout(("schema_version",)),
    m.Person: Layout(),
    m.Link: Layout(("network", "username"), "url"),
    m.Skill: Layout(("id", "category", "source_anecdote_id"), "name"),
    m.Accomplishment: Layout(("id", "source_anecdote_id"), "text"),
    m.Turn: Layout(("role", "at"), "text"),
    m.Anecdote: Layout(("id", "status", "posting_id", "created", "updated")),
    m.Position: Layout(("start_date", "end_date"), "title"),
    m.Job: Layout(("id",)),
    m.Project: Layout(("id", "start_date", "end_date")),
    m.Education: Layout(("id", "start_date", "end_date")),
    m.Certificate: Layout(("id", "date")),
    m.Award: Layout(("id", "date")),
    m.Patent: Layout(("id", "date")),
    m.Publication: Layout(("id", "release_date")),
    m.Requirement: Layout(("id", "kind", "skill", "category", "rationale", "confidence", "keep", "source",
                                    "aspect", "years_min", "alternatives_group", "quote"), "text"),
    m.Posting: Layout(("id", "status", "saved_at", "analyzed_at", "applied_date")),
    m.Line: Layout(("item_id", "provenance", "score")),
    m.Entry: Layout(("source_id", "kind", "start_date", "end_date", "collapsed")),
    m.TailoredResume: Layout(("posting_id",)),
    m.Snapshot: Layout(("id", "posting_id", "created", "template")),
}

ITEM_TAGS = {
    "links": "link", "jobs": "job", "projects": "project", "education": "school",
    "certificates": "certificate", "awards": "award", "patents": "patent", "publications": "publication",
    "positions": "position", "skills": "skill", "accomplishments": "accomplishment", "anecdotes": "anecdote",
    "transcript": "turn", "roles": "role", "technologies": "technology", "courses": "course",
    "requirements": "requirement", "experience": "entry", "bullets": "bullet", "covers": "cover",
}
"""Element name of one item of each list field (keyed by the list's alias)."""


def layout_of(cls: type[BaseModel]) -> Layout:
    """The layout of `cls`; a type added to the model later gets a plain one (id as attribute)."""
    return LAYOUTS.get(cls) or Layout(("id",) if "id" in cls.model_fields else ())


def item_tag(alias: str) -> str:
    return ITEM_TAGS.get(alias, "item")


def _shape(annotation: Any) -> tuple[str, type[BaseModel] | None]:
    """('model'|'models'|'strs'|'scalar', model class) for a field annotation."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _shape(inner[0])
    if origin is list:
        (item,) = typing.get_args(annotation)
        if isinstance(item, type) and issubclass(item, BaseModel):
            return "models", item
        return "strs", None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "model", annotation
    return "scalar", None


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return escape_text(str(value))


def to_node(obj: BaseModel) -> dict[str, Any]:
    """The xmltodict tree of one model: attributes first, then children, in field order."""
    layout = layout_of(type(obj))
    attrs: dict[str, Any] = {}
    children: dict[str, Any] = {}
    for name, info in type(obj).model_fields.items():
        value = getattr(obj, name)
        if not info.is_required() and value == info.get_default(call_default_factory=True):
            continue
        alias = info.alias or name
        if name in layout.attrs:
            attrs[f"@{alias}"] = _scalar(value)
        elif name == layout.text:
            children["#text"] = _scalar(value)
        elif value is None:
            continue
        else:
            shape, _ = _shape(info.annotation)
            if shape == "models":
                children[alias] = {item_tag(alias): [to_node(v) for v in value]}
            elif shape == "strs":
                children[alias] = {item_tag(alias): [_scalar(v) for v in value]}
            elif shape == "model":
                children[alias] = to_node(value)
            else:
                children[alias] = _scalar(value)
    return {**attrs, **children}


class Problems:
    """Collects structural problems (unknown elements, stray text) so one message can list them all."""

    def __init__(self, tree: XmlTree | None, what: str) -> None:
        self.tree = tree
        self.what = what
        self.items: list[str] = []

    def add(self, text: str, path: XmlPath) -> None:
        where = self.tree.where(path) if self.tree else ""
        self.items.append(f"{text}{where}")

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = self.items[:12]
        more = f" (and {len(self.items) - 12} more)" if len(self.items) > 12 else ""
        raise BankFileError(
            f"The {self.what} has parts Target Practice does not know: " + "; ".join(shown) + more + ".",
            "Check these names for typos (a Big Resume downloaded from Target Practice shows the right "
            "ones), or move their text into a known element such as <description>, then load the file "
            "again. Nothing was changed.",
        )


def _text_only(value: Any, tag: str, path: XmlPath, problems: Problems) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return unescape_text(value)
    if isinstance(value, list):
        problems.add(f"<{tag}> appears {len(value)} times where one is expected", path)
    else:
        problems.add(f"<{tag}> should hold only text, but has {', '.join(_names(value))}", path)
    return ""


def _names(node: dict[str, Any]) -> list[str]:
    return [f"attribute {k[1:]!r}" if k.startswith("@") else f"<{k}>" for k in node if k != "#text"]


def _single(value: Any, tag: str, path: XmlPath, problems: Problems) -> Any:
    if isinstance(value, list):
        problems.add(f"<{tag}> appears {len(value)} times where one is expected", path)
        return value[0]
    return value


def from_node(cls: type[BaseModel], node: Any, path: XmlPath, problems: Problems) -> dict[str, Any]:
    """The alias-keyed dict pydantic validates, read from an xmltodict tree shaped by `LAYOUTS`."""
    if node is None:
        node = {}
    elif isinstance(node, str):
        node = {"#text": node}
    layout = layout_of(cls)
    tag = path[-1][0] if path else cls.__name__
    out: dict[str, Any] = {}
    known = {"#text"}
    for name, info in cls.model_fields.items():
        alias = info.alias or name
        if name in layout.attrs:
            known.add(f"@{alias}")
            if f"@{alias}" in node:
                out[alias] = unescape_text(node[f"@{alias}"])
            continue
        if name == layout.text:
            out[alias] = unescape_text(node.get("#text") or "")
            continue
        known.add(alias)
        if alias not in node:
            continue
        child_path = (*path, (alias, 0))
        value = _single(node[alias], alias, child_path, problems)
        shape, item_cls = _shape(info.annotation)
        if shape == "model":
            assert item_cls is not None  # a "model" shape always names its class
            out[alias] = from_node(item_cls, value, child_path, problems)
        elif shape in ("models", "strs"):
            out[alias] = _items(value, alias, item_cls, child_path, problems)
        else:
            out[alias] = _text_only(value, alias, child_path, problems)
    for key in node:
        if key not in known:
            what = f"attribute {key[1:]!r} on <{tag}>" if key.startswith("@") else f"unknown element <{key}> inside <{tag}>"
            problems.add(what, path)
    text = node.get("#text")
    if layout.text is None and text and text.strip():
        problems.add(f"stray text {text.strip()[:40]!r} inside <{tag}>", path)
    return out


def _items(value: Any, alias: str, item_cls: type[BaseModel] | None, path: XmlPath, problems: Problems) -> list:
    tag = item_tag(alias)
    if value is None or (isinstance(value, str) and not value.strip()):
        return []
    if isinstance(value, str):
        problems.add(f"<{alias}> holds text {value.strip()[:40]!r} instead of <{tag}> elements", path)
        return []
    for key in value:
        if key.startswith("@"):
            problems.add(f"attribute {key[1:]!r} on <{alias}>", path)
        elif key != tag and not (key == "#text" and not (value[key] or "").strip()):
            problems.add(f"unknown element <{key}> inside <{alias}> (expected <{tag}>)", path)
    if tag not in value:
        return []
    raw = value[tag]
    raw = raw if isinstance(raw, list) else [raw]
    out: list[Any] = []
    for index, item in enumerate(raw):
        item_path = (*path, (tag, index))
        if item_cls is None:
            out.append(_text_only(item, tag, item_path, problems))
        else:
            out.append(from_node(item_cls, item, item_path, problems))
    return out


def xml_path(cls: type[BaseModel], loc: tuple[Any, ...], root: str) -> XmlPath:
    """The element a pydantic error location (aliases and indexes) points into."""
    path: list[tuple[str, int]] = [(root, 0)]
    current: type[BaseModel] | None = cls
    steps = list(loc)
    while steps and current is not None:
        step = steps.pop(0)
        info = next((f for n, f in current.model_fields.items() if (f.alias or n) == step or n == step), None)
        if info is None:
            break
        alias = info.alias or step
        name = next(n for n, f in current.model_fields.items() if f is info)
        layout = layout_of(current)
        if name in layout.attrs or name == layout.text:
            break
        path.append((alias, 0))
        shape, current = _shape(info.annotation)
        if shape in ("models", "strs") and steps and isinstance(steps[0], int):
            path.append((item_tag(alias), steps.pop(0)))
    return tuple(path)
