"""The gap interview: questions without a model, what is already known, suggestions checked against the
user's own words, anecdotes kept in the bank. In: transcript turns; out: questions and suggested items.
"""

# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
from typing import TYPE_CHECKING as _TYPE_CHECKING

from resume_core.lazy_exports import lazy_exports as _lazy_exports

if _TYPE_CHECKING:
    from resume_core.interview.anecdotes import (
        append_turn as append_turn,
        find_anecdote as find_anecdote,
        finish_interview as finish_interview,
        in_progress_interviews as in_progress_interviews,
        start_interview as start_interview,
    )
    from resume_core.interview.gaps import (
        gap_names_requirement as gap_names_requirement,
        gap_skills as gap_skills,
        gap_topic as gap_topic,
    )
    from resume_core.interview.questions import (
        build_context as build_context,
        build_conversation as build_conversation,
        icebreakers as icebreakers,
        opener_targets as opener_targets,
        suggest_title as suggest_title,
    )
    from resume_core.interview.state import topic_states as topic_states
    from resume_core.interview.suggest import (
        Suggestion as Suggestion,
        UNGROUNDED_NOTE as UNGROUNDED_NOTE,
        accept_suggestion as accept_suggestion,
        suggest_items as suggest_items,
    )

_LAZY: dict[str, str] = {
    "Suggestion": "resume_core.interview.suggest",
    "UNGROUNDED_NOTE": "resume_core.interview.suggest",
    "accept_suggestion": "resume_core.interview.suggest",
    "append_turn": "resume_core.interview.anecdotes",
    "build_context": "resume_core.interview.questions",
    "build_conversation": "resume_core.interview.questions",
    "find_anecdote": "resume_core.interview.anecdotes",
    "finish_interview": "resume_core.interview.anecdotes",
    "gap_names_requirement": "resume_core.interview.gaps",
    "gap_skills": "resume_core.interview.gaps",
    "gap_topic": "resume_core.interview.gaps",
    "icebreakers": "resume_core.interview.questions",
    "in_progress_interviews": "resume_core.interview.anecdotes",
    "opener_targets": "resume_core.interview.questions",
    "start_interview": "resume_core.interview.anecdotes",
    "suggest_items": "resume_core.interview.suggest",
    "suggest_title": "resume_core.interview.questions",
    "topic_states": "resume_core.interview.state",
}
__all__ = [
    "Suggestion",
    "UNGROUNDED_NOTE",
    "accept_suggestion",
    "append_turn",
    "build_context",
    "build_conversation",
    "find_anecdote",
    "finish_interview",
    "gap_names_requirement",
    "gap_skills",
    "gap_topic",
    "icebreakers",
    "in_progress_interviews",
    "opener_targets",
    "start_interview",
    "suggest_items",
    "suggest_title",
    "topic_states",
]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
