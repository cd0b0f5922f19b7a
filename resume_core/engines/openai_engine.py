"""The engine for any OpenAI-compatible chat-completions server (OpenAI, Ollama, LM Studio, vLLM, llama.cpp).

The `openai` package is imported on first use (about 1 s). The client gets explicit timeouts and
`max_retries=0`; this module retries a rate limit (429) itself, honouring Retry-After up to a cap.
Structured output asks for a strict JSON schema, falls back to JSON mode and then to plain text
(remembering what the server supports), and validates every reply against the pydantic schema with
one corrective retry. Every failure becomes an `EngineError` with a fix; the key never appears in
one (server text is scrubbed, and the SDK exception is not chained). The engine never changes the
conversation it is given: a failed or cut-off reply leaves the transcript as it was. On a shared
deployment it calls only public https servers and follows no redirects (`url_guard`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import ValidationError

from resume_core.engines import EngineConfig
from resume_core.engines.base import Conversation, Engine, ExtractRequest, M
from resume_core.engines.json_reply import JsonReplyError, parse_json_reply, strict_json_schema
from resume_core.engines.server_errors import cut_off_error, engine_error, malformed_reply_error, scrub
from resume_core.engines.url_guard import check_server_url, shared_deployment
from resume_core.errors import EngineError
from resume_core.bank.model import Turn
from resume_core.prompts import prompt_variables, render_prompt

T = TypeVar("T")
MODES = ("json_schema", "json_object", "text")


class OpenAIEngine(Engine):
    name = "openai"
    offline = False

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.mode = MODES[0]  # steps down when the server rejects a response_format
        self._client: Any = None
        self._sleep: Callable[[float], None] = time.sleep

    def __repr__(self) -> str:
        return f"OpenAIEngine(model={self.config.model!r}, base_url={self.config.effective_base_url!r})"

    # --- the three operations ---------------------------------------------------------------

    def chat_turn(self, conversation: Conversation) -> Iterator[str]:
        messages = _chat_messages(render_prompt(conversation.prompt, **conversation.variables), conversation.turns)
        stream = self._call(lambda: self._create(messages, stream=True))
        finish = None
        got_text = False
        errors = self._errors()
        try:
            for chunk in stream:
                for choice in chunk.choices:  # the usage chunk has no choices
                    if choice.delta and choice.delta.content:
                        got_text = True
                        yield choice.delta.content
                    finish = choice.finish_reason or finish
        except errors as exc:
            raise self._error(exc, midway=got_text) from None
        except (ValueError, TypeError, KeyError, AttributeError):  # an event that is not JSON, or not a chunk
            raise malformed_reply_error(self.config) from None
        finally:
            stream.close()  # also when the caller stops reading early: free the connection
        if finish == "length":
            raise self._cut_off()

    def extract(self, request: ExtractRequest[M]) -> M:
        messages = render_prompt(request.prompt, **request.variables)
        problem = ""
        for _attempt in range(2):  # the reply, then one corrective retry
            reply = self._complete_json(messages, request.schema)
            try:
                return request.schema.model_validate(parse_json_reply(reply))
            except (JsonReplyError, ValidationError) as exc:
                problem = self._scrub(str(exc))[:1500]
            messages = [
                *messages,
                {"role": "assistant", "content": reply},
                {
                    "role": "user",
                    "content": f"That reply could not be used: {problem}\n"
                    "Reply again with only one JSON object that matches the schema, and nothing else.",
                },
            ]
        raise EngineError(
            f"The AI model ({self.config.model}) twice replied with JSON that does not fit the expected "
            f"format: {problem[:300]}",
            fix="Try again, pick a larger model in Settings, or switch to the offline engine.",
        )

    def summarise(self, conversation: Conversation) -> str:
        declared = set(prompt_variables(conversation.summary_prompt))
        variables = {k: v for k, v in conversation.variables.items() if k in declared}
        if "transcript" in declared:
            variables["transcript"] = render_transcript(conversation.turns)
        messages = render_prompt(conversation.summary_prompt, **variables)
        response = self._call(lambda: self._create(messages))
        text, finish = _first_choice(response)
        if finish == "length":
            raise self._cut_off()
        if not text.strip():
            raise EngineError(
                f"The AI model ({self.config.model}) returned an empty summary.",
                fix="Try again, or write the summary yourself: your transcript is saved.",
            )
        return text.strip()

    # --- calling the server -----------------------------------------------------------------

    def _complete_json(self, messages: list[dict], schema: type[M]) -> str:
        while True:
            extra: dict[str, Any] = {}
            sent = messages
            if self.mode == "json_schema":
                name = re.sub(r"[^A-Za-z0-9_-]", "_", schema.__name__)[:64]
                extra["response_format"] = {
                    "type": "json_schema",
                    "json_schema": {"name": name, "schema": strict_json_schema(schema), "strict": True},
                }
            else:
                if self.mode == "json_object":
                    extra["response_format"] = {"type": "json_object"}
                sent = [*messages, {"role": "system", "content": _schema_instruction(schema)}]
            try:
                response = self._call(lambda: self._create(sent, **extra), structured=True)
            except _Unsupported:
                self.mode = MODES[MODES.index(self.mode) + 1]
                continue
            text, finish = _first_choice(response)
            if finish == "length":
                raise self._cut_off()
            return text

    def _create(self, messages: list[dict], **extra: Any) -> Any:
        return self.client.chat.completions.create(model=self.config.model, messages=messages, **extra)

    @property
    def client(self) -> Any:
        if self._client is None:
            check_scheme(self.config.effective_base_url)
            shared = shared_deployment()
            check_server_url(self.config.effective_base_url, shared=shared)
            openai = _openai()
            self._client = openai.OpenAI(
                base_url=self.config.effective_base_url,
                api_key=self.config.effective_key,
                timeout=openai.Timeout(self.config.timeout, connect=self.config.connect_timeout),
                max_retries=0,
                # Shared deployment: a checked public server must not redirect us to a private one.
                **({"http_client": openai.DefaultHttpxClient(follow_redirects=False)} if shared else {}),
            )
        return self._client

    def _call(self, send: Callable[[], T], structured: bool = False) -> T:
        """`send()`, retrying rate limits; SDK errors become EngineError.

        With `structured`, a 400/422 while a response_format is in use raises `_Unsupported` instead,
        so the caller can step down to a mode the server accepts.
        """
        if not self.config.model:
            raise EngineError(
                f"No model name is set for {self.config.effective_base_url}.",
                fix="Enter a model in Settings (Test connection lists them) or set TP_MODEL.",
            )
        openai = _openai()
        for attempt in range(self.config.max_retries + 1):
            try:
                return send()
            except openai.RateLimitError as exc:
                wait = _retry_after(exc.response, attempt)
                if attempt == self.config.max_retries or wait > self.config.max_retry_wait:
                    raise self._error(exc, waited=attempt) from None
                self._sleep(wait)
            except (openai.BadRequestError, openai.UnprocessableEntityError) as exc:
                if structured and self.mode != MODES[-1]:
                    raise _Unsupported() from None
                raise self._error(exc) from None
            except self._errors() as exc:
                raise self._error(exc) from None
        raise AssertionError("unreachable")  # pragma: no cover

    # --- errors -----------------------------------------------------------------------------

    def _errors(self) -> tuple[type[Exception], ...]:
        # The SDK wraps transport failures, also those in the middle of a stream, in APIError.
        return (_openai().APIError,)

    def _error(self, exc: Exception, midway: bool = False, waited: int = 0) -> EngineError:
        return engine_error(exc, self.config, _openai(), midway=midway, tries=waited + 1)

    def _cut_off(self) -> EngineError:
        return cut_off_error(self.config)

    def _scrub(self, text: str) -> str:
        return scrub(text, self.config)


class _Unsupported(Exception):
    """The server rejected the response_format: step down to the next structured-output mode."""


def test_connection(config: EngineConfig) -> str:
    """List the server's models (or, if it cannot, run a tiny completion) and say what was found."""
    engine = OpenAIEngine(config)
    openai = _openai()
    url = config.effective_base_url
    try:
        names = sorted(m.id for m in engine.client.models.list())
    except openai.NotFoundError:
        names = []
    except engine._errors() as exc:
        raise engine._error(exc) from None
    if names and config.model and config.model not in names:
        raise EngineError(
            f"Connected to {url}, but it does not list the model {config.model!r}.",
            fix=f"Pick one of: {', '.join(names[:15])}.",
        )
    if names and not config.model:
        return f"Connected to {url}. Pick a model: {', '.join(names[:15])}."
    if names:
        return f"Connected to {url}: model {config.model!r} is available ({len(names)} models listed)."
    response = engine._call(lambda: engine._create([{"role": "user", "content": "Reply with the word OK."}]))
    reply, _ = _first_choice(response)
    return f"Connected to {url}: model {config.model!r} replied {reply.strip()[:40]!r}."


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def check_scheme(url: str) -> None:
    """Refuse a base URL the client cannot use ("localhost:11434/v1" would fail as a vague connection error)."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise EngineError(
            f"The base URL {url!r} does not start with http:// or https://.",
            fix="Start the URL with http:// (a server on this computer, e.g. http://localhost:11434/v1) "
                "or https:// (a server on the internet).",
        )


def render_transcript(turns: list[Turn]) -> str:
    """A transcript as plain text, one 'Interviewer:'/'User:' paragraph per turn."""
    return "\n\n".join(f"{'Interviewer' if t.role == 'assistant' else 'User'}: {t.text}" for t in turns)


def _chat_messages(prompt: list[dict[str, str]], turns: list[Turn]) -> list[dict[str, str]]:
    """Prompt then transcript, with consecutive same-role messages joined: some local chat
    templates (Mistral, Llama 2) reject a conversation whose roles do not alternate."""
    out: list[dict[str, str]] = []
    for message in [*prompt, *({"role": t.role, "content": t.text} for t in turns)]:
        if out and out[-1]["role"] == message["role"] != "system":
            out[-1] = {"role": message["role"], "content": out[-1]["content"] + "\n\n" + message["content"]}
        else:
            out.append(dict(message))
    return out


def _schema_instruction(schema: type[Any]) -> str:
    import json

    return (
        "Reply with only one JSON object, no prose and no code fences, that matches this JSON schema:\n"
        + json.dumps(schema.model_json_schema(), separators=(",", ":"))
    )


def _first_choice(response: Any) -> tuple[str, str | None]:
    if not response.choices:
        return "", None
    choice = response.choices[0]
    return (choice.message.content or ""), choice.finish_reason


def _retry_after(response: Any, attempt: int) -> float:
    """Seconds the server asks us to wait (Retry-After / retry-after-ms), else exponential backoff."""
    headers = response.headers
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value:
            try:
                return max(0.0, float(value) * scale)
            except ValueError:
                continue  # an HTTP date: fall back to backoff
    return 0.5 * 2**attempt


def _openai() -> Any:
    import openai

    return openai
