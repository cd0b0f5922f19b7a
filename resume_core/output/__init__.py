"""A tailored resume as files: Markdown/HTML/text rendering, a PDF fitted to its page and read back as an
ATS would, DOCX and JSON Resume. In: `TailoredResume`; out: text and bytes.
"""

# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
from typing import TYPE_CHECKING as _TYPE_CHECKING

from resume_core.lazy_exports import lazy_exports as _lazy_exports

if _TYPE_CHECKING:
    from resume_core.output.ats_reader import AtsRead as AtsRead
    from resume_core.output.export import (
        build_checked_json_resume as build_checked_json_resume,
        changed_lines as changed_lines,
        export_bank_xml as export_bank_xml,
        export_docx as export_docx,
        export_json_resume as export_json_resume,
        export_pdf as export_pdf,
        export_text as export_text,
        file_stem as file_stem,
        markdown_is_empty as markdown_is_empty,
        render_markdown_diff as render_markdown_diff,
        without_lines as without_lines,
    )
    from resume_core.output.export_sources import Source as Source, list_sources as list_sources
    from resume_core.output.jsonresume import export_json_resume_bytes as export_json_resume_bytes
    from resume_core.output.pdf_preview import export_preview_pngs as export_preview_pngs
    from resume_core.output.render import (
        PAPERS as PAPERS,
        TEMPLATES as TEMPLATES,
        render_markdown as render_markdown,
        render_text as render_text,
    )

_LAZY: dict[str, str] = {
    "AtsRead": "resume_core.output.ats_reader",
    "PAPERS": "resume_core.output.render",
    "Source": "resume_core.output.export_sources",
    "TEMPLATES": "resume_core.output.render",
    "build_checked_json_resume": "resume_core.output.export",
    "changed_lines": "resume_core.output.export",
    "export_bank_xml": "resume_core.output.export",
    "export_docx": "resume_core.output.export",
    "export_json_resume": "resume_core.output.export",
    "export_json_resume_bytes": "resume_core.output.jsonresume",
    "export_pdf": "resume_core.output.export",
    "export_preview_pngs": "resume_core.output.pdf_preview",
    "export_text": "resume_core.output.export",
    "file_stem": "resume_core.output.export",
    "list_sources": "resume_core.output.export_sources",
    "markdown_is_empty": "resume_core.output.export",
    "render_markdown": "resume_core.output.render",
    "render_markdown_diff": "resume_core.output.export",
    "render_text": "resume_core.output.render",
    "without_lines": "resume_core.output.export",
}
__all__ = [
    "AtsRead",
    "PAPERS",
    "Source",
    "TEMPLATES",
    "build_checked_json_resume",
    "changed_lines",
    "export",
    "export_bank_xml",
    "export_docx",
    "export_json_resume",
    "export_json_resume_bytes",
    "export_pdf",
    "export_preview_pngs",
    "export_text",
    "file_stem",
    "list_sources",
    "markdown_is_empty",
    "render_markdown",
    "render_markdown_diff",
    "render_text",
    "without_lines",
]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
