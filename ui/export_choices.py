"""One template and paper choice for the whole app, drawn the same way on Tailor and Export.

Streamlit forgets a widget's value when its page is not drawn, so the choice lives in plain session
keys; each page's controls start from them and write back what the user picks. A page may adopt a
stored choice (a snapshot's template) with `adopt_template`, which also makes the controls redraw.
"""

from __future__ import annotations

import streamlit as st

from resume_core.render import PAPERS, TEMPLATES

TEMPLATE_KEY = "tp_template"
PAPER_KEY = "tp_paper"
TEMPLATE_LABELS = {name: name.title() for name in TEMPLATES}
PAPER_LABELS = {"letter": "Letter", "a4": "A4"}
_PAGES = ("tailor", "export")  # the pages whose controls show the choice (widget keys <page>_template)


def chosen_template() -> str:
    name = st.session_state.get(TEMPLATE_KEY)
    return name if name in TEMPLATES else next(iter(TEMPLATES))


def chosen_paper() -> str:
    name = st.session_state.get(PAPER_KEY)
    return name if name in PAPERS else next(iter(PAPERS))


def has_choice() -> bool:
    """Whether a template was chosen in this session (not after a reload)."""
    return st.session_state.get(TEMPLATE_KEY) in TEMPLATES


def adopt_template(name: str) -> None:
    """Make `name` the chosen template; call before the controls are drawn."""
    if name in TEMPLATES and name != chosen_template():
        st.session_state[TEMPLATE_KEY] = name
        for page in _PAGES:  # a widget keeps its own value over `index`: let it start from the choice
            st.session_state.pop(f"{page}_template", None)


def layout_controls(template_column, paper_column, page: str) -> tuple[str, str]:
    """The Template box (its description under it) and the Paper radio in the given columns."""
    names, papers = list(TEMPLATES), list(PAPERS)
    template = template_column.selectbox("Template", names, index=names.index(chosen_template()),
                                         key=f"{page}_template", format_func=TEMPLATE_LABELS.get)
    template_column.caption(TEMPLATES[template])  # short names in the box: the description is too long
    paper = paper_column.radio("Paper", papers, index=papers.index(chosen_paper()), horizontal=True,
                               key=f"{page}_paper", format_func=PAPER_LABELS.get)
    st.session_state[TEMPLATE_KEY], st.session_state[PAPER_KEY] = template, paper
    return template, paper


def page_phrase(paper: str) -> str:
    """'a Letter page' or 'an A4 page'."""
    label = PAPER_LABELS.get(paper, paper)
    return f"{'an' if label[:1] in 'AEIOU' else 'a'} {label} page"
