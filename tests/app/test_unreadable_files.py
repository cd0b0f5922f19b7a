"""Broken files, settings and data never crash a page: each page says what is wrong and what to do.

A corrupt posting file, a corrupt bank.xml, a bad TP_TIMEOUT or TP_STORAGE: every page shows the
problem with its fix (and the pages keep working where they can) instead of a traceback.
"""

from __future__ import annotations

import pytest

from app_runner import open_page, put_tailored, start_app
from resume_core.storage.store import open_store
from tailor_banks import make_bank, make_posting

pytestmark = pytest.mark.timeout(120)

PAGES = ["big_resume", "interview", "posting_analysis", "tailor", "export", "settings"]


def shown(at) -> str:
    """Errors, warnings and infos as the user reads them (markdown escapes removed)."""
    return "\n".join(e.value for kind in (at.error, at.warning, at.info) for e in kind).replace("\\", "")


@pytest.fixture
def broken_posting(workspace):
    store = open_store("local", str(workspace))
    store.save_bank(make_bank(), None)
    store.save_posting(make_posting(), None)
    (workspace / "postings" / "pst-broken.xml").write_text("<posting><unclosed", encoding="utf-8")
    return store


@pytest.mark.parametrize("page", PAGES)
def test_a_corrupt_posting_file_is_named_with_its_fix_and_the_others_still_work(broken_posting, page):
    at = open_page(start_app(), page)
    assert not at.exception, at.exception
    if page in ("posting_analysis", "tailor", "export", "interview"):
        assert "pst-broken.xml" in shown(at) and "delete that file" in shown(at)
    if page in ("posting_analysis", "tailor"):
        picker = at.selectbox(key="posting_pick" if page == "posting_analysis" else "tailor_posting")
        assert picker.options == ["Platform Engineer at Acme"], "the readable posting is still there"


@pytest.mark.parametrize("page", PAGES)
def test_a_corrupt_bank_points_to_the_repair(workspace, page):
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / "bank.xml").write_text("<bank><job>", encoding="utf-8")
    at = open_page(start_app(), page)
    assert not at.exception, at.exception
    if page in ("interview", "tailor", "big_resume"):
        assert "bank.xml" in shown(at)
    if page in ("interview", "tailor"):
        assert "Big Resume page" in shown(at)


@pytest.mark.parametrize("value", ["soon", "-5"])
def test_a_bad_timeout_shows_the_fix_and_the_app_runs_offline(monkeypatch, value):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    monkeypatch.setenv("TP_MODEL", "m")
    monkeypatch.setenv("TP_TIMEOUT", value)
    at = start_app()
    assert not at.exception, at.exception
    assert "TP_TIMEOUT" in shown(at)
    sidebar = "\n".join(c.value for c in at.sidebar.caption)
    assert "Offline engine" in sidebar
    open_page(at, "posting_analysis")
    assert not at.exception, at.exception


def test_an_unknown_storage_mode_is_explained(monkeypatch):
    monkeypatch.setenv("TP_STORAGE", "cloud")
    at = start_app()
    assert not at.exception, at.exception
    assert "TP_STORAGE" in shown(at)


def export_page(resume):
    at = start_app()
    put_tailored(at, resume)
    return open_page(at, "export")


def test_a_pdf_that_cannot_be_made_shows_the_error_and_stops(monkeypatch):
    import resume_core.output.export as export
    from resume_core.errors import UserError
    from resume_fixtures import load_tailored

    def refuse(*args, **kwargs):
        raise UserError("The PDF could not be laid out.", "Pick another template.")

    monkeypatch.setattr(export, "export_pdf", refuse)
    at = export_page(load_tailored())
    assert not at.exception, at.exception
    assert "could not be laid out" in shown(at) and "Pick another template." in shown(at)


def test_a_malformed_email_is_left_out_of_json_resume_with_a_warning():
    from resume_fixtures import load_tailored

    resume = load_tailored()
    resume = resume.model_copy(update={"person": resume.person.model_copy(update={"email": "jordan at example dot com"})})
    at = export_page(resume)
    assert not at.exception, at.exception
    assert "basics.email was left out" in shown(at) and "Big Resume" in shown(at)


def test_export_with_a_corrupt_bank_still_exports_the_resume_but_not_the_bank(workspace):
    from resume_fixtures import load_tailored

    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / "bank.xml").write_text("<bank><job>", encoding="utf-8")
    at = export_page(load_tailored())
    assert not at.exception, at.exception
    assert "bank.xml" in shown(at) and "Big Resume page" in shown(at)
    buttons = {b.proto.label: b for b in at.get("download_button")}
    assert buttons["Big Resume XML"].proto.disabled and not buttons["PDF"].proto.disabled
