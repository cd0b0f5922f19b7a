"""Export: time to render and fit a tailored resume per template, PDF size, and template metrics.

- fit: the sample bank (data/sample_bank.xml) tailored offline to the sample platform posting, then
  `export_pdf` (layout, fit loop, PDF write, text check) per template on letter; median of 3 after
  one warm-up (the WeasyPrint import and font registration are measured once, separately);
- forced drops: the over-long test fixture (tests/resume_fixtures.py, 21 extra bullets), which must
  drop lines, per template: time, renders and lines dropped;
- metrics: the real templates measured for `resume_core/page_budget.py`, in body lines (one bullet
  line of the template): lines per page, characters per full-width and per bullet line, and what
  the name block, a section heading, an entry heading, a further title, a collapsed entry and an
  education line cost. `python -m bench.bench_export` prints the table to paste into page_budget.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from resume_core.render import PAPERS, TEMPLATES, render_html

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


def _tailored_sample(template: str):
    from resume_core.model import Posting
    from resume_core.sample import load_sample_bank
    from resume_core.tailor import tailor

    text = POSTING.read_text(encoding="utf-8")
    try:
        from resume_core.analysis import build_posting

        posting = build_posting(text)
    except ImportError:  # analysis is another helper's module; tailoring still runs on the text
        posting = Posting(id="pst-0bench00", title="Senior Platform Engineer", text=text)
    return tailor(load_sample_bank(), posting, template=template, today=TODAY).resume


def _boxes(page_box):
    for box in page_box.descendants():
        yield box, getattr(box, "element", None)


def measure(template: str, paper: str) -> dict[str, float]:
    """PageMetrics numbers for `template` on `paper`, measured on a laid-out sample."""
    from resume_core.pdf_layout import layout_html

    layout = layout_html(render_html(MEASURE_MARKDOWN, template, paper))
    page = layout.document.pages[0]._page_box
    outer: dict[int, tuple[str, str, float]] = {}
    lines_in: dict[int, list[tuple[float, int]]] = {}
    for box, element in _boxes(page):
        if element is None:
            continue
        name = box.__class__.__name__
        if name == "LineBox":
            chars = sum(len(getattr(child, "text", "") or "") for child in box.descendants())
            lines_in.setdefault(id(element), []).append((box.height, chars))
        elif id(element) not in outer and name.endswith(("BlockBox", "FlexBox")):
            outer[id(element)] = (element.tag, element.get("class") or "", box.margin_height())
    by_tag: dict[str, list[tuple[int, str, float]]] = {}
    for key, (tag, cls, height) in outer.items():
        by_tag.setdefault(tag, []).append((key, cls, height))
    li = {key: height for key, _, height in by_tag["li"]}
    items = list(li)
    unit = lines_in[items[0]][0][0]  # one bullet line
    bullet_lines = [chars for key in items for _, chars in lines_in[key][:-1]]
    summary_p = max((k for k, _, _ in by_tag["p"]), key=lambda k: len(lines_in.get(k, [])))
    full_lines = [chars for _, chars in lines_in[summary_p][:-1]]
    # Entries in document order: two titles + 2 bullets, collapsed, one title + 1 bullet, education.
    entries = [height for _, cls, height in by_tag["div"] if cls == "entry"]
    second_title = by_tag["h4"][0][2]
    header = by_tag["header"][0][2]
    sections = [height for _, _, height in by_tag["h2"]]
    return {
        "lines_per_page": round(layout.capacity / unit, 1),
        "chars_per_line": round(statistics.mean(full_lines)),
        "chars_per_bullet_line": round(statistics.mean(bullet_lines)),
        "name_lines": round(header / unit, 2),
        "section_lines": round(statistics.mean(sections) / unit, 2),
        "entry_lines": round((entries[2] - li[items[-1]]) / unit, 2),
        "extra_position_lines": round(second_title / unit, 2),
        "collapsed_entry_lines": round(entries[1] / unit, 2),
        "education_lines": round(entries[1] / unit, 2),
        "body_line_pt": round(unit * 0.75, 2),
    }


def run(print_table: bool = True) -> dict:
    figures: dict[str, float | int | str] = {}
    started = time.perf_counter()
    import weasyprint  # noqa: F401  (import cost measured on its own)

    figures["weasyprint import s"] = round(time.perf_counter() - started, 3)
    from resume_core.export import export_pdf

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
        figures[f"{template}: sample PDF KB"] = round(len(result.pdf) / 1024, 1)
        figures[f"{template}: sample check ok"] = str(result.check.ok)
        long = overlong(copies=3)
        started = time.perf_counter()
        forced = export_pdf(long, template, "letter")
        figures[f"{template}: over-long fit s"] = round(time.perf_counter() - started, 3)
        figures[f"{template}: over-long dropped/renders"] = f"{len(forced.dropped)}/{forced.renders}"
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
    run()
