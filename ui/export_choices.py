"""One template, paper and page-count choice for the whole app, drawn the same way on Tailor and Export.

Streamlit forgets a widget's value when its page is not drawn, so the choice lives in plain session
keys; each page's controls start from them and write back what the user picks. A page may adopt a
stored choice (a snapshot's template) with `adopt_template`, which also makes the controls redraw.
"""

from __future__ import annotations

import streamlit as st

from resume_core.output import PAPERS, TEMPLATES

TEMPLATE_KEY = "tp_template"
PAPER_KEY = "tp_paper"
PAGES_KEY = "tp_pages"
PAGES_LABELS = {1: "One page", 2: "Two pages"}
TEMPLATE_LABELS = {name: name.title() for name in TEMPLATES}
PAPER_LABELS = {"letter": "Letter", "a4": "A4"}
_PAGES = ("tailor", "export")  # the pages whose controls show the choice (widget keys <page>_template)


def chosen_template() -> str:
    name = st.session_state.get(TEMPLATE_KEY)
    return name if name in TEMPLATES else next(iter(TEMPLATES))


def chosen_paper() -> str:
    name = st.session_state.get(PAPER_KEY)
    return name if name in PAPERS else next(iter(PAPERS))


def chosen_pages() -> int:
    """1 (the default) or 2, as last chosen on Tailor or Export."""
    count = st.session_state.get(PAGES_KEY)
    return count if count in PAGES_LABELS else 1


def pages_control(column, page: str) -> int:
    """The Pages radio: one page by default, two for a long career; shared by Tailor and Export."""
    counts = list(PAGES_LABELS)
    count = column.radio("Pages", counts, index=counts.index(chosen_pages()), horizontal=True,
                         key=f"{page}_pages", format_func=PAGES_LABELS.get,
                         help="One page suits most applications; two pages suit a long career with many "
                              "relevant jobs. Tailoring fills the pages you choose; Export fits the PDF to them.")
    st.session_state[PAGES_KEY] = count
    return count


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


def page_phrase(paper: str, pages: int = 1) -> str:
    """'a Letter page', 'an A4 page' or 'two Letter pages'."""
    label = PAPER_LABELS.get(paper, paper)
    if pages == 2:
        return f"two {label} pages"
    return f"{'an' if label[:1] in 'AEIOU' else 'a'} {label} page"
