"""The skills line filled one name at a time counts the same lines as measuring the whole joined line."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from resume_core.tailoring.page_budget import FILL_MARGIN, flow, metrics_for, skills_lines
from resume_core.tailoring.skills_fill import SkillsLine

# Names as banks hold them: words, wide and narrow letters, a word longer than a line, stray spaces.
NAMES = st.lists(st.text(alphabet="aiWM. -\t", max_size=40) | st.just("x" * 400), min_size=1, max_size=15)
METRICS = [metrics_for(template, paper) for template in ("classic", "modern", "compact") for paper in ("letter", "a4")]


@settings(max_examples=200, deadline=None)
@given(NAMES, st.sampled_from(METRICS + [dataclasses.replace(METRICS[0], font="")]))
def test_each_try_counts_what_the_whole_line_counts(names, metrics):
    line = SkillsLine(metrics)
    for name in names:
        assert line.lines_with(name) == skills_lines([*line.names, name], metrics)
        if line.lines_with(name) <= metrics.skills_max_lines:  # fill as tailoring does: some names are left out
            line.add(name)
            if metrics.font:  # the width left on the last line too, to the last bit: the next name wraps alike
                whole = flow(", ".join(line.names).split(), metrics.font, metrics.line_em * FILL_MARGIN)
                assert flow([line.tail] if line.tail else [], metrics.font, line.width, line.lines, line.used) == whole


def test_a_long_list_wraps_onto_more_lines():
    metrics = metrics_for("classic", "letter")
    line = SkillsLine(metrics)
    assert line.lines_with("Python") == 1
    for n in range(40):
        line.add(f"Kubernetes {n}")
    assert line.lines_with("Go") == skills_lines([*line.names, "Go"], metrics) > metrics.skills_max_lines
