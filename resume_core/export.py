"""A tailored resume as files: PDF (fitted to its page budget and checked), DOCX, JSON Resume, text.

`export_pdf` is the main path: Markdown (generated, or edited by the user) -> HTML -> WeasyPrint,
with lines of least value dropped until it fits (`pdf_fit`), then the PDF's text read back and
checked (`pdf_check`). The other formats follow the Markdown too when given, so a DOCX matches the
PDF the user saw; JSON Resume is built from the structured resume (it has no place for free edits).
"""

from __future__ import annotations

import json
import time
from difflib import SequenceMatcher

from pydantic import BaseModel, ConfigDict, Field

from resume_core.docx_export import export_docx_from_markdown
from resume_core.jsonresume import json_basics, json_certificate, json_education, json_project, json_work
from resume_core.model import Bank, Line, TailoredResume
from resume_core.pdf_check import PdfCheck, check_pdf
from resume_core.pdf_fit import fit_markdown, match_units, parse_units
from resume_core.render import markdown_blocks, render_markdown, render_text

__all__ = [
    "PdfCheck", "PdfResult", "build_json_resume", "check_pdf", "edited_lines", "export_bank_xml", "export_docx",
    "export_json_resume", "export_markdown", "export_pdf", "export_text", "without_lines",
]


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


def edited_lines(resume: TailoredResume, markdown_text: str) -> list[Line]:
    """Bullets of `markdown_text` that are not verbatim bank lines: 'edited' (close to a line of the
    resume, whose item id they keep) or 'user' (typed from scratch)."""
    _, units = parse_units(markdown_text)
    match_units(units, resume)
    _, generated = parse_units(render_markdown(resume))
    match_units(generated, resume)
    structural = {unit.text for unit in generated if unit.line is None}  # certificates: not resume lines
    matched = {id(unit.line) for unit in units if unit.line is not None}
    originals = [line for line in resume.lines() if id(line) not in matched]
    out: list[Line] = []
    for unit in units:
        if unit.line is not None or not unit.text or unit.text in structural:
            continue
        text = " ".join(b.text for b in markdown_blocks(unit.text + "\n")) if unit.kind == "summary" else \
            " ".join(b.text for b in markdown_blocks("- " + unit.text + "\n"))
        best = max(originals, key=lambda line: SequenceMatcher(None, line.text, text).ratio(), default=None)
        if best is not None and SequenceMatcher(None, best.text, text).ratio() >= 0.6:
            out.append(Line(item_id=best.item_id, text=text, provenance="edited", score=best.score))
        else:
            out.append(Line(text=text, provenance="user"))
    return out


def export_pdf(resume: TailoredResume, template: str = "classic", paper: str = "letter", max_pages: int = 1,
               markdown_text: str | None = None) -> PdfResult:
    """Render, fit to `max_pages` by dropping the lowest-scored lines, write and check the PDF.

    `markdown_text` is the user's edited Markdown; when it differs from the generated one, the check
    looks for the bullets as the user wrote them.
    """
    started = time.perf_counter()
    generated = render_markdown(resume)
    source = markdown_text if markdown_text is not None else generated
    fit = fit_markdown(source, resume, template, paper, max_pages=max_pages)
    pdf = fit.layout.write_pdf()
    kept = without_lines(resume, fit.dropped)
    edited = source.strip() != generated.strip()
    # Edited Markdown: look for the bullets as the user wrote them, not as the bank has them.
    bullets = [b.text for b in markdown_blocks(fit.markdown) if b.kind == "bullet"] if edited else None
    check = check_pdf(pdf, kept, max_pages=max_pages, bullets=bullets)
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
    from resume_core.xml_io import render_bank_xml

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
    from resume_core.jsonresume import drop_invalid_fields

    return drop_invalid_fields(build_json_resume(resume))


def export_json_resume(resume: TailoredResume) -> bytes:
    """JSON Resume bytes, always valid against the schema (see `build_checked_json_resume`)."""
    document, _ = build_checked_json_resume(resume)
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
