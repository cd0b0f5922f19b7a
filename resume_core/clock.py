"""What "today" is when tailoring: recency weights are measured from it.

The environment variable TP_TODAY (YYYY-MM-DD) pins it, so tests, benchmarks and a rerun of an
old tailoring give the same page; without it, the system date. Read here and nowhere else.
"""

from __future__ import annotations

import os
from datetime import date

from resume_core.errors import UserError


def today() -> str:
    """TP_TODAY when set, else the system date, as YYYY-MM-DD."""
    value = os.environ.get("TP_TODAY", "").strip()
    if not value:
        return date.today().isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UserError(f"TP_TODAY is {value!r}, not a date.",
                        "Set it as YYYY-MM-DD (for example 2026-01-31), or unset it to use today's date.") from None
