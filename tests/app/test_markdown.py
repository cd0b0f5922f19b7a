"""Escaped text renders as itself: no images, emphasis or headings from user or model text.

Python-Markdown stands in for Streamlit's renderer; it leaves `$`, `~`, `|` and `<` escapes alone (CommonMark,
which Streamlit follows, accepts a backslash before any ASCII punctuation), so those are checked apart.
"""

from __future__ import annotations

import html

import markdown
import pytest

from ui.markdown import escape_markdown


@pytest.mark.parametrize("text", [
    "![pixel](http://tracker.example/p.png)", "_Acme_ *Corp*", "# Not a heading", "C++ / C# and 3.5 years",
    "[click](javascript:alert(1))", "> quote", "1. not a list", "`code`",
])
def test_escaped_text_renders_verbatim(text):
    rendered = markdown.markdown(escape_markdown(text))
    assert rendered == f"<p>{html.escape(text, quote=False)}</p>"


def test_math_strikethrough_and_table_characters_are_escaped():
    assert escape_markdown("$5 ~x~ a|b <b>") == r"\$5 \~x\~ a\|b \<b\>"
