"""Posting Analysis page: paste a posting, analyse it, edit its requirements, and find the edits again."""

from __future__ import annotations

import pytest

from app_runner import find, open_page, seed_editor, start_app

from resume_core.posting.analysis import NOT_A_POSTING

POSTING = """Senior Platform Engineer at Northwind

Requirements
- 5+ years with Kubernetes and Terraform.
- Proficiency in Go or Python.

Nice to have
- Kafka.

Benefits
- Free Scala lessons.
"""


def requirement_rows(at):
    frame = find(at, "dataframe", "posting-reqs-").value
    return frame.to_dict("records")


def save_requirements(at):
    at.button(key=next(b.key for b in at.button if str(b.key).startswith("posting-save-reqs-"))).click()
    at.run()


def paste_and_analyze(at):
    open_page(at, "posting_analysis")
    at.text_area(key="posting_add_text").set_value(POSTING)
    at.button(key="FormSubmitter:posting-add-Save and analyze").click()
    at.run()
    assert not at.exception, at.exception
    return at


@pytest.mark.timeout(120)
def test_pasted_posting_is_saved_and_its_requirements_shown():
    at = paste_and_analyze(start_app())
    rows = requirement_rows(at)
    skills = {r["skill"]: r for r in rows}
    assert skills["Kubernetes"]["kind"] == "required"
    assert skills["Kafka"]["kind"] == "preferred"
    assert "Scala" not in skills
    assert any(r["kind"] == "implied" and r["rationale"] for r in rows)
    # Each row shows how sure the analysis is: stated requirements above implied ones.
    assert min(r["confidence"] for r in rows if r["kind"] == "required") > max(
        r["confidence"] for r in rows if r["kind"] == "implied")
    assert "Senior Platform Engineer at Northwind" in at.selectbox(key="posting_pick").options


@pytest.mark.timeout(120)
def test_requirement_edits_persist_across_sessions():
    at = paste_and_analyze(start_app())
    rows = requirement_rows(at)
    removed = next(i for i, r in enumerate(rows) if r["skill"] == "Kafka")
    seed_editor(at, "posting-reqs-", deleted=[removed],
                added=[{"requirement": "Runs k8s clusters in anger", "kind": "preferred", "skill": "k8s", "keep": True}],
                edited={0: {"keep": False}})
    at.run()
    save_requirements(at)
    assert not at.exception, at.exception
    first = rows[0]["requirement"]

    again = open_page(start_app(), "posting_analysis")  # a new session on the same workspace
    saved = requirement_rows(again)
    assert "Kafka" not in {r["skill"] for r in saved}
    added = next(r for r in saved if r["requirement"] == "Runs k8s clusters in anger")
    assert added["kind"] == "preferred" and added["skill"] == "Kubernetes"
    assert next(r for r in saved if r["requirement"] == first)["keep"] is False


@pytest.mark.timeout(120)
def test_unsaved_requirement_edits_survive_a_page_switch_and_the_save_shows_what_was_stored():
    at = paste_and_analyze(start_app())
    rows = requirement_rows(at)
    removed = next(i for i, r in enumerate(rows) if r["skill"] == "Kafka")
    seed_editor(at, "posting-reqs-", deleted=[removed],
                added=[{"requirement": "Runs k8s clusters in anger", "kind": "preferred", "skill": "k8s", "keep": True}])
    at.run()
    open_page(at, "tailor")
    open_page(at, "posting_analysis")
    kept = requirement_rows(at)
    assert "Kafka" not in {r["skill"] for r in kept}
    assert any(r["requirement"] == "Runs k8s clusters in anger" and r["skill"] == "k8s" for r in kept)

    save_requirements(at)
    assert not at.exception, at.exception
    shown = requirement_rows(at)  # the stored rows, with the typed skill matched to the vocabulary
    added = [r for r in shown if r["requirement"] == "Runs k8s clusters in anger"]
    assert len(added) == 1 and added[0]["skill"] == "Kubernetes" and "Kafka" not in {r["skill"] for r in shown}


@pytest.mark.timeout(120)
def test_analyze_again_keeps_unsaved_requirement_edits():
    at = paste_and_analyze(start_app())
    first = requirement_rows(at)[0]
    seed_editor(at, "posting-reqs-", edited={0: {"keep": False}},
                added=[{"requirement": "Has run on-call for a payments system", "kind": "required", "keep": True}])
    at.run()
    at.button(key="posting-analyze").click()
    at.run()
    assert not at.exception, at.exception
    shown = {(r["requirement"], r["skill"]): r for r in requirement_rows(at)}
    assert ("Has run on-call for a payments system", "") in shown
    assert shown[first["requirement"], first["skill"]]["keep"] is False

    again = open_page(start_app(), "posting_analysis")  # saved, not only shown
    assert "Has run on-call for a payments system" in {r["requirement"] for r in requirement_rows(again)}


@pytest.mark.timeout(120)
def test_a_second_posting_is_shown_once_saved():
    at = paste_and_analyze(start_app())
    at.text_area(key="posting_add_text").set_value(POSTING.replace("Northwind", "Contoso").replace("Kafka", "Redis"))
    at.button(key="FormSubmitter:posting-add-Save and analyze").click()
    at.run()
    assert not at.exception
    assert at.selectbox(key="posting_pick").value is not None
    picked = at.selectbox(key="posting_pick")
    assert "Contoso" in picked.format_func(picked.value)
    assert "Redis" in {r["skill"] for r in requirement_rows(at)}


@pytest.mark.timeout(120)
def test_text_that_is_no_posting_gets_a_warning():
    at = open_page(start_app(), "posting_analysis")
    at.text_area(key="posting_add_text").set_value("Our picnic is on Sunday by the lake, bring some lemonade.")
    at.button(key="FormSubmitter:posting-add-Save and analyze").click()
    at.run()
    assert not at.exception
    assert [w.value for w in at.warning if "doesn't look like a job posting" in w.value] == [NOT_A_POSTING]  # once


@pytest.mark.timeout(120)
def test_uploaded_html_posting_is_read_and_analysed():
    at = open_page(start_app(), "posting_analysis")
    html = ("<html><head><script>var x = 'Cobol';</script></head><body><h1>Data Engineer</h1>"
            "<h2>Requirements</h2><ul><li>Experience with Apache Airflow and dbt</li></ul></body></html>").encode()
    find(at, "file_uploader", "posting_add_file").set_value(("job.html", html, "text/html"))
    at.button(key="FormSubmitter:posting-add-Save and analyze").click()
    at.run()
    assert not at.exception, at.exception
    skills = {r["skill"] for r in requirement_rows(at)}
    assert {"Airflow", "dbt"} <= skills and "COBOL" not in skills


@pytest.mark.timeout(120)
def test_an_unreadable_upload_shows_the_problem_and_its_fix():
    at = open_page(start_app(), "posting_analysis")
    find(at, "file_uploader", "posting_add_file").set_value(("job.pdf", b"not really a pdf", "application/pdf"))
    at.button(key="FormSubmitter:posting-add-Save and analyze").click()
    at.run()
    assert not at.exception
    assert any("not a PDF" in e.value for e in at.error) and at.info


@pytest.mark.timeout(120)
def test_details_edits_persist():
    at = paste_and_analyze(start_app())
    next(w for w in at.selectbox if w.label == "Status").set_value("applied")
    next(w for w in at.text_area if w.label == "Notes").set_value("Called Sam on Monday")
    next(w for w in at.text_input if w.label == "Company" and w.value == "Northwind").set_value("Northwind Relay")
    at.button(key=next(b.key for b in at.button if str(b.key).startswith("FormSubmitter:posting-details-"))).click()
    at.run()
    assert not at.exception, at.exception

    again = open_page(start_app(), "posting_analysis")
    listed = again.dataframe[0].value
    assert listed.loc[0, "Status"] == "applied" and listed.loc[0, "Company"] == "Northwind Relay"
    assert next(w for w in again.text_area if w.label == "Notes").value == "Called Sam on Monday"


@pytest.mark.timeout(120)
def test_delete_asks_first_and_refuses_while_snapshots_exist(workspace):
    from resume_core.bank.model import Snapshot, TailoredResume
    from resume_core.storage.store import LocalStore

    at = paste_and_analyze(start_app())
    store = LocalStore(workspace)
    [posting] = store.list_postings()
    assert at.button(key="posting-delete").label == "Yes, delete it"  # only inside the confirmation popover
    store.save_snapshot(Snapshot(id="snp-sent", posting_id=posting.id, created="2026-01-01T10:00:00+00:00",
                                 resume=TailoredResume(posting_id=posting.id)))
    at.button(key="posting-delete").click().run()
    assert not at.exception, at.exception
    assert any("1 saved snapshot" in e.value for e in at.error) and any("rejected" in i.value for i in at.info)
    assert [p.id for p in store.list_postings()] == [posting.id]

    (workspace / "snapshots" / posting.id / "snp-sent.xml").unlink()
    at.button(key="posting-delete").click().run()
    assert not at.exception, at.exception
    assert store.list_postings() == []
