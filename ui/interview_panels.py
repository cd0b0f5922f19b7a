"""The Interview page's two closing panels: edit the drafted summary, then accept or reject suggestions.

Both keep what the user types (`kept_text`) while they look at another page: the draft and the
suggestions themselves live in plain session keys, and so do the edits made to them.
"""

from __future__ import annotations

import streamlit as st

from resume_core.interview import (
    UNGROUNDED_NOTE,
    Suggestion,
    accept_suggestion,
    find_anecdote,
    finish_interview,
    suggest_items,
)
from resume_core.errors import EngineError
from ui.boundary import show_user_error, user_errors
from ui.kept_text import forget_text, kept_text
from ui.markdown import escape_markdown
from ui.fallback import current_fallback, fallback_engine
from ui.state import save_bank

ACTIVE = "tp_interview"  # {"anecdote_id", "posting_id"} of the interview on screen
DRAFT = "tp_interview_draft"  # {"anecdote_id", "summary", "title"} while finishing
SUGGESTED = "tp_interview_suggestions"  # {"anecdote_id", "items": [Suggestion dicts]}


def finish_panel(bank, draft: dict) -> None:
    st.subheader("📝 Your summary")
    if draft.get("problem"):
        show_user_error(EngineError(**draft["problem"]))
        st.caption("This draft was made from your own sentences instead.")
    st.caption("Edit it until it reads true; it is saved with the full transcript.")
    title_key, summary_key = f"title-{draft['anecdote_id']}", f"summary-{draft['anecdote_id']}"
    title = kept_text(st.text_input, "Title", draft["title"], key=title_key)
    summary = kept_text(st.text_area, "Summary", draft["summary"], key=summary_key, height=220)
    save, back = st.columns(2)
    if save.button("💾 Save anecdote", type="primary"):
        with user_errors():
            new_bank = finish_interview(bank, draft["anecdote_id"], summary, title)
            if save_bank(new_bank, f"the story \u201c{title.strip() or 'Untitled'}\u201d"):
                forget_text(title_key, summary_key)
                st.session_state.pop(DRAFT, None)
                st.session_state.pop(ACTIVE, None)
                # The story is saved; a failing server means suggestions from the user's own words.
                items = suggest_items(new_bank, draft["anecdote_id"], fallback_engine())
                fell_back = current_fallback()
                problem = ({"message": fell_back.problem.message, "fix": fell_back.problem.fix}
                           if fell_back and fell_back.problem else None)
                st.session_state[SUGGESTED] = {"anecdote_id": draft["anecdote_id"], "problem": problem,
                                               "items": {str(n): s.model_dump() for n, s in enumerate(items)}}
                st.rerun()
    if back.button("Back to the interview"):
        st.session_state.pop(DRAFT, None)  # the typed summary stays kept for the next Finish
        st.rerun()


def answers_phrase(numbers: list[int]) -> str:
    """[1] -> "From your answer 1"; [1, 3, 4] -> "From your answers 1, 3 and 4"."""
    words = [str(n) for n in numbers]
    listed = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    return f"From your answer{'s' if len(words) > 1 else ''} {listed}"


def suggestions_panel(bank, held: dict) -> None:
    st.subheader("💡 Suggestions from your story")
    owner, anecdote = find_anecdote(bank, held["anecdote_id"])
    answer_number = {i: n for n, i in enumerate((i for i, t in enumerate(anecdote.transcript) if t.role == "user"), 1)}
    st.caption(f"What you accept is added to **{escape_markdown(owner.name)}** in your Big Resume, "
               "remembering this story as its source.")
    if held.get("problem"):
        show_user_error(EngineError(**held["problem"]))
        st.caption("These suggestions come from your own sentences instead.")
    # Keys stay with their item (not its position), so removing one never shifts another's edit.
    items = {n: Suggestion.model_validate(s) for n, s in held["items"].items()}
    if not items:
        st.write("Nothing (more) to suggest from this story.")
    for index, item in items.items():
        key = f"sugg-{held['anecdote_id']}-{index}"
        with st.container(border=True):
            text = kept_text(st.text_input, f"Suggested {item.kind}", item.text, key=key)
            numbers = [answer_number[i] for i in item.turns if i in answer_number]
            if numbers:
                st.caption(answers_phrase(numbers))
            if not item.grounded:
                st.warning(f"{UNGROUNDED_NOTE}: {escape_markdown(', '.join(item.unsupported))}. Edit it before accepting.")
            accept, reject = st.columns(2)
            locked = not item.grounded and text.strip() == item.text.strip()
            if accept.button("Accept", key=f"accept-{index}", disabled=locked):
                with user_errors():
                    if save_bank(accept_suggestion(bank, held["anecdote_id"], item, text), f"added {text}"):
                        held["items"].pop(index)
                        forget_text(key)
                        st.rerun()
            if reject.button("Reject", key=f"reject-{index}"):
                held["items"].pop(index)
                forget_text(key)
                st.rerun()
    if st.button("Done with suggestions"):
        st.session_state.pop(SUGGESTED, None)
        forget_text(*(f"sugg-{held['anecdote_id']}-{index}" for index in items))
        st.rerun()
