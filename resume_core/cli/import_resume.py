"""`python -m resume_core import FILE [-o BANK.xml | --merge-into BANK.xml | --workspace DIR] [--json] [--ai]`.

Reads a resume (PDF, DOCX, Markdown, text, JSON Resume or LinkedIn export ZIP) and prints what was
found. `-o` writes the imported items as a new Big Resume XML (never over an existing file);
`--merge-into` merges them into an existing bank, skipping what it already holds, and saves it back
(or to `-o`). `--workspace` merges them into the bank of the app's workspace folder and saves it
there as the app does (the replaced version stays in its history). `--json` prints counts and details (format in `import_json`; documented in the README:
add fields, never rename). Offline unless `--ai` is given and a server is configured in the environment.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from resume_core.errors import UserError
from resume_core.importing import ImportResult, MergeReport, import_resume_bounded, merge_banks


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="The resume: .pdf, .docx, .md, .txt, .json (JSON Resume) or .zip (LinkedIn export).")
    parser.add_argument("-o", "--out", help="Write the result as Big Resume XML to this path.")
    parser.add_argument("--merge-into", help="Merge into this Big Resume XML (saved back unless -o is given).")
    parser.add_argument("--workspace", help="Merge into the bank of the app's workspace folder (TP_WORKSPACE); "
                        "the previous version stays in its history.")
    parser.add_argument("--json", action="store_true", help="Print counts and details as JSON.")
    parser.add_argument("--ai", action="store_true", help="Parse with the AI server configured in the environment.")


def import_json(result: ImportResult, report: MergeReport | None, output: str | None) -> dict:
    """The public JSON of an import (see the README)."""
    bank = result.bank
    counts = result.counts()
    jobs = [{
        "id": job.id, "company": job.name, "title": job.positions[0].title if job.positions else "",
        "location": job.location, "start": job.start_date, "end": job.end_date,
        "accomplishments": len(job.accomplishments), "skills": [s.name for s in job.skills],
        "confidence": round(result.row_confidence(job.id), 2), "check": result.needs_check(job.id),
    } for job in bank.jobs]
    return {
        "file": result.source, "kind": result.kind, "method": result.method,
        **counts,
        "warnings": result.warnings,
        "unplaced": list(result.unplaced),
        "details": {
            "person": {"name": bank.person.name, "email": bank.person.email, "label": bank.person.label},
            "jobs": jobs,
            "projects": [{"id": p.id, "name": p.name, "accomplishments": len(p.accomplishments),
                          "skills": [s.name for s in p.skills]} for p in bank.projects],
            "skills": [{"id": s.id, "name": s.name, "category": s.category} for s in bank.skills],
            "education": [{"id": e.id, "institution": e.institution, "degree": e.study_type, "area": e.area,
                           "end": e.end_date, "check": result.needs_check(e.id)} for e in bank.education],
            "certificates": [{"id": c.id, "name": c.name, "issuer": c.issuer, "date": c.date} for c in bank.certificates],
        },
        "merge": None if report is None else {
            "added": report.added, "skipped": report.skipped, "details": report.details,
            "combined": [{**c.model_dump(), "text": c.describe()} for c in report.combined]},
        "output": output,
    }


def render_summary(result: ImportResult, report: MergeReport | None, output: str | None) -> str:
    """A short human summary: counts, one line per job (flagged when it needs a check), warnings."""
    c = result.counts()
    lines = [f"Imported {result.source} ({result.kind}, {result.method}): {c['jobs']} jobs, {c['projects']} projects, "
             f"{c['accomplishments']} accomplishments, {c['skills']} skills, {c['education']} education, "
             f"{c['certificates']} certificates."]
    for job in result.bank.jobs:
        title = job.positions[0].title if job.positions else ""
        dates = f"{job.start_date or '?'} - {job.end_date or 'present'}"
        flag = "  [check this]" if result.needs_check(job.id) else ""
        lines.append(f"  {job.name} | {title} | {dates} | {len(job.accomplishments)} bullets{flag}")
    if result.bank.skills:
        lines.append(f"  Skills not tied to a job: {', '.join(s.name for s in result.bank.skills)}")
    lines += [f"warning: {w}" for w in result.warnings]
    if result.unplaced:
        lines.append(f"Not placed ({len(result.unplaced)} lines; copy them in by hand):")
        lines += [f"  | {line}" for line in result.unplaced]
    if report is not None:
        added = ", ".join(f"{n} {k}" for k, n in report.added.items()) or "nothing new"
        skipped = ", ".join(f"{n} {k}" for k, n in report.skipped.items()) or "nothing"
        lines.append(f"Merged: added {added}; skipped (already there) {skipped}.")
        lines += [f"Combined {c.describe()}." for c in report.combined]
    if output:
        lines.append(f"Saved {output}")
    return "\n".join(lines)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror}.", "Check the path and try again.") from error


def run(args: argparse.Namespace) -> int:
    from resume_core.bank import check_saved_size, parse_bank_xml, render_bank_xml

    if args.workspace and (args.out or args.merge_into):
        raise UserError("--workspace saves into the workspace's bank.", "Leave out -o and --merge-into.")
    engine = None
    if args.ai:
        from resume_core.engines import engine_config_from_env, get_engine

        engine = get_engine(engine_config_from_env())
    result = import_resume_bounded(Path(args.file).name, _read(args.file), engine=engine, warm=False)
    report = None
    output = args.out
    if args.workspace:
        report, output = _merge_into_workspace(args.workspace, result, f"imported {Path(args.file).name}")
        bank = report.bank
    elif args.merge_into:
        report = merge_banks(parse_bank_xml(_read(args.merge_into)), result.bank)
        bank = report.bank
        output = output or args.merge_into
    else:
        bank = result.bank
        if output and Path(output).exists():
            raise UserError(f"{output} already exists; importing would overwrite it.",
                            f"Use --merge-into {output} to add to it, or choose another -o path.")
    if output and not args.workspace:
        data = render_bank_xml(bank).encode("utf-8")
        check_saved_size(data, bank)  # write only what the app can read back
        Path(output).write_bytes(data)
    if args.json:
        json.dump(import_json(result, report, output), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        print(render_summary(result, report, output))
    return 0


def _merge_into_workspace(folder: str, result: ImportResult, message: str) -> tuple[MergeReport, str]:
    """Merge the imported items into the workspace's bank and save it through the Workspace."""
    from resume_core.cli.tailor import existing_folder
    from resume_core.workspace import Saved, Workspace

    workspace = Workspace.open("local", existing_folder(folder))
    report = merge_banks(workspace.bank(), result.bank)
    outcome = workspace.save(report.bank, message)
    if not isinstance(outcome, Saved):
        raise outcome.error
    return report, str(Path(folder) / "bank.xml")
