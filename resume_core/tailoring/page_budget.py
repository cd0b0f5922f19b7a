"""How much fits on one page: the line budget that tailoring selects against.

A `PageMetrics` describes one template on one paper size in "body lines" (one bullet line of that
template): how many fit between the margins, how many characters fit on a line, and what each block
costs: the header, a section heading, an entry heading, a bullet, the gaps between them. Every block
pays for the space above it, as CSS margins collapse, so a page's estimate is a plain sum and nothing
is owed after the last line. Selection only ever compares estimates from these numbers, so they must
match the real renderer: bench/bench_export.py measures the WeasyPrint templates for `_MEASURED`,
and tests/tailoring/test_page_budget.py checks estimates against real PDFs (within about a line). Estimates
wrap words like the renderer does, rather than dividing characters, because a bullet one word too
long costs a whole extra line.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from resume_core.bank.model import Entry, TailoredResume
from resume_core.tailoring.line_wrap import flow as flow  # re-exported: the skills line fills with it
from resume_core.tailoring.line_wrap import wrapped_lines as wrapped_lines  # re-exported: tests and callers


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
    """The header: the name (large type), the label line and one contact line."""
    label_lines: float = 1.2
    """The label line under the name (less when the person has no label)."""
    contact_lines: float = 1.2
    """The first line of the contact row, with the space above it (none without contact details)."""
    contact_line: float = 1.0
    """Each further line of a contact row that wraps."""
    section_lines: float = 1.6
    """A section heading such as 'Experience', with the space above and below it."""
    entry_lines: float = 1.4
    """Heading of a job or project with bullets: the space above it, its first title line, the space
    above the list, less one `bullet_gap` (every bullet pays one, the last one's collapses)."""
    extra_position_lines: float = 1.0
    """Each further title held at the same job."""
    collapsed_entry_lines: float = 1.2
    """A job shown as its title line only (with the space above it)."""
    education_lines: float = 1.2
    """One education line (with the space above it)."""
    bullet_gap: float = 0.0
    """Space between two bullets."""
    entry_gap: float = 0.0
    """Space above an entry; the first entry under a section heading has none."""
    list_gap: float = 0.0
    """Space above a list of bullets."""
    font: str = ""
    """Body font family; with `line_em` and `bullet_em`, words wrap by glyph widths (see `text_lines`)."""
    line_em: float = 0.0
    """Width of a full line, in em of the body type."""
    bullet_em: float = 0.0
    """Width of a bullet's text, in em of the body type."""
    summary_max_lines: int = 3
    """The summary at the top is cut to this many lines."""
    skills_max_lines: int = 3
    """The skills section holds this many full lines of comma-separated skills."""


# Measured on the real WeasyPrint templates by bench/bench_export.py `measure` (read off the layout
# boxes: line heights and collapsed margins), in body lines: one bullet line of the template
# (classic 13.75 pt, modern 13.5 pt, compact 12 pt). Every block pays for the space above it, so a
# page's estimate is a sum of block costs; tests/tailoring/test_page_budget.py checks it against real PDFs.
_CLASSIC: dict[str, Any] = dict(name_lines=4.131, label_lines=1.191, contact_lines=1.1, contact_line=0.955, section_lines=2.118,
                entry_lines=1.654, extra_position_lines=1.618, collapsed_entry_lines=1.618, education_lines=1.618,
                bullet_gap=0.073, entry_gap=0.618, list_gap=0.109)
_MODERN: dict[str, Any] = dict(name_lines=4.6, label_lines=1.422, contact_lines=1.222, contact_line=1.0, section_lines=2.42,
               entry_lines=1.704, extra_position_lines=1.63, collapsed_entry_lines=1.63, education_lines=1.63,
               bullet_gap=0.074, entry_gap=0.63, list_gap=0.148)
_COMPACT: dict[str, Any] = dict(name_lines=3.867, label_lines=1.133, contact_lines=1.083, contact_line=1.0, section_lines=1.8,
                entry_lines=1.583, extra_position_lines=1.583, collapsed_entry_lines=1.583, education_lines=1.583,
                bullet_gap=0.042, entry_gap=0.583, list_gap=0.042)
TEMPLATE_FONTS = {"classic": "Caladea", "modern": "Lato", "compact": "Carlito"}
_MEASURED: dict[tuple[str, str], PageMetrics] = {
    ("classic", "letter"): PageMetrics("classic", "letter", 52.1, 109, 107, **_CLASSIC, font="Caladea",
                                       line_em=46.47, bullet_em=45.32),
    ("classic", "a4"): PageMetrics("classic", "a4", 55.73, 105, 104, **_CLASSIC, font="Caladea",
                                   line_em=44.95, bullet_em=43.8),
    ("modern", "letter"): PageMetrics("modern", "letter", 52.53, 114, 109, **_MODERN, font="Lato",
                                      line_em=51.84, bullet_em=50.69),
    ("modern", "a4"): PageMetrics("modern", "a4", 56.23, 109, 107, **_MODERN, font="Lato",
                                  line_em=50.17, bullet_em=49.02),
    ("compact", "letter"): PageMetrics("compact", "letter", 60.9, 126, 121, **_COMPACT, font="Carlito",
                                       line_em=53.28, bullet_em=52.13),
    ("compact", "a4"): PageMetrics("compact", "a4", 65.05, 121, 117, **_COMPACT, font="Carlito",
                                   line_em=51.61, bullet_em=50.46),
}
DEFAULT_TEMPLATE = "classic"
PAPERS = ("letter", "a4")
PAGE_COUNTS = (1, 2)
PAGE_BREAK_LINES = 3.0
"""What a page break costs a two-page resume: the renderer moves a bullet or an entry heading that
does not fit at the foot of page one whole to page two. bench/bench_export.py `two_page`: with 2.0 the
fit loop cut 1 of 18 two-page sample resumes, with 3.0 none (dotin dev and hold-out: none either way)."""


def metrics_for(template: str = DEFAULT_TEMPLATE, paper: str = "letter", pages: int = 1) -> PageMetrics:
    """The metrics of `template` on `paper`; an unmeasured template uses the classic numbers.

    With `pages=2`, `lines_per_page` holds both pages (less `PAGE_BREAK_LINES`): the header, summary
    and skills are paid once, and everything else is selected against the larger budget."""
    paper = paper.lower()
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; use one of {', '.join(PAPERS)}")
    if pages not in PAGE_COUNTS:
        raise ValueError(f"unknown page count {pages!r}; use one of {', '.join(map(str, PAGE_COUNTS))}")
    found = _MEASURED.get((template, paper)) or _MEASURED[(DEFAULT_TEMPLATE, paper)]
    if pages == 1:
        return found
    return dataclasses.replace(found, lines_per_page=pages * found.lines_per_page - (pages - 1) * PAGE_BREAK_LINES)


def text_lines(text: str, metrics: PageMetrics, bullet: bool = False, share: float = 1.0) -> int:
    """Lines `text` takes in body type on a full line (or a bullet's line), `share` of it used.

    Words wrap at spaces by the font's glyph widths, as the renderer does (hyphens and slashes never
    break a line there: the Markdown renderer glues them); a narrow 'ill' and a wide 'WMW' differ by
    half. Without a measured font, by average characters per line."""
    width = (metrics.bullet_em if bullet else metrics.line_em) * share
    if not metrics.font or width <= 0:
        return wrapped_lines(text, int((metrics.chars_per_bullet_line if bullet else metrics.chars_per_line) * share))
    return flow(text.split(), metrics.font, width)[0]


def bullet_lines(text: str, metrics: PageMetrics) -> int:
    """Text lines of one bullet."""
    return text_lines(text, metrics, bullet=True)


def bullet_cost(text: str, metrics: PageMetrics) -> float:
    """Page lines one bullet adds: its text lines and the gap to the bullet before it."""
    return bullet_lines(text, metrics) + metrics.bullet_gap


def entries_section_lines(metrics: PageMetrics) -> float:
    """The heading of a section of entries: its first entry has no space above it."""
    return metrics.section_lines - metrics.entry_gap


def entry_header_lines(positions: int, metrics: PageMetrics) -> float:
    """Heading of a job or project entry with `positions` titles."""
    return metrics.entry_lines + max(0, positions - 1) * metrics.extra_position_lines


# Skills and the summary are filled right up to their line limit, so their last line sits at the
# wrap boundary, where kerning and rounding decide. Wrapping them a little early keeps them
# within their lines.
FILL_MARGIN = 0.97


def skills_lines(names: list[str], metrics: PageMetrics) -> int:
    return text_lines(", ".join(names), metrics, share=FILL_MARGIN)


def summary_lines(text: str, metrics: PageMetrics) -> int:
    return text_lines(text, metrics, share=FILL_MARGIN)


def collapsed_lines(positions: int, metrics: PageMetrics) -> float:
    """A job shown without bullets: every title it held still has its line."""
    return metrics.collapsed_entry_lines + max(0, positions - 1) * metrics.extra_position_lines


def _entry_lines(entry: Entry, metrics: PageMetrics) -> float:
    if entry.collapsed or not entry.bullets:
        return collapsed_lines(max(1, len(entry.positions)), metrics)
    head = entry_header_lines(max(1, len(entry.positions)), metrics)
    return head + sum(bullet_cost(b.text, metrics) for b in entry.bullets)


def contact_extra_lines(resume: TailoredResume, metrics: PageMetrics) -> float:
    """Lines the contact row takes beyond the one `name_lines` includes (long rows wrap; no row
    saves its line)."""
    from resume_core.output.render import contact_items

    row = " | ".join(contact_items(resume.person))
    if not row:
        return -metrics.contact_lines
    return max(0, wrapped_lines(row, metrics.chars_per_line) - 1) * metrics.contact_line


def _certificate_text(cert) -> str:
    from resume_core.output.render import format_date

    detail = ", ".join(part for part in (cert.issuer, format_date(cert.date)) if part)
    return cert.name + (f" ({detail})" if detail else "")


def fixed_lines(resume: TailoredResume, metrics: PageMetrics) -> float:
    """Everything but the experience and project entries: header, summary, skills, education,
    certificates (a bulleted list)."""
    total = metrics.name_lines + contact_extra_lines(resume, metrics)
    if not resume.person.label:
        total -= metrics.label_lines
    if resume.summary and resume.summary.text.strip():
        total += metrics.section_lines + text_lines(resume.summary.text, metrics)  # the margin picks, not counts
    if resume.skills:
        total += metrics.section_lines + text_lines(", ".join(s.text for s in resume.skills), metrics)
    if resume.education:
        total += entries_section_lines(metrics) + len(resume.education) * metrics.education_lines
    if resume.certificates:
        total += metrics.section_lines + metrics.list_gap - metrics.bullet_gap
        total += sum(bullet_cost(_certificate_text(c), metrics) for c in resume.certificates)
    return total


def estimate_lines(resume: TailoredResume, metrics: PageMetrics) -> float:
    """Estimated body lines of the whole rendered resume; one page holds `metrics.lines_per_page`."""
    total = fixed_lines(resume, metrics)
    for section in (resume.experience, resume.projects):
        if section:
            total += entries_section_lines(metrics) + sum(_entry_lines(e, metrics) for e in section)
    return total
