"""JSON Resume files (resume.json) into a bank fragment.

The file must be a JSON object with at least one JSON Resume section; anything else (a list, a
package.json, a Target Practice bank exported as JSON) is refused with a fix. Schema problems do
not stop the import: they come back as warnings, since older tools write pre-1.0 field names.
"""

from __future__ import annotations

import json

from resume_core.errors import ImportProblem
from resume_core.importers.result import ImportResult
from resume_core.jsonresume import SECTIONS, parse_json_resume, validate_json_resume

MAX_SCHEMA_WARNINGS = 5


def read_json_resume(data: bytes, filename: str) -> ImportResult:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportProblem(
            f"{filename} is not valid JSON ({exc}).",
            "Import a JSON Resume file (resume.json from jsonresume.org or an export of it), or a PDF/DOCX/text resume.",
        ) from exc
    if not isinstance(document, dict) or not any(key in document for key in SECTIONS if key != "meta"):
        raise ImportProblem(
            f"{filename} is JSON but not a JSON Resume: it has none of the sections basics, work, education, skills.",
            "Export your resume as JSON Resume (https://jsonresume.org/schema), or import it as PDF, DOCX or text.",
        )
    bank = parse_json_resume(document)
    warnings = []
    problems = validate_json_resume(document)
    if problems:
        shown = "; ".join(problems[:MAX_SCHEMA_WARNINGS])
        more = f" (and {len(problems) - MAX_SCHEMA_WARNINGS} more)" if len(problems) > MAX_SCHEMA_WARNINGS else ""
        warnings.append(f"The file does not fully follow the JSON Resume schema: {shown}{more}. What could be read was imported.")
    skipped = [key for key in ("interests", "references") if document.get(key)]
    if skipped:
        warnings.append(f"Not imported (the Big Resume has no place for them): {', '.join(skipped)}.")
    if not bank.jobs and not bank.projects and not bank.education:
        warnings.append("The file has no work, projects or education entries.")
    return ImportResult(bank=bank, warnings=warnings, source=filename, kind="json", method="structured")
