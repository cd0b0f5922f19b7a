"""The command line: `python -m resume_core analyze | import | tailor | export | suggest | interview-next`.

Each subcommand lives in its own module with `add_arguments(parser)` and `run(args) -> int`.
JSON output is a public interface, documented in the README: add fields, never rename or remove.
A `UserError` prints its message and fix on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from resume_core.errors import UserError

SUBCOMMANDS = {
    "analyze": ("resume_core.cli.analyze", "Analyse a job posting into requirements."),
    "import": ("resume_core.cli.import_resume", "Import a resume file into a Big Resume XML."),
    "tailor": ("resume_core.cli.tailor", "Select the bank content that serves a posting."),
    "export": ("resume_core.cli.export", "Export a tailored resume as PDF, DOCX, Markdown, text or JSON."),
    "suggest": ("resume_core.cli.suggest", "Suggest skills and bullets from an interview transcript."),
    "interview-next": ("resume_core.cli.interview_next", "Print the interviewer's next question for a transcript."),
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every subcommand, or with `command` only that one's arguments: the others are
    listed by name and help, their modules (and what they import: analysis, tailoring, rendering) not
    loaded, so `--help` and a single subcommand start fast."""
    parser = argparse.ArgumentParser(prog="python -m resume_core", description="Target Practice command line.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        child = sub.add_parser(name, help=help_text, description=help_text)
        if command is None or name == command:
            module = importlib.import_module(module_name)
            module.add_arguments(child)
            child.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    command = next((word for word in argv if not word.startswith("-")), "")  # the subcommand comes first
    args = build_parser(command).parse_args(argv)
    try:
        return args._run(args)
    except UserError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        if exc.fix:
            print(f"fix: {exc.fix}", file=sys.stderr)
        return 2
