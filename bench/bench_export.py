"""Export: time to render and fit a tailored resume per template, PDF size, and template metrics.

- fit: the sample bank (data/sample_bank.xml) tailored offline to the sample platform posting, then
  `export_pdf` (layout, fit loop, PDF write, text check) per template on letter; median of 3 after
  one warm-up (the WeasyPrint import and font registration are measured once, separately);
- forced drops: the over-long test fixture (tests/resume_fixtures.py, 21 extra bullets), which must
  drop lines, per template: time, renders and lines dropped;
- fill: how full page 1 is (last line of text / content height) and how many lines the fit loop
  dropped, over the 3 sample postings x 3 templates x 2 papers;
- metrics: the real templates measured for `resume_core/tailoring/page_budget.py`, in body lines (one bullet
  line of the template), read off the layout boxes: lines per page, characters per full-width and
  per bullet line, and what the header, a section heading, an entry heading, a further title, a
  collapsed entry, the gaps between bullets and entries cost. `python -m bench.bench_export` prints
  the table to paste into page_budget; `python -m bench.bench_export --widths` rewrites the glyph
  widths (data/templates/advance_widths.json) page_budget wraps words with.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

from resume_core.output.render import PAPERS, TEMPLATES, render_html

ROOT = Path(__file__).resolve().parent.parent
POSTING = ROOT / "data" / "sample_postings" / "senior_platform_engineer_northwind_relay.txt"
TODAY = "2026-11-25"
WORDS = (
    "Migrated services from hand-built VMs to Kubernetes with Terraform and Argo CD, cutting deploy time "
    "from 40 to 6 minutes; designed a self-service workflow for preview environments used by 60 engineers "
    "and reduced cloud spend by $1.2M a year through rightsizing, spot fleets and an idle-resource reaper. "
)
MEASURE_MARKDOWN = f"""# Jordan Rivera

*Senior Platform Engineer*

Denver, CO | jordan.rivera@example.com | (303) 555-0142 | github.com/jrivera

## Summary

{WORDS * 3}

## Experience

### Senior Platform Engineer · Fieldstone Logistics, Denver, CO | Mar 2022 – Present
#### Platform Engineer · Fieldstone Logistics, Denver, CO | Jun 2020 – Feb 2022

- {WORDS * 3}
- Mentored four engineers.

### Software Engineer · Quarry Analytics, Austin, TX | Jun 2015 – Jul 2017

### Site Reliability Engineer · Brightline Health, Boulder, CO | Aug 2017 – May 2020

- Ran the PostgreSQL fleet.

## Education

### B.S. Computer Science · University of Texas at Austin | 2011 – 2015
"""


def _tailored_sample(template: str, paper: str = "letter", posting_file: Path = POSTING):
    from resume_core.posting.analysis import build_posting
    from resume_core.bank.sample import load_sample_bank
    from resume_core.tailoring.pipeline import tailor

    posting = build_posting(posting_file.read_text(encoding="utf-8"))
    return tailor(load_sample_bank(), posting, template=template, paper=paper, today=TODAY).resume


def _outer_boxes(page_box):
    """The outermost box of each element on the page, in document order."""
    seen: set[int] = set()
    for box in page_box.descendants():
        element = getattr(box, "element", None)
        if element is None or id(element) in seen or not box.__class__.__name__.endswith(("BlockBox", "FlexBox")):
            continue
        seen.add(id(element))
        yield box, element


def measure(template: str, paper: str) -> dict[str, float]:
    """PageMetrics numbers for `template` on `paper`, read off the boxes of a laid-out sample.

    Every block pays for the space above it (collapsed margins), so the estimate of a page is a sum
    of block costs and nothing is owed after the last line."""
    from resume_core.output.pdf_layout import layout_html

    layout = layout_html(render_html(MEASURE_MARKDOWN, template, paper))
    page = layout.document.pages[0]._page_box
    boxes: dict[str, list] = {}
    lines_in: dict[int, list[int]] = {}
    for box, element in _outer_boxes(page):
        boxes.setdefault(box.element_tag + ("." + element.get("class").split()[0] if element.get("class") else ""),
                         []).append(box)
    for box in page.descendants():
        if box.__class__.__name__ == "LineBox":
            chars = sum(len(getattr(child, "text", "") or "") for child in box.descendants())
            lines_in.setdefault(id(box.element), []).append(chars)
    li, header, h2 = boxes["li"], boxes["header"][0], boxes["h2"][0]
    unit = li[1].border_height()  # a one-line bullet
    label, contact = boxes["p"][0], boxes["p.contact"][0]
    entry, ul, h4 = boxes["div.entry"][1], boxes["ul"][0], boxes["h4"][0]
    heading = boxes["h3"][0].margin_height()
    summary_p = boxes["p"][1]
    full = lines_in[id(summary_p.element)][:-1]
    bullet = lines_in[id(li[0].element)][:-1]

    def lines(px: float) -> float:
        return round(px / unit, 3)

    bullet_gap, entry_gap = lines(li[0].margin_bottom), lines(entry.margin_top)
    font_px = li[0].style["font_size"]
    return {
        "lines_per_page": lines(layout.capacity),
        "chars_per_line": round(statistics.mean(full)),
        "chars_per_bullet_line": round(statistics.mean(bullet)),
        "name_lines": lines(header.border_height() + max(0.0, header.margin_bottom - h2.margin_top)),
        "label_lines": lines(label.margin_height()),
        "contact_line": lines(contact.border_height()),
        "contact_lines": lines(contact.margin_height()),
        "section_lines": lines(h2.margin_height()),
        "entry_lines": round(entry_gap + lines(heading + ul.margin_top) - bullet_gap, 3),
        "extra_position_lines": lines(h4.margin_height()),
        "collapsed_entry_lines": round(entry_gap + lines(heading), 3),
        "education_lines": round(entry_gap + lines(heading), 3),
        "bullet_gap": bullet_gap,
        "entry_gap": entry_gap,
        "list_gap": lines(ul.margin_top),
        "line_em": round(summary_p.width / font_px, 2),
        "bullet_em": round(li[0].width / font_px, 2),
        "body_line_pt": round(unit * 0.75, 2),
    }


def two_page(limit: int = 30) -> dict[str, str | int]:
    """Two pages, fitted by content like one: banks tailored with `pages=2`, exported with
    `max_pages=2`. Per set: how many resumes fill two pages, how many lines the fit loop had to drop
    (the page-break allowance `PAGE_BREAK_LINES` is too small if this is not 0), and how full the
    last page is. Sets: the sample bank x the sample postings; the dotin CVs (bench_tailor pairs)
    split by `bench_ats.holdout` into dev and hold-out; all 3 templates x 2 papers."""
    from bench.bench_ats import holdout
    from bench.bench_tailor import load_pairs
    from resume_core.posting.analysis import build_posting
    from resume_core.output.export import export_pdf
    from resume_core.output.pdf_layout import layout_html
    from resume_core.bank.sample import load_sample_bank
    from resume_core.tailoring.pipeline import tailor

    sets: dict[str, list] = {"sample": [], "dotin dev": [], "dotin hold-out": []}
    bank = load_sample_bank()
    for posting_file in sorted(POSTING.parent.glob("*.txt")):
        sets["sample"].append((bank, build_posting(posting_file.read_text(encoding="utf-8"))))
    for cv_id, cv_bank, raw in load_pairs(limit=limit):
        sets["dotin hold-out" if holdout(cv_id) else "dotin dev"].append((cv_bank, build_posting(raw["text"])))
    out: dict[str, str | int] = {}
    for label, cases in sets.items():
        two = dropped = over = 0
        fills = []
        for case_bank, posting in cases:
            for template in sorted(TEMPLATES):
                for paper in sorted(PAPERS):
                    resume = tailor(case_bank, posting, template=template, paper=paper, today=TODAY, pages=2).resume
                    result = export_pdf(resume, template, paper, max_pages=2)
                    dropped += len(result.dropped)
                    over += bool(result.dropped)
                    if result.pages == 2:
                        two += 1
                        layout = layout_html(render_html(result.markdown, template, paper))
                        fills.append(layout.used[-1] / layout.capacity)
        runs = len(cases) * len(TEMPLATES) * len(PAPERS)
        out[f"two pages, {label}: resumes on 2 pages / all"] = f"{two}/{runs}"
        out[f"two pages, {label}: resumes the fit loop cut / lines it dropped"] = f"{over}/{dropped}"
        if fills:
            out[f"two pages, {label}: page 2 filled, min/median"] = f"{min(fills):.3f}/{statistics.median(fills):.3f}"
    return out


def page_fill(markdown: str, template: str, paper: str) -> float:
    """How far down the content area of page 1 the last line of text reaches (1.0: to the bottom)."""
    from resume_core.output.pdf_layout import layout_html

    layout = layout_html(render_html(markdown, template, paper))
    return round(layout.used[0] / layout.capacity, 3)


WIDTHS_FILE = ROOT / "data" / "templates" / "advance_widths.json"
WIDTH_CHARS = [chr(c) for c in [*range(0x20, 0x7F), *range(0xA0, 0x180)]] + list("–—‘’“”•…€·")


def font_widths() -> dict[str, dict]:
    """Advance width of each common character (in em) of every template's body font, from the bundled
    regular font files, for page_budget's word wrapping."""
    from fontTools.ttLib import TTFont

    from resume_core.tailoring.page_budget import TEMPLATE_FONTS
    from resume_core.output.render import FONT_DIR

    out: dict[str, dict] = {}
    for family in sorted(set(TEMPLATE_FONTS.values())):
        font = TTFont(FONT_DIR / f"{family}-Regular.ttf")
        per_em, cmap, metrics = font["head"].unitsPerEm, font.getBestCmap(), font["hmtx"].metrics
        widths = {ch: round(metrics[cmap[ord(ch)]][0] / per_em, 4) for ch in WIDTH_CHARS if ord(ch) in cmap}
        lower = [widths[ch] for ch in "abcdefghijklmnopqrstuvwxyz"]
        out[family] = {"other": round(sum(lower) / len(lower), 4), "widths": widths}
    return out


def write_font_widths() -> None:
    WIDTHS_FILE.write_text(json.dumps(font_widths(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")


def run(print_table: bool = True) -> dict:
    figures: dict[str, float | int | str] = {}
    started = time.perf_counter()
    import weasyprint  # noqa: F401  (import cost measured on its own)

    figures["weasyprint import s"] = round(time.perf_counter() - started, 3)
    from resume_core.output.export import export_pdf

    if str(ROOT / "tests") not in sys.path:  # the over-long resume is the tests' fixture
        sys.path.insert(0, str(ROOT / "tests"))
    from resume_fixtures import overlong

    first = _tailored_sample("classic")
    started = time.perf_counter()
    export_pdf(first, "classic", "letter")
    figures["first export (font registration) s"] = round(time.perf_counter() - started, 3)
    for template in sorted(TEMPLATES):
        resume = _tailored_sample(template)  # tailoring budgets with this template's page metrics
        times, result = [], None
        for _ in range(3):
            started = time.perf_counter()
            result = export_pdf(resume, template, "letter")
            times.append(time.perf_counter() - started)
        figures[f"{template}: sample fit+write+check s"] = round(statistics.median(times), 3)
        figures[f"{template}: sample pages/dropped/renders"] = f"{result.pages}/{len(result.dropped)}/{result.renders}"
        figures[f"{template}: sample page filled (share)"] = page_fill(result.markdown, template, "letter")
        figures[f"{template}: sample PDF KB"] = round(len(result.pdf) / 1024, 1)
        figures[f"{template}: sample check ok"] = str(result.check.ok)
        long = overlong(copies=3)
        started = time.perf_counter()
        forced = export_pdf(long, template, "letter")
        figures[f"{template}: over-long fit s"] = round(time.perf_counter() - started, 3)
        figures[f"{template}: over-long dropped/renders"] = f"{len(forced.dropped)}/{forced.renders}"
    fills, dropped = [], 0
    for posting_file in sorted(POSTING.parent.glob("*.txt")):
        for template in sorted(TEMPLATES):
            for paper in sorted(PAPERS):
                result = export_pdf(_tailored_sample(template, paper, posting_file), template, paper)
                fills.append(page_fill(result.markdown, template, paper))
                dropped += len(result.dropped)
    figures["3 postings x 3 templates x 2 papers: page filled, min/median"] = \
        f"{min(fills):.3f}/{statistics.median(fills):.3f}"
    figures["3 postings x 3 templates x 2 papers: lines dropped by the fit loop"] = dropped
    figures.update(two_page())
    for template in sorted(TEMPLATES):
        for paper in sorted(PAPERS):
            numbers = measure(template, paper)
            for key in ("lines_per_page", "chars_per_line", "chars_per_bullet_line"):
                figures[f"{template}/{paper}: {key}"] = numbers[key]
            if print_table:
                print(f"{template}/{paper}: {numbers}")
    if print_table:
        for key, value in figures.items():
            print(f"{key:45} {value}")
    return figures


if __name__ == "__main__":
    if "--widths" in sys.argv:
        write_font_widths()  # after a font change: the character widths page_budget wraps with
    else:
        run()
