"""A job posting: its files and link, its sections, facts and requirements (stated and implied), and the
applications list. In: posting text; out: a `Posting` with its `Requirement`s.
"""

# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
from typing import TYPE_CHECKING as _TYPE_CHECKING

from resume_core.lazy_exports import lazy_exports as _lazy_exports

if _TYPE_CHECKING:
    from resume_core.posting.analysis import (
        PostingAnalysis as PostingAnalysis,
        analyze_posting as analyze_posting,
        apply_analysis as apply_analysis,
        build_posting as build_posting,
        posting_warnings as posting_warnings,
    )
    from resume_core.posting.applications import (
        STATUSES as STATUSES,
        application_rows as application_rows,
        apply_application_rows as apply_application_rows,
        export_applications_csv as export_applications_csv,
    )
    from resume_core.posting.edits import (
        KINDS as KINDS,
        requirement_rows as requirement_rows,
        requirements_from_rows as requirements_from_rows,
    )
    from resume_core.posting.fetch import fetch_posting as fetch_posting
    from resume_core.posting.files import check_posting_text as check_posting_text, read_posting_file as read_posting_file

_LAZY: dict[str, str] = {
    "KINDS": "resume_core.posting.edits",
    "PostingAnalysis": "resume_core.posting.analysis",
    "STATUSES": "resume_core.posting.applications",
    "analyze_posting": "resume_core.posting.analysis",
    "application_rows": "resume_core.posting.applications",
    "apply_analysis": "resume_core.posting.analysis",
    "apply_application_rows": "resume_core.posting.applications",
    "build_posting": "resume_core.posting.analysis",
    "check_posting_text": "resume_core.posting.files",
    "export_applications_csv": "resume_core.posting.applications",
    "fetch_posting": "resume_core.posting.fetch",
    "posting_warnings": "resume_core.posting.analysis",
    "read_posting_file": "resume_core.posting.files",
    "requirement_rows": "resume_core.posting.edits",
    "requirements_from_rows": "resume_core.posting.edits",
}
__all__ = [
    "KINDS",
    "PostingAnalysis",
    "STATUSES",
    "analyze_posting",
    "application_rows",
    "apply_analysis",
    "apply_application_rows",
    "build_posting",
    "check_posting_text",
    "export_applications_csv",
    "fetch_posting",
    "posting_warnings",
    "read_posting_file",
    "requirement_rows",
    "requirements_from_rows",
]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
