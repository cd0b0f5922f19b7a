"""The Hypothesis profile follows TP_HYPOTHESIS_PROFILE (few examples locally, many in CI), and a slow
property test's own count is kept in CI but capped locally."""

from __future__ import annotations

import os

from hypothesis import settings
from hypothesis_budget import examples


def test_the_profile_named_by_the_environment_is_loaded() -> None:
    expected = {"dev": 20, "ci": 200}[os.environ.get("TP_HYPOTHESIS_PROFILE") or "dev"]
    assert settings.default.max_examples == expected
    assert settings.default.deadline is None


def test_a_slow_test_keeps_its_count_in_ci_and_runs_few_locally() -> None:
    assert examples(25) == min(25, settings.default.max_examples)
    assert settings.get_profile("ci").max_examples >= 150 > settings.get_profile("dev").max_examples
