"""The Export page's Markdown editor: the user's text is kept per posting and never silently replaced.

What the user types is kept under the source's `edit_name` (`ui.kept_text`), whatever happens on
other pages. The tailored text the edit started from is kept too: when the Tailor page changes the
resume afterwards, the user's text stays, a note says so, shows what Tailor changed, and offers
the reset (or to keep their text and hide the note). Below the editor, every line that is not word
for word from the Big Resume is listed with where it was changed.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from resume_core.output import changed_lines, markdown_is_empty, render_markdown_diff
from resume_core.bank import TailoredResume
from ui.kept_text import forget_text, kept_text
from ui.markdown import escape_markdown

BASES_KEY = "tp_export_bases"  # {edit name: the tailored Markdown the user's edit started from}
RESET_KEY = "tp_export_reset"
STALE_NOTE = ("The Tailor page changed this resume since you edited the text here: your edited text is kept; "
              "press **Reset to the tailored text** to start from the new version.")
WHERE = {("tailor", "edited"): "edited on the Tailor page", ("tailor", "typed"): "typed on the Tailor page",
         ("here", "edited"): "edited here", ("here", "typed"): "typed here"}


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:10]


def markdown_editor(edit_name: str, generated: str) -> str:
    """The editable Markdown of one source (`generated` is its tailored text); returns what it shows."""
    bases = st.session_state.setdefault(BASES_KEY, {})
    # A new key for every tailored text and reset: the box then starts from the kept edit or the new text.
    key = f"export_markdown_{_digest(edit_name)}_{_digest(generated)}_{st.session_state.get(RESET_KEY, 0)}"
    text = kept_text(st.text_area, "Edit the resume text; the PDF and the other files follow your edits.",
                     generated, height=560, key=key, kept_as=edit_name)
    if text == generated:
        bases.pop(edit_name, None)
    else:
        bases.setdefault(edit_name, generated)
    base = bases.get(edit_name, generated)
    if base != generated and not markdown_is_empty(text):  # an emptied text has its own message
        st.warning(STALE_NOTE)
        with st.expander("What the Tailor page changed since your edit"):
            st.code(render_markdown_diff(base, generated), language="diff", wrap_lines=True)
        if st.button("Keep my text and hide this note", key="export_keep_mine"):
            bases[edit_name] = generated
            st.rerun()
    if st.button("Reset to the tailored text", key="export_reset", disabled=text == generated):
        forget_text(edit_name)
        bases.pop(edit_name, None)
        st.session_state[RESET_KEY] = st.session_state.get(RESET_KEY, 0) + 1
        st.rerun()
    return text


def changed_lines_list(resume: TailoredResume, markdown_text: str) -> None:
    """Every line of the text that is not word for word from the Big Resume, and where it changed."""
    changed = changed_lines(resume, markdown_text)
    if not changed:
        st.caption("Every line of this text is word for word from your Big Resume.")
        return
    st.caption(f"{len(changed)} line(s) are not word for word from your Big Resume (where they were changed "
               "is shown in brackets):")
    for line in changed:
        st.markdown(f"- *[{WHERE[line.where, line.kind]}]* {escape_markdown(line.text)}")
