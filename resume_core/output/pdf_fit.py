"""Fit a resume on its page budget by content, never by shrinking the type.

Render, measure, and if the text runs past `max_pages`, drop the lines worth least (lowest
`Line.score` from tailoring) until the dropped lines' measured heights cover the overflow, then
render again; a few rounds at most. Only bullets and the summary can go: the header, job titles
and dates always stay, and so does text the user typed or edited in the Markdown (it matches no
bank line, and dropping the user's own words silently would be rude). When the result has room
left, the most valuable dropped lines that fit come back for one last render.

The loop edits the Markdown (the user may have edited it), so it works on Markdown blocks: each
top-level bullet and the Summary section is a unit, matched to the resume line whose text it holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.bank.model import Line, TailoredResume
from resume_core.output.pdf_layout import Layout, layout_html
from resume_core.output.render import escape_markdown, render_html

MAX_RENDERS = 5
_ITEM = re.compile(r"^(?:[-*+]|\d+\.)\s+")
_HEADING = re.compile(r"^#{1,6}\s")
_SUMMARY = re.compile(r"^##\s+summary\s*#*\s*$", re.I)
_SLACK = 1.0  # px: a dropped set must free a little more than the overflow


@dataclass
class Unit:
    """A droppable block of Markdown: one top-level bullet or the whole Summary section."""

    kind: str
    start: int
    end: int
    text: str
    line: Line | None = None
    height: float = 0.0
    position: int = 0


@dataclass
class FitResult:
    layout: Layout
    markdown: str
    dropped: list[Line] = field(default_factory=list)
    renders: int = 0


def _plain(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def parse_units(markdown_text: str) -> tuple[list[str], list[Unit]]:
    """The Markdown's lines and its droppable units, in document order."""
    lines = markdown_text.splitlines()
    units: list[Unit] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _SUMMARY.match(line):
            end = index + 1
            while end < len(lines) and not _HEADING.match(lines[end]):
                end += 1
            units.append(Unit("summary", index, end, _plain(lines[index + 1:end])))
            index = end
            continue
        if _ITEM.match(line):
            end = index + 1
            while end < len(lines) and lines[end].strip() and not _ITEM.match(lines[end]) \
                    and not _HEADING.match(lines[end]):
                end += 1
            units.append(Unit("bullet", index, end, _plain([_ITEM.sub("", line), *lines[index + 1:end]])))
            index = end
            continue
        index += 1
    for position, unit in enumerate(units):
        unit.position = position
    return lines, units


def match_units(units: list[Unit], resume: TailoredResume) -> None:
    """Attach to each unit the resume line it holds verbatim (edited text matches none)."""
    pool: dict[str, list[Line]] = {}
    for entry in (*resume.experience, *resume.projects):
        for line in entry.bullets:
            pool.setdefault(escape_markdown(line.text), []).append(line)
    for unit in units:
        if unit.kind == "summary":
            if resume.summary and escape_markdown(resume.summary.text) == unit.text:
                unit.line = resume.summary
        elif pool.get(unit.text):
            unit.line = pool[unit.text].pop(0)


def _assemble(lines: list[str], removed: list[Unit]) -> str:
    gone = {number for unit in removed for number in range(unit.start, unit.end)}
    text = "\n".join(line for number, line in enumerate(lines) if number not in gone)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _measure(layout: Layout, units: list[Unit], removed: list[Unit]) -> None:
    """Copy measured heights onto the units still on the page."""
    bullets = [u for u in units if u.kind == "bullet" and u not in removed]
    fallback = sum(layout.items) / len(layout.items) if layout.items else 0.0
    matched = len(bullets) == len(layout.items)
    for number, unit in enumerate(bullets):
        unit.height = layout.items[number] if matched else fallback
    for unit in units:
        if unit.kind == "summary" and unit not in removed:
            unit.height = layout.summary


def _choose(units: list[Unit], removed: list[Unit], need: float) -> list[Unit]:
    """Cheapest lines first (then the later one) until their heights cover `need`."""
    candidates = [u for u in units if u.line is not None and u not in removed]
    candidates.sort(key=lambda u: (u.line.score if u.line else 0.0, -u.position))
    chosen: list[Unit] = []
    freed = 0.0
    for unit in candidates:
        if freed >= need + _SLACK:
            break
        chosen.append(unit)
        freed += unit.height
    return chosen


def fit_markdown(markdown_text: str, resume: TailoredResume, template: str, paper: str,
                 max_pages: int = 1) -> FitResult:
    """Render `markdown_text`, dropping the least valuable lines until it fits `max_pages`."""
    lines, units = parse_units(markdown_text)
    match_units(units, resume)
    removed: list[Unit] = []
    markdown = _assemble(lines, removed)
    layout = layout_html(render_html(markdown, template, paper))
    renders = 1
    while layout.pages > max_pages and renders < MAX_RENDERS:
        _measure(layout, units, removed)
        chosen = _choose(units, removed, layout.overflow(max_pages))
        if not chosen:
            break
        removed += chosen
        markdown = _assemble(lines, removed)
        layout = layout_html(render_html(markdown, template, paper))
        renders += 1
    if removed and layout.pages <= max_pages and renders < MAX_RENDERS:
        layout, markdown, removed, renders = _add_back(lines, removed, layout, markdown, renders,
                                                       template, paper, max_pages)
    dropped = [u.line for u in sorted(removed, key=lambda u: u.position) if u.line is not None]
    return FitResult(layout=layout, markdown=markdown, dropped=dropped, renders=renders)


def _add_back(lines, removed, layout, markdown, renders, template, paper, max_pages):
    """One try at restoring the best dropped lines that fit in the room left on the last page."""
    room = layout.free() - _SLACK
    back: list[Unit] = []
    for unit in sorted(removed, key=lambda u: (-u.line.score, u.position)):
        if 0 < unit.height <= room:
            back.append(unit)
            room -= unit.height
    if not back:
        return layout, markdown, removed, renders
    kept = [u for u in removed if u not in back]
    trial_markdown = _assemble(lines, kept)
    trial = layout_html(render_html(trial_markdown, template, paper))
    renders += 1
    if trial.pages <= max_pages:
        return trial, trial_markdown, kept, renders
    return layout, markdown, removed, renders
