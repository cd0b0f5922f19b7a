"""What went wrong with an AI server, said so the user can act on it, without ever showing the key.

`engine_error` turns an `openai` SDK exception into an `EngineError` whose message names the server
and the problem (wrong key, unknown model, rate limit, server error, refused connection, timeout,
a stream that broke off) and whose fix says what to do. Text that comes from the server is scrubbed
of the key (and of anything that looks like one), since some servers echo request headers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from resume_core.errors import EngineError

if TYPE_CHECKING:
    from resume_core.engines import EngineConfig

_KEYLIKE = re.compile(r"\b(sk|key|tok)-[A-Za-z0-9_\-]{6,}")


def engine_error(exc: Exception, config: EngineConfig, openai: Any, midway: bool = False,
                 tries: int = 1) -> EngineError:
    """`exc` said for the user. `openai` is the SDK module, passed in by the one module that imports it."""
    url, model = config.effective_base_url, config.model
    status = getattr(exc, "status_code", None)
    said = _server_message(exc)
    detail = f"Server said: {scrub(said, config)[:200]}" if said else ""
    if isinstance(exc, openai.APITimeoutError):
        return EngineError(
            f"The AI server at {url} did not answer within {config.timeout:g} s.",
            fix="Try again or use a smaller model; whoever runs the app can raise the timeout with the TP_TIMEOUT "
                "setting (an environment variable or Streamlit secret, in seconds).",
        )
    if midway and status is None:
        return EngineError(
            f"The connection to the AI server at {url} broke off mid-reply.",
            fix="Try again; if it keeps happening, check the server (it may have crashed or restarted).",
        )
    if isinstance(exc, openai.APIConnectionError) and _broke_off(exc):
        return EngineError(
            f"The AI server at {url} broke off its reply before it was complete.",
            fix="Try again; if it keeps happening, check the server (it may have crashed, restarted or hit a proxy limit).",
        )
    if isinstance(exc, openai.APIConnectionError):
        return EngineError(
            f"Could not connect to the AI server at {url}.",
            fix="Check that the server is running and the base URL (often ending in /v1) is right.",
        )
    if status in (401, 403):
        return EngineError(
            f"The AI server at {url} rejected the API key ({status}).",
            fix="Check the API key in Settings or OPENAI_API_KEY (local servers accept any non-empty key).",
        )
    if status == 404:
        return EngineError(
            f"The AI server at {url} does not know the model {model!r} (404).",
            fix="Pick a model the server lists (Settings > Test connection) and check the base URL ends in /v1.",
        )
    if status == 429:
        return EngineError(
            f"The AI server at {url} is rate-limiting requests (429), {tries} tries. {detail}".strip(),
            fix="Wait a minute and try again, or check your plan's limits.",
        )
    if status is not None and status >= 500:
        return EngineError(
            f"The AI server at {url} had an internal error ({status}). {detail}".strip(),
            fix="Try again in a moment; if it persists, check the server's logs or status page.",
        )
    if status is not None:
        return EngineError(
            f"The AI server at {url} refused the request ({status}). {detail}".strip(),
            fix="Check the model name and settings; the offline engine always works.",
        )
    return EngineError(
        f"The AI server at {url} reported an error. {detail}".strip(),
        fix="Try again; if it persists, check the server's logs.",
    )


_BROKEN_BODY = {"RemoteProtocolError", "ReadError", "IncompleteRead", "ProtocolError", "LocalProtocolError"}


def _broke_off(exc: BaseException) -> bool:
    """Did the connection fail after the server answered (a body cut short), not while connecting?
    The SDK wraps both in APIConnectionError; the transport error it wraps tells them apart."""
    seen = 0
    cause = exc.__cause__ or exc.__context__
    while cause is not None and seen < 10:
        if type(cause).__name__ in _BROKEN_BODY:
            return True
        cause, seen = cause.__cause__ or cause.__context__, seen + 1
    return False


def malformed_reply_error(config: EngineConfig) -> EngineError:
    """A streamed reply with an event that is not valid JSON or lacks the expected fields."""
    return EngineError(
        f"The AI server at {config.effective_base_url} sent a reply this app cannot read (a malformed event in "
        "its stream).",
        fix="Try again; if it keeps happening, the server is not fully OpenAI-compatible: try another model or "
            "server, or the offline engine.",
    )


def cut_off_error(config: EngineConfig) -> EngineError:
    return EngineError(
        f"The AI model ({config.model}) stopped mid-reply: it reached its length limit.",
        fix="Try again with a shorter input, or use a model with a larger context or output limit.",
    )


def scrub(text: str, config: EngineConfig) -> str:
    """`text` without the configured key or anything shaped like an API key."""
    key = config.api_key.get_secret_value()
    if key:
        text = text.replace(key, "***")
    return _KEYLIKE.sub("***", text)


def _server_message(exc: Exception) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
        return str(message or "")
    return ""
