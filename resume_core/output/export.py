"""A tailored resume as files: PDF (fitted to its page budget and checked), DOCX, JSON Resume, text.

`export_pdf` is the main path: Markdown (generated, or edited by the user) -> HTML -> WeasyPrint,
with lines of least value dropped until it fits (`pdf_fit`), then the PDF's text read back and
checked (`pdf_check`). The other formats follow the Markdown too when given, so a DOCX matches the
PDF the user saw; JSON Resume is built from the structured resume (it has no place for free edits).
`changed_lines` says which lines of the text are not word for word from the Big Resume, and where
they were changed; `file_stem` names the files after the person and the posting.
"""

from __future__ import annotations

import difflib
import json
import re
import time
import unicodedata
from collections import Counter
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core.output.docx_export import export_docx_from_markdown
from resume_core.output.jsonresume import json_basics, json_certificate, json_education, json_project, json_work
from resume_core.bank.model import Bank, Line, TailoredResume
from resume_core.output.pdf_check import PdfCheck, check_pdf
from resume_core.output.pdf_fit import fit_markdown
from resume_core.output.render import markdown_blocks, render_markdown, render_text

__all__ = [
    "ChangedLine", "PdfCheck", "PdfResult", "build_json_resume", "changed_lines", "check_pdf", "export_bank_xml",
    "export_docx", "export_json_resume", "export_markdown", "export_pdf", "export_text", "file_stem",
    "markdown_is_empty", "render_markdown_diff", "without_lines",
]

STEM_LIMIT = 80  # characters of a download's file name before the extension


class PdfResult(BaseModel):
    """A finished PDF and what it took to get there."""

    model_config = ConfigDict(extra="forbid")

    pdf: bytes = Field(repr=False)
    pages: int
    dropped: list[Line] = Field(default_factory=list, description="Lines left out to fit, in resume order.")
    check: PdfCheck
    markdown: str = Field(description="The Markdown actually rendered (after drops).")
    template: str
    paper: str
    renders: int = Field(0, description="Layout passes the fit loop needed.")
    seconds: float = Field(0.0, description="Wall time of layout, fitting, writing and checking.")


def without_lines(resume: TailoredResume, dropped: list[Line]) -> TailoredResume:
    """`resume` without the `dropped` lines (matched by identity, then by item id and text)."""
    gone_ids = {id(line) for line in dropped}
    gone_keys = {(line.item_id, line.text) for line in dropped}

    def keep(line: Line) -> bool:
        return id(line) not in gone_ids and (line.item_id, line.text) not in gone_keys

    copy = resume.model_copy(deep=True)
    if copy.summary is not None and not keep(copy.summary):
        copy.summary = None
    for entry in (*copy.experience, *copy.projects):
        entry.bullets = [line for line in entry.bullets if keep(line)]
    return copy


class ChangedLine(BaseModel):
    """A line of the exported text that is not word for word from the Big Resume."""

    model_config = ConfigDict(extra="forbid")

    text: str
    where: Literal["tailor", "here"] = Field(
        description="'tailor': changed on the Tailor page (the text here shows it as tailored); "
                    "'here': changed in the Markdown on the Export page.")
    kind: Literal["edited", "typed"] = Field(description="'edited': a changed line; 'typed': new text.")


def _block_text(block) -> str:
    return block.text + (" | " + block.when.strip() if block.when.strip() else "")


def changed_lines(resume: TailoredResume, markdown_text: str) -> list[ChangedLine]:
    """Every line of `markdown_text` that is not verbatim Big Resume text, in document order: lines
    changed on the Export page (not in the tailored text) and lines the Tailor page holds as edited or
    typed by the user (the summary, a bullet, a skill), where the text still shows them."""
    generated = markdown_blocks(render_markdown(resume))
    unused = Counter(_block_text(block) for block in generated)
    originals = [_block_text(block) for block in generated]
    skills = [" ".join(line.text.split()) for line in resume.skills]
    tailored = {" ".join(line.text.split()): line for line in resume.lines() if line.provenance != "bank"}
    out: list[ChangedLine] = []

    def here(text: str, known: list[str]) -> ChangedLine:
        best = max((difflib.SequenceMatcher(None, old, text).ratio() for old in known), default=0.0)
        return ChangedLine(text=text, where="here", kind="edited" if best >= 0.6 else "typed")

    section = ""
    for block in markdown_blocks(markdown_text):
        text = _block_text(block)
        if not text:
            continue  # a loose list's item holds its text in a paragraph block
        if block.kind == "heading":
            section = block.text.casefold()
        if section == "skills" and block.kind == "para":  # one skill at a time: a removed skill is no line
            for skill in filter(None, (part.strip() for part in block.text.split(","))):
                if skill not in skills:
                    out.append(here(skill, skills))
                elif skill in tailored:
                    out.append(_from_tailor(tailored[skill]))
        elif unused[text] > 0:  # as tailored: changed only if the Tailor page changed it
            unused[text] -= 1
            if block.text in tailored:
                out.append(_from_tailor(tailored[block.text]))
        else:
            out.append(here(text, originals))
    return out


def _from_tailor(line: Line) -> ChangedLine:
    return ChangedLine(text=line.text, where="tailor", kind="typed" if line.provenance == "user" else "edited")


def markdown_is_empty(markdown_text: str) -> bool:
    """True when the Markdown shows no text at all (a cleared editor): nothing to export."""
    return not any(block.text or block.when.strip() for block in markdown_blocks(markdown_text))


def render_markdown_diff(before: str, after: str) -> str:
    """What changed from `before` to `after`, as a unified diff of their lines (one line of context)."""
    return "\n".join(difflib.unified_diff(before.splitlines(), after.splitlines(), "before", "now", n=1,
                                          lineterm=""))


def _ascii_slug(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def file_stem(person_name: str, company: str = "", title: str = "", limit: int = STEM_LIMIT) -> str:
    """A download's file name without extension: the person, then the posting's company and title, in
    lowercase ASCII joined by hyphens, cut at a word to at most `limit` characters."""
    name = _ascii_slug(person_name)[: limit // 2].strip("-") or "resume"
    stem = "-".join(part for part in (name, _ascii_slug(f"{company} {title}")) if part)
    if len(stem) > limit:
        stem = stem[: limit + 1].rsplit("-", 1)[0]
    return stem.strip("-")


def export_pdf(resume: TailoredResume, template: str = "classic", paper: str = "letter", max_pages: int = 1,
               markdown_text: str | None = None) -> PdfResult:
    """Render, fit to `max_pages` by dropping the lowest-scored lines, write and check the PDF.

    `markdown_text` is the user's edited Markdown; when it differs from the generated one, the check
    looks for the text as the user wrote it.
    """
    started = time.perf_counter()
    generated = render_markdown(resume)
    source = markdown_text if markdown_text is not None else generated
    fit = fit_markdown(source, resume, template, paper, max_pages=max_pages)
    pdf = fit.layout.write_pdf()
    kept = without_lines(resume, fit.dropped)
    edited = source.strip() != generated.strip()
    # Edited Markdown: look for what the user's text holds (a skill they deleted is not missed).
    check = check_pdf(pdf, kept, max_pages=max_pages, markdown_text=fit.markdown if edited else None)
    return PdfResult(
        pdf=pdf, pages=fit.layout.pages, dropped=fit.dropped, check=check, markdown=fit.markdown,
        template=template, paper=paper, renders=fit.renders, seconds=round(time.perf_counter() - started, 3),
    )


def export_docx(resume: TailoredResume, paper: str = "letter", markdown_text: str | None = None) -> bytes:
    """DOCX bytes of the resume (or of the user's edited Markdown)."""
    return export_docx_from_markdown(markdown_text if markdown_text is not None else render_markdown(resume), paper)


def export_markdown(resume: TailoredResume, markdown_text: str | None = None) -> bytes:
    return (markdown_text if markdown_text is not None else render_markdown(resume)).encode("utf-8")


def export_text(resume: TailoredResume, markdown_text: str | None = None) -> bytes:
    return render_text(resume, markdown_text).encode("utf-8")


def export_bank_xml(bank: Bank) -> bytes:
    """The whole Big Resume as its XML file."""
    from resume_core.bank.xml_io import render_bank_xml

    return render_bank_xml(bank).encode("utf-8")


def build_json_resume(resume: TailoredResume) -> dict:
    """The resume as a JSON Resume 1.0 document (https://jsonresume.org/schema), written section by
    section as the whole-bank export writes it (`jsonresume.json_*`); skills keep their relevance order."""
    work = []
    for entry in resume.experience:
        bullets = [] if entry.collapsed else [line.text for line in entry.bullets]
        work += json_work(entry.name, entry.positions, entry.location, entry.url, highlights=bullets,
                          start=entry.start_date, end=entry.end_date)
    projects = [json_project(entry.name, url=entry.url, roles=[p.title for p in entry.positions],
                             start=entry.start_date, end=entry.end_date,
                             highlights=[] if entry.collapsed else [line.text for line in entry.bullets])
                for entry in resume.projects]
    document: dict = {
        "basics": json_basics(resume.person, resume.summary.text if resume.summary else ""),
        "work": work,
        "projects": projects,
        "skills": [{"name": line.text} for line in resume.skills],
        "education": [json_education(e) for e in resume.education],
        "certificates": [json_certificate(c) for c in resume.certificates],
    }
    return {key: value for key, value in document.items() if value or key in ("basics", "work")}


def build_checked_json_resume(resume: TailoredResume) -> tuple[dict, list[str]]:
    """The JSON Resume document, valid against the bundled schema, and what had to be left out for that
    (a malformed e-mail or URL), each saying how to get it back."""
    from resume_core.output.jsonresume import drop_invalid_fields

    return drop_invalid_fields(build_json_resume(resume))


def export_json_resume(resume: TailoredResume) -> bytes:
    """JSON Resume bytes, always valid against the schema (see `build_checked_json_resume`)."""
    document, _ = build_checked_json_resume(resume)
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
