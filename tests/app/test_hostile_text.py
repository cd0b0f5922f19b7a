"""A Big Resume holding text that cannot be encoded (a lone surrogate written with the app's own
escape, as an uploaded or hand-edited file can) still opens on every page (issue 16)."""

from __future__ import annotations

import pytest

from app_runner import open_page, start_app
from resume_core.store import open_store
from resume_core.xml_io import render_bank_xml
from tailor_banks import make_bank, make_posting

pytestmark = pytest.mark.timeout(120)

PAGES = ["big_resume", "interview", "posting_analysis", "tailor", "export", "settings"]


@pytest.fixture
def surrogate_bank(workspace):
    store = open_store("local", str(workspace))
    bank = make_bank()
    store.save_bank(bank, None)
    store.save_posting(make_posting(), None)
    # The file as a hostile upload leaves it: the escape for U+D800 in the person's name.
    xml = render_bank_xml(bank).replace(f"<name>{bank.person.name}</name>", f"<name>{bank.person.name} \u241bd800;</name>", 1)
    assert "\u241bd800;" in xml
    (workspace / "bank.xml").write_text(xml, encoding="utf-8")
    return store


@pytest.mark.parametrize("page", PAGES)
def test_a_bank_with_an_escaped_lone_surrogate_opens_on_every_page(surrogate_bank, page):
    at = open_page(start_app(), page)
    assert not at.exception, at.exception
    bank, _ = surrogate_bank.load_bank()
    assert bank.person.name.endswith("\ufffd")
    render_bank_xml(bank).encode("utf-8")  # and every export can write it
