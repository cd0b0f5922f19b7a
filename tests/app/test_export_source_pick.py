"""What the Export page offers: resumes labelled by posting, the drafts Tailor keeps (after a reload),
and download names that say which posting a file is for."""

from __future__ import annotations

import pytest
from app_runner import open_page, put_tailored, start_app
from tailor_banks import make_bank, make_posting

from resume_core.bank.model import Posting, Snapshot
from resume_core.storage.store import open_store
from resume_fixtures import load_tailored

pytestmark = pytest.mark.timeout(180)


@pytest.fixture
def store(workspace):
    store = open_store("local", str(workspace))
    store.save_bank(make_bank(), None)
    store.save_posting(make_posting(), None)
    store.save_posting(Posting(id="pst-lendo", company="Lendo", title="Site Reliability Engineer"), None)
    return store


def draft(store, posting_id: str, created: str, template: str = "classic"):
    resume = load_tailored().model_copy(update={"posting_id": posting_id})
    store.save_tailored_draft(Snapshot(id="snp-draft", posting_id=posting_id, created=created,
                                       template=template, note="reviewed", resume=resume))
    return resume


def shown(at) -> str:
    return "\n".join([c.value for c in at.caption] + [s.value for s in at.success] + [e.value for e in at.error])


def source_labels(at) -> list[str]:
    return at.selectbox(key="export_source").options


@pytest.fixture
def file_names(monkeypatch) -> list[str]:
    """The file names of the downloads whose bytes are made up front (PDF, Markdown)."""
    from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage

    names: list[str] = []
    original = MemoryMediaFileStorage.load_and_get_id

    def record(self, path_or_data, mimetype, kind, filename=None):
        names.append(filename)
        return original(self, path_or_data, mimetype, kind, filename)

    monkeypatch.setattr(MemoryMediaFileStorage, "load_and_get_id", record)
    return names


def test_after_a_reload_the_kept_drafts_are_offered_last_changed_first(store):
    draft(store, "pst-target", "2026-11-24T09:00:00+00:00", template="compact")
    draft(store, "pst-lendo", "2026-11-25T10:30:00+00:00", template="modern")
    at = open_page(start_app(), "export")  # a new session: nothing on the Tailor page
    assert not at.exception
    assert "No resume on the Tailor page" not in shown(at) and "There is no tailored resume" not in shown(at)
    labels = source_labels(at)
    assert labels[0].startswith("Tailored for Site Reliability Engineer at Lendo")
    assert labels[1].startswith("Tailored for Platform Engineer at Acme")
    assert at.selectbox(key="export_template").value == "modern"  # the template Tailor last used for it
    assert "PDF check passed" in shown(at)


def test_the_resume_on_the_tailor_page_is_labelled_by_its_posting_and_names_the_files(store, file_names):
    at = start_app()
    put_tailored(at, load_tailored().model_copy(update={"posting_id": "pst-lendo"}))
    open_page(at, "export")
    assert not at.exception
    assert source_labels(at)[0] == "Tailored for Site Reliability Engineer at Lendo (on the Tailor page)"
    assert "jordan-rivera-lendo-site-reliability-engineer.pdf" in file_names
    assert "jordan-rivera-lendo-site-reliability-engineer.md" in file_names


# The draft of the posting on the Tailor page is not offered twice: tests/output/test_export_sources.py.


def test_the_picked_source_stays_picked_after_another_page(store):
    draft(store, "pst-lendo", "2026-11-25T10:30:00+00:00")
    draft(store, "pst-target", "2026-11-24T09:00:00+00:00")
    at = open_page(start_app(), "export")
    at.selectbox(key="export_source").set_value("draft:pst-target").run()
    open_page(at, "settings")
    open_page(at, "export")
    assert at.selectbox(key="export_source").value == "draft:pst-target"
