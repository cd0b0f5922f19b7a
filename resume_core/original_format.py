"""Reading the original Target Practice format (root `<resume>`) into the current Big Resume layout.

The original app kept `<personalInfo>`, `<experience><job>` with `<company>`, `<positions>`,
`<skills><skill>`, `<accomplishments><item>` and `<anecdotes><anecdote id timestamp>` holding
`<content>` and `<conversationContext><messages><message role>`, plus `<projects>`, `<patents>` and
`<education><item><college><degree>`. `original_to_node` turns such a file into a current-layout
xmltodict tree without losing any text: ids are kept when valid and generated otherwise, dates
like "March 2021" or "03/2021" become ISO dates where the meaning is clear (others are left for
validation to name), and an element this reader does not know stops the import with its name and
line rather than being dropped silently.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from resume_core.migrations import ensure_ids
from resume_core.model import SCHEMA_VERSION
from resume_core.xml_codec import Problems
from resume_core.xml_tree import XmlPath, XmlTree

WHAT = "Big Resume (original Target Practice format)"
_MONTHS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"),
     ("nov", "november"), ("dec", "december")], start=1) for name in names}
_ROLES = {"user": "user", "human": "user", "me": "user", "candidate": "user",
          "assistant": "assistant", "ai": "assistant", "bot": "assistant", "interviewer": "assistant"}


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


class _Reader:
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


def _put(out: dict[str, Any], **values: Any) -> dict[str, Any]:
    out.update({k: v for k, v in values.items() if v not in ("", None, [], {})})
    return out


def original_to_node(tree: XmlTree) -> dict[str, Any]:
    """A current-layout `<bigResume>` tree built from an original `<resume>` file."""
    r = _Reader(tree)
    path: XmlPath = (("resume", 0),)
    root = r.node(tree.node)
    out: dict[str, Any] = {"@schemaVersion": str(SCHEMA_VERSION)}
    if "personalInfo" in root:
        out["person"] = _person(r, root.pop("personalInfo"), (*path, ("personalInfo", 0)))
    groups = [
        ("experience", ("job",), "jobs", "job", _job),
        ("projects", ("project", "item"), "projects", "project", _project),
        ("education", ("item", "school"), "education", "school", _education),
        ("patents", ("patent", "item"), "patents", "patent", _patent),
    ]
    for source, tags, target, tag, build in groups:
        if source in root:
            holder = (*path, (source, 0))
            items = [build(r, item, p) for item, p in r.items(root.pop(source), tags, holder)]
            _put(out, **{target: {tag: items} if items else None})
    r.leftovers(root, path)
    r.problems.raise_if_any()
    return ensure_ids(out)


def _person(r: _Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    links = []
    for network in ("linkedin", "github", "twitter", "portfolio"):
        url = r.take(node, (network,), path)
        if url:
            links.append({"@network": {"linkedin": "LinkedIn", "github": "GitHub"}.get(network, network.title()),
                          "#text": url})
    person = _put(
        {},
        name=r.take(node, ("name", "fullName"), path),
        label=r.take(node, ("title", "headline", "label"), path),
        email=r.take(node, ("email",), path),
        phone=r.take(node, ("phone",), path),
        location=r.take(node, ("location", "address"), path),
        url=r.take(node, ("website", "url"), path),
        links={"link": links} if links else None,
        summary=r.take(node, ("summary", "about", "bio"), path),
    )
    r.leftovers(node, path)
    return person


def _owner_items(r: _Reader, node: dict[str, Any], path: XmlPath, out: dict[str, Any]) -> None:
    """Skills, accomplishments and anecdotes, shared by jobs and projects."""
    if "skills" in node:
        value = node.pop("skills")
        sub = (*path, ("skills", 0))
        if isinstance(value, str):  # a comma-separated line
            skills = [{"#text": s.strip()} for s in value.split(",") if s.strip()]
        else:
            skills = []
            for item, p in r.items(value, ("skill", "item"), sub):
                item = r.node(item)
                skills.append(_put({}, **{"@id": r.take(item, ("id",), p), "@category": r.take(item, ("category",), p),
                                          "#text": r.text(item.pop("#text", ""), p)}))
                r.leftovers(item, p)
        _put(out, skills={"skill": skills} if skills else None)
    if "accomplishments" in node:
        sub = (*path, ("accomplishments", 0))
        items = []
        for item, p in r.items(node.pop("accomplishments"), ("item", "accomplishment"), sub):
            item = r.node(item)
            items.append(_put({}, **{"@id": r.take(item, ("id",), p), "#text": r.text(item.pop("#text", ""), p)}))
            r.leftovers(item, p)
        _put(out, accomplishments={"accomplishment": items} if items else None)
    if "anecdotes" in node:
        sub = (*path, ("anecdotes", 0))
        items = [_anecdote(r, item, p) for item, p in r.items(node.pop("anecdotes"), ("anecdote",), sub)]
        _put(out, anecdotes={"anecdote": items} if items else None)


def _anecdote(r: _Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    stamp = r.take(node, ("timestamp", "created", "date"), path)
    out = _put({}, **{"@id": r.take(node, ("id",), path), "@created": stamp,
                      "@updated": r.take(node, ("updated",), path) or stamp,
                      "title": r.take(node, ("title",), path), "topic": r.take(node, ("topic",), path)})
    _put(out, summary=r.take(node, ("content", "summary"), path) or r.text(node.pop("#text", ""), path))
    if "conversationContext" in node:
        ctx_path = (*path, ("conversationContext", 0))
        ctx = r.node(node.pop("conversationContext"))
        turns = []
        for message, p in r.items(ctx.pop("messages", None), ("message",), (*ctx_path, ("messages", 0))):
            message = r.node(message)
            role_text = r.take(message, ("role", "from", "speaker"), p)
            role = _ROLES.get(role_text.lower())
            if role is None:
                r.problems.add(f"message role {role_text!r} (use 'user' or 'assistant')", p)
            turn = _put({}, **{"@role": role, "@at": r.take(message, ("timestamp", "at", "time"), p)})
            turn["#text"] = r.take(message, ("content", "text"), p) or r.text(message.pop("#text", ""), p)
            r.leftovers(message, p)
            turns.append(turn)
        _put(out, transcript={"turn": turns} if turns else None)
        r.leftovers(ctx, ctx_path)
    r.leftovers(node, path)
    return out


def _positions(r: _Reader, node: dict[str, Any], path: XmlPath) -> list[dict[str, Any]]:
    out = []
    for item, p in r.items(node.pop("positions", None), ("position",), (*path, ("positions", 0))):
        item = r.node(item)
        title = r.take(item, ("title", "name"), p) or r.text(item.pop("#text", ""), p)
        out.append(_put({}, **{"@startDate": convert_date(r.take(item, ("startDate", "start"), p)),
                               "@endDate": convert_date(r.take(item, ("endDate", "end"), p)), "#text": title}))
        r.leftovers(item, p)
    return out


def _job(r: _Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    out = _put({}, **{"@id": r.take(node, ("id",), path), "name": r.take(node, ("company", "name", "employer"), path),
                      "location": r.take(node, ("location",), path), "url": r.take(node, ("url", "website"), path),
                      "description": r.take(node, ("description",), path)})
    positions = _positions(r, node, path)
    title = r.take(node, ("title", "role"), path)
    start = convert_date(r.take(node, ("startDate", "start"), path))
    end = convert_date(r.take(node, ("endDate", "end"), path))
    if title or start or end:  # a single title kept on the job itself
        positions.append(_put({}, **{"@startDate": start, "@endDate": end, "#text": title}))
    _put(out, positions={"position": positions} if positions else None)
    _owner_items(r, node, path, out)
    r.leftovers(node, path)
    return out


def _project(r: _Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    out = _put({}, **{"@id": r.take(node, ("id",), path),
                      "@startDate": convert_date(r.take(node, ("startDate", "start", "date"), path)),
                      "@endDate": convert_date(r.take(node, ("endDate", "end"), path)),
                      "name": r.take(node, ("name", "title"), path), "url": r.take(node, ("url", "link"), path),
                      "description": r.take(node, ("description", "summary"), path)})
    role = r.take(node, ("role",), path)
    _put(out, roles={"role": [role]} if role else None)
    if "technologies" in node:
        value = node.pop("technologies")
        sub = (*path, ("technologies", 0))
        if isinstance(value, str):
            techs = [t.strip() for t in value.split(",") if t.strip()]
        else:
            techs = [r.text(t, p) for t, p in r.items(value, ("technology", "item"), sub)]
        _put(out, technologies={"technology": techs} if techs else None)
    _owner_items(r, node, path, out)
    r.leftovers(node, path)
    return out


def _education(r: _Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    degree = r.take(node, ("degree", "studyType"), path)
    area = r.take(node, ("field", "major", "area"), path)
    if not area and (m := re.fullmatch(r"(.+?)\s+in\s+(.+)", degree)):
        degree, area = m.group(1), m.group(2)
    out = _put({}, **{"@id": r.take(node, ("id",), path),
                      "@startDate": convert_date(r.take(node, ("startDate", "start"), path)),
                      "@endDate": convert_date(r.take(node, ("endDate", "graduationDate", "year", "end"), path)),
                      "institution": r.take(node, ("college", "school", "institution", "university"), path),
                      "url": r.take(node, ("url",), path), "area": area, "studyType": degree,
                      "score": r.take(node, ("gpa", "score"), path)})
    r.leftovers(node, path)
    return out


def _patent(r: _Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    out = _put({}, **{"@id": r.take(node, ("id",), path),
                      "@date": convert_date(r.take(node, ("date", "grantDate", "filingDate", "issued"), path)),
                      "title": r.take(node, ("title", "name"), path),
                      "number": r.take(node, ("number", "patentNumber"), path),
                      "url": r.take(node, ("url", "link"), path),
                      "summary": r.take(node, ("summary", "description"), path)})
    r.leftovers(node, path)
    return out
