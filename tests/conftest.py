"""Shared fixtures. `tests/` is on sys.path, so tests can `from openai_server import Reply` and
`from fakes import FakeEngine`."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from golden import Golden
from openai_server import OpenAIServer

# Hypothesis profiles: "dev" (the default) runs few examples so a local run is quick; "ci" runs many.
# .ci/run sets TP_HYPOTHESIS_PROFILE=ci. A test that caps its own count uses hypothesis_budget.examples(n).
_QUIET = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=20, **_QUIET)
settings.register_profile("ci", max_examples=200, print_blob=True, **_QUIET)
settings.load_profile(os.environ.get("TP_HYPOTHESIS_PROFILE") or "dev")


@pytest.fixture
def openai_server():
    """A loopback OpenAI-compatible server with queued replies (see tests/openai_server.py)."""
    with OpenAIServer() as server:
        yield server


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite the golden files (tests/golden.py) with what the code makes now")


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Golden:
    """Compare with a stored golden file, or rewrite it under --update-goldens (see tests/golden.py)."""
    return Golden(update=request.config.getoption("--update-goldens"))
