"""JSON Resume files (resume.json) into a bank fragment.

The file must be a JSON object with at least one JSON Resume section; anything else (a list, a
package.json, a Target Practice bank exported as JSON) is refused with a fix. Schema problems do
not stop the import: they come back as warnings, since older tools write pre-1.0 field names.
"""

from __future__ import annotations

import json

from resume_core.errors import ImportProblem
from resume_core.importing.result import ImportResult
from resume_core.limits import MAX_JSON_DEPTH, MAX_JSON_INT_DIGITS
from resume_core.text_edge import clean_json, json_depth
from resume_core.output.jsonresume import SECTIONS, parse_json_resume, validate_json_resume

MAX_SCHEMA_WARNINGS = 5


_FIX = "Import a JSON Resume file (resume.json from jsonresume.org or an export of it), or a PDF/DOCX/text resume."


def _int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_INT_DIGITS:
        raise ValueError(f"a number with {len(text):,} digits")
    return int(text)


def _load(data: bytes, filename: str):
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_int=_int)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportProblem(f"{filename} is not valid JSON ({str(exc)[:160]}).", _FIX) from exc
    except RecursionError as exc:
        raise ImportProblem(f"{filename} nests its values too deeply to be a resume.", _FIX) from exc
    except ValueError as exc:  # a number too long to convert (Python refuses over 4,300 digits)
        raise ImportProblem(f"{filename} holds {str(exc)[:120]}; a resume has none that long.", _FIX) from exc
    depth = json_depth(document)
    if depth > MAX_JSON_DEPTH:
        raise ImportProblem(f"{filename} nests its values {depth:,} levels deep; a resume needs fewer than "
                            f"{MAX_JSON_DEPTH}.", _FIX)
    return document


def read_json_resume(data: bytes, filename: str) -> ImportResult:
    document, cleaned = clean_json(_load(data, filename))
    if not isinstance(document, dict) or not any(key in document for key in SECTIONS if key != "meta"):
        raise ImportProblem(
            f"{filename} is JSON but not a JSON Resume: it has none of the sections basics, work, education, skills.",
            "Export your resume as JSON Resume (https://jsonresume.org/schema), or import it as PDF, DOCX or text.",
        )
    bank = parse_json_resume(document)
    warnings = []
    if cleaned:
        warnings.append(f"{cleaned} text value(s) held characters that cannot be saved (a lone surrogate or a control "
                        "character); they were replaced with \ufffd or removed.")
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
