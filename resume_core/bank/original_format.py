"""Reading the original Target Practice format (root `<resume>`) into the current Big Resume layout.

The original app kept `<personalInfo>`, `<experience><job>` with `<company>`, `<positions>`,
`<skills><skill>`, `<accomplishments><item>` and `<anecdotes><anecdote id timestamp>` holding
`<content>` and `<conversationContext><messages><message role>`, plus `<projects>`, `<patents>` and
`<education><item><college><degree>`. `original_to_node` turns such a file into a current-layout
xmltodict tree without losing any text: ids are kept when valid and generated otherwise, dates
like "March 2021" or "03/2021" become ISO dates where the meaning is clear (others are left for
validation to name), and an element this reader does not know stops the import with its name and
line rather than being dropped silently. The reading tools (dates, the walker) are `original_reader`.
"""

from __future__ import annotations

import re
from typing import Any

from resume_core.bank.migrations import ensure_ids
from resume_core.bank.model import SCHEMA_VERSION
from resume_core.bank.original_reader import Reader, convert_date, put
from resume_core.bank.xml_tree import XmlPath, XmlTree

__all__ = ["convert_date", "original_to_node"]

_ROLES = {"user": "user", "human": "user", "me": "user", "candidate": "user",
          "assistant": "assistant", "ai": "assistant", "bot": "assistant", "interviewer": "assistant"}


def original_to_node(tree: XmlTree) -> dict[str, Any]:
    """A current-layout `<bigResume>` tree built from an original `<resume>` file."""
    r = Reader(tree)
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
            put(out, **{target: {tag: items} if items else None})
    r.leftovers(root, path)
    r.problems.raise_if_any()
    return ensure_ids(out)


def _person(r: Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    links = []
    for network in ("linkedin", "github", "twitter", "portfolio"):
        url = r.take(node, (network,), path)
        if url:
            links.append({"@network": {"linkedin": "LinkedIn", "github": "GitHub"}.get(network, network.title()),
                          "#text": url})
    person = put(
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


def _owner_items(r: Reader, node: dict[str, Any], path: XmlPath, out: dict[str, Any]) -> None:
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
                skills.append(put({}, **{"@id": r.take(item, ("id",), p), "@category": r.take(item, ("category",), p),
                                          "#text": r.text(item.pop("#text", ""), p)}))
                r.leftovers(item, p)
        put(out, skills={"skill": skills} if skills else None)
    if "accomplishments" in node:
        sub = (*path, ("accomplishments", 0))
        items = []
        for item, p in r.items(node.pop("accomplishments"), ("item", "accomplishment"), sub):
            item = r.node(item)
            items.append(put({}, **{"@id": r.take(item, ("id",), p), "#text": r.text(item.pop("#text", ""), p)}))
            r.leftovers(item, p)
        put(out, accomplishments={"accomplishment": items} if items else None)
    if "anecdotes" in node:
        sub = (*path, ("anecdotes", 0))
        items = [_anecdote(r, item, p) for item, p in r.items(node.pop("anecdotes"), ("anecdote",), sub)]
        put(out, anecdotes={"anecdote": items} if items else None)


def _anecdote(r: Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    stamp = r.take(node, ("timestamp", "created", "date"), path)
    out = put({}, **{"@id": r.take(node, ("id",), path), "@created": stamp,
                      "@updated": r.take(node, ("updated",), path) or stamp,
                      "title": r.take(node, ("title",), path), "topic": r.take(node, ("topic",), path)})
    put(out, summary=r.take(node, ("content", "summary"), path) or r.text(node.pop("#text", ""), path))
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
            turn = put({}, **{"@role": role, "@at": r.take(message, ("timestamp", "at", "time"), p)})
            turn["#text"] = r.take(message, ("content", "text"), p) or r.text(message.pop("#text", ""), p)
            r.leftovers(message, p)
            turns.append(turn)
        put(out, transcript={"turn": turns} if turns else None)
        r.leftovers(ctx, ctx_path)
    r.leftovers(node, path)
    return out


def _positions(r: Reader, node: dict[str, Any], path: XmlPath) -> list[dict[str, Any]]:
    out = []
    for item, p in r.items(node.pop("positions", None), ("position",), (*path, ("positions", 0))):
        item = r.node(item)
        title = r.take(item, ("title", "name"), p) or r.text(item.pop("#text", ""), p)
        out.append(put({}, **{"@startDate": convert_date(r.take(item, ("startDate", "start"), p)),
                               "@endDate": convert_date(r.take(item, ("endDate", "end"), p)), "#text": title}))
        r.leftovers(item, p)
    return out


def _job(r: Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    out = put({}, **{"@id": r.take(node, ("id",), path), "name": r.take(node, ("company", "name", "employer"), path),
                      "location": r.take(node, ("location",), path), "url": r.take(node, ("url", "website"), path),
                      "description": r.take(node, ("description",), path)})
    positions = _positions(r, node, path)
    title = r.take(node, ("title", "role"), path)
    start = convert_date(r.take(node, ("startDate", "start"), path))
    end = convert_date(r.take(node, ("endDate", "end"), path))
    if title or start or end:  # a single title kept on the job itself
        positions.append(put({}, **{"@startDate": start, "@endDate": end, "#text": title}))
    put(out, positions={"position": positions} if positions else None)
    _owner_items(r, node, path, out)
    r.leftovers(node, path)
    return out


def _project(r: Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    out = put({}, **{"@id": r.take(node, ("id",), path),
                      "@startDate": convert_date(r.take(node, ("startDate", "start", "date"), path)),
                      "@endDate": convert_date(r.take(node, ("endDate", "end"), path)),
                      "name": r.take(node, ("name", "title"), path), "url": r.take(node, ("url", "link"), path),
                      "description": r.take(node, ("description", "summary"), path)})
    role = r.take(node, ("role",), path)
    put(out, roles={"role": [role]} if role else None)
    if "technologies" in node:
        value = node.pop("technologies")
        sub = (*path, ("technologies", 0))
        if isinstance(value, str):
            techs = [t.strip() for t in value.split(",") if t.strip()]
        else:
            techs = [r.text(t, p) for t, p in r.items(value, ("technology", "item"), sub)]
        put(out, technologies={"technology": techs} if techs else None)
    _owner_items(r, node, path, out)
    r.leftovers(node, path)
    return out


def _education(r: Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    degree = r.take(node, ("degree", "studyType"), path)
    area = r.take(node, ("field", "major", "area"), path)
    if not area and (m := re.fullmatch(r"(.+?)\s+in\s+(.+)", degree)):
        degree, area = m.group(1), m.group(2)
    out = put({}, **{"@id": r.take(node, ("id",), path),
                      "@startDate": convert_date(r.take(node, ("startDate", "start"), path)),
                      "@endDate": convert_date(r.take(node, ("endDate", "graduationDate", "year", "end"), path)),
                      "institution": r.take(node, ("college", "school", "institution", "university"), path),
                      "url": r.take(node, ("url",), path), "area": area, "studyType": degree,
                      "score": r.take(node, ("gpa", "score"), path)})
    r.leftovers(node, path)
    return out


def _patent(r: Reader, value: Any, path: XmlPath) -> dict[str, Any]:
    node = r.node(value)
    out = put({}, **{"@id": r.take(node, ("id",), path),
                      "@date": convert_date(r.take(node, ("date", "grantDate", "filingDate", "issued"), path)),
                      "title": r.take(node, ("title", "name"), path),
                      "number": r.take(node, ("number", "patentNumber"), path),
                      "url": r.take(node, ("url", "link"), path),
                      "summary": r.take(node, ("summary", "description"), path)})
    r.leftovers(node, path)
    return out
