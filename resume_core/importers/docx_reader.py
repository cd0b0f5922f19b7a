"""Word (.docx) resumes into text with python-docx.

Paragraphs keep their order; list paragraphs (Word's bullet and numbered styles) get a bullet mark so
the text parser sees them as bullets; table cells (two-column resume layouts) are read row by row.
A .docx is a ZIP: its uncompressed size is checked before python-docx opens it.
"""

from __future__ import annotations

import io
import zipfile

from resume_core.errors import ImportProblem

MAX_UNPACKED_BYTES = 50 * 1024 * 1024


def _check_zip(data: bytes, filename: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except zipfile.BadZipFile as exc:
        raise ImportProblem(
            f"{filename} is not a Word document, although its name ends in .docx.",
            "Open it in Word or LibreOffice and save it as .docx again, or export it as PDF or text.",
        ) from exc
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportProblem(
            f"{filename} unpacks to {unpacked / 1_048_576:.0f} MB, far more than a resume.",
            "Save the resume again without embedded media, or export it as PDF or text.",
        )
    if "word/document.xml" not in names:
        raise ImportProblem(
            f"{filename} is a ZIP file but not a Word document.",
            "Open it in Word or LibreOffice and save it as .docx, or export it as PDF or text.",
        )


def _is_list(paragraph) -> bool:
    style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
    if "list" in style:
        return True
    props = paragraph._p.pPr  # numbering properties mark bullets that use no list style
    return props is not None and props.numPr is not None


def read_docx(data: bytes, filename: str) -> str:
    _check_zip(data, filename)
    import docx

    document = docx.Document(io.BytesIO(data))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = docx.text.paragraph.Paragraph(child, document)
            text = paragraph.text.strip()
            if text:
                lines.append(f"• {text}" if _is_list(paragraph) else text)
            else:
                lines.append("")
        elif tag == "tbl":
            table = docx.table.Table(child, document)
            for row in table.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        if paragraph.text.strip():
                            lines.append(f"• {paragraph.text.strip()}" if _is_list(paragraph) else paragraph.text.strip())
                lines.append("")
    text = "\n".join(lines).strip()
    if not text:
        raise ImportProblem(f"{filename} has no text.", "Check that it is your resume, or export it as PDF or text.")
    return text
