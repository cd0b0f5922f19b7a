"""The offline engine: deterministic, no network, and the default.

It does not pretend to be a language model. Each request already carries its deterministic answer
(the feature's own offline logic, e.g. `resume_core.interview.questions`), and this engine returns it:
`extract` calls `request.offline()`, `chat_turn` streams `conversation.offline_reply(...)` word by
word, `summarise` returns `conversation.offline_summary(...)`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from resume_core.engines.base import Conversation, Engine, ExtractRequest, M

_CHUNK = re.compile(r"\S+\s*|\s+")


class OfflineEngine(Engine):
    name = "offline"
    offline = True

    def chat_turn(self, conversation: Conversation) -> Iterator[str]:
        if conversation.offline_reply is None:
            raise ValueError(f"conversation {conversation.prompt!r} has no offline_reply")
        reply = conversation.offline_reply(conversation.context, list(conversation.turns))
        # Word-sized chunks, so a streamed offline reply looks and behaves like a model's.
        yield from _CHUNK.findall(reply)

    def extract(self, request: ExtractRequest[M]) -> M:
        result = request.offline()
        if not isinstance(result, request.schema):
            raise TypeError(f"offline answer for {request.prompt!r} is a {type(result).__name__}, "
                            f"not a {request.schema.__name__}")
        return result

    def summarise(self, conversation: Conversation) -> str:
        if conversation.offline_summary is None:
            raise ValueError(f"conversation {conversation.prompt!r} has no offline_summary")
        return conversation.offline_summary(conversation.context, list(conversation.turns))

    def __repr__(self) -> str:
        return "OfflineEngine()"
