"""The editor for one job or project: its fields, positions, skills, accomplishments and anecdotes.

Fields and tables are edited freely and saved together with one button; moving, deleting and
anecdote edits save at once. A table's key carries a hash of its saved rows (`editor_key`), so it
starts again from the bank only when those rows change; text fields keep their key across saves
that do not change their item's text (`field_key`). Unsaved typing survives saving other parts.
"""

from __future__ import annotations

import streamlit as st

from resume_core.bank import Bank, Job, Project, editing
from resume_core.handoffs import InterviewRequest
from ui.boundary import user_errors
from ui.kept_table import has_kept_edits
from ui.kept_text import kept_text
from ui.markdown import escape_markdown as md
from ui.kept_fields import editor_key, field_key
from ui.state import save_bank, workspace
from ui.tables import DATE_HELP, edit_rows

PICK_KEYS = {"job": "tp_job_pick", "project": "tp_project_pick"}


def _dates(start: str, end: str) -> str:
    return f"{start or '?'} - {end or 'present'}" if (start or end) else ""


def owner_label(owner: Job | Project) -> str:
    """'Acme - Staff Engineer (2020 - present)' for pickers."""
    if isinstance(owner, Job):
        title = owner.positions[0].title if owner.positions else ""
        dates = _dates(owner.start_date, owner.end_date)
    else:
        title, dates = ", ".join(owner.roles), _dates(owner.start_date, owner.end_date)
    return " - ".join(p for p in (owner.name, title) if p) + (f" ({dates})" if dates else "")


def _save(bank: Bank, message: str, from_fields: bool = False, tables: tuple[str, ...] = ()) -> None:
    if save_bank(bank, message, from_fields=from_fields, tables=tables):
        st.rerun()


def _controls(bank: Bank, owner: Job | Project, kind: str) -> None:
    row = st.container(horizontal=True)
    if row.button("⬆️ Up", key=f"up-{owner.id}", help=f"Move this {kind} up the list"):
        with user_errors():
            _save(editing.move_item(bank, owner.id, -1), f"moved {owner.name} up")
    if row.button("⬇️ Down", key=f"down-{owner.id}", help=f"Move this {kind} down the list"):
        with user_errors():
            _save(editing.move_item(bank, owner.id, 1), f"moved {owner.name} down")
    if row.button("🎙️ Interview about it", key=f"talk-{owner.id}",
                        help="Tell the story behind this work; it becomes accomplishments and skills."):
        workspace().request_interview(InterviewRequest(owner_id=owner.id))
        st.switch_page("pages/interview.py")
    with row.popover(f"🗑️ Delete this {kind}"):
        st.write(f"Delete **{md(owner.name)}** with its {len(owner.skills)} skills, "
                 f"{len(owner.accomplishments)} accomplishments and {len(owner.anecdotes)} anecdotes? "
                 "The previous version stays in the history.")
        if st.button("Delete", key=f"delete-{owner.id}", type="primary"):
            with user_errors():
                _save(editing.delete_item(bank, owner.id), f"deleted {owner.name}")


def _fields(owner: Job | Project, kind: str) -> dict[str, str]:
    key = field_key(owner.id)
    values: dict[str, str] = {}
    left, right = st.columns(2)
    values["name"] = kept_text(left.text_input, "Company" if kind == "job" else "Project name", owner.name,
                               key=f"{key}-name")
    values["url"] = kept_text(right.text_input, "Website", owner.url, key=f"{key}-url")
    if isinstance(owner, Job):
        values["location"] = kept_text(left.text_input, "Location", owner.location, key=f"{key}-location")
    else:
        values["roles"] = kept_text(left.text_input, "Roles (comma-separated)", ", ".join(owner.roles),
                                    key=f"{key}-roles")
        values["technologies"] = kept_text(right.text_input, "Technologies (comma-separated)",
                                           ", ".join(owner.technologies), key=f"{key}-tech")
        values["start_date"] = kept_text(left.text_input, "Start", owner.start_date, key=f"{key}-start",
                                         help=DATE_HELP)
        values["end_date"] = kept_text(right.text_input, "End", owner.end_date, key=f"{key}-end", help=DATE_HELP)
    values["description"] = kept_text(st.text_area, "Description", owner.description, key=f"{key}-description",
                                      height=90)
    return values


def render_owner(bank: Bank, owner: Job | Project) -> None:
    """Edit one job or project; the Save button applies every field and table of it at once."""
    kind = "job" if isinstance(owner, Job) else "project"
    _controls(bank, owner, kind)
    fields = _fields(owner, kind)
    positions = None
    if isinstance(owner, Job):
        st.markdown("**Positions** (titles held here)")
        positions = edit_rows(owner.positions, ("title", "start_date", "end_date"),
                              editor_key(f"{owner.id}-positions", owner.positions), with_id=False)
    st.markdown(f"**Accomplishments** ({len(owner.accomplishments)}): resume bullets, used word for word")
    accomplishments = edit_rows(owner.accomplishments, ("text",),
                                editor_key(f"{owner.id}-accomplishments", owner.accomplishments))
    st.markdown(f"**Skills** ({len(owner.skills)})")
    skills = edit_rows(owner.skills, ("name", "category"), editor_key(f"{owner.id}-skills", owner.skills))
    st.caption("Add a row at the bottom of a table, select rows to delete them, renumber # to reorder. "
               f"Nothing is stored until you save this {kind}; unsaved edits stay here while you look at "
               f"another {kind} or page (until you close the browser tab).")
    if has_kept_edits(f"{owner.id}-"):
        st.warning(f"This {kind} has unsaved table edits: press Save {kind} to keep them.", icon="✏️")
    if st.button(f"💾 Save {kind}", key=f"save-{owner.id}", type="primary"):
        with user_errors():
            new = editing.update_owner(bank, owner.id, fields)
            if positions is not None:
                new = editing.apply_position_rows(new, owner.id, positions)
            new = editing.apply_skill_rows(new, owner.id, skills)
            new = editing.apply_accomplishment_rows(new, owner.id, accomplishments)
            _save(new, f"edited {fields['name'] or owner.name}", from_fields=True, tables=(f"{owner.id}-",))
    _anecdotes(bank, owner)


def _anecdotes(bank: Bank, owner: Job | Project) -> None:
    st.markdown(f"**Anecdotes** ({len(owner.anecdotes)})")
    if not owner.anecdotes:
        st.caption("No interviews about this yet. Use 🎙️ Interview about it to tell a story.")
    for anecdote in owner.anecdotes:
        status = " (interview in progress)" if anecdote.status == "in_progress" else ""
        with st.container(border=True):
            st.markdown(f"🗣️ **{md(anecdote.title or 'Untitled story')}**{status}")
            key = field_key(anecdote.id)
            title = kept_text(st.text_input, "Title", anecdote.title, key=f"{key}-title")
            summary = kept_text(st.text_area, "Summary (yours to edit)", anecdote.summary, key=f"{key}-summary",
                                height=140)
            with st.expander(f"Transcript ({len(anecdote.transcript)} turns, read-only)"):
                for turn in anecdote.transcript:
                    who = "You" if turn.role == "user" else "Interviewer"
                    st.markdown(f"**{who}:** {md(turn.text)}")
            row = st.container(horizontal=True)
            if row.button("Save anecdote", key=f"save-{anecdote.id}"):
                with user_errors():
                    _save(editing.update_anecdote(bank, anecdote.id, title, summary), f"edited {title}",
                          from_fields=True)
            if row.button("Delete anecdote", key=f"delete-{anecdote.id}"):
                with user_errors():
                    _save(editing.delete_item(bank, anecdote.id), f"deleted anecdote {anecdote.title}")
