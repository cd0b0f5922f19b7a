"""`python -m resume_core export (--bank BANK.xml --posting POSTING | --snapshot SNAPSHOT.xml) --format F -o FILE`.

Tailors the bank to the posting offline (or takes a saved snapshot's resume as it was) and writes one
file: pdf (fitted to one page, or `--max-pages 2`, and checked), docx, md, txt or json (JSON
Resume). Prints one JSON line on stdout: {"file", "format", "template", "paper", "pages",
"dropped": [{"id", "text", "score"}], "check_ok", "problems", "ats": {"name", "email", "phone",
"sections": [{"heading", "entries": [{"title", "organisation", "dates", "bullets"}]}]} | null}
(pages/check/ats only for pdf; "ats" is what a layout-based resume parser reads, null without
pypdfium2). The exit
status is 0 even when the check finds problems: they are reported, and the file is still written.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from resume_core.errors import UserError
from resume_core.bank import TailoredResume
from resume_core.output import PAPERS, TEMPLATES

FORMATS = ("pdf", "docx", "md", "txt", "json")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_argument_group("what to export (a bank and a posting, or a snapshot)")
    source.add_argument("--bank", help="Big Resume XML file.")
    source.add_argument("--posting", help="Posting XML, or the posting as .txt/.md/.html/.pdf.")
    source.add_argument("--snapshot", help="A saved tailored-resume snapshot XML (exported exactly as saved).")
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument("--template", default="classic", choices=sorted(TEMPLATES))
    parser.add_argument("--paper", default="letter", choices=sorted(PAPERS))
    parser.add_argument("--max-pages", type=int, default=1, choices=(1, 2), help="Page budget of the PDF.")
    parser.add_argument("--today", help="Date recency is measured from when tailoring (YYYY-MM-DD); default TP_TODAY, else today.")
    parser.add_argument("-o", "--out", required=True, help="File to write.")


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror}.", "Check the path and try again.") from error


def load_resume(args: argparse.Namespace) -> TailoredResume:
    """The resume to export: a snapshot's, or a fresh offline tailoring of the bank to the posting."""
    if args.snapshot:
        from resume_core.bank import parse_snapshot_xml

        return parse_snapshot_xml(_read(args.snapshot)).resume
    if not (args.bank and args.posting):
        raise UserError("Nothing to export.", "Give --bank and --posting, or --snapshot.")
    from resume_core.cli.tailor import load_posting
    from resume_core.tailoring import tailor
    from resume_core.bank import parse_bank_xml

    bank = parse_bank_xml(_read(args.bank))
    posting = load_posting(args.posting)
    return tailor(bank, posting, template=args.template, paper=args.paper, today=args.today,
                  pages=args.max_pages).resume  # fill the pages the PDF may take


def run(args: argparse.Namespace) -> int:
    from resume_core.output import export

    resume = load_resume(args)
    summary: dict = {"file": args.out, "format": args.format, "template": args.template, "paper": args.paper}
    if args.format == "pdf":
        result = export.export_pdf(resume, args.template, args.paper, max_pages=args.max_pages)
        data = result.pdf
        summary |= {
            "pages": result.pages,
            "dropped": [{"id": line.item_id, "text": line.text, "score": line.score} for line in result.dropped],
            "check_ok": result.check.ok,
            "problems": result.check.problems,
            "ats": None if result.check.ats is None else {
                "name": result.check.ats.name, "email": result.check.ats.email, "phone": result.check.ats.phone,
                "sections": [{"heading": section.heading, "entries": [
                    {"title": e.title, "organisation": e.organisation, "dates": e.dates, "bullets": e.bullets}
                    for e in section.entries]} for section in result.check.ats.sections]},
        }
    elif args.format == "docx":
        data = export.export_docx(resume, paper=args.paper)
    elif args.format == "md":
        data = export.export_markdown(resume)
    elif args.format == "txt":
        data = export.export_text(resume)
    else:
        data = export.export_json_resume(resume)
    try:
        Path(args.out).write_bytes(data)
    except OSError as error:
        raise UserError(f"Cannot write {args.out}: {error.strerror}.", "Choose a folder you can write to.") from error
    summary["bytes"] = len(data)
    print(json.dumps(summary, ensure_ascii=False))
    return 0
