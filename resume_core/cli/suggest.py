"""`python -m resume_core suggest --bank BANK.xml --owner ID --transcript T.json [--json]`.

The transcript is a JSON list of turns, `{"role": "assistant" | "user", "text": ...}`, about the job or
project `--owner`. Prints the suggested skills and accomplishments (format in `suggest_json`,
documented in the README: add fields, never rename): each with its kind, text, the transcript turns
it comes from and its grounding flags, plus the story's suggested title and summary. `--topic` and
`--posting` say what the interview probed (a gap skill; a posting XML whose gaps it asked about).
Offline unless `--ai` is given and an OpenAI-compatible server is configured in the environment; a
failing server falls back to the offline engine with a note on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from resume_core.errors import UserError
from resume_core.bank import Bank, Turn

if TYPE_CHECKING:
    from resume_core.engines import Engine


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--bank", required=True, help="Big Resume XML file.")
    parser.add_argument("--owner", required=True, help="Id of the job or project the interview is about.")
    parser.add_argument("--transcript", required=True, help='JSON file: a list of {"role", "text"} turns.')
    parser.add_argument("--topic", default="", help="What the interview probed, e.g. a posting gap's skill.")
    parser.add_argument("--posting", help="Posting XML whose uncovered requirements the interview asked about.")
    parser.add_argument("--json", action="store_true", help="Print JSON.")
    parser.add_argument("--ai", action="store_true", help="Use the AI server configured in the environment.")


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror}.", "Check the path and try again.") from error


def load_transcript(path: str) -> list[Turn]:
    """The turns of a transcript JSON file, checked."""
    try:
        data = json.loads(_read(path).decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"{path} is not JSON: {error}.",
                        'Write the transcript as a JSON list: [{"role": "user", "text": "..."}, ...].') from None
    if not isinstance(data, list):
        raise UserError(f"{path} holds a JSON {type(data).__name__}, not a list of turns.",
                        'Write the transcript as a JSON list: [{"role": "user", "text": "..."}, ...].')
    turns, problems = [], []
    for n, item in enumerate(data):
        try:
            if not isinstance(item, dict):
                raise ValueError("not an object")
            turns.append(Turn(role=item.get("role"), text=item.get("text")))
        except (ValidationError, ValueError):
            problems.append(n)
    if problems:
        raise UserError(f"Turns {', '.join(map(str, problems[:10]))} of {path} are not "
                        '{"role": "assistant" or "user", "text": "..."}.',
                        'Give each turn a role ("assistant" for questions, "user" for answers) and a text.')
    return turns


def interview_from_args(args: argparse.Namespace):
    """(bank with the transcript as an anecdote, the anecdote's id, posting or None, engine)."""
    from resume_core.interview import append_turn, start_interview
    from resume_core.bank import parse_bank_xml, parse_posting_xml

    bank: Bank = parse_bank_xml(_read(args.bank))
    posting = parse_posting_xml(_read(args.posting)) if args.posting else None
    turns = load_transcript(args.transcript)
    if bank.find_owner(args.owner) is None:
        ids = ", ".join(o.id for o in bank.owners()) or "(none)"
        raise UserError(f"The Big Resume has no job or project with the id {args.owner!r}.",
                        f"Pass one of: {ids}.")
    bank, anecdote_id = start_interview(bank, args.owner, args.topic, posting_id=posting.id if posting else "")
    for turn in turns:
        bank = append_turn(bank, anecdote_id, turn.role, turn.text)
    return bank, anecdote_id, posting, _engine(args.ai)


def _engine(ai: bool) -> Engine | None:
    if not ai:
        return None
    from resume_core.engines import engine_config_from_env, get_engine, with_fallback

    return with_fallback(get_engine(engine_config_from_env()))


def fallback_note(engine) -> None:
    """Say on stderr when the offline engine answered for a failing server."""
    note = getattr(engine, "note", lambda: "")()
    if note:
        print(f"note: {note}", file=sys.stderr)


def suggest_json(bank: Bank, anecdote_id: str, posting, engine) -> dict:
    """The public JSON of `suggest` (see the README)."""
    from resume_core.interview import find_anecdote
    from resume_core.interview import build_context, build_conversation, suggest_title
    from resume_core.interview import suggest_items

    owner, anecdote = find_anecdote(bank, anecdote_id)
    items = suggest_items(bank, anecdote_id, engine)
    context = build_context(bank, owner.id, posting, anecdote.topic)
    conversation = build_conversation(context, anecdote.transcript)
    assert conversation.offline_summary is not None  # build_conversation sets it
    summary = (engine.summarise(conversation) if engine is not None
               else conversation.offline_summary(context, anecdote.transcript))
    return {
        "owner": {"id": owner.id, "name": owner.name},
        "suggestions": [
            {"kind": s.kind, "text": s.text, "turns": s.turns, "grounded": s.grounded, "unsupported": s.unsupported}
            for s in items
        ],
        "story": {"title": suggest_title(context, anecdote.transcript), "summary": summary},
    }


def run(args: argparse.Namespace) -> int:
    bank, anecdote_id, posting, engine = interview_from_args(args)
    out = suggest_json(bank, anecdote_id, posting, engine)
    fallback_note(engine)
    if args.json:
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    for item in out["suggestions"]:
        flag = "" if item["grounded"] else f"  [not in your words: {', '.join(item['unsupported'])}]"
        turns = ", ".join(map(str, item["turns"]))
        print(f"{item['kind']}: {item['text']}  (turns {turns}){flag}")
    if not out["suggestions"]:
        print("Nothing to suggest from this transcript.")
    print(f"\ntitle: {out['story']['title']}\n\n{out['story']['summary']}")
    return 0
