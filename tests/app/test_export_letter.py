"""Export page: the keyword check against the posting, and the cover letter drafted from the bank,
edited (saved in the workspace with the posting, shown again after a reload), checked and offered as PDF, Word and text."""

from __future__ import annotations

import pytest

from app_runner import open_page, put_tailored, start_app, use_engine
from resume_core.storage.store import open_store
from resume_core.tailoring.pipeline import tailor
from tailor_banks import make_bank, make_posting

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def export_for_acme(workspace):
    store = open_store("local", str(workspace))
    store.save_bank(make_bank(), None)
    store.save_posting(make_posting(), None)
    at = start_app()
    put_tailored(at, tailor(make_bank(), make_posting(), today="2026-11-25").resume)
    return open_page(at, "export")


def test_the_cover_letter_is_drafted_for_the_posting_and_edits_are_flagged_and_kept(export_for_acme):
    at = export_for_acme
    assert not at.exception
    letter = at.text_area(key="tp_letter_pst-target")
    assert letter.value.startswith("I am applying for the Platform Engineer position at Acme.")
    assert "Every number, tool and name in the letter is in your Big Resume or the posting." in [s.value for s in at.success]
    labels = [button.label for button in at.get("download_button")]
    assert {"Cover letter PDF", "Cover letter Word", "Cover letter text"} <= set(labels)
    letter.set_value(letter.value + "\n\nAt Zyxcorp I saved 45%.").run()
    warning = "\n".join(w.value for w in at.warning)
    assert "'Zyxcorp' is not in your Big Resume" in warning and "'45%'" in warning
    open_page(at, "settings")
    open_page(at, "export")
    assert at.text_area(key="tp_letter_pst-target").value.endswith("At Zyxcorp I saved 45%.")


def test_the_edited_letter_is_saved_with_the_posting_and_shown_after_a_reload(export_for_acme, workspace):
    at = export_for_acme
    letter = at.text_area(key="tp_letter_pst-target")
    letter.set_value("Dear Acme team,\n\nI ran Kubernetes clusters for years.\n\nKind regards").run()
    assert not at.exception
    store = open_store("local", str(workspace))
    assert store.load_cover_letter("pst-target").startswith("Dear Acme team,")

    reloaded = start_app()  # a new browser session: nothing of the old one is left
    put_tailored(reloaded, tailor(make_bank(), make_posting(), today="2026-11-25").resume)
    open_page(reloaded, "export")
    assert reloaded.text_area(key="tp_letter_pst-target").value.startswith("Dear Acme team,")

    reloaded.button(key="letter_redraft").click().run()  # back to the draft from the bank
    assert not reloaded.exception
    assert reloaded.text_area(key="tp_letter_pst-target").value.startswith("I am applying for the Platform Engineer")
    assert store.load_cover_letter("pst-target") is None


def test_the_keyword_check_lists_the_posting_terms(export_for_acme):
    at = export_for_acme
    label = next(e.label for e in at.expander if e.label.startswith("Keyword check"))
    assert "posting terms on the page as written" in label
    table = next(t.value for t in at.table if "on the page" in t.value.columns)
    assert "Kubernetes" in list(table.index)


def test_the_tailor_page_shows_the_keyword_check_too(export_for_acme):
    at = export_for_acme
    open_page(at, "tailor")
    assert not at.exception
    assert any(e.label.startswith("Keyword check") for e in at.expander)


def test_an_ai_letter_fills_the_editor_and_its_invented_claims_are_flagged(workspace):
    from fakes import FakeEngine

    store = open_store("local", str(workspace))
    store.save_bank(make_bank(), None)
    store.save_posting(make_posting(), None)
    at = start_app()
    use_engine(at, FakeEngine(extract=[
        {"paragraphs": ["I want the Platform Engineer role at Acme.", "At Zyxcorp I cut costs by 45%.", "Thanks."]}]))
    put_tailored(at, tailor(make_bank(), make_posting(), today="2026-11-25").resume)
    open_page(at, "export")
    at.button(key="letter_ai").click().run()
    assert not at.exception
    assert at.text_area(key="tp_letter_pst-target").value.startswith("I want the Platform Engineer role at Acme.")
    warning = "\n".join(w.value for w in at.warning)
    assert "'Zyxcorp' is not in your Big Resume" in warning and "'45%'" in warning
