"""The one fallback rule: when the AI server is unreachable or failing, every step continues offline.

`FallbackEngine` wraps the configured engine. Each request goes to it first; an `EngineError`
(refused connection, timeout, a 500, a key it rejects, JSON it cannot mend) is remembered in
`problem` and the same request is answered by the offline engine, which every request already
carries (`ExtractRequest.offline`, `Conversation.offline_reply`/`offline_summary`). A single failure
may be a hiccup, so the next step tries the server again; after two in a row it is left alone for
`pause` seconds, so a dead server costs two timeouts, not one per step. The first success clears
`problem`. A chat reply that breaks off after some text has been shown
cannot be taken back: that one raises, and the caller asks the offline engine itself
(`offline_reply`). The UI shows `problem` as a note, so the user always knows which engine answered.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from resume_core.engines.base import Conversation, Engine, ExtractRequest, M
from resume_core.engines.offline import OfflineEngine
from resume_core.errors import EngineError

PAUSE_SECONDS = 30.0
FAILURES_BEFORE_PAUSE = 2


class FallbackEngine(Engine):
    """`primary`, or the offline engine while `primary` fails."""

    def __init__(self, primary: Engine, pause: float = PAUSE_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.primary = primary
        self.offline_engine = OfflineEngine()
        self.pause = pause
        self.clock = clock
        self.problem: EngineError | None = None
        self.failed_at: float | None = None
        self.failures = 0  # in a row
        self.name = primary.name
        self.offline = primary.offline

    def __repr__(self) -> str:
        return f"FallbackEngine({self.primary!r})"

    @property
    def resting(self) -> bool:
        """Is the primary engine being left alone after a recent failure?"""
        return (self.failures >= FAILURES_BEFORE_PAUSE and self.failed_at is not None
                and self.clock() - self.failed_at < self.pause)

    def note(self) -> str:
        """What to tell the user while the offline engine answers in the server's place ('' if it is not)."""
        if self.problem is None:
            return ""
        message = self.problem.message.strip()
        message = message if message.endswith((".", "!", "?", ")")) else message + "."
        return f"{message} The offline engine answered instead, and will until the server works again. {self.problem.fix}"

    def record_failure(self, error: EngineError) -> None:
        """A failure the caller met (a reply cut off mid-way, an empty one): answer offline for a while."""
        self._failed(error)

    def _failed(self, error: EngineError) -> None:
        self.problem = error
        self.failed_at = self.clock()
        self.failures += 1

    def _succeeded(self) -> None:
        self.problem = None
        self.failed_at = None
        self.failures = 0

    def chat_turn(self, conversation: Conversation) -> Iterator[str]:
        if self.resting:
            yield from self.offline_engine.chat_turn(conversation)
            return
        started = False
        try:
            for chunk in self.primary.chat_turn(conversation):
                started = True
                yield chunk
        except EngineError as error:
            self._failed(error)
            if started:
                raise  # text already shown cannot be unsaid: the caller continues offline
            yield from self.offline_engine.chat_turn(conversation)
            return
        self._succeeded()

    def extract(self, request: ExtractRequest[M]) -> M:
        if not self.resting:
            try:
                result = self.primary.extract(request)
            except EngineError as error:
                self._failed(error)
            else:
                self._succeeded()
                return result
        return self.offline_engine.extract(request)

    def summarise(self, conversation: Conversation) -> str:
        if not self.resting:
            try:
                result = self.primary.summarise(conversation)
            except EngineError as error:
                self._failed(error)
            else:
                self._succeeded()
                return result
        return self.offline_engine.summarise(conversation)


def with_fallback(engine: Engine) -> Engine:
    """`engine` under the fallback rule; the offline engine needs none."""
    if engine.offline or isinstance(engine, FallbackEngine):
        return engine
    return FallbackEngine(engine)
