"""The ground every domain type stands on: the strict base model, stable ids and ISO dates.

`Strict` forbids unknown fields and validates assignments; `ItemId` and `IsoDate` are the checked string
types of ids and dates; `new_id` makes a fresh id of a kind, `now_iso` the timestamp format used everywhere.
Re-exported by `resume_core.bank.model`, which is where callers import them from.
"""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timezone
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict
from pydantic.alias_generators import to_camel

SCHEMA_VERSION = 3
"""Version of the Big Resume XML written by this code (see `migrations.py`)."""

_ISO_DATE = re.compile(r"^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?$")
# \Z, not $: "$" also accepts a trailing newline, and ids become file names.
_ID = re.compile(r"\A[a-z][a-z0-9]*(-[a-z0-9]+)+\Z")


def _check_date(value: str) -> str:
    value = value.strip()
    if not _ISO_DATE.match(value):
        raise ValueError(
            f"{value!r} is not an ISO date: write 2021, 2021-03 or 2021-03-15, or leave it empty for 'present'"
        )
    return value


def _check_id(value: str) -> str:
    if not _ID.match(value):
        raise ValueError(
            f"{value!r} is not a valid id: use a lowercase prefix and a suffix, like 'acc-3f9a1b2c'"
        )
    return value


IsoDate = Annotated[str, AfterValidator(_check_date)]
"""`2021`, `2021-03`, `2021-03-15`, or empty (for an end date: "present")."""

ItemId = Annotated[str, AfterValidator(_check_id)]
"""A stable id: a kind prefix and a random suffix, such as `job-1a2b3c4d`."""

ID_PREFIXES = {
    "job": "job",
    "project": "prj",
    "skill": "skl",
    "accomplishment": "acc",
    "anecdote": "anc",
    "education": "edu",
    "certificate": "crt",
    "award": "awd",
    "patent": "pat",
    "publication": "pub",
    "posting": "pst",
    "requirement": "req",
    "snapshot": "snp",
}


def new_id(kind: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A fresh id for an item of `kind` (a key of `ID_PREFIXES`) that is not in `taken`."""
    prefix = ID_PREFIXES[kind]
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if candidate not in taken:
            return candidate


def now_iso() -> str:
    """The current UTC time as an ISO timestamp with seconds, the format of every timestamp here."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class Strict(BaseModel):
    """Base of every domain type: unknown fields are errors, assignments are validated."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        alias_generator=to_camel,
        validate_by_name=True,
        validate_by_alias=True,
        str_strip_whitespace=False,
    )
