"""The Big Resume: its strict pydantic model, the XML it is kept in (read safely, migrated from older
versions and the original format) and pure edits. In: XML text or edits; out: a validated `Bank`.
"""

# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
from typing import TYPE_CHECKING as _TYPE_CHECKING

from resume_core.lazy_exports import lazy_exports as _lazy_exports

if _TYPE_CHECKING:
    from resume_core.bank.editing import (
        COLUMN_LABELS as COLUMN_LABELS,
        LIST_FIELDS as LIST_FIELDS,
        ORDER as ORDER,
        describe_bank as describe_bank,
    )
    from resume_core.bank.migrations import lift_other_skills as lift_other_skills
    from resume_core.bank.model import (
        Bank as Bank,
        Job as Job,
        Posting as Posting,
        Project as Project,
        TailoredResume as TailoredResume,
        Turn as Turn,
    )
    from resume_core.bank.row_merge import merge_rows as merge_rows, same_rows as same_rows
    from resume_core.bank.sample import load_sample_bank as load_sample_bank
    from resume_core.bank.xml_io import (
        check_saved_size as check_saved_size,
        parse_bank_xml as parse_bank_xml,
        parse_posting_xml as parse_posting_xml,
        parse_snapshot_xml as parse_snapshot_xml,
        render_bank_xml as render_bank_xml,
    )

_LAZY: dict[str, str] = {
    "Bank": "resume_core.bank.model",
    "COLUMN_LABELS": "resume_core.bank.editing",
    "Job": "resume_core.bank.model",
    "LIST_FIELDS": "resume_core.bank.editing",
    "ORDER": "resume_core.bank.editing",
    "Posting": "resume_core.bank.model",
    "Project": "resume_core.bank.model",
    "TailoredResume": "resume_core.bank.model",
    "Turn": "resume_core.bank.model",
    "check_saved_size": "resume_core.bank.xml_io",
    "describe_bank": "resume_core.bank.editing",
    "lift_other_skills": "resume_core.bank.migrations",
    "load_sample_bank": "resume_core.bank.sample",
    "merge_rows": "resume_core.bank.row_merge",
    "parse_bank_xml": "resume_core.bank.xml_io",
    "parse_posting_xml": "resume_core.bank.xml_io",
    "parse_snapshot_xml": "resume_core.bank.xml_io",
    "render_bank_xml": "resume_core.bank.xml_io",
    "same_rows": "resume_core.bank.row_merge",
}
__all__ = [
    "Bank",
    "COLUMN_LABELS",
    "Job",
    "LIST_FIELDS",
    "ORDER",
    "Posting",
    "Project",
    "TailoredResume",
    "Turn",
    "check_saved_size",
    "describe_bank",
    "editing",
    "lift_other_skills",
    "load_sample_bank",
    "merge_rows",
    "parse_bank_xml",
    "parse_posting_xml",
    "parse_snapshot_xml",
    "render_bank_xml",
    "same_rows",
]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
