"""Export: the tailored resume as a checked PDF, plus Word, Markdown, text, JSON Resume and the bank XML."""

from __future__ import annotations

import streamlit as st

from resume_core.output import (
    build_checked_json_resume,
    export_bank_xml,
    export_docx,
    export_json_resume,
    export_pdf,
    export_preview_pngs,
    export_text,
    file_stem,
    markdown_is_empty,
    render_markdown,
    without_lines,
)
from ui.boundary import user_errors
from ui.export_ats import ats_view
from ui.export_choices import PAPER_LABELS, TEMPLATE_LABELS, layout_controls, pages_control
from ui.export_editor import changed_lines_list, markdown_editor
from ui.export_letter import cover_letter_panel
from ui.export_sources import exportable, pick_source
from ui.keyword_check import keyword_panel
from ui.markdown import escape_markdown
from ui.rerun_memo import remembered
from ui.state import readable_bank, show_unreadable_postings, workspace

RESULT_KEY = "tp_export_result"  # (inputs, PdfResult, preview PNGs): reruns that change nothing reuse it

st.title("📄 Export")

handoff = workspace().tailored  # the resume on the Tailor page, if any
current = handoff.resume if handoff is not None else None
show_unreadable_postings()
sources = []  # stays empty when they cannot be listed: the error is shown
with user_errors():
    sources = exportable(current)
if not sources:
    st.info("There is no tailored resume yet. Tailor one to a posting first, then come back here to export it.")
    st.page_link("pages/tailor.py", label="Go to the Tailor page", icon="✂️")
    st.stop()

if current is None:
    if any(source.kind == "draft" for source in sources):
        st.caption("Nothing is open on the Tailor page in this browser session (after a reload, say): below are "
                   "the resumes you tailored, the last one changed first.")
    else:
        st.caption("No resume on the Tailor page right now: exporting a saved snapshot.")
    st.page_link("pages/tailor.py", label="Tailor a new one", icon="✂️")
source = pick_source(sources)
resume = source.resume

left, middle, right = st.columns([2, 1, 1])
template, paper = layout_controls(left, middle, "export")
max_pages = pages_control(right, "export")  # shared with the Tailor page

generated = render_markdown(resume)
edit_column, preview_column = st.columns([1, 1], gap="large")
with edit_column:
    st.subheader("Markdown")
    markdown_text = markdown_editor(source.edit_name, generated)
    empty = markdown_is_empty(markdown_text)
    if not empty:
        changed_lines_list(resume, markdown_text)

if empty:
    with preview_column:
        st.subheader("PDF")
        st.warning("The text is empty: press **Reset to the tailored text** to start again from the tailored "
                   "resume. The PDF, Word, Markdown and text downloads wait until there is text.")
    result = None
else:
    inputs = (resume.model_dump_json(), markdown_text, template, paper, max_pages)
    cached = st.session_state.get(RESULT_KEY)
    if cached is None or cached[0] != inputs:
        with st.spinner("Laying out the PDF..."), user_errors():
            result = export_pdf(resume, template, paper, max_pages=max_pages,
                                markdown_text=None if markdown_text == generated else markdown_text)
            st.session_state[RESULT_KEY] = cached = (inputs, result, export_preview_pngs(result.pdf))
    if cached is None or cached[0] != inputs:
        st.stop()  # no PDF for these inputs: the error and its fix are shown above
    result, pictures = cached[1], cached[2]

    with preview_column:
        st.subheader("PDF")
        check = result.check
        looked_for = ("every line of your edited text" if markdown_text != generated
                      else "name, email, every title, date, bullet and skill")
        if check.ok:
            st.success(f"PDF check passed: {result.pages} page(s); {looked_for} ({check.checked} texts) read back "
                       f"intact from the PDF text, and a resume parser reads every entry's fields "
                       f"({check.ats_checked}) in place (see the ATS view).")
        else:
            st.error("PDF check found problems:\n\n" + "\n".join(f"- {escape_markdown(problem)}" for problem in check.problems))
        if result.dropped:
            with st.expander(f"{len(result.dropped)} line(s) left out to fit {max_pages} page(s)", expanded=True):
                for line in result.dropped:
                    st.markdown(f"- {escape_markdown(line.text)} *(score {line.score:.2f})*")
                st.caption("The lowest-scoring lines go first; headers, titles and dates always stay. "
                           "Choose two pages, pick the compact template or edit the text to keep more.")
        st.caption(f"{TEMPLATE_LABELS[template]}, {PAPER_LABELS[paper]}, {len(result.pdf) / 1024:.0f} KB, "
                   f"{result.renders} layout pass(es) in {result.seconds:.2f} s.")
        pdf_tab, ats_tab = st.tabs(["PDF preview", "ATS view"])
        with pdf_tab:
            for number, picture in enumerate(pictures, start=1):
                with st.container(border=True):  # a white page on a white app needs an edge
                    st.image(picture, caption=f"Page {number}", width="stretch")
            if not pictures:
                st.caption("No preview available on this machine; download the PDF to see it.")
        with ats_tab:
            ats_view(check.ats, check.problems)

posting = source.posting
bank = readable_bank()  # an unreadable bank.xml is explained here; the tailored resume still exports
if result is not None:
    keyword_panel(posting, export_text(resume, result.markdown).decode("utf-8"), bank, "export")

st.subheader("Download")
stem = file_stem(resume.person.name, posting.company if posting else "", posting.title if posting else "")
kept = resume if result is None else without_lines(resume, result.dropped)
for problem in remembered("export_json_check", (kept,), lambda: build_checked_json_resume(kept))[1]:
    st.warning(f"JSON Resume: {escape_markdown(problem)}")
final_markdown = "" if result is None else result.markdown
columns = st.columns(6)
columns[0].download_button("PDF", b"" if result is None else result.pdf, f"{stem}.pdf", "application/pdf",
                           key="export_dl_pdf", type="primary", on_click="ignore", disabled=result is None)
columns[1].download_button("Word (DOCX)", lambda: export_docx(resume, paper, final_markdown), f"{stem}.docx",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           key="export_dl_docx", on_click="ignore", disabled=result is None)
columns[2].download_button("Markdown", final_markdown.encode("utf-8"), f"{stem}.md", "text/markdown",
                           key="export_dl_md", on_click="ignore", disabled=result is None)
columns[3].download_button("Plain text", lambda: export_text(resume, final_markdown), f"{stem}.txt", "text/plain",
                           key="export_dl_txt", on_click="ignore", disabled=result is None)
columns[4].download_button("JSON Resume", lambda: export_json_resume(kept), f"{stem}.json", "application/json",
                           key="export_dl_json", on_click="ignore")
columns[5].download_button("Big Resume XML", lambda: export_bank_xml(bank), "big-resume.xml",  # type: ignore[arg-type]  # disabled while bank is None
                           "application/xml", key="export_dl_xml", on_click="ignore", disabled=bank is None)
st.caption("Word, Markdown and text match the PDF (your edits, without the lines left out). JSON Resume is "
           "built from the tailored selection, so free-text edits are not in it. The Big Resume XML is your "
           "whole bank, to keep or move.")

cover_letter_panel(bank, posting, kept, template, paper, stem)
