"""Interview page: talk through a job or project; the story becomes an anecdote, skills and bullets.

Every turn is saved to the Big Resume the moment it exists (an in-progress anecdote), so a reload,
a crash or an engine error never loses what was typed; unfinished interviews can be resumed.
"Finish" drafts a summary the user edits and saves; then suggested skills and accomplishments can
be accepted, edited or rejected (ui/interview_panels), each saying which answers it comes from.
A failing AI server never stops the interview: every step goes through the fallback rule
(ui/fallback), so the offline interviewer asks instead and the page and the sidebar say so. The
logic lives in resume_core (interview, interview_state, story, anecdotes, suggest).
"""

from __future__ import annotations

from typing import Literal

import streamlit as st

from resume_core.interview import (
    append_turn,
    build_context,
    build_conversation,
    find_anecdote,
    icebreakers,
    in_progress_interviews,
    start_interview,
    suggest_title,
)
from resume_core.errors import EngineError
from resume_core.handoffs import posting_label
from ui.boundary import user_errors
from ui.interview_panels import ACTIVE, DRAFT, SUGGESTED, finish_panel, suggestions_panel
from ui.markdown import escape_markdown, stream_markdown
from ui.fallback import current_fallback, fallback_engine, show_fallback_note
from ui.state import get_postings, require_bank, save_bank, show_unreadable_postings, workspace

OWNER, POSTING, TOPIC = "tp_iv_owner", "tp_iv_posting", "tp_iv_topic"
RETRY = "tp_iv_retry"  # one key for the retry button, drawn after a failed reply and on the next run


def posting_by_id(posting_id: str | None):
    return next((p for p in get_postings() if p.id == posting_id), None) if posting_id else None


def conversation_for(bank, anecdote_id: str, posting_id: str | None):
    owner, anecdote = find_anecdote(bank, anecdote_id)
    context = build_context(bank, owner.id, posting_by_id(posting_id), anecdote.topic)
    return build_conversation(context, anecdote.transcript)


def add_turn(bank, anecdote_id: str, role: Literal["assistant", "user"], text: str):
    """Append a turn and save at once; returns the saved bank, or None if the save failed.
    An autosave: turns only add to the current version, so they must not push real versions out of
    the history (finishing the interview archives it once)."""
    bank = append_turn(bank, anecdote_id, role, text)
    return bank if save_bank(bank, "interview in progress", autosave=True) else None


def begin(bank, owner_id: str, topic: str, posting_id: str | None):
    bank, anecdote_id = start_interview(bank, owner_id, topic, posting_id=posting_id or "")
    st.session_state[ACTIVE] = {"anecdote_id": anecdote_id, "posting_id": posting_id}
    return bank, anecdote_id


def ask_engine(bank, anecdote_id: str, posting_id: str | None) -> None:
    """Stream the interviewer's next question and save it. When the AI server fails (before, during or
    with an empty reply), the offline interviewer asks instead and the page and sidebar say so."""
    conversation = conversation_for(bank, anecdote_id, posting_id)
    engine = fallback_engine()
    bubble = st.empty()  # emptied when the reply is replaced: no half reply above the offline one
    reply = ""
    with user_errors():
        try:
            with bubble.container(), st.chat_message("assistant"):
                reply = stream_markdown(engine.chat_turn(conversation))  # never rendered as Markdown
        except EngineError as error:  # broke off mid-reply: what was shown cannot be kept as a question
            engine_failed(engine, error)
            reply = ""
        if not (isinstance(reply, str) and reply.strip()):
            bubble.empty()
            if reply == "" and current_fallback() is None:
                engine_failed(engine, EngineError("The AI server sent an empty reply.",
                                                  fix="If it keeps happening, pick another model in Settings."))
            reply = conversation.offline_reply(conversation.context, list(conversation.turns))
        if add_turn(bank, anecdote_id, "assistant", reply.strip()):
            st.rerun()


def engine_failed(engine, error: EngineError) -> None:
    """Remember a failure the engine could not absorb itself (a reply cut off, an empty one)."""
    if hasattr(engine, "record_failure"):
        engine.record_failure(error)


def take_request(bank) -> None:
    """A request from another page ("Interview me about this"): its job, topic and posting, as a new
    interview (one in progress stays saved, to resume later)."""
    request = workspace().take_interview_request(bank)
    if request is not None:
        st.session_state[OWNER] = request.owner_id
        st.session_state[TOPIC] = request.topic
        if request.posting_id is not None:  # the Tailor page's gaps belong to its posting
            st.session_state[POSTING] = request.posting_id
        st.session_state.pop(ACTIVE, None)


def choose_interview(bank) -> None:
    """Pick what to talk about: a job or project, optionally a posting's gaps and a topic."""
    owners = {o.id: o for o in bank.owners()}
    if st.session_state.get(OWNER) not in owners:
        st.session_state[OWNER] = next(iter(owners))
    left, right = st.columns(2)
    left.selectbox("Job or project", list(owners), key=OWNER,
                   format_func=lambda i: f"{owners[i].name} ({'job' if i.startswith('job') else 'project'})")
    postings = {p.id: p for p in get_postings()}
    if st.session_state.get(POSTING) not in postings:
        st.session_state[POSTING] = ""
    right.selectbox("Probe the gaps of a saved posting (optional)", ["", *postings], key=POSTING,
                    format_func=lambda i: "No posting" if not i else
                    posting_label(postings[i]))
    st.text_input("Topic (optional)", key=TOPIC, placeholder="e.g. Kafka, or the 2022 billing migration")


def resume_list(bank, active_id: str | None) -> None:
    unfinished = [(o, a) for o, a in in_progress_interviews(bank) if a.id != active_id]
    if not unfinished:
        return
    with st.expander(f"⏸️ Unfinished interviews ({len(unfinished)})"):
        for owner, anecdote in unfinished:
            label = anecdote.topic or (anecdote.transcript[0].text[:60] if anecdote.transcript else "new")
            if st.button(f"Resume: {escape_markdown(owner.name)} - {escape_markdown(label)} ({len(anecdote.transcript)} turns)",
                         key=f"resume-{anecdote.id}"):
                st.session_state[ACTIVE] = {"anecdote_id": anecdote.id, "posting_id": anecdote.posting_id or None}
                st.rerun()


st.title("🎙️ Interview")
st.write("Talk through a job or project. Every answer is saved as you go; Finish turns it into a story "
         "you edit, plus suggested skills and accomplishments.")
bank = require_bank()
show_unreadable_postings()
if not bank.owners():
    st.info("Add a job or project first (Big Resume page), then come back to talk about it.")
    st.stop()

held = st.session_state.get(SUGGESTED)
if held:
    suggestions_panel(bank, held)
    st.stop()

take_request(bank)
active = st.session_state.get(ACTIVE)
if active and not any(a.id == active["anecdote_id"] for o in bank.owners() for a in o.anecdotes):
    st.session_state.pop(ACTIVE, None)  # deleted meanwhile (another tab, the Big Resume page)
    active = None

draft = st.session_state.get(DRAFT)
if active and draft and draft["anecdote_id"] == active["anecdote_id"]:
    finish_panel(bank, draft)
    st.stop()

resume_list(bank, active["anecdote_id"] if active else None)
if active:
    owner, anecdote = find_anecdote(bank, active["anecdote_id"])
    st.subheader(f"Talking about {escape_markdown(owner.name)}" + (f": {escape_markdown(anecdote.topic)}" if anecdote.topic else ""))
    if st.button("Start a different interview (this one stays saved to resume later)"):
        st.session_state.pop(ACTIVE, None)
        st.rerun()
    transcript = anecdote.transcript
    context = build_context(bank, owner.id, posting_by_id(active["posting_id"]), anecdote.topic)
else:
    choose_interview(bank)
    transcript = []
    context = build_context(bank, st.session_state[OWNER], posting_by_id(st.session_state.get(POSTING)),
                            st.session_state.get(TOPIC, ""))

for turn in transcript:
    with st.chat_message(turn.role):
        st.markdown(escape_markdown(turn.text))
if transcript:
    show_fallback_note()

if not transcript:
    st.markdown("**Pick a question to start, or just start typing below.**")
    for index, question in enumerate(icebreakers(context)):
        if st.button(escape_markdown(question), key=f"icebreaker-{index}"):
            with user_errors():
                if active:
                    anecdote_id = active["anecdote_id"]
                else:
                    bank, anecdote_id = begin(bank, context.owner_id, context.topic, st.session_state.get(POSTING))
                if add_turn(bank, anecdote_id, "assistant", question):
                    st.rerun()

typed = st.chat_input("Your answer")
if typed and typed.strip():
    with user_errors():
        if active:
            anecdote_id, posting_id = active["anecdote_id"], active["posting_id"]
        else:
            posting_id = st.session_state.get(POSTING)
            bank, anecdote_id = begin(bank, context.owner_id, context.topic, posting_id)
        with st.chat_message("user"):
            st.markdown(escape_markdown(typed))
        saved = add_turn(bank, anecdote_id, "user", typed.strip())
        if saved:
            ask_engine(saved, anecdote_id, posting_id)
            # Reached only when the engine failed (a reply reruns the page): the answer is saved.
            st.button("🔁 Get the next question", key=RETRY)
elif active and transcript and transcript[-1].role == "user":
    # The last answer never got a reply (engine error, closed tab): offer to ask again.
    if st.button("🔁 Get the next question", key=RETRY):
        ask_engine(bank, active["anecdote_id"], active["posting_id"])

if active and any(t.role == "user" for t in transcript):
    if st.button("✅ Finish and summarise", type="primary"):
        conversation = conversation_for(bank, active["anecdote_id"], active["posting_id"])
        summary = fallback_engine().summarise(conversation)  # the offline summary when the server fails
        fell_back = current_fallback()
        problem = ({"message": fell_back.problem.message, "fix": fell_back.problem.fix}
                   if fell_back and fell_back.problem else None)
        st.session_state[DRAFT] = {"anecdote_id": active["anecdote_id"], "summary": summary, "problem": problem,
                                   "title": anecdote.title or suggest_title(context, transcript)}
        st.rerun()
