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


def _location(text: str) -> dict:
    city, _, region = text.rpartition(", ")
    return {"city": city, "region": region} if city else ({"city": text} if text else {})


def _dated(item: dict, start: str, end: str) -> dict:
    if start:
        item["startDate"] = start
    if end:
        item["endDate"] = end
    return item


def build_json_resume(resume: TailoredResume) -> dict:
    """The resume as a JSON Resume 1.0 document (https://jsonresume.org/schema)."""
    person = resume.person
    basics: dict = {key: value for key, value in {
        "name": person.name, "label": person.label, "email": person.email, "phone": person.phone,
        "url": person.url, "summary": resume.summary.text if resume.summary else "",
    }.items() if value}
    if person.location:
        basics["location"] = _location(person.location)
    if person.links:
        basics["profiles"] = [
            {key: value for key, value in {"network": link.network, "username": link.username, "url": link.url}.items()
             if value} for link in person.links]
    work = []
    for entry in resume.experience:
        positions = entry.positions or [None]
        for number, position in enumerate(positions):
            item = {"name": entry.name, "position": position.title if position else ""}
            item = {key: value for key, value in item.items() if value}
            if entry.location:
                item["location"] = entry.location
            if entry.url:
                item["url"] = entry.url
            if number == 0 and entry.bullets and not entry.collapsed:  # the highlights belong to the role
                item["highlights"] = [line.text for line in entry.bullets]
            start = position.start_date if position else entry.start_date
            end = position.end_date if position else entry.end_date
            work.append(_dated(item, start, end))
    projects = []
    for entry in resume.projects:
        item = {"name": entry.name}
        if entry.url:
            item["url"] = entry.url
        if entry.positions:
            item["roles"] = [p.title for p in entry.positions]
        if entry.bullets and not entry.collapsed:
            item["highlights"] = [line.text for line in entry.bullets]
        projects.append(_dated(item, entry.start_date, entry.end_date))
    education = []
    for school in resume.education:
        item = {key: value for key, value in {
            "institution": school.institution, "url": school.url, "area": school.area,
            "studyType": school.study_type, "score": school.score}.items() if value}
        if school.courses:
            item["courses"] = list(school.courses)
        education.append(_dated(item, school.start_date, school.end_date))
    document: dict = {"basics": basics, "work": work}
    if projects:
        document["projects"] = projects
    if resume.skills:
        document["skills"] = [{"name": line.text} for line in resume.skills]
    if education:
        document["education"] = education
    if resume.certificates:
        document["certificates"] = [
            {key: value for key, value in {"name": c.name, "date": c.date, "issuer": c.issuer, "url": c.url}.items()
             if value} for c in resume.certificates]
    return document


def build_checked_json_resume(resume: TailoredResume) -> tuple[dict, list[str]]:
    """The JSON Resume document, valid against the bundled schema, and what had to be left out for that
    (a malformed e-mail or URL), each saying how to get it back."""
    from resume_core.jsonresume import drop_invalid_fields

    return drop_invalid_fields(build_json_resume(resume))


def export_json_resume(resume: TailoredResume) -> bytes:
    """JSON Resume bytes, always valid against the schema (see `build_checked_json_resume`)."""
    document, _ = build_checked_json_resume(resume)
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
