"""Results a page keeps from one rerun to the next while their inputs stay the same.

A click anywhere on a page reruns the whole script; with a 1,000-item bank the coverage, the "why not
on the page" list and the keyword check each cost a scoring pass (0.1-0.3 s). `remembered` keeps the
last result of each in this session's state (never a process-wide cache: one visitor's bank stays
theirs) and computes again only when an input differs. Inputs are compared with `==`; the bank kept
in the session is the same object on every rerun, so comparing it costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

T = TypeVar("T")
_PREFIX = "tp_memo_"


def remember(name: str, inputs: tuple, value: object) -> None:
    """Keep `value` as what `remembered(name, inputs, ...)` would compute (it is known already)."""
    st.session_state[_PREFIX + name] = (inputs, value)


def remembered(name: str, inputs: tuple, compute: Callable[[], T]) -> T:
    """`compute()`, or the value it gave on an earlier rerun of this session with equal `inputs`."""
    key = _PREFIX + name
    held = st.session_state.get(key)
    if held is not None and held[0] == inputs:
        return held[1]
    value = compute()
    st.session_state[key] = (inputs, value)
    return value
