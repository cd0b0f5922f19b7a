"""Read a finished PDF back and check that an ATS would see what the user meant to send.

An applicant tracking system reads the PDF's text layer, not the picture. So after every export the
text is extracted (pypdf, as a parser would) and searched for the name, the email, every selected
bullet, every job title and date range and every skill, each intact: no ligature glyphs ('ﬁ'), no
word split at a line-end hyphen, nothing missing. The page count, embedded files and images are
checked too. The result is a `PdfCheck` the Export page shows as it is.
"""

from __future__ import annotations

import io
import re

from pydantic import BaseModel, ConfigDict, Field

from resume_core.model import TailoredResume
from resume_core.render import education_heading, entry_headings

_LIGATURES = re.compile("[\ufb00-\ufb06]")
_HYPHEN_BREAK = re.compile(r"(?<=\w)([-/\u2013]) (?=\w)")


class PdfCheck(BaseModel):
    """What reading the PDF back found."""

    model_config = ConfigDict(extra="forbid")

    ok: bool = Field(description="True when nothing is missing or broken and the page count is within the limit.")
    problems: list[str] = Field(default_factory=list, description="One sentence per problem, for the user.")
    pages: int = 0
    checked: int = Field(0, description="How many expected texts were looked for.")


def extract_text(pdf: bytes) -> tuple[str, int]:
    """All text of `pdf` with whitespace collapsed, and its page count."""
    reader = _reader(pdf)
    return _text(reader), len(reader.pages)


def _reader(pdf: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(pdf))


def _text(reader) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def expected_texts(resume: TailoredResume, bullets: list[str] | None = None) -> list[tuple[str, str]]:
    """(what, text) pairs the PDF must contain; `bullets` replaces the resume's own when given."""
    person = resume.person
    wanted: list[tuple[str, str]] = [("name", person.name), ("email", person.email)]
    for entry in (*resume.experience, *resume.projects):
        for title, _org, dates in entry_headings(entry):
            wanted += [("title", title), ("dates", dates)]
    for item in resume.education:
        title, org, dates = education_heading(item)
        wanted += [("education", title), ("education", org), ("dates", dates)]
    if bullets is None:
        bullets = [line.text for entry in (*resume.experience, *resume.projects)
                   if not entry.collapsed for line in entry.bullets]
    wanted += [("bullet", text) for text in bullets]
    wanted += [("skill", line.text) for line in resume.skills]
    return [(what, " ".join(text.split())) for what, text in wanted if text and text.strip()]


def check_pdf(pdf: bytes, resume: TailoredResume, max_pages: int = 1, bullets: list[str] | None = None) -> PdfCheck:
    """Check `pdf` against `resume` (already reduced to the lines the PDF should hold)."""
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
    wanted = expected_texts(resume, bullets)
    joined = _HYPHEN_BREAK.sub(r"\1", text)
    for what, expected in wanted:
        if expected in text:
            continue
        short = expected if len(expected) <= 70 else expected[:67] + "..."
        if _HYPHEN_BREAK.sub(r"\1", expected) in joined:
            problems.append(f"The {what} '{short}' is split at a line-end hyphen or slash.")
        else:
            problems.append(f"The {what} '{short}' is missing or broken in the PDF text.")
    if reader.attachments:
        problems.append(f"The PDF has embedded files: {', '.join(reader.attachments)}.")
    if any(page.images for page in reader.pages):
        problems.append("The PDF contains images; an ATS cannot read text in images.")
    return PdfCheck(ok=not problems, problems=problems, pages=pages, checked=len(wanted))
