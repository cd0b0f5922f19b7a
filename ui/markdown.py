"""Showing user and model text inside Streamlit markdown without it turning into markup.

Names, titles and transcripts can hold `*`, `_`, `#` or `![..](..)` (which would load a remote image);
escaping them keeps the text exactly as written.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$])")


def escape_markdown(text: str) -> str:
    """`text` with every markdown-significant character backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)
