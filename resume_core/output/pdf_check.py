"""Read a finished PDF back and check that an ATS would see what the user meant to send.

An applicant tracking system reads the PDF's text layer, not the picture. So after every export the
text is extracted (pypdf, as a parser would) and searched for the name, the email, every selected
bullet, every job title and date range and every skill, each intact: no ligature glyphs ('ﬁ'), no
word split at a line-end hyphen, nothing missing. When the user edited the Markdown, what is looked
for is what their text holds (`markdown_expected_texts`), so a skill they deleted is not missed and a
line they typed is checked too. The page count, embedded files and images are checked as well.

A second, independent reader (`ats_reader`, built like the layout parsers applicant-tracking systems
use) then reads the PDF into sections and entries, and `ats_problems` asserts that every job, title,
organisation, date range, bullet and school comes back whole and in its own entry. The result is a
`PdfCheck` the Export page shows as it is, with what the parser read (`ats`) for its ATS view.
"""

from __future__ import annotations

import io
import re

from pydantic import BaseModel, ConfigDict, Field

from resume_core.output.ats_reader import AtsRead, read_resume
from resume_core.bank.model import TailoredResume
from resume_core.output.render import education_heading, entry_headings, markdown_blocks, render_markdown
from resume_core.output.safe_markdown import ORG_SEPARATOR

_LIGATURES = re.compile("[\ufb00-\ufb06]")
_HYPHEN_BREAK = re.compile(r"(?<=\w)([-/\u2013]) (?=\w)")
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}|\b[\w-]{1,63}\.[a-z]{2,10}/\S{1,2000}", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_WHAT = {"name": "name", "line": "header line", "heading": "heading", "entry": "title", "bullet": "bullet"}


class PdfCheck(BaseModel):
    """What reading the PDF back found."""

    model_config = ConfigDict(extra="forbid")

    ok: bool = Field(description="True when nothing is missing or broken and the page count is within the limit.")
    problems: list[str] = Field(default_factory=list, description="One sentence per problem, for the user.")
    pages: int = 0
    checked: int = Field(0, description="How many expected texts were looked for.")
    ats: AtsRead | None = Field(None, description="What a layout-based resume parser reads from the PDF.")
    ats_checked: int = Field(0, description="How many fields the resume parser was expected to read back.")


def extract_text(pdf: bytes) -> tuple[str, int]:
    """All text of `pdf` with whitespace collapsed, and its page count."""
    reader = _reader(pdf)
    return _text(reader), len(reader.pages)


def _reader(pdf: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf))


def _text(reader) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def expected_texts(resume: TailoredResume) -> list[tuple[str, str]]:
    """(what, text) pairs the PDF of the generated (unedited) Markdown must contain."""
    person = resume.person
    wanted: list[tuple[str, str]] = [("name", person.name), ("email", person.email)]
    for entry in (*resume.experience, *resume.projects):
        for title, _org, dates in entry_headings(entry):
            wanted += [("title", title), ("dates", dates)]
    for item in resume.education:
        title, org, dates = education_heading(item)
        wanted += [("education", title), ("education", org), ("dates", dates)]
    bullets = [line.text for entry in (*resume.experience, *resume.projects)
               if not entry.collapsed for line in entry.bullets]
    wanted += [("bullet", text) for text in bullets]
    wanted += [("skill", line.text) for line in resume.skills]
    return [(what, " ".join(text.split())) for what, text in wanted if text and text.strip()]


def markdown_expected_texts(markdown_text: str) -> list[tuple[str, str]]:
    """(what, text) pairs the PDF of `markdown_text` must contain: every block as the text shows it,
    entry dates on their own, and the Skills paragraph one skill at a time (so a message names the skill)."""
    wanted: list[tuple[str, str]] = []
    section = ""
    for block in markdown_blocks(markdown_text):
        if block.kind == "heading":
            section = block.text.casefold()
        if block.kind == "para" and section == "skills":
            wanted += [("skill", skill) for skill in block.text.split(",")]
        elif block.kind == "para":
            wanted.append(("summary" if section == "summary" else "text", block.text))
        else:
            wanted.append((_WHAT.get(block.kind, "text"), block.text))
        if block.when.strip():
            wanted.append(("dates", block.when))
    return [(what, " ".join(text.split())) for what, text in wanted if text and text.strip()]


def check_pdf(pdf: bytes, resume: TailoredResume, max_pages: int = 1, markdown_text: str | None = None) -> PdfCheck:
    """Check `pdf` against `resume` (already reduced to the lines the PDF should hold), or, when the
    user edited the text, against the Markdown it was made from (`markdown_text`, after any drops)."""
    reader = _reader(pdf)
    text, pages = _text(reader), len(reader.pages)
    problems: list[str] = []
    if pages > max_pages:
        problems.append(f"The PDF has {pages} pages; the limit is {max_pages}.")
    ligatures = sorted(set(_LIGATURES.findall(text)))
    if ligatures:
        problems.append(f"The text contains ligature characters ({' '.join(ligatures)}) that an ATS may misread.")
    if "\ufffd" in text:
        problems.append("Some characters could not be read back (shown as \ufffd).")
    wanted = expected_texts(resume) if markdown_text is None else markdown_expected_texts(markdown_text)
    joined = _HYPHEN_BREAK.sub(r"\1", text)
    folded = text.casefold()
    squashed = _SPACE.sub("", text)
    for what, expected in wanted:
        # Section headings are set in capitals by the templates' CSS: their case is not the text's.
        if expected in text or (what == "heading" and expected.casefold() in folded):
            continue
        # A long link wraps where the line ends, and the text layer puts a space there: it is intact.
        if _URL.search(expected) and _SPACE.sub("", expected) in squashed:
            continue
        short = expected if len(expected) <= 70 else expected[:67] + "..."
        if _HYPHEN_BREAK.sub(r"\1", expected) in joined:
            problems.append(f"The {what} '{short}' is split at a line-end hyphen or slash.")
        else:
            problems.append(f"The {what} '{short}' is missing or broken in the PDF text.")
    source = markdown_text if markdown_text is not None else render_markdown(resume)
    try:
        ats: AtsRead | None = read_resume(pdf)
    except ImportError:  # pypdfium2 is optional (a wheel some platform may lack): no parser reading then
        ats = None
    # Text the first reader already reported missing or split is not reported twice.
    ats_found, ats_checked = ats_problems(ats, source, known=" ".join(problems)) if ats else ([], 0)
    problems += ats_found
    if reader.attachments:
        problems.append(f"The PDF has embedded files: {', '.join(reader.attachments)}.")
    if any(page.images for page in reader.pages):
        problems.append("The PDF contains images; an ATS cannot read text in images.")
    return PdfCheck(ok=not problems, problems=problems, pages=pages, checked=len(wanted), ats=ats,
                    ats_checked=ats_checked)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def expected_entries(markdown_text: str) -> list[tuple[str, list[tuple[str, str, str]], list[str]]]:
    """(section, [(title, organisation, dates)], bullets) for every entry of `markdown_text`.

    A job's further titles (`####`) are entries of their own for a parser (each with its dates); the
    bullets belong to the last heading above them. Bullets before any heading of a section (certifications) form an entry
    without a heading."""
    out: list[tuple[str, list[tuple[str, str, str]], list[str]]] = []
    section = ""
    for block in markdown_blocks(markdown_text):
        if block.kind == "heading":
            section = block.text
        elif block.kind == "entry":
            title = " ".join("".join(run.text for run in block.runs if run.bold).split())
            rest = " ".join("".join(run.text for run in block.runs if not run.bold).split())
            organisation = rest.removeprefix(ORG_SEPARATOR.strip()).strip()
            heading = (title, organisation, " ".join(block.when.split()))
            out.append((section, [heading], []))
        elif block.kind == "bullet" and section and block.text:
            if not out or out[-1][0] != section:
                out.append((section, [], []))
            out[-1][2].append(block.text)
    return out


def ats_problems(ats: AtsRead, markdown_text: str, known: str = "") -> tuple[list[str], int]:
    """What the parser read wrong against the resume the user meant to send, and how much was checked.

    A job whose title is not read is one problem (its bullets are not checked one by one); a bullet
    whose start appears in `known` (problems already reported) is not reported again."""
    problems: list[str] = []
    checked = 0
    blocks = markdown_blocks(markdown_text)
    name = next((block.text for block in blocks if block.kind == "name"), "")
    if name:
        checked += 1
        if ats.name != name:
            problems.append(f"A resume parser reads the name as '{_short(ats.name)}', not '{_short(name)}'.")
    used: dict[str, int] = {}
    for section, headings, bullets in expected_entries(markdown_text):
        read = ats.section(section)
        checked += 3 * len(headings) + len(bullets)
        if read is None:
            problems.append(f"A resume parser finds no '{section}' section.")
            continue
        for number, (title, organisation, dates) in enumerate(headings):
            start = used.get(section, 0)
            found = next((i for i in range(start, len(read.entries)) if read.entries[i].title == title), None)
            what = "job" if section.casefold() == "experience" else "entry"
            if found is None:
                problems.append(f"A resume parser does not read the {what} '{_short(title)}' as an entry title "
                                f"in {section}.")
                continue
            used[section] = found + 1
            entry = read.entries[found]
            if organisation and entry.organisation != organisation:
                problems.append(f"A resume parser reads '{_short(entry.organisation)}' as the organisation of "
                                f"'{_short(title)}', not '{_short(organisation)}'.")
            if dates and entry.dates != dates:
                problems.append(f"A resume parser reads the dates of '{_short(title)}' as "
                                f"'{entry.dates or 'none'}', not '{dates}'.")
            if number == len(headings) - 1:
                _check_bullets(problems, bullets, entry.bullets, title, known)
        if not headings:
            _check_bullets(problems, bullets, [b for e in read.entries for b in e.bullets], section, known)
    return problems, checked


def _check_bullets(problems: list[str], expected: list[str], read: list[str], where: str, known: str) -> None:
    # A long link wraps where the line ends and the reader puts a space there: compare without spaces.
    squashed = {_SPACE.sub("", bullet) for bullet in read}
    for bullet in expected:
        whole = bullet in read or _SPACE.sub("", bullet) in squashed
        if not whole and f"'{_short(bullet)[:40]}" not in known:
            problems.append(f"A resume parser does not read the bullet '{_short(bullet)}' whole under "
                            f"'{_short(where)}'.")
