"""One page for one posting: relevance scores, bullet selection under the page budget, coverage verdicts,
years of experience, the summary and cover letter, review. In: `Bank` + `Posting`; out: `TailoredResume`.
"""

# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
from typing import TYPE_CHECKING as _TYPE_CHECKING

from resume_core.lazy_exports import lazy_exports as _lazy_exports

if _TYPE_CHECKING:
    from resume_core.tailoring.cover_letter import (
        build_cover_letter as build_cover_letter,
        check_cover_letter as check_cover_letter,
        cover_letter_markdown as cover_letter_markdown,
        export_cover_letter_docx as export_cover_letter_docx,
        export_cover_letter_pdf as export_cover_letter_pdf,
        export_cover_letter_text as export_cover_letter_text,
        generate_cover_letter as generate_cover_letter,
    )
    from resume_core.tailoring.coverage import CoverageRow as CoverageRow, gap_groups as gap_groups
    from resume_core.tailoring.keywords import KeywordReport as KeywordReport, check_keywords as check_keywords
    from resume_core.tailoring.page_budget import (
        PAGE_COUNTS as PAGE_COUNTS,
        PAPERS as PAPERS,
        estimate_lines as estimate_lines,
        metrics_for as metrics_for,
    )
    from resume_core.tailoring.pipeline import (
        TailorResult as TailorResult,
        coverage_for as coverage_for,
        tailor as tailor,
        why_not_for as why_not_for,
    )
    from resume_core.tailoring.review import (
        alternatives as alternatives,
        build_snapshot as build_snapshot,
        diff_resumes as diff_resumes,
        edit_line as edit_line,
        exclude_line as exclude_line,
        include_item as include_item,
        move_line as move_line,
        provenance_rows as provenance_rows,
        set_summary as set_summary,
        swap_line as swap_line,
    )
    from resume_core.tailoring.rows import (
        VERDICT_ICON as VERDICT_ICON,
        addable_items as addable_items,
        coverage_table as coverage_table,
        editable_lines as editable_lines,
        short_label as short_label,
    )
    from resume_core.tailoring.verdicts import coverage_score as coverage_score
    from resume_core.tailoring.why_not import WhyNot as WhyNot

_LAZY: dict[str, str] = {
    "CoverageRow": "resume_core.tailoring.coverage",
    "KeywordReport": "resume_core.tailoring.keywords",
    "PAGE_COUNTS": "resume_core.tailoring.page_budget",
    "PAPERS": "resume_core.tailoring.page_budget",
    "TailorResult": "resume_core.tailoring.pipeline",
    "VERDICT_ICON": "resume_core.tailoring.rows",
    "WhyNot": "resume_core.tailoring.why_not",
    "addable_items": "resume_core.tailoring.rows",
    "alternatives": "resume_core.tailoring.review",
    "build_cover_letter": "resume_core.tailoring.cover_letter",
    "build_snapshot": "resume_core.tailoring.review",
    "check_cover_letter": "resume_core.tailoring.cover_letter",
    "check_keywords": "resume_core.tailoring.keywords",
    "cover_letter_markdown": "resume_core.tailoring.cover_letter",
    "coverage_for": "resume_core.tailoring.pipeline",
    "coverage_score": "resume_core.tailoring.verdicts",
    "coverage_table": "resume_core.tailoring.rows",
    "diff_resumes": "resume_core.tailoring.review",
    "edit_line": "resume_core.tailoring.review",
    "editable_lines": "resume_core.tailoring.rows",
    "estimate_lines": "resume_core.tailoring.page_budget",
    "exclude_line": "resume_core.tailoring.review",
    "export_cover_letter_docx": "resume_core.tailoring.cover_letter",
    "export_cover_letter_pdf": "resume_core.tailoring.cover_letter",
    "export_cover_letter_text": "resume_core.tailoring.cover_letter",
    "gap_groups": "resume_core.tailoring.coverage",
    "generate_cover_letter": "resume_core.tailoring.cover_letter",
    "include_item": "resume_core.tailoring.review",
    "metrics_for": "resume_core.tailoring.page_budget",
    "move_line": "resume_core.tailoring.review",
    "provenance_rows": "resume_core.tailoring.review",
    "set_summary": "resume_core.tailoring.review",
    "short_label": "resume_core.tailoring.rows",
    "swap_line": "resume_core.tailoring.review",
    "tailor": "resume_core.tailoring.pipeline",
    "why_not_for": "resume_core.tailoring.pipeline",
}
__all__ = [
    "CoverageRow",
    "KeywordReport",
    "PAGE_COUNTS",
    "PAPERS",
    "TailorResult",
    "VERDICT_ICON",
    "WhyNot",
    "addable_items",
    "alternatives",
    "build_cover_letter",
    "build_snapshot",
    "check_cover_letter",
    "check_keywords",
    "cover_letter_markdown",
    "coverage_for",
    "coverage_score",
    "coverage_table",
    "diff_resumes",
    "edit_line",
    "editable_lines",
    "estimate_lines",
    "exclude_line",
    "export_cover_letter_docx",
    "export_cover_letter_pdf",
    "export_cover_letter_text",
    "gap_groups",
    "generate_cover_letter",
    "include_item",
    "metrics_for",
    "move_line",
    "provenance_rows",
    "set_summary",
    "short_label",
    "swap_line",
    "tailor",
    "why_not_for",
]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
