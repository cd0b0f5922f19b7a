"""Fixture resumes shared by the importer tests (see tests/fixtures/resumes/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "resumes"


def dotin() -> dict[str, dict]:
    """The real CVs, by id, with their labelled entities."""
    rows = [json.loads(line) for line in (FIXTURES / "dotin_sample.jsonl").read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row for row in rows}


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()
