"""A Big Resume holding text that cannot be encoded (a lone surrogate written with the app's own
escape, as an uploaded or hand-edited file can) still opens on every page (issue 16)."""

from __future__ import annotations

import pytest

from app_runner import open_page, start_app
from resume_core.storage.store import open_store
from resume_core.bank.xml_io import render_bank_xml
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


def test_pasting_megabytes_into_about_you_is_refused_with_the_field_named(app, workspace):
    """Issue 16: a 4.8 MB paste used to save ("Saved") a bank every page then refused to read."""
    from app_runner import click

    from resume_core.storage.store import LocalStore
    from resume_core.bank.xml_tree import MAX_XML_BYTES

    next(b for b in app.button if "Load sample" in b.label).click()
    app.run()
    before, version = LocalStore(workspace).load_bank()
    about = next(t for t in app.text_area if t.label.startswith("About you"))
    about.set_value("I build platforms. " * (MAX_XML_BYTES // 19 + 1000))
    click(app, "save-person")
    assert not app.exception, app.exception
    assert any("person.summary" in e.value for e in app.error)  # the message names the field
    assert not any("Saved" in t.value for t in app.toast)
    after, still = LocalStore(workspace).load_bank()
    assert still == version and after == before  # what was saved before is intact and readable
    assert len(about.value) > MAX_XML_BYTES  # the text stays in the field, to be shortened
