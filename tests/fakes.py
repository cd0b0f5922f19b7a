"""A fake engine with queued replies, for page and flow tests.

    engine = FakeEngine(chat=["Which part was yours?"], extract=[MyModel(...)], summaries=["..."])

Each call takes the next queued item: a string (chat and summaries), a pydantic instance (extract),
or an exception instance, which is raised instead (for chat, after streaming `partial` if given as
`(partial_text, exc)`). With a queue empty, the call falls back to the offline answer the request
or conversation carries, so a test only queues what it cares about. Every call is recorded in
`calls` as (operation, prompt name, request or conversation).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from resume_core.engines.base import Conversation, Engine, ExtractRequest, M
from resume_core.engines.offline import OfflineEngine


class FakeEngine(Engine):
    name = "fake"
    offline = False

    def __init__(
        self, chat: Iterable[Any] = (), extract: Iterable[Any] = (), summaries: Iterable[Any] = ()
    ) -> None:
        self.chat = deque(chat)
        self.extracts = deque(extract)
        self.summaries = deque(summaries)
        self.calls: list[tuple[str, str, Any]] = []
        self._offline = OfflineEngine()

    def chat_turn(self, conversation: Conversation) -> Iterator[str]:
        self.calls.append(("chat_turn", conversation.prompt, conversation))
        if not self.chat:
            yield from self._offline.chat_turn(conversation)
            return
        item = self.chat.popleft()
        if isinstance(item, tuple):
            partial, exc = item
            yield from partial.split(" ") if partial else []
            raise exc
        if isinstance(item, BaseException):
            raise item
        for i, word in enumerate(item.split(" ")):
            yield word if i == 0 else " " + word

    def extract(self, request: ExtractRequest[M]) -> M:
        self.calls.append(("extract", request.prompt, request))
        if not self.extracts:
            return self._offline.extract(request)
        item = self.extracts.popleft()
        if isinstance(item, BaseException):
            raise item
        return request.schema.model_validate(item.model_dump(by_alias=True) if hasattr(item, "model_dump") else item)

    def summarise(self, conversation: Conversation) -> str:
        self.calls.append(("summarise", conversation.prompt, conversation))
        if not self.summaries:
            return self._offline.summarise(conversation)
        item = self.summaries.popleft()
        if isinstance(item, BaseException):
            raise item
        return item
