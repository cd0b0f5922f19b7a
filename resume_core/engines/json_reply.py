"""Getting one JSON object out of a model's reply, and the strict schema that asks for it.

Small local models wrap JSON in code fences, add a sentence before it, or trail off after it;
`parse_json_reply` finds the first complete JSON object in such text. `strict_json_schema` turns a
pydantic model's schema into the form OpenAI's strict structured output accepts (every property
required, no additional properties, no defaults).
"""

from __future__ import annotations

import json
import re
from typing import Any

from pydantic import BaseModel

_FENCE = re.compile(r"```(?:json|JSON)?\s*\n?(.*?)```", re.DOTALL)


class JsonReplyError(ValueError):
    """The reply holds no JSON object."""


def parse_json_reply(text: str) -> Any:
    """The first JSON object in `text`: whole text, then fenced blocks, then any `{...}` inside prose."""
    text = text.strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    for block in _FENCE.findall(text):
        try:
            return json.loads(block.strip())
        except json.JSONDecodeError:
            continue
    decoder = json.JSONDecoder()
    for match in re.finditer(r"[{\[]", text):
        try:
            value, _ = decoder.raw_decode(text, match.start())
        except json.JSONDecodeError:
            continue
        return value
    snippet = text[:80] + ("..." if len(text) > 80 else "")
    raise JsonReplyError(f"no JSON object found in the reply (it began: {snippet!r})")


def strict_json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """`schema`'s JSON schema in OpenAI strict form."""
    return _strict(schema.model_json_schema())


def _strict(node: Any) -> Any:
    if isinstance(node, list):
        return [_strict(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _strict(value) for key, value in node.items() if key not in ("default", "title")}
    if "properties" in node:
        # Keep property names even when a field is literally called "title" or "default".
        out["properties"] = {key: _strict(value) for key, value in node["properties"].items()}
    if out.get("type") == "object" or "properties" in out:
        out["additionalProperties"] = False
        out["required"] = list(out.get("properties", {}))
    return out
