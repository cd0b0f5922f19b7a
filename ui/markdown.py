"""Showing user and model text inside Streamlit markdown without it turning into markup.

Names, titles and transcripts can hold `*`, `_`, `#` or `![..](..)` (which would load a remote image);
escaping them keeps the text exactly as written. Model replies are streamed the same way
(`stream_markdown`), since `st.write_stream` would render them as Markdown. Streamlit's Markdown also
turns a bare `https://...` or `www....` into a link (GitHub's autolink rule), which escaping does not
stop: `without_autolinks` breaks those with an invisible word joiner, for text whose links the user
did not write as a URL field (posting text, bullets in the Tailor preview).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import streamlit as st

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$])")
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|www)(?=\\?[:.])")
WORD_JOINER = "\u2060"


def escape_markdown(text: str) -> str:
    """`text` with every markdown-significant character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def without_autolinks(markdown_text: str) -> str:
    """`markdown_text` with bare web addresses no longer turned into links (shown the same)."""
    return _AUTOLINK.sub(lambda m: m.group(1) + WORD_JOINER, markdown_text)


def stream_markdown(chunks: Iterable[str]) -> str:
    """Show streamed text as it arrives, escaped, in one placeholder; returns the whole text."""
    placeholder = st.empty()
    text = ""
    for chunk in chunks:
        text += chunk
        placeholder.markdown(escape_markdown(text))
    return text
