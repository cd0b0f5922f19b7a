"""Choosing an engine: the configuration of an OpenAI-compatible server, or the offline engine.

`EngineConfig` holds base URL, model, key (a `SecretStr`: never shown in reprs, logs or errors) and
timeouts. `engine_config_from_env` reads the environment (Streamlit copies the top-level keys of
`.streamlit/secrets.toml` into it): OPENAI_BASE_URL, OPENAI_API_KEY, TP_MODEL or OPENAI_MODEL,
TP_TIMEOUT. With none of them set there is no configuration and `get_engine` returns the offline
engine, so the app always works without a network.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from resume_core.engines.base import Conversation, Engine, ExtractRequest
from resume_core.engines.offline import OfflineEngine
from resume_core.engines.fallback import FallbackEngine, with_fallback
from resume_core.errors import EngineError

__all__ = [
    "Conversation",
    "Engine",
    "EngineConfig",
    "EngineError",
    "ExtractRequest",
    "FallbackEngine",
    "OfflineEngine",
    "engine_config_from_env",
    "get_engine",
    "test_connection",
    "with_fallback",
]

OPENAI_BASE_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "gpt-4o-mini"
LOCAL_PLACEHOLDER_KEY = "not-needed"
"""Local servers ignore the key, but the client refuses an empty one."""


class EngineConfig(BaseModel):
    """How to reach an OpenAI-compatible chat-completions server."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: str = Field("", description="E.g. http://localhost:11434/v1 for Ollama; '' means OpenAI.")
    model: str = Field("", description="Model name as the server knows it, e.g. 'gpt-4o-mini' or 'llama3.1'.")
    api_key: SecretStr = Field(SecretStr(""), description="Any non-empty string for local servers.")
    timeout: float = Field(60.0, gt=0, description="Seconds to wait for the server to answer (read timeout).")
    connect_timeout: float = Field(5.0, gt=0, description="Seconds to wait for a connection.")
    max_retries: int = Field(2, ge=0, le=5, description="Retries after a rate-limit (429) reply.")
    max_retry_wait: float = Field(20.0, ge=0, description="Longest wait honoured from a Retry-After header.")

    @property
    def effective_base_url(self) -> str:
        return self.base_url.strip().rstrip("/") or OPENAI_BASE_URL

    @property
    def effective_key(self) -> str:
        return self.api_key.get_secret_value().strip() or LOCAL_PLACEHOLDER_KEY

    def describe(self) -> str:
        """A safe one-line description (no key) for the UI."""
        return f"{self.model or '(no model)'} at {self.effective_base_url}"


def engine_config_from_env(env: Mapping[str, str] | None = None) -> EngineConfig | None:
    """The configuration the environment asks for, or None when it asks for none (offline)."""
    env = os.environ if env is None else env
    base_url = env.get("OPENAI_BASE_URL", "").strip()
    api_key = env.get("OPENAI_API_KEY", "").strip()
    model = (env.get("TP_MODEL") or env.get("OPENAI_MODEL") or "").strip()
    if not (base_url or api_key or model):
        return None
    if not model and not base_url:
        model = DEFAULT_OPENAI_MODEL
    timeout = env.get("TP_TIMEOUT", "").strip()
    try:
        seconds = float(timeout) if timeout else None
    except ValueError:
        seconds = math.nan
    if seconds is not None and not (0 < seconds < math.inf):
        raise EngineError(
            f"TP_TIMEOUT is {timeout!r}, not a positive number of seconds.", fix="Set it to a number such as 60."
        )
    extra: dict[str, Any] = {"timeout": seconds} if seconds is not None else {}
    return EngineConfig(base_url=base_url, model=model, api_key=SecretStr(api_key), **extra)


def get_engine(config: EngineConfig | None = None) -> Engine:
    """The engine for `config`; the offline engine when there is none."""
    if config is None:
        return OfflineEngine()
    from resume_core.engines.openai_engine import OpenAIEngine

    return OpenAIEngine(config)


TEST_CONNECT_SECONDS = 1.0
"""How long "Test connection" waits for a connection: a refused or dead port is reported within this."""
TEST_READ_SECONDS = 15.0


def test_connection(config: EngineConfig) -> str:
    """Check the server for a "test connection" button: a sentence on success, EngineError otherwise.

    Quick by design: a short connect timeout, no retries, and a plain TCP connect first, so a refused
    port is reported at once (before the OpenAI SDK is even imported)."""
    from resume_core.engines.openai_engine import check_scheme
    from resume_core.engines.openai_engine import test_connection as _test
    from resume_core.engines.url_guard import check_server_url, shared_deployment

    quick = config.model_copy(update={
        "connect_timeout": min(config.connect_timeout, TEST_CONNECT_SECONDS),
        "timeout": min(config.timeout, TEST_READ_SECONDS),
        "max_retries": 0,
    })
    check_scheme(quick.effective_base_url)
    check_server_url(quick.effective_base_url, shared=shared_deployment())
    _reachable(quick)
    return _test(quick)


def _reachable(config: EngineConfig) -> None:
    """A plain TCP connect to the server (skipped behind a proxy, which the HTTP client would use)."""
    import socket
    from urllib.parse import urlsplit

    if any(os.environ.get(name) for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY")):
        return
    parts = urlsplit(config.effective_base_url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=config.connect_timeout):
            pass
    except OSError as error:
        reason = "nothing is listening there" if isinstance(error, ConnectionRefusedError) else (
            f"no answer within {config.connect_timeout:g} s" if isinstance(error, TimeoutError) else
            (error.strerror or str(error)))
        raise EngineError(
            f"Could not connect to the AI server at {config.effective_base_url} ({reason}).",
            fix="Check that the server is running and the base URL (often ending in /v1) is right.",
        ) from None


test_connection.__test__ = False  # type: ignore[attr-defined]  # a public name that pytest must not collect


# Public names of the stage's modules, imported on first use (PEP 562) so that importing the stage stays cheap.
# Written by tools/restructure.py: `__all__` is what ui/, pages/ and the CLI import from this stage.
from typing import TYPE_CHECKING as _TYPE_CHECKING

from resume_core.lazy_exports import lazy_exports as _lazy_exports

if _TYPE_CHECKING:
    from resume_core.engines.choice import ENGINE_KEYS as ENGINE_KEYS, EngineChoice as EngineChoice
    from resume_core.engines.url_guard import check_server_url as check_server_url

_LAZY: dict[str, str] = {
    "ENGINE_KEYS": "resume_core.engines.choice",
    "EngineChoice": "resume_core.engines.choice",
    "check_server_url": "resume_core.engines.url_guard",
}
__all__ = [*__all__, "ENGINE_KEYS", "EngineChoice", "check_server_url"]

__getattr__, __dir__ = _lazy_exports(__name__, _LAZY, __all__)
