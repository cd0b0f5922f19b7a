"""Shared fixtures. `tests/` is on sys.path, so tests can `from openai_server import Reply` and
`from fakes import FakeEngine`."""

from __future__ import annotations

import pytest

from openai_server import OpenAIServer


@pytest.fixture
def openai_server():
    """A loopback OpenAI-compatible server with queued replies (see tests/openai_server.py)."""
    with OpenAIServer() as server:
        yield server
