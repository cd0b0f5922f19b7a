"""Export: the tailored resume as a checked PDF, plus Word, Markdown, text, JSON Resume and the bank XML."""

from __future__ import annotations

import hashlib
import re

import streamlit as st

from resume_core.export import (
    build_checked_json_resume,
    edited_lines,
    export_bank_xml,
    export_docx,
    export_json_resume,
    export_pdf,
    export_text,
    without_lines,
)
from resume_core.pdf_preview import export_preview_pngs
from resume_core.render import PAPERS, TEMPLATES, render_markdown
from ui.boundary import user_errors
from ui.kept_text import forget_text, kept_text
from ui.markdown import escape_markdown
from ui.state import get_postings, get_store, readable_bank, show_unreadable_postings

TAILORED_KEY = "tailored"  # put there by the Tailor page (CONTRACTS.md)
RESULT_KEY = "tp_export_result"  # (inputs, PdfResult, preview PNGs): reruns that change nothing reuse it
RESET_KEY = "tp_export_reset"

st.title("📄 Export")


def _snapshots():
    store = get_store()
    return [(posting, snap) for posting in get_postings() for snap in store.list_snapshots(posting.id)]


current = st.session_state.get(TAILORED_KEY)
show_unreadable_postings()
snapshots = []  # stays empty when they cannot be listed: the error is shown, the current resume still exports
with user_errors():
    snapshots = _snapshots()
if current is None and not snapshots:
    st.info("There is no tailored resume yet. Tailor one to a posting first, then come back here to export it.")
    st.page_link("pages/tailor.py", label="Go to the Tailor page", icon="✂️")
    st.stop()

sources = (["current"] if current is not None else []) + [snap.id for _, snap in snapshots]
labels = {"current": "The resume on the Tailor page"}
labels |= {snap.id: f"Snapshot {snap.created[:16].replace('T', ' ')} - {posting.title or 'posting'}"
           + (f" at {posting.company}" if posting.company else "") + (f" ({snap.note})" if snap.note else "")
           for posting, snap in snapshots}
if current is None:
    st.caption("No resume on the Tailor page right now: exporting a saved snapshot.")
    st.page_link("pages/tailor.py", label="Tailor a new one", icon="✂️")
choice = st.selectbox("What to export", sources, format_func=labels.get, key="export_source")
snapshot = next((snap for _, snap in snapshots if snap.id == choice), None)
resume = current if snapshot is None else snapshot.resume

names = sorted(TEMPLATES)
default_template = snapshot.template if snapshot is not None and snapshot.template in TEMPLATES else "classic"
left, middle, right = st.columns([2, 1, 1])
template = left.selectbox("Template", names, index=names.index(default_template), key="export_template",
                          format_func=str.title)  # short names: the description is too long for the box
left.caption(TEMPLATES[template])
paper = middle.radio("Paper", list(PAPERS), horizontal=True, key="export_paper",
                     format_func=lambda p: "Letter" if p == "letter" else "A4")
max_pages = 2 if right.toggle("Allow two pages", key="export_two_pages") else 1

generated = render_markdown(resume)
# A new resume (or a reset) gets a fresh editor, filled with its generated Markdown.
editor_key = "export_markdown_" + hashlib.sha1(generated.encode()).hexdigest()[:10] + str(st.session_state.get(RESET_KEY, 0))
edit_column, preview_column = st.columns([1, 1], gap="large")
with edit_column:
    st.subheader("Markdown")
    # kept_text: the edits survive a page switch (Streamlit drops the state of widgets not drawn).
    markdown_text = kept_text(st.text_area, "Edit the resume text; the PDF and the other files follow your edits.",
                              generated, height=560, key=editor_key)
    if st.button("Reset to the tailored text", key="export_reset", disabled=markdown_text == generated):
        forget_text(editor_key)
        st.session_state[RESET_KEY] = st.session_state.get(RESET_KEY, 0) + 1
        st.rerun()
    changed = edited_lines(resume, markdown_text)
    if changed:
        st.caption(f"{len(changed)} line(s) differ from your Big Resume (provenance shown in brackets):")
        for line in changed:
            st.markdown(f"- *[{line.provenance}]* {escape_markdown(line.text)}")

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
    if check.ok:
        st.success(f"PDF check passed: {result.pages} page(s); name, email, every title, date, bullet and skill "
                   f"({check.checked} texts) read back intact from the PDF text.")
    else:
        st.error("PDF check found problems:\n\n" + "\n".join(f"- {escape_markdown(problem)}" for problem in check.problems))
    if result.dropped:
        with st.expander(f"{len(result.dropped)} line(s) left out to fit {max_pages} page(s)", expanded=True):
            for line in result.dropped:
                st.markdown(f"- {escape_markdown(line.text)} *(score {line.score:.2f})*")
            st.caption("The lowest-scoring lines go first; headers, titles and dates always stay. "
                       "Allow two pages, pick the compact template or edit the text to keep more.")
    st.caption(f"{template.title()}, {'Letter' if paper == 'letter' else 'A4'}, {len(result.pdf) / 1024:.0f} KB, "
               f"{result.renders} layout pass(es) in {result.seconds:.2f} s.")
    for number, picture in enumerate(pictures, start=1):
        with st.container(border=True):  # a white page on a white app needs an edge
            st.image(picture, caption=f"Page {number}", width="stretch")
    if not pictures:
        st.caption("No preview available on this machine; download the PDF to see it.")

st.subheader("Download")
stem = re.sub(r"[^a-z0-9]+", "-", (resume.person.name or "resume").lower()).strip("-") or "resume"
final_markdown = result.markdown
for problem in build_checked_json_resume(without_lines(resume, result.dropped))[1]:
    st.warning(f"JSON Resume: {escape_markdown(problem)}")
columns = st.columns(6)
columns[0].download_button("PDF", result.pdf, f"{stem}-{template}.pdf", "application/pdf",
                           key="export_dl_pdf", type="primary", on_click="ignore")
columns[1].download_button("Word (DOCX)", lambda: export_docx(resume, paper, final_markdown), f"{stem}.docx",
                           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           key="export_dl_docx", on_click="ignore")
columns[2].download_button("Markdown", final_markdown.encode("utf-8"), f"{stem}.md", "text/markdown",
                           key="export_dl_md", on_click="ignore")
columns[3].download_button("Plain text", lambda: export_text(resume, final_markdown), f"{stem}.txt", "text/plain",
                           key="export_dl_txt", on_click="ignore")
columns[4].download_button("JSON Resume", lambda: export_json_resume(without_lines(resume, result.dropped)),
                           f"{stem}.json", "application/json", key="export_dl_json", on_click="ignore")
bank = readable_bank()  # an unreadable bank.xml is explained here; the tailored resume still exports
columns[5].download_button("Big Resume XML", lambda: export_bank_xml(bank), "big-resume.xml",
                           "application/xml", key="export_dl_xml", on_click="ignore", disabled=bank is None)
st.caption("Word, Markdown and text match the PDF (your edits, without the lines left out). JSON Resume is "
           "built from the tailored selection, so free-text edits are not in it. The Big Resume XML is your "
           "whole bank, to keep or move.")
