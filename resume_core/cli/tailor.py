"""`python -m resume_core tailor (--bank BANK.xml | --workspace DIR) --posting POSTING [--pages 1|2] [--json] [--out resume.md]`.

POSTING is a posting XML (as the app saves it) or the posting as text, HTML or PDF, which is
analysed first. With `--workspace` (the app's workspace folder) the bank is the one the app keeps
there, POSTING may be the id of a posting saved there, and the tailored resume is kept as that
posting's draft, so the app's Tailor and Export pages show it (through `Workspace.tailor`). `--json` prints the selection, the coverage rows and the gaps (format in
`tailor_json`; documented in the README: add fields, never rename). `--out` writes Markdown, and a
PDF next to it. Offline unless `--ai` is given and an
OpenAI-compatible server is configured in the environment.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from resume_core.errors import UserError
from resume_core.bank import Posting
from resume_core.tailoring import PAGE_COUNTS, PAPERS, TailorResult, coverage_score, estimate_lines, metrics_for, tailor


def add_arguments(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--bank", help="Big Resume XML file.")
    source.add_argument("--workspace", help="The app's workspace folder (TP_WORKSPACE): its bank and saved postings.")
    parser.add_argument("--posting", required=True, help="Posting XML, or the posting as .txt/.md/.html/.pdf.")
    parser.add_argument("--json", action="store_true", help="Print the selection, coverage and gaps as JSON.")
    parser.add_argument("--out", help="Write the tailored resume as Markdown, and a PDF beside it.")
    parser.add_argument("--template", default="classic")
    parser.add_argument("--paper", default="letter", choices=PAPERS)
    parser.add_argument("--pages", type=int, default=1, choices=PAGE_COUNTS,
                        help="Pages to fill: 1 (default) or 2 for a long career.")
    parser.add_argument("--ai", action="store_true", help="Use the AI server configured in the environment.")
    parser.add_argument("--today", help="Date recency is measured from (YYYY-MM-DD); default TP_TODAY, else today.")


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror}.", "Check the path and try again.") from error


def existing_folder(path: str) -> str:
    """`path` when it is a folder (a workspace is never created by a typo)."""
    if not Path(path).expanduser().is_dir():
        raise UserError(f"There is no workspace folder at {path}.",
                        "Give the folder the app keeps its data in (TP_WORKSPACE, by default data/workspace).")
    return path


def load_posting(path: str, engine=None) -> Posting:
    """A posting from an XML file, or from a text/HTML/PDF posting analysed now."""
    data = _read(path)
    if data.lstrip()[:64].lower().startswith((b"<?xml", b"<posting")):
        from resume_core.bank import parse_posting_xml

        return parse_posting_xml(data)
    from resume_core.posting import build_posting
    from resume_core.posting import read_posting_file

    posting = build_posting(read_posting_file(Path(path).name, data))
    if engine is not None and not engine.offline:
        from resume_core.posting import analyze_posting, apply_analysis

        posting = apply_analysis(posting, analyze_posting(posting.text, engine))
    return posting


def tailor_json(result: TailorResult, posting: Posting, template: str, paper: str, pages: int = 1) -> dict:
    """The public JSON of a tailoring (see the README). `page_lines` holds all `pages` pages."""
    resume = result.resume
    metrics = metrics_for(template, paper, pages)
    items = []
    for entry in (*resume.experience, *resume.projects):
        for line in entry.bullets:
            kind = "accomplishment" if line.item_id != entry.source_id else f"{entry.kind}_description"
            items.append({"id": line.item_id, "kind": kind, "text": line.text, "job_id": entry.source_id,
                          "job": entry.name, "score": line.score, "covers": line.covers})
    for line in resume.skills:
        items.append({"id": line.item_id, "kind": "skill", "text": line.text, "job_id": "", "job": "",
                      "score": line.score, "covers": line.covers})
    return {
        "posting": {"id": posting.id, "title": posting.title, "company": posting.company},
        "template": template,
        "paper": paper,
        "pages": pages,
        "estimated_lines": round(estimate_lines(resume, metrics), 1),
        "page_lines": metrics.lines_per_page,
        "summary": resume.summary.model_dump(include={"item_id", "text", "provenance"}) if resume.summary else None,
        "items": items,
        "entries": [
            {"id": e.source_id, "kind": e.kind, "name": e.name, "collapsed": e.collapsed,
             "titles": [p.title for p in e.positions], "start_date": e.start_date, "end_date": e.end_date}
            for e in (*resume.experience, *resume.projects)
        ],
        "coverage": [row.model_dump() for row in result.coverage],
        "coverage_score": coverage_score(result.coverage),
        "gaps": [{"requirement_id": g.requirement_id, "requirement": g.requirement, "kind": g.kind,
                  "best_owner_id": g.best_owner_id} for g in result.gaps],
        "why_not": [w.model_dump() for w in result.why_not],
        "flags": result.flags,
    }


def run(args: argparse.Namespace) -> int:
    from resume_core.bank import parse_bank_xml

    engine = None
    if args.ai:
        from resume_core.engines import engine_config_from_env, get_engine

        engine = get_engine(engine_config_from_env())
    if args.workspace:
        posting, result = _tailor_in_workspace(args, engine)
    else:
        posting = load_posting(args.posting, engine)
        result = tailor(parse_bank_xml(_read(args.bank)), posting, engine=engine, template=args.template,
                        paper=args.paper, today=args.today, pages=args.pages)
    if args.out:
        _write(result, args)
    if args.json:
        json.dump(tailor_json(result, posting, args.template, args.paper, args.pages), sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif not args.out:
        from resume_core.output import render_markdown

        print(render_markdown(result.resume))
    return 0


def _tailor_in_workspace(args: argparse.Namespace, engine) -> tuple[Posting, TailorResult]:
    """Tailor the workspace's bank; a posting saved there (by id) keeps the result as its draft."""
    from resume_core.workspace import Workspace

    workspace = Workspace.open("local", existing_folder(args.workspace))
    if not Path(args.posting).exists() and args.posting in {p.id for p in workspace.postings()}:
        draft = workspace.tailor(args.posting, engine=engine, template=args.template, paper=args.paper,
                                 pages=args.pages, today=args.today)
        return workspace.posting(args.posting), draft.result
    posting = load_posting(args.posting, engine)
    return posting, tailor(workspace.bank(), posting, engine=engine, template=args.template, paper=args.paper,
                           today=args.today, pages=args.pages)


def _write(result: TailorResult, args: argparse.Namespace) -> None:
    from resume_core.output import export_pdf
    from resume_core.output import render_markdown

    out = Path(args.out)
    markdown = render_markdown(result.resume)
    out.write_text(markdown, encoding="utf-8")
    pdf = export_pdf(result.resume, args.template, args.paper, max_pages=args.pages, markdown_text=markdown)
    out.with_suffix(".pdf").write_bytes(pdf.pdf)
