"""The Export page's cover letter: drafted from the bank for the posting, editable, checked, downloadable.

The draft comes from `resume_core.tailoring.cover_letter.build_cover_letter` (or, with an AI engine, from
`generate_cover_letter` on request, checked like any edit); the user's edits (and an AI letter) are
saved in the workspace beside the posting's tailored draft (`Store.save_cover_letter`), so a reload,
another tab or another day shows them again; deleting the posting deletes them. Every number, tool
or name the text states that is in neither the Big Resume nor the posting is listed to verify, as on
the Interview page. PDF (in the chosen template and paper), Word and plain text downloads.
"""

from __future__ import annotations

import streamlit as st

from resume_core.tailoring import (
    build_cover_letter,
    check_cover_letter,
    cover_letter_markdown,
    export_cover_letter_docx,
    export_cover_letter_pdf,
    export_cover_letter_text,
    generate_cover_letter,
)
from resume_core.bank import Bank, Posting, TailoredResume
from ui.boundary import user_errors
from ui.kept_text import KEPT_KEY, forget_text, kept_text
from ui.fallback import fallback_engine, fallback_notes
from ui.markdown import escape_markdown
from ui.state import workspace


def cover_letter_panel(bank: Bank | None, posting: Posting | None, resume: TailoredResume, template: str,
                       paper: str, stem: str) -> None:
    st.subheader("Cover letter")
    if bank is None or posting is None:
        st.caption("A cover letter is written for a posting from your Big Resume: tailor the resume to a "
                   "posting first.")
        return
    draft = build_cover_letter(bank, posting, resume)
    st.caption("Three short paragraphs from your Big Resume: the role, your strongest evidence for the "
               "posting's top requirements, and the skills it asks for that you have. Edit it freely; "
               "your text is saved with this posting's tailored resume.")
    key = f"tp_letter_{posting.id}"
    store = workspace().store
    saved = None
    with user_errors():
        saved = store.load_cover_letter(posting.id)
    engine = fallback_engine()
    if not engine.offline and st.button(f"Write it with {engine.name}", key="letter_ai"):
        with st.spinner("Writing…"):
            letter, notes = generate_cover_letter(engine, bank, posting, resume)
        st.session_state.setdefault(KEPT_KEY, {})[key] = letter.text  # shown in the editor, checked below
        st.session_state.pop(key, None)
        for note in [n for n in notes if "failed" in n][:1] + fallback_notes("This is the offline letter."):
            st.warning(escape_markdown(note))
    text = kept_text(st.text_area, "Cover letter", draft.text if saved is None else saved, key=key, height=280)
    if text != (draft.text if saved is None else saved):
        with user_errors():  # a letter too big to read back is refused with the fix; the typing stays kept
            store.save_cover_letter(posting.id, text)
            forget_text(key)
    if saved is not None and saved != draft.text and st.button("Back to the letter drafted from your Big Resume",
                                                                key="letter_redraft"):
        store.forget_cover_letter(posting.id)
        forget_text(key)
        st.session_state.pop(key, None)
        st.rerun()
    if not text.strip():
        st.info("The letter is empty: clear your edit (type the draft back) or write your own.")
        return
    flags = check_cover_letter(text, bank, posting)
    if flags:
        st.warning("Check these before you send the letter:\n\n" + "\n".join(f"- {escape_markdown(f)}" for f in flags))
    else:
        st.success("Every number, tool and name in the letter is in your Big Resume or the posting.")
    markdown = cover_letter_markdown(text, bank, posting)
    columns = st.columns(3)
    columns[0].download_button("Cover letter PDF", lambda: export_cover_letter_pdf(markdown, template, paper),
                               f"{stem}-cover-letter.pdf", "application/pdf", key="letter_dl_pdf", on_click="ignore")
    columns[1].download_button("Cover letter Word", lambda: export_cover_letter_docx(markdown, paper),
                               f"{stem}-cover-letter.docx",
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                               key="letter_dl_docx", on_click="ignore")
    columns[2].download_button("Cover letter text", lambda: export_cover_letter_text(markdown),
                               f"{stem}-cover-letter.txt", "text/plain", key="letter_dl_txt", on_click="ignore")
