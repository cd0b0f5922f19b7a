"""`ui.rerun_memo.remembered`: a page's costly result is kept across reruns while its inputs are equal."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def _page():
    import streamlit as st

    from ui.rerun_memo import remembered

    word = st.text_input("word", "bank")
    runs = st.session_state.setdefault("computed", [])

    def compute():
        runs.append(word)
        return word.upper()

    st.markdown(remembered("shout", (word,), compute))


def test_equal_inputs_reuse_the_result_and_a_changed_input_computes_again():
    at = AppTest.from_function(_page, default_timeout=30)
    at.run()
    at.run()  # a rerun caused by anything else on the page
    assert at.markdown[0].value == "BANK" and at.session_state["computed"] == ["bank"]
    at.text_input[0].set_value("posting").run()
    assert at.markdown[0].value == "POSTING" and at.session_state["computed"] == ["bank", "posting"]
    at.text_input[0].set_value("bank").run()  # only the last result is kept
    assert at.session_state["computed"] == ["bank", "posting", "bank"]


def _seeding_page():
    import streamlit as st

    from ui.rerun_memo import remember, remembered

    if st.button("measure", key="measure"):
        remember("size", ("bank",), "measured while tailoring")
    st.markdown(remembered("size", ("bank",), lambda: "computed on the page"))


def test_a_value_known_already_is_shown_without_computing_it_again():
    at = AppTest.from_function(_seeding_page, default_timeout=30)
    at.run()
    assert at.markdown[0].value == "computed on the page"
    at.button(key="measure").click().run()
    assert at.markdown[0].value == "measured while tailoring"
