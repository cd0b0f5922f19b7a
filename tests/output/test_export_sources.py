"""What the Export page offers: the resume on the Tailor page, then the kept drafts (last changed first),
then snapshots, each labelled by its posting; an unreadable file is a problem, the others still export."""

from __future__ import annotations

import pytest
from resume_fixtures import load_tailored
from tailor_banks import make_bank, make_posting

from resume_core.output.export_sources import list_sources
from resume_core.handoffs import build_draft, posting_label
from resume_core.bank.model import Posting, Snapshot
from resume_core.storage.store import open_store


@pytest.fixture
def store(tmp_path):
    store = open_store("local", str(tmp_path / "workspace"))
    store.save_bank(make_bank(), None)
    store.save_posting(make_posting(), None)
    store.save_posting(Posting(id="pst-lendo", company="Lendo", title="Site Reliability Engineer"), None)
    return store


def resume_for(posting_id: str):
    return load_tailored().model_copy(update={"posting_id": posting_id})


def draft(store, posting_id: str, created: str, template: str = "classic"):
    kept = build_draft(resume_for(posting_id), template, reviewed=True).model_copy(update={"created": created})
    store.save_tailored_draft(kept)
    return kept


def test_a_posting_is_labelled_by_title_and_company_as_far_as_it_says():
    assert posting_label(Posting(id="pst-1", title="SRE", company="Lendo")) == "SRE at Lendo"
    assert posting_label(Posting(id="pst-1", company="Lendo")) == "Untitled posting at Lendo"
    assert posting_label(Posting(id="pst-1", title="SRE")) == "SRE"
    assert posting_label(None) == ""


def test_nothing_to_export_without_a_resume_draft_or_snapshot(store):
    assert list_sources(store, None).sources == []


def test_drafts_come_last_changed_first_with_the_template_they_were_kept_with(store):
    draft(store, "pst-target", "2026-11-24T09:00:00+00:00", template="compact")
    draft(store, "pst-lendo", "2026-11-25T10:30:00+00:00", template="modern")
    sources = list_sources(store, None).sources
    assert [s.label for s in sources] == [
        "Tailored for Site Reliability Engineer at Lendo (kept from the Tailor page, last changed 2026-11-25 10:30)",
        "Tailored for Platform Engineer at Acme (kept from the Tailor page, last changed 2026-11-24 09:00)",
    ]
    assert [(s.kind, s.template, s.key) for s in sources] == [("draft", "modern", "draft:pst-lendo"),
                                                              ("draft", "compact", "draft:pst-target")]


def test_the_resume_on_the_tailor_page_comes_first_and_its_draft_is_not_offered_twice(store):
    draft(store, "pst-lendo", "2026-11-25T10:30:00+00:00")
    draft(store, "pst-target", "2026-11-24T09:00:00+00:00")
    current = resume_for("pst-lendo")
    sources = list_sources(store, current).sources
    assert [s.kind for s in sources] == ["current", "draft"]
    assert sources[0].label == "Tailored for Site Reliability Engineer at Lendo (on the Tailor page)"
    assert sources[0].resume == current and sources[0].posting.id == "pst-lendo"
    assert "Acme" in sources[1].label
    # the resume on the Tailor page and its posting's draft share their Markdown edits
    assert sources[0].edit_name == "export:posting:pst-lendo"


def test_a_resume_whose_posting_is_gone_is_still_offered():
    current = resume_for("pst-deleted")
    store = open_store("session")
    [source] = list_sources(store, current).sources
    assert source.label == "The resume on the Tailor page" and source.posting is None


def test_snapshots_follow_with_their_note_and_their_own_edits(store):
    snap = Snapshot(id="snp-1", posting_id="pst-target", created="2026-11-20T08:00:00+00:00", template="modern",
                    note="sent 20 Nov", resume=resume_for("pst-target"))
    store.save_snapshot(snap)
    draft(store, "pst-target", "2026-11-24T09:00:00+00:00")
    sources = list_sources(store, None).sources
    assert [s.kind for s in sources] == ["draft", "snapshot"]
    assert sources[1].label == "Snapshot 2026-11-20 08:00 - Platform Engineer at Acme (sent 20 Nov)"
    assert (sources[1].key, sources[1].template, sources[1].edit_name) == ("snp-1", "modern", "export:snapshot:snp-1")


def test_an_unreadable_draft_is_a_problem_and_the_others_still_export(store):
    draft(store, "pst-target", "2026-11-24T09:00:00+00:00")
    draft(store, "pst-lendo", "2026-11-25T10:30:00+00:00")
    (store.root / "drafts" / "pst-lendo.xml").write_text("<broken", encoding="utf-8")
    listed = list_sources(store, None)
    assert [s.key for s in listed.sources] == ["draft:pst-target"]
    assert len(listed.problems) == 1 and listed.problems[0].fix
