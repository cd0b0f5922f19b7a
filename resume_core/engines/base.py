"""The one engine interface every feature uses.

An engine does three things: take a chat turn (streamed), extract structured data into a pydantic
model, and summarise a conversation. `OfflineEngine` does all three deterministically without a
network; `OpenAIEngine` asks any OpenAI-compatible server. Features never branch on the engine's
class: they build a request that carries both the prompt (for a model) and the deterministic
answer (for the offline engine), and the engine decides which to use.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from resume_core.bank.model import Turn

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class ExtractRequest(Generic[M]):
    """Ask for one `schema` instance.

    `prompt` names a template in `resume_core.prompts`, filled with `variables`; `offline` computes
    the deterministic answer (used by the offline engine, and by features as their fallback).
    """

    prompt: str
    variables: Mapping[str, Any]
    schema: type[M]
    offline: Callable[[], M]


@dataclass
class Conversation:
    """A chat in progress: the prompt that frames it, the turns so far, and facts for the offline engine.

    `context` is whatever the feature's offline logic needs (for the interview: the job, its
    accomplishments and skills, the posting gaps); `offline_reply` turns the context and turns into
    the next assistant message, and `offline_summary` into a summary. A model summarises with the
    template `summary_prompt`, given the transcript as `$transcript` and those of `variables` it
    declares.
    """

    prompt: str
    variables: Mapping[str, Any]
    turns: list[Turn] = field(default_factory=list)
    context: Any = None
    offline_reply: Callable[[Any, list[Turn]], str] | None = None
    offline_summary: Callable[[Any, list[Turn]], str] | None = None
    summary_prompt: str = "summarise_interview"


class Engine(ABC):
    """What every engine offers. Errors the user can act on are raised as `EngineError`."""

    name: str = "engine"
    offline: bool = False

    @abstractmethod
    def chat_turn(self, conversation: Conversation) -> Iterator[str]:
        """Stream the next assistant message of `conversation`, chunk by chunk."""

    @abstractmethod
    def extract(self, request: ExtractRequest[M]) -> M:
        """Return a validated instance of `request.schema`."""

    @abstractmethod
    def summarise(self, conversation: Conversation) -> str:
        """Summarise the conversation in the user's own terms."""
