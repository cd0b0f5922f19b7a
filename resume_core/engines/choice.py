"""Which engine answers: the visitor's choice on the Settings page, else the deployment's secrets, else
the environment, else the offline engine.

`EngineChoice` is what the Settings page keeps (never written to disk); `resolve_engine_config` applies
the precedence and returns the `EngineConfig` in force (None: offline); `engine_label` names it for
the sidebar.
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field

from resume_core.engines import EngineConfig, engine_config_from_env

ENGINE_KEYS = ("OPENAI_BASE_URL", "OPENAI_API_KEY", "TP_MODEL", "OPENAI_MODEL", "TP_TIMEOUT")


class EngineChoice(BaseModel):
    """The engine the visitor chose on the Settings page; the default (nothing chosen) defers to the
    deployment's secrets and environment."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    offline: bool = Field(False, description="Use the offline engine whatever the deployment configures.")
    base_url: str = ""
    model: str = ""
    api_key: str = Field("", repr=False)

    @property
    def is_set(self) -> bool:
        """Whether the visitor chose anything (offline, or a server)."""
        return self.offline or bool(self.base_url or self.model)


def resolve_engine_config(choice: EngineChoice, secrets: Mapping[str, str] | None = None,
                          environ: Mapping[str, str] | None = None) -> EngineConfig | None:
    """The EngineConfig in force: Settings > secrets > environment; None means the offline engine.

    `secrets` are the deployment's secrets (only the engine keys count; none or empty defers to the
    environment), `environ` the environment (`os.environ` when None). Raises `EngineError` for a bad
    TP_TIMEOUT in the secrets or environment."""
    if choice.offline:
        return None
    if choice.base_url or choice.model:
        return EngineConfig(base_url=choice.base_url, model=choice.model, api_key=choice.api_key)
    chosen = {key: str(secrets[key]) for key in ENGINE_KEYS if key in secrets} if secrets else {}
    return engine_config_from_env(chosen or environ)


def engine_label(config: EngineConfig | None) -> str:
    """'Offline engine' or 'model@host' for the sidebar."""
    if config is None:
        return "Offline engine"
    host = urlparse(config.effective_base_url).netloc or config.effective_base_url
    return f"{config.model or '(no model)'}@{host}"
