"""How much fits on one page: the line budget that tailoring selects against.

A `PageMetrics` describes one template on one paper size in "body lines" (one line of 10.5 pt body
text): how many fit on the page, how many characters fit on a bullet line, and what headers, the
summary, skills and education cost. Selection only ever compares estimates from these numbers, so
they must match the real renderer: the export helper measures the WeasyPrint templates and updates
`_MEASURED`. Estimates wrap words like the renderer does, rather than dividing characters, because a
bullet one word too long costs a whole extra line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from resume_core.model import Entry, Line, TailoredResume


@dataclass(frozen=True)
class PageMetrics:
    """One template on one paper size, measured in body lines (see module docstring)."""

    template: str
    paper: str
    lines_per_page: float
    """Body lines between the top and bottom margins."""
    chars_per_line: int
    """Average characters on a full-width line (summary, skills)."""
    chars_per_bullet_line: int
    """Average characters on a bullet line (narrower: indent and bullet)."""
    name_lines: float = 3.0
    """The name (large type) and the contact line."""
    section_lines: float = 1.6
    """A section heading such as 'Experience', with the space around it."""
    entry_lines: float = 1.4
    """A job or project heading: the first title, the company and the dates."""
    extra_position_lines: float = 1.0
    """Each further title held at the same job."""
    collapsed_entry_lines: float = 1.2
    """A job shown as its title line only."""
    education_lines: float = 1.2
    """One education or certificate line."""
    summary_max_lines: int = 3
    """The summary at the top is cut to this many lines."""
    skills_max_lines: int = 3
    """The skills section holds this many full lines of comma-separated skills."""


# Measured on the real WeasyPrint templates by bench/bench_export.py (export helper, 2026-11-25).
# A body line is one bullet line of that template (classic 13.75 pt, modern 13.5 pt, compact 12 pt).
# lines_per_page is the content height in body lines less the spacing between ~16 bullets
# (classic 1.2, modern 1.8, compact 0.7 lines). name_lines assumes a one-line contact row; a long
# row wraps and costs about one line more.
_MEASURED: dict[tuple[str, str], PageMetrics] = {
    ("classic", "letter"): PageMetrics("classic", "letter", 50.9, 109, 107, name_lines=4.4, section_lines=2.1,
                                       entry_lines=1.4, extra_position_lines=1.07, collapsed_entry_lines=1.36,
                                       education_lines=1.36),
    ("classic", "a4"): PageMetrics("classic", "a4", 54.5, 105, 104, name_lines=4.4, section_lines=2.1,
                                   entry_lines=1.4, extra_position_lines=1.07, collapsed_entry_lines=1.36,
                                   education_lines=1.36),
    ("modern", "letter"): PageMetrics("modern", "letter", 50.7, 114, 109, name_lines=4.75, section_lines=2.4,
                                      entry_lines=1.48, extra_position_lines=1.07, collapsed_entry_lines=1.44,
                                      education_lines=1.44),
    ("modern", "a4"): PageMetrics("modern", "a4", 54.4, 109, 107, name_lines=4.75, section_lines=2.4,
                                  entry_lines=1.48, extra_position_lines=1.07, collapsed_entry_lines=1.44,
                                  education_lines=1.44),
    ("compact", "letter"): PageMetrics("compact", "letter", 60.2, 126, 121, name_lines=4.0, section_lines=1.8,
                                       entry_lines=1.25, extra_position_lines=1.0, collapsed_entry_lines=1.25,
                                       education_lines=1.25),
    ("compact", "a4"): PageMetrics("compact", "a4", 64.4, 121, 117, name_lines=4.0, section_lines=1.8,
                                   entry_lines=1.25, extra_position_lines=1.0, collapsed_entry_lines=1.25,
                                   education_lines=1.25),
}
DEFAULT_TEMPLATE = "classic"
PAPERS = ("letter", "a4")


def metrics_for(template: str = DEFAULT_TEMPLATE, paper: str = "letter") -> PageMetrics:
    """The metrics of `template` on `paper`; an unmeasured template uses the classic numbers."""
    paper = paper.lower()
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; use one of {', '.join(PAPERS)}")
    found = _MEASURED.get((template, paper)) or _MEASURED[(DEFAULT_TEMPLATE, paper)]
    return found


def wrapped_lines(text: str, width: int) -> int:
    """Lines `text` takes when words wrap at `width` characters (at least 1 for any text)."""
    words = text.split()
    if not words:
        return 0
    lines, used = 1, 0
    for word in words:
        size = len(word)
        if used and used + 1 + size > width:
            lines += 1
            used = 0
        # A word longer than the line breaks across lines, as the renderer's overflow-wrap does.
        if size > width:
            extra = math.ceil(size / width) - 1
            lines += extra
            size -= extra * width
        used = size if not used else used + 1 + size
    return lines


def bullet_lines(text: str, metrics: PageMetrics) -> int:
    return wrapped_lines(text, metrics.chars_per_bullet_line)


def entry_header_lines(positions: int, metrics: PageMetrics) -> float:
    """Heading of a job or project entry with `positions` titles."""
    return metrics.entry_lines + max(0, positions - 1) * metrics.extra_position_lines


# Skills and the summary are filled right up to their line limit, so their last line sits at the
# wrap boundary, where the real glyph widths decide; an average line length would overflow by a
# line about half the time. Wrapping them a little early keeps them within their lines.
FILL_MARGIN = 0.92


def skills_lines(names: list[str], metrics: PageMetrics) -> int:
    return wrapped_lines(", ".join(names), int(metrics.chars_per_line * FILL_MARGIN))


def summary_lines(text: str, metrics: PageMetrics) -> int:
    return wrapped_lines(text, int(metrics.chars_per_line * FILL_MARGIN))


def _entry_lines(entry: Entry, metrics: PageMetrics) -> float:
    if entry.collapsed or not entry.bullets:
        return metrics.collapsed_entry_lines
    head = entry_header_lines(max(1, len(entry.positions)), metrics)
    return head + sum(bullet_lines(b.text, metrics) for b in entry.bullets)


def contact_extra_lines(resume: TailoredResume, metrics: PageMetrics) -> int:
    """Lines the contact row takes beyond the one `name_lines` includes (long rows wrap)."""
    from resume_core.render import contact_items

    row = " | ".join(contact_items(resume.person))
    return max(0, wrapped_lines(row, metrics.chars_per_line) - 1)


def fixed_lines(resume: TailoredResume, metrics: PageMetrics) -> float:
    """Everything but the experience and project entries: name, summary, skills, education."""
    total = metrics.name_lines + contact_extra_lines(resume, metrics)
    if resume.summary and resume.summary.text.strip():
        total += summary_lines(resume.summary.text, metrics)
    if resume.skills:
        total += metrics.section_lines + skills_lines([s.text for s in resume.skills], metrics)
    for group in (resume.education, resume.certificates):  # two sections, two headings
        if group:
            total += metrics.section_lines + len(group) * metrics.education_lines
    return total


def estimate_lines(resume: TailoredResume, metrics: PageMetrics) -> float:
    """Estimated body lines of the whole rendered resume; one page holds `metrics.lines_per_page`."""
    total = fixed_lines(resume, metrics)
    for section in (resume.experience, resume.projects):
        if section:
            total += metrics.section_lines + sum(_entry_lines(e, metrics) for e in section)
    return total


def fits(resume: TailoredResume, metrics: PageMetrics) -> bool:
    return estimate_lines(resume, metrics) <= metrics.lines_per_page + 1e-9


def line_cost(line: Line, metrics: PageMetrics) -> int:
    """Lines one bullet costs; the PDF fit loop uses it to know what dropping a line saves."""
    return bullet_lines(line.text, metrics)
