"""The Export page's ATS view: what a layout-based resume parser reads from the PDF, field by field.

It draws `PdfCheck.ats` (from `resume_core.output.ats_reader`) as the parser's fields: the header (name,
e-mail, phone), then each section's entries with title, organisation and dates in a table and each
entry's bullets as read. Text is shown escaped: it is what the parser read, never Markdown.
"""

from __future__ import annotations

import streamlit as st

from resume_core.output import AtsRead
from ui.markdown import escape_markdown

_ENTRY_SECTIONS = ("experience", "projects", "education")


def ats_view(read: AtsRead | None, problems: list[str]) -> None:
    """Draw what the parser read; `problems` are the check's findings about it."""
    if read is None:
        st.caption("No parser reading on this machine (it needs pypdfium2); the PDF text check above still ran.")
        return
    st.caption("What a resume parser of the kind applicant-tracking systems use reads from this PDF: "
               "text items by position, size and boldness grouped into lines, sections and entries.")
    parser_problems = [p for p in problems if p.startswith("A resume parser")]
    if parser_problems:
        st.error("\n".join(f"- {escape_markdown(p)}" for p in parser_problems))
    else:
        st.success("The parser reads every job, title, date, bullet and school in its own entry.")
    st.dataframe([{"field": "Name", "read": read.name}, {"field": "E-mail", "read": read.email},
                  {"field": "Phone", "read": read.phone}], hide_index=True, width="stretch")
    for section in read.sections:
        st.markdown(f"**{escape_markdown(section.heading)}**")
        if section.heading.casefold() in _ENTRY_SECTIONS:
            rows = [{"title": e.title, "organisation": e.organisation, "dates": e.dates, "bullets": len(e.bullets)}
                    for e in section.entries]
            st.dataframe(rows, hide_index=True, width="stretch")
        for number, entry in enumerate(section.entries, start=1):
            if not entry.bullets:
                continue
            label = entry.title or f"{section.heading.title()} {number}"
            with st.expander(f"{label}: {len(entry.bullets)} item(s) as read"):
                st.markdown("\n".join(f"- {escape_markdown(bullet)}" for bullet in entry.bullets))
