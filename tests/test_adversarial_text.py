"""Every parser of user or posting text survives adversarial strings: long words, runs of spaces,
nested and unclosed brackets, repeated separators, 1 MB lines (issue 16). No exception, and the
result is of the parser's usual shape; the time per KB is measured by `python -m bench hostile`
(a timed assertion here would be flaky on a shared machine), and the regexes these inputs once made
quadratic are bounded in the code."""

from __future__ import annotations

import pytest
from adversarial_text import adversarial_texts, text_parsers
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples

PARSERS = text_parsers()
TEXTS = adversarial_texts(20_000)

# Built from the characters the rules react to, so hypothesis explores their interplay.
_ALPHABET = st.sampled_from(list("aZ9 \t\n.,;:|/-–•()[]{}<>*_#@&+!?'\"\\") + ["and ", "http://", "www.", "2019 ",
                                                                               "Jan ", "years", "\u00a0", "\ud800"])


@pytest.mark.parametrize("parser", sorted(PARSERS))
@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_parser_survives_adversarial_text(parser: str, kind: str) -> None:
    PARSERS[parser](TEXTS[kind])


@pytest.mark.parametrize("parser", sorted(PARSERS))
def test_parser_survives_a_one_megabyte_line(parser: str) -> None:
    line = ("Senior Engineer (((( ** [a]( " + " " * 300 + "x" * 300 + ", ; | / - " + "a@b" * 50) * 1300
    assert len(line) > 1_000_000
    PARSERS[parser](line[:1_048_576])


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=400).map("".join))
def test_parsers_survive_random_text_from_the_characters_rules_react_to(text: str) -> None:
    for parse in PARSERS.values():
        parse(text)
