"""Showing user and model text inside Streamlit markdown without it turning into markup.

Names, titles and transcripts can hold `*`, `_`, `#` or `![..](..)` (which would load a remote image);
escaping them keeps the text exactly as written. Model replies are streamed the same way
(`stream_markdown`), since `st.write_stream` would render them as Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import streamlit as st

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$])")


def escape_markdown(text: str) -> str:
    """`text` with every markdown-significant character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def stream_markdown(chunks: Iterable[str]) -> str:
    """Show streamed text as it arrives, escaped, in one placeholder; returns the whole text."""
    placeholder = st.empty()
    text = ""
    for chunk in chunks:
        text += chunk
        placeholder.markdown(escape_markdown(text))
    return text
