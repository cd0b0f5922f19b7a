"""How many examples a property test runs: the Hypothesis profile loaded in tests/conftest.py decides.

`examples(n)` is for a test whose examples are slow: it runs `n` under the "ci" profile (200 at most)
and no more than the "dev" profile's few locally.
"""

from __future__ import annotations

from hypothesis import settings


def examples(n: int) -> int:
    return min(n, settings.default.max_examples)
