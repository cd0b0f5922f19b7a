"""Tolerant JSON extraction from model replies, and the strict schema form."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field

from resume_core.engines.json_reply import JsonReplyError, parse_json_reply, strict_json_schema


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1}',
        '```json\n{"a": 1}\n```',
        '```\n{"a": 1}\n```',
        'Sure! Here is the JSON you asked for:\n{"a": 1}\nLet me know if you need more.',
        'Thinking... {not json} then {"a": 1} and {"b": 2}',
    ],
)
def test_the_first_json_object_is_found(text):
    assert parse_json_reply(text) == {"a": 1}


def test_no_json_is_an_error_quoting_the_start():
    with pytest.raises(JsonReplyError, match="I cannot help"):
        parse_json_reply("I cannot help with that.")


class Inner(BaseModel):
    title: str = ""


class Outer(BaseModel):
    default: int = 3
    items: list[Inner] = Field(default_factory=list)


def test_strict_schema_requires_everything_and_forbids_extras():
    schema = strict_json_schema(Outer)
    assert schema["required"] == ["default", "items"] and schema["additionalProperties"] is False
    assert "default" not in schema["properties"]["default"]  # the keyword goes, the field stays
    inner = schema["$defs"]["Inner"]
    assert inner["required"] == ["title"] and inner["additionalProperties"] is False
