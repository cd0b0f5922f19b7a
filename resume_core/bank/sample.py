"""The sample Big Resume shipped with the app (data/sample_bank.xml), for demos, tests and first runs."""

from __future__ import annotations

from pathlib import Path

from resume_core.bank.model import Bank
from resume_core.bank.xml_io import parse_bank_xml

SAMPLE_BANK_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "sample_bank.xml"


def load_sample_bank() -> Bank:
    """The sample bank, parsed fresh on every call so callers may change their copy."""
    return parse_bank_xml(SAMPLE_BANK_PATH.read_bytes())
