"""A tailored resume as text: Markdown (the editable source), HTML (for the PDF) and plain text.

Markdown is the hub. `render_markdown` writes a small, regular dialect the user can edit on the
Export page: `# Name`, contact lines, `## Section` headings with the standard names ATS parsers know,
`### Title · Organisation | dates` entry headings (`####` for a further title at the same job)
and `- ` bullets. `render_html` turns any such Markdown (edited or not) into a full HTML document
styled by one of the CSS templates in data/templates/; `render_text` flattens it for plain-text job forms. Bank text is escaped so that it
reads back verbatim: what the PDF shows is exactly the bank's words.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from dataclasses import dataclass, field
from pathlib import Path

from resume_core.bank.model import Education, Entry, Person, TailoredResume
from resume_core.output.safe_markdown import CONTACT_SEPARATOR, ORG_SEPARATOR, WHEN_SEPARATOR, markdown_to_html

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data"
TEMPLATE_DIR = DATA_DIR / "templates"
FONT_DIR = DATA_DIR / "fonts"

TEMPLATES: dict[str, str] = {
    "classic": "Caladea (a Cambria-like serif), centred name, ruled section headings.",
    "modern": "Lato, left-aligned name and headings in a dark teal accent.",
    "compact": "Carlito with narrow margins and tight spacing, for long careers.",
}
"""Template name -> one-line description. Every template is single-column and ATS-safe."""

PAPERS: dict[str, str] = {"letter": "letter", "a4": "A4"}
"""Paper name -> CSS page size."""

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# Characters that Markdown would read as markup; escaped so bank text renders verbatim.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]])")
_LINE_START_SPECIAL = re.compile(r"^([#>]|[+-](?=\s|$)|\d+\.(?=\s|$))")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def escape_markdown(text: str, heading: bool = False) -> str:
    """`text` as Markdown that renders back to exactly `text`, on one line (`heading`: inside `###`)."""
    text = " ".join(text.split())
    text = _ENTITY.sub(r"&amp;\1;", text)
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    if heading:  # '#' would be stripped from the end of a heading, '|' would split off the dates
        text = text.replace("#", "\\#").replace("|", "\\|")
    match = _LINE_START_SPECIAL.match(text)
    if match:  # would start a list, heading or quote
        marker = match[1]
        escaped = marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker
        text = escaped + text[match.end(1):]
    return text


def format_date(value: str) -> str:
    """'2021-03' -> 'Mar 2021', '2021' -> '2021', '' -> ''."""
    if not value:
        return ""
    parts = value.split("-")
    if len(parts) >= 2:
        return f"{MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def format_range(start: str, end: str, *, ongoing: bool = True) -> str:
    """'Mar 2021 – Present'; an empty end means 'present' when `ongoing`, else just the start."""
    first, last = format_date(start), format_date(end)
    if not first:
        return last
    if not last:
        return f"{first} – Present" if ongoing else first
    return first if first == last else f"{first} – {last}"


def short_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url).rstrip("/")


def contact_items(person: Person) -> list[str]:
    """Contact details in the order recruiters scan them."""
    items = [person.location, person.email, person.phone, short_url(person.url) if person.url else ""]
    items += [short_url(link.url) for link in person.links[:3] if link.url and link.url != person.url]
    return [item for item in items if item]


def entry_headings(entry: Entry) -> list[tuple[str, str, str]]:
    """(title, organisation, dates) for each heading line of a job or project."""
    place = ", ".join(part for part in (entry.name, entry.location) if part)
    if entry.kind == "project":
        roles = ", ".join(p.title for p in entry.positions) or short_url(entry.url)
        return [(entry.name, roles, format_range(entry.start_date, entry.end_date, ongoing=False))]
    if not entry.positions:
        return [(entry.name, entry.location, format_range(entry.start_date, entry.end_date))]
    return [(p.title, place, format_range(p.start_date, p.end_date)) for p in entry.positions]


def education_heading(item: Education) -> tuple[str, str, str]:
    degree = " ".join(part for part in (item.study_type, item.area) if part)
    if degree:
        return degree, item.institution, format_range(item.start_date, item.end_date, ongoing=False)
    return item.institution, "", format_range(item.start_date, item.end_date, ongoing=False)


def _heading_line(title: str, org: str, when: str, level: int = 3) -> str:
    line = "#" * level + " " + escape_markdown(title, heading=True)
    if org:
        line += ORG_SEPARATOR + escape_markdown(org, heading=True)
    if when:
        line += WHEN_SEPARATOR + when
    return line


def render_markdown(resume: TailoredResume) -> str:
    """The resume in the editable Markdown dialect described in the module docstring."""
    person = resume.person
    out = [f"# {escape_markdown(person.name or 'Your Name')}", ""]
    if person.label:
        out += [f"*{escape_markdown(person.label)}*", ""]
    contacts = contact_items(person)
    if contacts:
        out += [CONTACT_SEPARATOR.join(escape_markdown(c) for c in contacts), ""]
    if resume.summary and resume.summary.text.strip():
        out += ["## Summary", "", escape_markdown(resume.summary.text), ""]
    for title, entries in (("Experience", resume.experience), ("Projects", resume.projects)):
        if not entries:
            continue
        out += [f"## {title}", ""]
        for entry in entries:
            out += [_heading_line(*heading, level=3 if n == 0 else 4) for n, heading in enumerate(entry_headings(entry))]
            if not entry.collapsed and entry.bullets:
                out += [""] + [f"- {escape_markdown(line.text)}" for line in entry.bullets]
            out.append("")
    if resume.skills:
        out += ["## Skills", "", ", ".join(escape_markdown(s.text) for s in resume.skills), ""]
    if resume.education:
        out += ["## Education", ""]
        out += [_heading_line(*education_heading(item)) for item in resume.education]
        out.append("")
    if resume.certificates:
        out += ["## Certifications", ""]
        for cert in resume.certificates:
            detail = ", ".join(part for part in (cert.issuer, format_date(cert.date)) if part)
            out.append(f"- {escape_markdown(cert.name)}" + (f" ({escape_markdown(detail)})" if detail else ""))
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _stylesheet(template: str, paper: str) -> str:
    if template not in TEMPLATES:
        raise ValueError(f"unknown template {template!r}; choose one of {', '.join(TEMPLATES)}")
    if paper not in PAPERS:
        raise ValueError(f"unknown paper {paper!r}; choose one of {', '.join(PAPERS)}")
    base = (TEMPLATE_DIR / "base.css").read_text(encoding="utf-8")
    own = (TEMPLATE_DIR / f"{template}.css").read_text(encoding="utf-8")
    return f"{base}\n{own}\n@page {{ size: {PAPERS[paper]}; }}\n"


def render_html(markdown_text: str, template: str = "classic", paper: str = "letter", letter: bool = False) -> str:
    """A complete HTML document for WeasyPrint; fonts are relative URLs resolved against FONT_DIR.

    `letter`: a cover letter (name, contact line, paragraphs) styled as a letter by the same template."""
    body = markdown_to_html(markdown_text)
    name_match = re.search(r"<h1>(.*?)</h1>", body, re.S)
    name = html.unescape(re.sub(r"<[^>]+>", "", name_match[1])).strip() if name_match else ""
    kind = "Cover letter" if letter else "Resume"
    title = html.escape(f"{name} – {kind}" if name else kind)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n<meta name=\"author\" content=\"{html.escape(name)}\">\n"
        f"<style>\n{_stylesheet(template, paper)}</style>\n</head>\n"
        f'<body class="template-{template} paper-{paper}{" letter" if letter else ""}">\n{body}\n</body>\n</html>\n'
    )


@dataclass
class Run:
    """A piece of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Block:
    """One block of the rendered resume, for writers other than HTML (plain text, DOCX)."""

    kind: str
    """'name', 'line' (header line), 'heading' (section), 'entry' (title line), 'bullet' or 'para'."""
    runs: list[Run] = field(default_factory=list)
    when: str = ""
    """Dates of an entry line."""

    @property
    def text(self) -> str:
        return " ".join("".join(run.text for run in self.runs).split())


class _BlockReader(HTMLParser):
    """Reads the HTML of `safe_markdown.markdown_to_html` back into `Block`s."""

    KINDS = {"h1": "name", "h2": "heading", "h3": "entry", "h4": "entry", "p": "para", "li": "bullet", "pre": "para"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.block: Block | None = None
        self.in_header = False
        self.bold = self.italic = 0
        self.spans: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "header":
            self.in_header = True
        elif tag in self.KINDS:
            if self.block is not None and self.block.runs:  # a nested list item closes the text so far
                self.blocks.append(self.block)
            kind = "line" if tag == "p" and self.in_header else self.KINDS[tag]
            self.block = Block(kind)
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "span":
            self.spans.append(attrs.get("class") or "")
        elif tag == "br" and self.block is not None:
            self.block.runs.append(Run(" "))

    def handle_endtag(self, tag):
        if tag == "header":
            self.in_header = False
        elif tag in self.KINDS and self.block is not None:
            if self.block.runs or self.block.when:
                self.blocks.append(self.block)
            self.block = None
        elif tag in ("strong", "b"):
            self.bold = max(0, self.bold - 1)
        elif tag in ("em", "i"):
            self.italic = max(0, self.italic - 1)
        elif tag == "span" and self.spans:
            self.spans.pop()

    def handle_data(self, data):
        if self.block is None:
            return
        if "when" in self.spans:
            self.block.when += data
            return
        bold = bool(self.bold) or "title" in self.spans or self.block.kind in ("name", "heading")
        self.block.runs.append(Run(data, bold=bold, italic=bool(self.italic)))


def markdown_blocks(markdown_text: str) -> list[Block]:
    """The resume Markdown as a flat list of blocks (what the PDF shows, without the styling)."""
    reader = _BlockReader()
    reader.feed(markdown_to_html(markdown_text, join_words=False))
    reader.close()
    return reader.blocks


def render_text(resume: TailoredResume, markdown_text: str | None = None) -> str:
    """Plain text for pasting into job forms; follows `markdown_text` (the user's edits) when given."""
    source = markdown_text if markdown_text is not None else render_markdown(resume)
    out: list[str] = []
    for block in markdown_blocks(source):
        if block.kind == "name":
            out.append(block.text.upper())
        elif block.kind == "heading":
            out += ["", block.text.upper()]
        elif block.kind == "entry":
            out.append(block.text + (WHEN_SEPARATOR + block.when.strip() if block.when.strip() else ""))
        elif block.kind == "bullet":
            out.append("- " + block.text)
        else:
            out.append(block.text)
    return "\n".join(out).strip() + "\n"
