"""Escaped text renders as itself: no images, emphasis or headings from user or model text.

Python-Markdown stands in for Streamlit's renderer; it leaves `$`, `~`, `|` and `<` escapes alone (CommonMark,
which Streamlit follows, accepts a backslash before any ASCII punctuation), so those are checked apart.
"""

from __future__ import annotations

import html

import markdown
import pytest

from ui.markdown import escape_markdown, without_autolinks


@pytest.mark.parametrize("text", [
    "![pixel](http://tracker.example/p.png)", "_Acme_ *Corp*", "# Not a heading", "C++ / C# and 3.5 years",
    "[click](javascript:alert(1))", "> quote", "1. not a list", "`code`",
])
def test_escaped_text_renders_verbatim(text):
    rendered = markdown.markdown(escape_markdown(text))
    assert rendered == f"<p>{html.escape(text, quote=False)}</p>"


def test_math_strikethrough_and_table_characters_are_escaped():
    assert escape_markdown("$5 ~x~ a|b <b>") == r"\$5 \~x\~ a\|b \<b\>"


@pytest.mark.parametrize("text", ["see https://tracker.example/p.png", "www.tracker.example", "HTTP://X.EXAMPLE"])
def test_bare_addresses_are_not_turned_into_links(text):
    kept = without_autolinks(escape_markdown(text))
    assert "://" not in kept.replace("\u2060://", "") and "www." not in kept.replace("www\u2060", "")
    assert kept.replace("\u2060", "").replace("\\", "") == text  # it reads the same


@pytest.mark.timeout(120)
def test_a_posting_whose_location_holds_markdown_shows_it_as_text():
    from app_runner import open_page, start_app

    hostile = "![p](http://tracker.example/x.png)"
    at = start_app()
    open_page(at, "posting_analysis")
    at.text_area(key="posting_add_text").set_value(
        f"Senior Platform Engineer at Northwind\n\nLocation: based in {hostile}, remote\n\nRequirements\n"
        "- 5+ years with Kubernetes and Terraform.\n- Proficiency in Go or Python.\n")
    at.button(key="FormSubmitter:posting-add-Save and analyze").click()
    at.run()
    assert not at.exception, at.exception
    shown = " ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption)
    assert "![p](http" not in shown  # no Markdown image reaches the renderer
