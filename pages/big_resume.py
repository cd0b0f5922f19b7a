"""Big Resume page: browse and edit everything in the bank, load the sample, import, upload, download.

Edits are applied by `resume_core.bank.editing` and saved through `ui.state.save_bank`, which refuses to
overwrite a file that changed since it was loaded.
"""

from __future__ import annotations

import streamlit as st

from resume_core.bank import editing
from ui.bank_file import render_download, render_history, render_upload
from ui.boundary import user_errors
from ui.import_panel import render_import_panel
from ui.kept_text import kept_text
from ui.markdown import escape_markdown
from ui.owner_editor import PICK_KEYS, owner_label, render_owner
from ui.kept_fields import editor_key, field_key
from ui.state import get_bank, save_bank
from ui.tables import edit_rows

PERSON_FIELDS = (("name", "Full name"), ("label", "Headline"), ("email", "Email"), ("phone", "Phone"),
                 ("location", "Location"), ("url", "Website"))
PERSON_SKILLS_TABLE = "person-skills"
SECTION_TITLES = {"education": "🎓 Education", "certificates": "📜 Certificates", "awards": "🏆 Awards",
                  "patents": "💡 Patents", "publications": "📰 Publications"}


def save_and_rerun(bank, message: str, from_fields: bool = False, tables: tuple[str, ...] = ()) -> None:
    if save_bank(bank, message, from_fields=from_fields, tables=tables):
        st.rerun()


def person_tab(bank) -> None:
    person, key = bank.person, field_key("person")
    values = {}
    columns = st.columns(3)
    for index, (field, label) in enumerate(PERSON_FIELDS):
        values[field] = kept_text(columns[index % 3].text_input, label, getattr(person, field), key=f"{key}-{field}")
    values["summary"] = kept_text(
        st.text_area, "About you, in your own words", person.summary, key=f"{key}-summary", height=220,
        help="Write long: what you do, what you care about, what you are proud of. Tailoring quotes from it.")
    st.markdown("**Links** (LinkedIn, GitHub, portfolio)")
    links = edit_rows(person.links, ("network", "url", "username"), editor_key("links", person.links),
                      with_id=False)
    st.markdown(f"**Skills (not tied to a job)** ({len(bank.skills)}): what you can do that no job or project "
                "of yours names, such as a resume's skills list. Tailoring may put them on the Skills line.")
    skills = edit_rows(bank.skills, ("name", "category"), editor_key(PERSON_SKILLS_TABLE, bank.skills))
    if st.button("💾 Save person", key="save-person", type="primary"):
        with user_errors():
            new = editing.apply_person_skill_rows(editing.update_person(bank, values, links), skills)
            save_and_rerun(new, "edited the person", from_fields=True, tables=("links", PERSON_SKILLS_TABLE))


def owners_tab(bank, kind: str) -> None:
    owners = bank.jobs if kind == "job" else bank.projects
    with st.expander(f"➕ Add a {kind}", expanded=not owners):
        with st.form(f"add-{kind}", clear_on_submit=True, border=False):
            name = st.text_input("Company" if kind == "job" else "Project name", key=f"tp_new_{kind}")
            added = st.form_submit_button(f"Add {kind}")
    if added:
        with user_errors():
            new_bank, new_id = editing.add_owner(bank, kind, name)
            if save_bank(new_bank, f"added {name.strip()}"):
                st.session_state[PICK_KEYS[kind]] = new_id  # the picker below is not drawn yet: legal
                st.rerun()
    if not owners:
        st.caption(f"No {kind}s yet.")
        return
    ids = [owner.id for owner in owners]
    pick_key, last_key = PICK_KEYS[kind], f"{PICK_KEYS[kind]}_last"
    if st.session_state.get(pick_key) not in ids:
        # Widget state is dropped on other pages; come back to the last one shown.
        last = st.session_state.get(last_key)
        st.session_state[pick_key] = last if last in ids else ids[0]
    chosen = st.selectbox(f"{kind.title()} to edit", ids, key=pick_key,
                          format_func=lambda owner_id: owner_label(bank.find_owner(owner_id)))
    st.session_state[last_key] = chosen
    render_owner(bank, bank.find_owner(chosen))


def sections_tab(bank) -> None:
    st.caption("Education and certificates go on tailored resumes. Awards, patents and publications stay in your "
               "Big Resume and its exports (XML, JSON Resume), but the one-page resume "
               "does not list them.")
    rows = {}
    for section, (_, _, _, columns) in editing.SECTIONS.items():
        st.markdown(f"**{SECTION_TITLES[section]}**")
        items = getattr(bank, section)
        rows[section] = edit_rows(items, columns, editor_key(section, items))
    if st.button("💾 Save these sections", key="save-sections", type="primary"):
        with user_errors():
            new = bank
            for section, section_rows in rows.items():
                new = editing.apply_section_rows(new, section, section_rows)
            save_and_rerun(new, "edited education and other sections", tables=tuple(editing.SECTIONS))


def import_tab() -> None:
    render_import_panel()


def file_tab(download: bool = True) -> None:
    if download:
        st.markdown("**Download** your Big Resume to keep a copy or move it to another computer.")
        render_download()
        st.divider()
    render_upload("big_resume")
    if download:  # the sample, to look around with, from any bank: the current one stays in the history
        with st.popover("✨ Replace with the sample Big Resume"):
            st.write("Your current Big Resume goes to the history below, where you can restore it.")
            if st.button("Load the sample", key="tp_sample_replace", type="primary"):
                with user_errors():
                    from resume_core.bank import load_sample_bank

                    save_and_rerun(load_sample_bank(), "replaced by the sample Big Resume")
    st.divider()
    st.markdown("**History** of saved versions")
    render_history()


st.title("📚 Big Resume")
bank = None
with user_errors():
    bank = get_bank()
if bank is None:
    st.subheader("Repair")
    st.write("Upload a good Big Resume file or restore an earlier version. The unreadable file is kept "
             "in the history when you replace it.")
    file_tab(download=False)
    st.stop()

if editing.is_empty(bank):
    st.info("Your Big Resume is empty. Start from the sample to see how it works, import your current "
            "resume (Import tab), or upload a Big Resume XML file (File & history tab).")
    if st.button("✨ Load sample Big Resume", type="primary"):
        with user_errors():
            from resume_core.bank import load_sample_bank

            save_and_rerun(load_sample_bank(), "loaded the sample Big Resume")
else:
    st.caption(f"**{escape_markdown(bank.person.name or 'Unnamed')}** - {editing.describe_bank(bank)}. "
               "Everything true about you, far more than one page; tailoring picks from it.")

tabs = st.tabs(["👤 Person", "💼 Jobs", "🧪 Projects", "🎓 Education & more", "📥 Import", "💾 File & history"])
with tabs[0]:
    person_tab(bank)
with tabs[1]:
    owners_tab(bank, "job")
with tabs[2]:
    owners_tab(bank, "project")
with tabs[3]:
    sections_tab(bank)
with tabs[4]:
    import_tab()
with tabs[5]:
    file_tab()
