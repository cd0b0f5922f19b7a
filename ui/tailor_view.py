"""Widgets of the Tailor page: coverage table (verdict, reason, evidence, years) with gap actions, review
editor with "why not on the page", provenance, snapshots.

Each function draws one panel from a `TailoredResume` and calls pure functions of
`resume_core.review` for every change, then stores the new resume with `put_resume`, which also keeps
it in the store as the posting's draft, so a reload finds it again (`restore_draft`). Widget keys
carry a revision number, so editors show the current resume after every change; text typed but not
applied yet is kept in a plain session key (`_typed`, `ui.kept_text`), so other clicks and page
switches keep it.
"""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from resume_core.gaps import gap_names_requirement, gap_skills, gap_topic
from resume_core.handoffs import Draft, InterviewRequest
from resume_core.model import Bank, Posting, TailoredResume
from resume_core.review import (
    alternatives,
    bank_texts,
    build_snapshot,
    diff_resumes,
    edit_line,
    exclude_line,
    include_item,
    move_line,
    provenance_rows,
    set_summary,
    swap_line,
)
from resume_core.coverage import CoverageRow, gap_groups
from resume_core.verdicts import VERDICT_LABEL
from resume_core.why_not import WhyNot
from resume_core.years import format_years
from ui.kept_text import forget_text, kept_names, kept_text
from ui.markdown import escape_markdown, without_autolinks
from ui.state import workspace

REVISION_KEY = "tp_tailor_rev"
SNAPSHOT_NOTE_KEY = "tailor_snapshot_note"
SNAPSHOT_SAVED_KEY = "tp_tailor_snapshot_saved"  # set by a save; the next run empties the note and says so
EDIT_PICK_KEY = "tp_tailor_edit_pick"  # the line chosen for editing, kept across revisions
FLAGS_KEY = "tp_tailor_flags"
VERDICT_ICON = {"met": "✅", "not_on_page": "➖", "partly_met": "◐", "not_met": "❌"}
LABEL_CHARS = 110  # a choice in a list reads as a sentence up to about here


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` on one line, cut at a word boundary with an ellipsis when longer than `limit`."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if text[limit - 1] != " " and " " in head:  # the last word is cut: leave it out
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-–—") + "…"


def put_resume(resume: TailoredResume, *, reviewed: bool = True) -> None:
    """Make `resume` the resume on the Tailor page (kept as the posting's draft) and redraw the editors.

    `reviewed=False` is for a fresh tailoring: it replaces the draft and forgets text typed for the old one."""
    if not reviewed:
        forget_text(*kept_names(_kept_prefix(resume.posting_id)))
    workspace().put_resume(resume, reviewed=reviewed, template=st.session_state.get("tailor_template", ""))
    _redraw()


def tailor_afresh(posting_id: str, **choices) -> Draft:
    """Tailor the posting again (`Workspace.tailor`), forgetting text typed for its old resume."""
    forget_text(*kept_names(_kept_prefix(posting_id)))
    draft = workspace().tailor(posting_id, **choices)
    _redraw()
    return draft


def restore_draft(posting_id: str) -> bool:
    """Show the draft kept for `posting_id` (after a reload, or coming back to a posting); False if none."""
    if workspace().restore_draft(posting_id) is None:
        return False
    st.session_state[FLAGS_KEY] = []  # the warnings belonged to the tailoring shown before
    _redraw()
    return True


def is_reviewed(posting_id: str) -> bool:
    """Whether tailoring again would throw away the user's work on this posting's resume (its review,
    or text typed into its editors and not applied yet)."""
    return workspace().is_reviewed(posting_id) or bool(kept_names(_kept_prefix(posting_id)))


def _redraw() -> None:
    """A new revision: every editor shows the current resume."""
    st.session_state[REVISION_KEY] = st.session_state.get(REVISION_KEY, 0) + 1


def _key(name: str) -> str:
    return f"tailor_{name}_{st.session_state.get(REVISION_KEY, 0)}"


def _kept_prefix(posting_id: str) -> str:
    return f"tailor:{posting_id}:"


def _typed(resume: TailoredResume, name: str, label: str, saved: str) -> str:
    """A text area whose unapplied text survives other clicks (which redraw the editors) and page switches."""
    return kept_text(st.text_area, label, saved, key=_key(name), kept_as=_kept_prefix(resume.posting_id) + name)


def _applied(resume: TailoredResume, name: str) -> None:
    forget_text(_kept_prefix(resume.posting_id) + name)


def preview_panel(markdown_text: str) -> None:
    """The resume as Markdown, headings two levels smaller so the name is not page-title sized."""
    demoted = re.sub(r"^(#{1,4}) ", lambda m: "#" * (len(m[1]) + 2) + " ", markdown_text, flags=re.M)
    with st.container(border=True):
        st.markdown(without_autolinks(demoted))  # bank text is escaped by render; bare addresses stay text too


def verdict_label(row: CoverageRow) -> str:
    return f"{VERDICT_ICON[row.verdict]} {VERDICT_LABEL[row.verdict]}"


def _years(row: CoverageRow) -> str:
    if row.years_needed is None:
        return ""
    found = format_years(row.years_found or 0.0)
    return f"{found} of {row.years_needed:g} asked"


def coverage_frame(rows: list[CoverageRow]) -> pd.DataFrame:
    """The coverage table as the page shows it: a verdict, a reason and evidence ids for every row."""
    return pd.DataFrame(
        [
            {"Skill": r.skill, "Requirement": r.requirement, "Kind": r.kind, "Verdict": verdict_label(r),
             "Reason": r.reason, "Evidence": ", ".join(r.evidence), "Years": _years(r),
             "On the page": r.verdict == "met"}
            for r in rows
        ]
    )


def coverage_panel(rows: list[CoverageRow], posting_id: str = "", corrections: dict[str, float] | None = None,
                   save_corrections=None) -> None:
    frame = coverage_frame(rows)
    if frame.empty:
        st.info("This posting has no requirements yet: analyse it on the Posting Analysis page.")
        return

    def shade(row: pd.Series) -> list[str]:
        colour = "background-color: #fde2e1" if row["Verdict"].startswith(VERDICT_ICON["not_met"]) else ""
        return [colour] * len(row)

    st.dataframe(
        frame.style.apply(shade, axis=1),
        hide_index=True,
        width="stretch",
        column_config={
            "Skill": st.column_config.TextColumn(width="small", help="The skill this requirement names, if any"),
            "Requirement": st.column_config.TextColumn(width="medium", help="The posting's words"),
            "Kind": st.column_config.TextColumn(width="small"),
            "Verdict": st.column_config.TextColumn(width="small", help=(
                "Met: this page proves it. In your bank, not on this page: add the evidence line. "
                "Partly met: only part of it is shown. Not met: nothing in your bank proves it.")),
            "Reason": st.column_config.TextColumn(width="large", help="Why, in words you can check"),
            "Evidence": st.column_config.TextColumn(width="small", help="Ids of the bank lines it rests on"),
            "Years": st.column_config.TextColumn(width="small", help="Years found in your dated positions"),
            "On the page": st.column_config.CheckboxColumn(width="small"),
        },
    )
    if save_corrections is not None:
        years_corrections(rows, corrections or {}, save_corrections)
    _gap_actions(gap_groups(rows), posting_id)


def years_corrections(rows: list[CoverageRow], corrections: dict[str, float], save) -> None:
    """A number per years ask, counted from your dated positions, that you can correct (kept per posting)."""
    asks = [r for r in rows if r.years_needed is not None]
    if not asks:
        return
    with st.expander("Years of experience: correct the count", expanded=False):
        st.caption("Counted from the dates of your positions (overlaps once, 'present' is today). "
                   "If you have more or fewer years than your Big Resume shows, say so here; "
                   "it is kept for this posting.")
        new = {}
        for row in asks:
            new[row.requirement_id] = st.number_input(
                short_label(row.requirement, 90), min_value=0.0, max_value=80.0, step=0.5,
                value=float(corrections.get(row.requirement_id, row.years_found or 0.0)),
                key=_key(f"years_{row.requirement_id}"))
        left, right = st.columns(2)
        if left.button("Save my years", key=_key("years_save")):
            save({**corrections, **new})
            st.rerun()
        if corrections and right.button("Use the counted years", key=_key("years_reset")):
            save({})
            st.rerun()


def why_not_panel(rows: list[WhyNot]) -> None:
    """Why each bank line the posting touches is off the page."""
    if not rows:
        return
    with st.expander(f"Why not on the page? ({len(rows)} line(s) of your Big Resume the posting touches)"):
        st.dataframe(pd.DataFrame([{"Line": w.text, "Where": w.job, "Why not": w.reason, "Id": w.id} for w in rows]),
                     hide_index=True, width="stretch",
                     column_config={"Line": st.column_config.TextColumn(width="large"),
                                    "Why not": st.column_config.TextColumn(width="large")})


def _gap_actions(groups: list[list[CoverageRow]], posting_id: str) -> None:
    """One line per gap (a sentence of alternatives is one), each with a way to talk about it."""
    if not groups:
        st.success("No gaps: every requirement you kept has evidence in your Big Resume.")
        return
    st.markdown(f"**{len(groups)} gap(s).** Not met by anything in your Big Resume: tell the interviewer about "
                "them, and what you say can become bank text.")
    for group in groups:
        row, skills = group[0], gap_skills(group)
        left, right = st.columns([4, 1], vertical_alignment="center")
        if len(skills) > 1:
            left.markdown(f"❌ **{escape_markdown(' / '.join(skills))}** *({row.kind}, one of the alternatives will do)*  \n"
                          + escape_markdown(row.requirement))
        elif row.skill:
            # Implied rows often are just the skill's name: say it once.
            words = "" if gap_names_requirement(row) else escape_markdown(row.requirement)
            left.markdown(f"❌ **{escape_markdown(row.skill)}** *({row.kind})*  \n{words}")
        else:
            left.markdown(f"❌ {escape_markdown(row.requirement)} *({row.kind})*")
        if right.button("Interview me about this", key=f"tailor_interview_{row.requirement_id}"):
            # The posting goes along, so the interview probes this posting's gaps (pages/interview.py).
            workspace().request_interview(InterviewRequest(owner_id=row.best_owner_id, topic=gap_topic(group),
                                                           posting_id=posting_id))
            st.switch_page("pages/interview.py")


def review_panel(resume: TailoredResume, bank: Bank) -> None:
    summary = _typed(resume, "summary", "Summary", resume.summary.text if resume.summary else "")
    if st.button("Save summary", key=_key("save_summary")):
        _applied(resume, "summary")
        put_resume(set_summary(resume, bank, summary))
        st.rerun()
    for entry in (*resume.experience, *resume.projects):
        st.markdown(f"**{escape_markdown(entry.name)}**" + (" *(title line only)*" if entry.collapsed else ""))
        for line in entry.bullets:
            # The swap list gets most of a column under the buttons, so its choices can be read.
            text, controls = st.columns([5, 4])
            up, down, out, _ = controls.columns([1, 1, 1, 3])
            swap = controls
            text.markdown(("✏️ " if line.provenance != "bank" else "") + escape_markdown(line.text))
            if up.button("↑", key=_key(f"up_{line.item_id}"), help="Move up"):
                put_resume(move_line(resume, line.item_id, -1))
                st.rerun()
            if down.button("↓", key=_key(f"down_{line.item_id}"), help="Move down"):
                put_resume(move_line(resume, line.item_id, 1))
                st.rerun()
            if out.button("✕", key=_key(f"out_{line.item_id}"), help="Take off the page"):
                workspace().exclude(resume.posting_id, line.item_id)
                put_resume(exclude_line(resume, line.item_id))
                st.rerun()
            options = dict(alternatives(resume, bank, line.item_id))
            if options and line.item_id != entry.source_id:
                choice = swap.selectbox("Swap for", ["", *options],
                                        format_func=lambda i: short_label(options[i]) if i else "swap for…",
                                        key=_key(f"swap_{line.item_id}"), label_visibility="collapsed")
                if choice:
                    put_resume(swap_line(resume, bank, line.item_id, choice))
                    st.rerun()
    _add_and_edit(resume, bank)


def _add_and_edit(resume: TailoredResume, bank: Bank) -> None:
    on_page = {line.item_id for line in resume.lines()}
    texts = bank_texts(bank)
    owner_of = {i: o.name for o in bank.owners() for i in [o.id, *(a.id for a in o.accomplishments),
                                                             *(s.id for s in o.skills)]}
    owner_of.update({s.id: "Skills" for s in bank.skills})  # the person's own skills, tied to no job
    addable = [i for i in texts if i not in on_page]
    add, edit = st.container(), st.container()  # full width, so the ~110-character choices show whole
    with add:
        pick = st.selectbox("Add from your Big Resume", ["", *addable], key=_key("add_pick"),
                            format_func=lambda i: short_label(f"{owner_of.get(i, '')}: {texts[i]}") if i else "choose an item")
        if st.button("Add to the page", key=_key("add"), disabled=not pick):
            put_resume(include_item(resume, bank, pick))
            st.rerun()
    with edit:
        lines = _editable_lines(resume)  # the summary has its own box above
        options = ["", *lines]
        picked = st.session_state.get(EDIT_PICK_KEY, "")
        target = st.selectbox("Edit a line", options, key=_key("edit_pick"),
                              index=options.index(picked) if picked in options else 0,
                              format_func=lambda i: short_label(lines[i][0]) if i else "choose a line")
        st.session_state[EDIT_PICK_KEY] = target
        new_text = _typed(resume, f"edit_text_{target}", "New text", lines[target][1] if target else "")
        if st.button("Save edit", key=_key("edit"), disabled=not target):
            _applied(resume, f"edit_text_{target}")
            put_resume(edit_line(resume, bank, target, new_text))
            st.rerun()


def _editable_lines(resume: TailoredResume) -> dict[str, tuple[str, str]]:
    """{line id: (label, text)} for every bullet and skill of the page, each label saying where it is."""
    out = {}
    for entry in (*resume.experience, *resume.projects):
        out.update({line.item_id: (f"{entry.name}: {line.text}", line.text) for line in entry.bullets})
    out.update({line.item_id: (f"Skill: {line.text}", line.text) for line in resume.skills})
    return out


def provenance_panel(resume: TailoredResume, bank: Bank) -> None:
    rows = provenance_rows(resume, bank)
    frame = pd.DataFrame(
        [
            {"Section": r.section, "Where": r.where, "Text": r.text,
             "Source": f"bank, verbatim ({r.item_id})" if r.verbatim else "your edit"}
            for r in rows
        ]
    )
    edits = sum(not r.verbatim for r in rows)
    st.caption(f"{len(rows) - edits} line(s) verbatim from your Big Resume, {edits} your edit(s).")
    st.dataframe(frame, hide_index=True, width="stretch",
                 column_config={"Text": st.column_config.TextColumn(width="large")})


def snapshot_panel(resume: TailoredResume, posting: Posting, store, template: str) -> None:
    snapshots = store.list_snapshots(posting.id)
    if snapshots:
        last = snapshots[0]
        diff = diff_resumes(last.resume, resume)
        st.markdown(f"**Changes since the snapshot of {last.created}**" + (f" ({escape_markdown(last.note)})" if last.note else ""))
        if diff:
            st.code("\n".join(diff), language="diff")
        else:
            st.caption("No changes since that snapshot.")
    # A widget's value can only be set before it is drawn: a save asks the next run to empty the note.
    if st.session_state.pop(SNAPSHOT_SAVED_KEY, False):
        st.session_state[SNAPSHOT_NOTE_KEY] = ""
        forget_text(SNAPSHOT_NOTE_KEY)
        st.success("Snapshot saved: its full text is kept, whatever you change in your Big Resume later.")
    # Kept like the other fields: a note typed but not saved yet survives a visit to another page.
    note = kept_text(st.text_input, "Note for this snapshot", "", key=SNAPSHOT_NOTE_KEY, placeholder="e.g. sent 25 Nov")
    if st.button("Save snapshot", key=_key("snapshot")):
        store.save_snapshot(build_snapshot(resume, template=template, note=note))
        st.session_state[SNAPSHOT_SAVED_KEY] = True
        st.rerun()
