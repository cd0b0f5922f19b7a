"""The one place where user-fixable errors become messages on the page.

Wrap a user action in `with user_errors():`. A `UserError` is shown as an error (what went wrong)
and an info box (what to do); any other exception is a bug and propagates, so tests and logs see it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import streamlit as st

from resume_core.errors import UserError


def show_user_error(error: UserError) -> None:
    """Draw a user error: the message, then the fix when there is one."""
    st.error(error.message)
    if error.fix:
        st.info(error.fix)


@contextmanager
def user_errors() -> Iterator[None]:
    """Show a `UserError` raised inside the block instead of crashing the page."""
    try:
        yield
    except UserError as error:
        show_user_error(error)
