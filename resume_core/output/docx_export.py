"""A tailored resume as a Word document that ATS parsers read as easily as a person does.

Built from the same Markdown as the PDF (so the user's edits and the fit loop's drops carry over):
one column, no tables, no text boxes, no headers or footers, Word's own Heading and List Bullet
styles (parsers key on them), dates pushed right with a right-aligned tab stop instead of a table.
"""

from __future__ import annotations

import io

from resume_core.output.render import Block, markdown_blocks

FONT = "Calibri"
PAPER_SIZES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69)}
MARGIN_IN = 0.7


def _base_styles(document) -> None:
    from docx.shared import Pt, RGBColor

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    heading = document.styles["Heading 1"]
    heading.font.name = FONT
    heading.font.size = Pt(12)
    heading.font.bold = True
    heading.font.color.rgb = RGBColor(0x1B, 0x1B, 0x1B)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.space_after = Pt(3)
    bullets = document.styles["List Bullet"]
    bullets.font.name = FONT
    bullets.font.size = Pt(10.5)
    bullets.paragraph_format.space_after = Pt(1)


def _runs(paragraph, block: Block, size=None) -> None:
    for run in block.runs:
        if not run.text:
            continue
        out = paragraph.add_run(run.text)
        out.bold = run.bold or None
        out.italic = run.italic or None
        if size is not None:
            out.font.size = size


def export_docx_from_markdown(markdown_text: str, paper: str = "letter") -> bytes:
    """The resume Markdown (see `render.render_markdown`) as DOCX bytes."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Inches, Pt

    document = Document()
    _base_styles(document)
    width, height = PAPER_SIZES.get(paper, PAPER_SIZES["letter"])
    section = document.sections[0]
    section.page_width, section.page_height = Inches(width), Inches(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(MARGIN_IN))
    text_width = Inches(width - 2 * MARGIN_IN)
    previous = ""
    blocks = markdown_blocks(markdown_text)
    for block in blocks:
        if block.kind == "name":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(paragraph, block, Pt(20))
        elif block.kind == "line":
            paragraph = document.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(paragraph, block)
        elif block.kind == "heading":
            document.add_paragraph(block.text.upper(), style="Heading 1")
        elif block.kind == "entry":
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.space_before = Pt(0 if previous in ("heading", "entry") else 5)
            paragraph.paragraph_format.keep_with_next = True
            paragraph.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
            _runs(paragraph, block)
            if block.when.strip():
                paragraph.add_run("\t" + block.when.strip()).bold = True
        elif block.kind == "bullet":
            _runs(document.add_paragraph(style="List Bullet"), block)
        else:
            _runs(document.add_paragraph(), block)
        previous = block.kind
    core = document.core_properties
    names = [b.text for b in blocks if b.kind == "name"]
    core.author = names[0] if names else ""
    core.title = f"{core.author} – Resume" if core.author else "Resume"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
