"""Whether a rewrite of an RJDB resume kept or moved the evidence of a verdict (`bench_coverage`): a line is
held when some line of the other copy says it (0.7 of its words and all its years)."""

from __future__ import annotations

import re

from resume_core.tailoring.evidence import stems

SCORE = {"met": 1.0, "not_on_page": 1.0, "partly_met": 0.5, "not_met": 0.0}


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def held_line(line: str, lines: list[str]) -> bool:
    """Some line of the other copy still says this one: at least 0.7 of its words (by stem), and every year
    it names (a job cut from "2014 - 2019" to "2014 - 2017" no longer holds its years)."""
    words = set(stems(line))
    years = set(_YEAR.findall(line))
    if not words:
        return True
    return any(len(words & set(stems(other))) >= 0.7 * len(words) and years <= set(_YEAR.findall(other))
               for other in lines)


def rewritten(high: tuple, low_lines: list[str], high_texts: dict[str, str]) -> bool:
    """The copy with the weaker verdict no longer holds any evidence line of the stronger one: the
    rewrite took the evidence out (or put it in), so a changed verdict is right."""
    evidence = [high_texts[i] for i in high[4] if i in high_texts]
    return bool(evidence) and not any(held_line(text, low_lines) for text in evidence)


def gained(good: dict[str, tuple], bad: dict[str, tuple], good_texts: dict[str, str],
            bad_texts: dict[str, str]) -> bool:
    """The weakened copy proves some requirement better (a stronger verdict, or more evidence lines) with a
    line the matched resume does not hold: the rewrite put evidence in, so it may rightly score higher."""
    lines = list(good_texts.values())
    for req_id, low in good.items():
        high = bad.get(req_id)
        if high and (SCORE[high[0]], len(high[4])) > (SCORE[low[0]], len(low[4])) and any(
                not held_line(bad_texts[i], lines) for i in high[4] if i in bad_texts and i not in low[4]):
            return True
    return False
