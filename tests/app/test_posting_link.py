"""Posting Analysis: a link to a Greenhouse page (served on loopback) fills the add form, and saving
analyses it as usual."""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from app_runner import open_page, start_app

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "postings_html"
pytestmark = pytest.mark.timeout(120)


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def pages_url():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(PAGES)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_link_fills_the_form_and_saving_analyses_it(pages_url):
    at = open_page(start_app(), "posting_analysis")
    at.text_input(key="posting_link").set_value(f"{pages_url}/greenhouse.html").run()
    at.button(key="posting_link_read").click().run()
    assert not at.exception
    assert at.text_input(key="posting_add_title").value == "Senior Site Reliability Engineer"
    assert at.text_input(key="posting_add_company").value == "Harborlight"
    assert "Run and evolve our Amazon EKS clusters" in at.text_area(key="posting_add_text").value
    next(b for b in at.get("form_submit_button") if b.label == "Save and analyze").click().run()
    assert not at.exception
    assert "Senior Site Reliability Engineer at Harborlight" in at.selectbox(key="posting_pick").options


def test_a_link_that_cannot_be_read_says_what_to_do(pages_url):
    at = open_page(start_app(), "posting_analysis")
    at.text_input(key="posting_link").set_value(f"{pages_url}/missing.html").run()
    at.button(key="posting_link_read").click().run()
    assert not at.exception
    assert any("answered 404" in e.value for e in at.error)


def test_the_applications_list_saves_an_applied_date_and_offers_a_csv(workspace):
    from resume_core.bank.model import Posting
    from resume_core.storage.store import open_store

    store = open_store("local", str(workspace))
    store.save_posting(Posting(id="pst-a", title="SRE", company="Lendo", text="x"), None)
    at = open_page(start_app(), "posting_analysis")
    assert not at.exception
    assert any(e.label == "📋 Applications: 0 of 1 applied" for e in at.expander)
    assert any(b.label == "Download CSV" for b in at.get("download_button"))
    at.session_state["applications_table"] = {"edited_rows": {0: {"applied_date": "2026-12-01", "status": "applied"}},
                                              "added_rows": [], "deleted_rows": []}
    at.button(key="applications_save").click().run()
    assert not at.exception
    assert any(e.label == "📋 Applications: 1 of 1 applied" for e in at.expander)
