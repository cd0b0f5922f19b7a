"""The Tailor page's coverage tab: the table (verdict, reason, evidence, years), years corrections, one
line per gap with "Interview me about this", and "why not on the page". The rows and wording come from
the core (`resume_core.tailoring.rows`, `resume_core.interview.gaps`); this module only draws them.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from resume_core.tailoring import (
    VERDICT_ICON,
    CoverageRow,
    WhyNot,
    coverage_score,
    coverage_table,
    gap_groups,
    short_label,
)
from resume_core.interview import gap_names_requirement, gap_skills, gap_topic
from resume_core.handoffs import InterviewRequest
from ui.markdown import escape_markdown
from ui.state import workspace
from ui.tailor_view import revision_key


def coverage_frame(rows: list[CoverageRow]) -> pd.DataFrame:
    """The coverage table as the page shows it (`resume_core.tailoring.rows.coverage_table`)."""
    return pd.DataFrame(coverage_table(rows))


def coverage_panel(rows: list[CoverageRow], posting_id: str = "", corrections: dict[str, float] | None = None,
                   save_corrections=None) -> None:
    frame = coverage_frame(rows)
    if frame.empty:
        st.info("This posting has no requirements yet: analyse it on the Posting Analysis page.")
        return

    st.caption(f"Coverage {coverage_score(rows):.0%}: met counts 1, partly met ½, a years ask not met by the "
               "share of the years found, and more evidence a little more.")

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
                key=revision_key(f"years_{row.requirement_id}"))
        left, right = st.columns(2)
        if left.button("Save my years", key=revision_key("years_save")):
            save({**corrections, **new})
            st.rerun()
        if corrections and right.button("Use the counted years", key=revision_key("years_reset")):
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
