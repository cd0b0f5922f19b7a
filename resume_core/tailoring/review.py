"""Reviewing a tailored resume: edits, provenance, snapshots and what changed since the last one.

Edits are pure functions from a `TailoredResume` to a new one: include a bank item, exclude or move
a line, swap a bullet for another from the same job, edit a line or the summary. Bank text keeps
provenance "bank"; text the user changed becomes "edited" (and is shown as "your edit"). The
provenance view re-checks every line against the bank as it is now, so nothing on the page can
claim to be bank text that the bank does not hold. A snapshot stores the full text, not ids.
A line the user puts on the page (include, swap) is worth as much as the best line tailoring chose,
so fitting the page to one page never drops it before filler or weaker lines.
"""

from __future__ import annotations

import difflib
from typing import Literal

from pydantic import BaseModel, ConfigDict

from resume_core.bank.chronology import chronological
from resume_core.bank.model import Bank, Job, Line, Snapshot, TailoredResume, new_id, now_iso
from resume_core.tailoring.pipeline import build_entry
from resume_core.tailoring.summary import SUMMARY_ID, split_sentences

Section = Literal["summary", "experience", "projects", "skills"]


class ProvenanceRow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    section: Section
    where: str  # the job or project name, '' for summary and skills
    text: str
    item_id: str
    provenance: str  # "bank", "edited" or "user" as stored on the line
    verbatim: bool  # the text is, right now, exactly the bank text of item_id


def bank_texts(bank: Bank) -> dict[str, str]:
    """Item id -> its selectable text: accomplishments, skills, job and project descriptions."""
    out: dict[str, str] = {}
    for owner in bank.owners():
        if owner.description.strip():
            out[owner.id] = owner.description
        out.update({a.id: a.text for a in owner.accomplishments})
        out.update({s.id: s.name for s in owner.skills})
    out.update({s.id: s.name for s in bank.skills})  # the person's own skills, tied to no job
    return out


def is_verbatim(line: Line, bank: Bank, texts: dict[str, str] | None = None) -> bool:
    """True when `line` is exactly bank text: its item's text, or sentences of the person's summary."""
    if line.item_id == SUMMARY_ID:
        own = set(split_sentences(bank.person.summary))
        return bool(line.text.strip()) and all(s in own for s in split_sentences(line.text))
    return (texts if texts is not None else bank_texts(bank)).get(line.item_id) == line.text


def provenance_rows(resume: TailoredResume, bank: Bank) -> list[ProvenanceRow]:
    """Every line of the resume, with where it came from and whether it is verbatim bank text now."""
    texts = bank_texts(bank)
    rows = []

    def add(section: Section, where: str, line: Line) -> None:
        rows.append(ProvenanceRow(section=section, where=where, text=line.text, item_id=line.item_id,
                                  provenance=line.provenance, verbatim=is_verbatim(line, bank, texts)))

    if resume.summary:
        add("summary", "", resume.summary)
    section: Section
    for section, entries in (("experience", resume.experience), ("projects", resume.projects)):
        for entry in entries:
            for line in entry.bullets:
                add(section, entry.name, line)
    for line in resume.skills:
        add("skills", "", line)
    return rows


# --- edits ----------------------------------------------------------------------------------


def _copy(resume: TailoredResume) -> TailoredResume:
    return resume.model_copy(deep=True)


def exclude_line(resume: TailoredResume, item_id: str) -> TailoredResume:
    """Remove the line of `item_id`; a job left without bullets keeps its title line."""
    out = _copy(resume)
    if out.summary and out.summary.item_id == item_id:
        out.summary = None
    out.skills = [s for s in out.skills if s.item_id != item_id]
    for entry in out.experience:
        entry.bullets = [b for b in entry.bullets if b.item_id != item_id]
        entry.collapsed = not entry.bullets
    for entry in out.projects:
        entry.bullets = [b for b in entry.bullets if b.item_id != item_id]
    out.projects = [e for e in out.projects if e.bullets]  # a project without bullets says nothing
    return out


def _chosen_score(resume: TailoredResume) -> float:
    """The score of a line the user chose: that of the best bullet or skill on the page."""
    scores = [line.score for e in (*resume.experience, *resume.projects) for line in e.bullets]
    return max([*scores, *(line.score for line in resume.skills)], default=0.0)


def include_item(resume: TailoredResume, bank: Bank, item_id: str) -> TailoredResume:
    """Put bank item `item_id` on the page, verbatim: a bullet under its job or project, or a skill."""
    if any(line.item_id == item_id for line in resume.lines()):
        return resume
    out = _copy(resume)
    own = next((s for s in bank.skills if s.id == item_id), None)
    if own:
        out.skills.append(Line(item_id=own.id, text=own.name, score=_chosen_score(resume)))
        return out
    for owner in bank.owners():
        skill = next((s for s in owner.skills if s.id == item_id), None)
        if skill:
            out.skills.append(Line(item_id=skill.id, text=skill.name, score=_chosen_score(resume)))
            return out
        acc = next((a for a in owner.accomplishments if a.id == item_id), None)
        text = acc.text if acc else (owner.description if item_id == owner.id else "")
        if not text.strip():
            continue
        line = Line(item_id=item_id, text=text, score=_chosen_score(resume))
        is_job = isinstance(owner, Job)
        section = out.experience if is_job else out.projects
        entry = next((e for e in section if e.source_id == owner.id), None)
        if entry is None:
            section.append(build_entry(owner, [line]))
            order = [o.id for o in chronological(bank.jobs if is_job else bank.projects)]
            section.sort(key=lambda e: order.index(e.source_id) if e.source_id in order else len(order))
        else:
            # A description opens its entry; an accomplishment goes last, for the user to move.
            entry.bullets.insert(0 if item_id == owner.id else len(entry.bullets), line)
            entry.collapsed = False
        return out
    raise KeyError(f"no bank item {item_id!r} with text to include")


def move_line(resume: TailoredResume, item_id: str, offset: int) -> TailoredResume:
    """Move a bullet or skill up (negative `offset`) or down within its list."""
    out = _copy(resume)
    for lines in [*(e.bullets for e in (*out.experience, *out.projects)), out.skills]:
        index = next((n for n, line in enumerate(lines) if line.item_id == item_id), None)
        if index is not None:
            target = max(0, min(len(lines) - 1, index + offset))
            lines.insert(target, lines.pop(index))
            return out
    return out


def alternatives(resume: TailoredResume, bank: Bank, item_id: str) -> list[tuple[str, str]]:
    """Accomplishments of the same job or project that are not on the page: (id, text)."""
    on_page = {line.item_id for line in resume.lines()}
    for owner in bank.owners():
        if any(a.id == item_id for a in owner.accomplishments) or owner.id == item_id:
            return [(a.id, a.text) for a in owner.accomplishments if a.id not in on_page]
    return []


def swap_line(resume: TailoredResume, bank: Bank, old_id: str, new_id_: str) -> TailoredResume:
    """Replace bullet `old_id` by `new_id_` (from the same job) in the same place."""
    if new_id_ not in dict(alternatives(resume, bank, old_id)):
        raise ValueError(f"{new_id_!r} is not an accomplishment of the same job that is off the page")
    text = bank_texts(bank)[new_id_]
    out = _copy(resume)
    score = _chosen_score(resume)
    for entry in (*out.experience, *out.projects):
        for n, line in enumerate(entry.bullets):
            if line.item_id == old_id:
                entry.bullets[n] = Line(item_id=new_id_, text=text, score=score)
    return out


def edit_line(resume: TailoredResume, bank: Bank, item_id: str, text: str) -> TailoredResume:
    """Change the text of a line; it stays "bank" only if the text is the bank's own."""
    out = _copy(resume)
    text = " ".join(text.split())
    for line in out.lines():
        if line.item_id == item_id:
            line.text = text
            line.provenance = "bank" if is_verbatim(line, bank) else "edited"
    return out


def set_summary(resume: TailoredResume, bank: Bank, text: str) -> TailoredResume:
    """Replace the summary; empty text removes it."""
    out = _copy(resume)
    text = " ".join(text.split())
    if not text:
        out.summary = None
        return out
    line = Line(item_id=SUMMARY_ID, text=text, provenance="bank")
    if not is_verbatim(line, bank):
        line.provenance = "user" if resume.summary is None else "edited"
    out.summary = line
    return out


# --- snapshots ------------------------------------------------------------------------------


def build_snapshot(resume: TailoredResume, template: str = "", note: str = "") -> Snapshot:
    """A snapshot holding the full text of `resume`, so later bank edits never change it."""
    return Snapshot(id=new_id("snapshot"), posting_id=resume.posting_id, created=now_iso(), template=template,
                    note=note, resume=resume.model_copy(deep=True))


def resume_text_lines(resume: TailoredResume) -> list[str]:
    """The resume as plain lines, for diffs: headings, bullets, skills, education."""
    from resume_core.output.render import render_markdown

    return [line for line in render_markdown(resume).splitlines() if line.strip()]


def diff_resumes(old: TailoredResume | None, new: TailoredResume) -> list[str]:
    """Unified diff lines from `old` (the last snapshot) to `new`; empty when nothing changed."""
    before = resume_text_lines(old) if old else []
    return list(difflib.unified_diff(before, resume_text_lines(new), "last snapshot", "now", lineterm="", n=1))
