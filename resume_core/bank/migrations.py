"""Named, ordered migrations of the Big Resume XML, applied on the way in.

A file says its version in `<bigResume schemaVersion="N">`. `migrate_bank_node` applies, in order,
every migration from that version up to `model.SCHEMA_VERSION`, each a function from one xmltodict
tree to the next. Files are never migrated in place: the store writes the current version on the
next save and keeps the old file in history.

Version 1 (the first Big Resume layout, before stable ids): the same elements as today, but no
`id` attributes, and the skills of a job or project were one comma-separated line,
`<skills>Python, Terraform</skills>`. A file without `schemaVersion` is read as version 1.
Version 2: every job, project, skill, accomplishment, anecdote and education, certificate,
award, patent and publication entry has an `id` attribute; skills are `<skill>` elements.
Version 3 (current): the person's own skills, tied to no job or project, are a top-level
`<skills><skill .../></skills>`. Before, the importer parked them in a made-up project named
"Other skills", which tailoring then printed as a project; the migration moves them out.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from resume_core.errors import BankFileError
from resume_core.bank.model import SCHEMA_VERSION, Bank, new_id
from resume_core.bank.xml_tree import XmlTree

Node = dict[str, Any]


@dataclass(frozen=True)
class Migration:
    from_version: int
    name: str
    apply: Callable[[Node], Node]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _items(node: Node, container: str, tag: str) -> list[Any]:
    holder = node.get(container)
    return _as_list(holder.get(tag)) if isinstance(holder, dict) else []


def _set_items(node: Node, container: str, tag: str, items: list[Any]) -> None:
    if items:
        node[container] = {tag: items}
    else:
        node.pop(container, None)


# Where ids live: (container, item tag, id kind) for top-level groups, and for each job/project.
TOP_GROUPS = [
    ("jobs", "job", "job"),
    ("projects", "project", "project"),
    ("skills", "skill", "skill"),
    ("education", "school", "education"),
    ("certificates", "certificate", "certificate"),
    ("awards", "award", "award"),
    ("patents", "patent", "patent"),
    ("publications", "publication", "publication"),
]
OWNER_GROUPS = [
    ("skills", "skill", "skill"),
    ("accomplishments", "accomplishment", "accomplishment"),
    ("anecdotes", "anecdote", "anecdote"),
]


def _id_slots(bank: Node) -> list[tuple[list[Any], int, str]]:
    """(list, index, kind) of every item that should carry an id; items become dicts in place."""
    slots = []
    for container, tag, kind in TOP_GROUPS:
        items = _items(bank, container, tag)
        items = [item if isinstance(item, dict) else ({"#text": item} if item else {}) for item in items]
        _set_items(bank, container, tag, items)
        for index, item in enumerate(items):
            slots.append((items, index, kind))
            if container in ("jobs", "projects"):
                for sub, sub_tag, sub_kind in OWNER_GROUPS:
                    subs = _items(item, sub, sub_tag)
                    subs = [s if isinstance(s, dict) else {"#text": s or ""} for s in subs]
                    if isinstance(item.get(sub), dict):
                        item[sub][sub_tag] = subs
                    slots.extend((subs, i, sub_kind) for i in range(len(subs)))
    return slots


def _valid_id(value: Any) -> bool:
    from resume_core.bank.model_base import _ID  # the model's own rule, so the two never disagree

    return isinstance(value, str) and bool(_ID.match(value))


def ensure_ids(bank: Node) -> Node:
    """Keep every valid, unique `@id`; give every other item a fresh one (order of first appearance)."""
    slots = _id_slots(bank)
    taken: set[str] = set()
    missing = []
    for items, index, kind in slots:
        current = items[index].get("@id")
        if _valid_id(current) and current not in taken:
            taken.add(current)
        else:
            missing.append((items, index, kind))
    for items, index, kind in missing:
        fresh = new_id(kind, taken)
        taken.add(fresh)
        items[index] = {"@id": fresh, **{k: v for k, v in items[index].items() if k != "@id"}}
    return bank


def split_skills_and_add_ids(bank: Node) -> Node:
    """v1 -> v2: comma-separated skill lines become `<skill>` elements; every item gets an id."""
    for container, tag in (("jobs", "job"), ("projects", "project")):
        for owner in _items(bank, container, tag):
            if isinstance(owner, dict) and isinstance(owner.get("skills"), str):
                names = [name.strip() for name in owner["skills"].split(",") if name.strip()]
                _set_items(owner, "skills", "skill", [{"#text": name} for name in names])
    return ensure_ids(bank)


OTHER_SKILLS = "Other skills"
"""Name of the pseudo-project the importer made for skills no job mentioned (before version 3)."""


def _text(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("#text")
    return value.strip() if isinstance(value, str) else ""


def _skill_key(name: str) -> str:
    return " ".join(name.casefold().split())


def _holds_work(project: Node) -> bool:
    """Whether the user put work of their own into it: bullets or interviews are never dropped."""
    return bool(_items(project, "accomplishments", "accomplishment") or _items(project, "anecdotes", "anecdote"))


def move_other_skills_to_person(bank: Node) -> Node:
    """v2 -> v3: the skills of every "Other skills" project become the person's own skills.

    The project goes too, unless the user wrote accomplishments or anecdotes into it (then it stays,
    without the skills, as a project of theirs). Skills already listed at the top are not repeated.
    """
    if not any(isinstance(p, dict) and _text(p.get("name")) == OTHER_SKILLS for p in _items(bank, "projects", "project")):
        return bank
    person_skills = [s if isinstance(s, dict) else {"#text": s or ""} for s in _items(bank, "skills", "skill")]
    have = {_skill_key(_text(s)) for s in person_skills}
    projects = []
    for project in _items(bank, "projects", "project"):
        if not isinstance(project, dict) or _text(project.get("name")) != OTHER_SKILLS:
            projects.append(project)
            continue
        for skill in _items(project, "skills", "skill"):
            skill = skill if isinstance(skill, dict) else {"#text": skill or ""}
            key = _skill_key(_text(skill))
            if key and key not in have:
                have.add(key)
                person_skills.append(skill)
        if _holds_work(project):
            projects.append({k: v for k, v in project.items() if k != "skills"})
    _set_items(bank, "projects", "project", projects)
    _set_items(bank, "skills", "skill", person_skills)
    return bank  # version 2 ids are valid and unique already; moved skills keep theirs


def lift_other_skills(bank: Bank) -> Bank:
    """The same move on a bank already in memory (made before version 3 and never saved since):
    a tailored page must never show the "Other skills" pseudo-project. Returns `bank` itself when
    it has none."""
    if not any(p.name.strip() == OTHER_SKILLS for p in bank.projects):
        return bank
    new = bank.model_copy(deep=True)
    have = {_skill_key(s.name) for s in new.skills}
    projects = []
    for project in new.projects:
        if project.name.strip() != OTHER_SKILLS:
            projects.append(project)
            continue
        for skill in project.skills:
            if _skill_key(skill.name) not in have:
                have.add(_skill_key(skill.name))
                new.skills.append(skill)
        if project.accomplishments or project.anecdotes:
            projects.append(project.model_copy(update={"skills": []}))
    new.projects = projects
    return Bank.model_validate(new.model_dump())


MIGRATIONS: list[Migration] = [
    Migration(1, "split_skills_and_add_ids", split_skills_and_add_ids),
    Migration(2, "move_other_skills_to_person", move_other_skills_to_person),
]
"""Every migration, ordered by the version it starts from; each one raises the version by one."""


def file_version(tree: XmlTree) -> int:
    """The schemaVersion of a `<bigResume>` file (1 when absent)."""
    node = tree.node if isinstance(tree.node, dict) else {}
    raw = node.get("@schemaVersion", "1")
    if not raw.strip().isdigit():
        raise BankFileError(
            f"The Big Resume says schemaVersion={raw!r} (line {tree.line_of(((tree.root, 0),)) or 1}), "
            "which is not a version number.",
            f"Write schemaVersion=\"{SCHEMA_VERSION}\" on the <bigResume> element and load it again.",
        )
    return int(raw)


def migrate_bank_node(tree: XmlTree) -> tuple[Any, bool]:
    """The root node of a `<bigResume>` file in the current layout, and whether migrating changed its
    shape (then the file's line numbers no longer point into it)."""
    version = file_version(tree)
    if version > SCHEMA_VERSION:
        raise BankFileError(
            f"This Big Resume was written by a newer Target Practice (format version {version}; this "
            f"version reads up to {SCHEMA_VERSION}).",
            "Update Target Practice, or open the file with the version that wrote it.",
        )
    if version == SCHEMA_VERSION:
        return tree.node, False
    before: Node = tree.node if isinstance(tree.node, dict) else {}
    node: Node = copy.deepcopy(before)  # migrations edit nested nodes in place; the tree stays as read
    for migration in MIGRATIONS:
        if migration.from_version >= version:
            node = migration.apply(node)
    node["@schemaVersion"] = str(SCHEMA_VERSION)
    unchanged = {k: v for k, v in node.items() if k != "@schemaVersion"} == {
        k: v for k, v in before.items() if k != "@schemaVersion"}
    return node, not unchanged
