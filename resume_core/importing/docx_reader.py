"""Word (.docx) resumes into text with python-docx.

Paragraphs keep their order; list paragraphs (Word's bullet and numbered styles) get a bullet mark so
the text parser sees them as bullets; table cells (two-column resume layouts) are read row by row;
content controls (Word's own resume templates wrap each section in one) and text boxes (a sidebar
drawn as a shape) are read where they stand, once each.
A .docx is a ZIP: its parts are read through byte-capped streams and repacked before python-docx
opens it (`resume_core.importing.bounded_zip`), so false size headers cannot blow up memory.
"""

from __future__ import annotations

import io
import zipfile

from resume_core.importing.bounded_zip import open_zip, read_members, repack
from resume_core.errors import ImportProblem
from resume_core.limits import MAX_DOCX_PARAGRAPHS, too_big

_NOT_DOCX = "Open it in Word or LibreOffice and save it as .docx again, or export it as PDF or text."


def _check_zip(data: bytes, filename: str) -> bytes:
    """The document's parts read through byte-capped streams (`bounded_zip`) and repacked with true
    sizes, so python-docx never unpacks more than the limits allow; refuses DTDs (entity bombs)."""
    archive = open_zip(data, filename, ImportProblem(
        f"{filename} is not a Word document, although its name ends in .docx.", _NOT_DOCX))
    with archive:
        names = {info.filename for info in archive.infolist()}
        if "word/document.xml" not in names:
            raise ImportProblem(
                f"{filename} is a ZIP file but not a Word document.",
                "Open it in Word or LibreOffice and save it as .docx, or export it as PDF or text.",
            )
        # Every part, media too: python-docx loads each part a relationship names.
        members = read_members(archive, archive.infolist(), filename, _NOT_DOCX)
    for name, part in members.items():
        if _is_text_part(name) and (b"<!DOCTYPE" in part or b"<!ENTITY" in part):
            raise ImportProblem(f"{filename} declares a DTD in {name}, which Word never writes; it was not read.",
                                _NOT_DOCX)
    body = members.get("word/document.xml", b"")
    paragraphs = body.count(b"<w:p>") + body.count(b"<w:p ")
    if paragraphs > MAX_DOCX_PARAGRAPHS:
        raise too_big(filename, "paragraphs", f"{paragraphs:,}", f"{MAX_DOCX_PARAGRAPHS:,}",
                      "Import the resume itself, not a document it is part of, or save it as text and import that.")
    return repack(members)


def _is_text_part(name: str) -> bool:
    """The XML parts, where a DTD could hide."""
    return name.endswith((".xml", ".rels")) or name == "[Content_Types].xml"


def _is_list(paragraph, listy: dict[str | None, bool]) -> bool:
    style_id = paragraph._p.style  # the w:pStyle id: python-docx's style lookup costs milliseconds, so cache it
    if style_id not in listy:
        style = paragraph.style
        listy[style_id] = "list" in (style.name or "").lower() if style is not None else False
    if listy[style_id]:
        return True
    props = paragraph._p.pPr  # numbering properties mark bullets that use no list style
    return props is not None and props.numPr is not None


def read_docx(data: bytes, filename: str) -> str:
    data = _check_zip(data, filename)
    try:
        return _read_document(data, filename)
    except ImportProblem:
        raise
    except (KeyError, ValueError, AttributeError, TypeError, RecursionError, SyntaxError, zipfile.BadZipFile) as exc:
        # lxml's XMLSyntaxError (too deep, malformed) is a SyntaxError; a relationship to a missing
        # part is a KeyError; python-docx raises ValueError/AttributeError on odd content types.
        raise ImportProblem(f"{filename} is damaged or not a Word document python-docx can read "
                            f"({type(exc).__name__}).", _NOT_DOCX) from exc


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
MAX_DEPTH = 8
"""Content controls nest; deeper than this is no resume template (and recursion stays bounded)."""


def _read_document(data: bytes, filename: str) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    _read_blocks(document.element.body, document, lines, {}, 0)
    text = "\n".join(lines).strip()
    if not text:
        raise ImportProblem(f"{filename} has no text.", "Check that it is your resume, or export it as PDF or text.")
    return text


def _read_blocks(parent, document, lines: list[str], listy: dict[str | None, bool], depth: int) -> None:
    """Paragraphs and tables in order; content controls (Word's resume templates wrap every section
    in one) are read through; text boxes (a sidebar drawn as a shape) follow their paragraph."""
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text.strip()
            if text:
                lines.append(f"• {text}" if _is_list(paragraph, listy) else text)
            elif not lines or lines[-1]:
                lines.append("")
            if depth < MAX_DEPTH:
                for box in child.iter(f"{_W}txbxContent"):
                    if not any(a.tag == _MC_FALLBACK for a in box.iterancestors()):  # the VML copy of a shape
                        _read_blocks(box, document, lines, listy, depth + 1)
                        lines.append("")
        elif tag == "tbl":
            _read_table(child, document, lines, listy)
        elif tag == "sdt" and depth < MAX_DEPTH:
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                _read_blocks(content, document, lines, listy, depth + 1)


def _read_table(element, document, lines: list[str], listy: dict[str | None, bool]) -> None:
    """A table row by row, each cell's paragraphs once (merged cells repeat in python-docx)."""
    from docx.table import Table

    for row in Table(element, document).rows:
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # merged cells repeat
                continue
            seen.add(id(cell._tc))
            for paragraph in cell.paragraphs:
                if paragraph.text.strip():
                    lines.append(f"• {paragraph.text.strip()}" if _is_list(paragraph, listy) else paragraph.text.strip())
        lines.append("")
