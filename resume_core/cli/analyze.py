"""`python -m resume_core analyze POSTING_FILE [--json] [--title T] [--company C] [--ai]`.

Reads a posting (.txt, .md, .html, .pdf) and prints its facts and requirements: a table by default,
or with `--json` the object documented in the README (add fields, never rename):
{title, company, seniority, years_experience, degree, location, remote, occupation, summary,
 warnings, requirements: [{text, kind, skill, category, rationale, confidence, source}]}.
Offline unless `--ai` is given and a server is configured in the environment.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from resume_core.posting import PostingAnalysis, analyze_posting, read_posting_file
from resume_core.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("posting_file", help="The posting: .txt, .md, .html or .pdf.")
    parser.add_argument("--json", action="store_true", help="Print the analysis as JSON.")
    parser.add_argument("--title", default="", help="The job title, when the posting text lacks it.")
    parser.add_argument("--company", default="", help="The company, when the posting text lacks it.")
    parser.add_argument("--ai", action="store_true", help="Also ask the AI server configured in the environment.")


def analysis_json(analysis: PostingAnalysis) -> dict:
    """The public JSON of an analysis (see the README)."""
    facts = analysis.model_dump(include={"title", "company", "seniority", "years_experience", "degree", "location",
                                         "remote", "occupation", "summary", "warnings"})
    requirements = [
        {"text": r.text, "kind": r.kind, "skill": r.skill, "category": r.category, "rationale": r.rationale,
         "confidence": r.confidence, "source": r.source, "aspect": r.aspect, "years_min": r.years_min,
         "alternatives_group": r.alternatives_group, "quote": r.quote}
        for r in analysis.requirements
    ]
    return {**facts, "requirements": requirements}


def render_table(analysis: PostingAnalysis) -> str:
    """A readable summary: facts, then one line per requirement."""
    facts = [("Title", analysis.title), ("Company", analysis.company), ("Seniority", analysis.seniority),
             ("Years", analysis.years_experience), ("Degree", analysis.degree), ("Location", analysis.location),
             ("Remote", analysis.remote), ("Occupation", analysis.occupation)]
    lines = [f"{name + ':':12}{value}" for name, value in facts if value]
    lines += [f"warning: {w}" for w in analysis.warnings]
    lines.append("")
    lines.append(f"{'KIND':10}{'CONF':6}{'SKILL':26}REQUIREMENT / RATIONALE")
    for r in analysis.requirements:
        detail = r.rationale if r.kind == "implied" else r.text
        lines.append(f"{r.kind:10}{r.confidence:<6.2f}{(r.skill or '-')[:25]:26}{detail}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    path = Path(args.posting_file)
    if not path.is_file():
        raise UserError(f"{path} does not exist or is not a file.", "Give the path of a saved job posting.")
    text = read_posting_file(path.name, path.read_bytes())
    engine = None
    if args.ai:
        from resume_core.engines import engine_config_from_env, get_engine

        config = engine_config_from_env()
        if config is None:
            raise UserError("--ai needs an AI server, and none is configured.",
                            "Set OPENAI_API_KEY (and OPENAI_BASE_URL / TP_MODEL for other servers), or drop --ai.")
        engine = get_engine(config)
    analysis = analyze_posting(text, engine, title=args.title)
    if args.company and not analysis.company:
        analysis = analysis.model_copy(update={"company": args.company})
    if args.json:
        print(json.dumps(analysis_json(analysis), indent=2, ensure_ascii=False))
    else:
        print(render_table(analysis))
    return 0
