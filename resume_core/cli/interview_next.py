"""`python -m resume_core interview-next --bank BANK.xml --owner ID --transcript T.json [--json]`.

The same inputs as `suggest`; prints the interviewer's next question for the transcript so far (an
opener when it is empty). `--json` adds what the interviewer knows about the topic in hand (format in
the README: add fields, never rename). Offline unless `--ai` (with the same fallback rule).
"""

from __future__ import annotations

import argparse
import json
import sys

from resume_core.cli.suggest import add_arguments as _suggest_arguments, fallback_note, interview_from_args


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _suggest_arguments(parser)


def run(args: argparse.Namespace) -> int:
    from resume_core.interview import find_anecdote
    from resume_core.interview import build_context, build_conversation, opener_targets
    from resume_core.interview import topic_states

    bank, anecdote_id, posting, engine = interview_from_args(args)
    owner, anecdote = find_anecdote(bank, anecdote_id)
    context = build_context(bank, owner.id, posting, anecdote.topic)
    conversation = build_conversation(context, anecdote.transcript)
    if engine is None:
        assert conversation.offline_reply is not None  # build_conversation sets it
        question = conversation.offline_reply(context, anecdote.transcript)
    else:
        question = "".join(engine.chat_turn(conversation)).strip()
        fallback_note(engine)
    if not args.json:
        print(question)
        return 0
    topics = topic_states(anecdote.transcript, owner.name, opener_targets(context))
    topic = topics[-1] if topics else None
    out = {
        "question": question,
        "topic": None if topic is None else {
            "question": topic.question, "skill": topic.target,
            "known": sorted(topic.known), "asked": sorted(topic.asked),
        },
    }
    json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0
