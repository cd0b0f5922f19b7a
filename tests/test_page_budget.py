"""Line estimates: words wrap like the renderer, and a fuller resume never costs fewer lines."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from resume_core.model import Entry, Line, TailoredResume
from resume_core.page_budget import estimate_lines, metrics_for, wrapped_lines


def test_words_wrap_not_characters():
    assert wrapped_lines("", 10) == 0
    assert wrapped_lines("aaaa bbbb", 9) == 1
    assert wrapped_lines("aaaa bbbbb", 9) == 2  # one character too many moves a whole word
    assert wrapped_lines("x" * 25, 10) == 3  # a word longer than the line breaks across lines


def test_papers_and_unknown_templates():
    letter, a4 = metrics_for("classic", "letter"), metrics_for("classic", "a4")
    assert letter.lines_per_page != a4.lines_per_page
    assert metrics_for("no-such-template", "a4") == a4
    with pytest.raises(ValueError):
        metrics_for("classic", "legal")


@given(st.lists(st.text(alphabet="ab ", max_size=300), max_size=12))
def test_adding_a_bullet_never_makes_the_page_shorter(texts):
    metrics = metrics_for()
    bullets = [Line(item_id=f"acc-{i}", text=t) for i, t in enumerate(texts) if t.strip()]
    before = TailoredResume(experience=[Entry(source_id="job-1", name="X", bullets=bullets)])
    after = TailoredResume(
        experience=[Entry(source_id="job-1", name="X", bullets=[*bullets, Line(item_id="acc-new", text="more")])]
    )
    assert estimate_lines(after, metrics) > estimate_lines(before, metrics)
