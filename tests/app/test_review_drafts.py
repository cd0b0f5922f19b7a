"""Tailor review work is never silently lost (review finding 10): typed text survives other clicks and
page switches, tailoring again asks before replacing a reviewed resume, a reload finds the reviewed
resume again, and the Export page keeps its Markdown edits across a page switch."""

from __future__ import annotations

import pytest
from app_runner import open_page, start_app, tailored_resume

from resume_core.output.render import render_markdown

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(autouse=True)
def store(tailor_store):
    return tailor_store


def tailored():
    at = open_page(start_app(), "tailor")
    at.button(key="tailor_run").click().run()
    assert not at.exception
    return at


def press(at, prefix: str):
    at.button(key=next(b.key for b in at.button if b.key and b.key.startswith(prefix))).click().run()
    assert not at.exception, at.exception
    return at


def area(at, prefix: str):
    return next(t for t in at.text_area if t.key and t.key.startswith(prefix))


def on_page(at) -> list[str]:
    return [line.item_id for line in tailored_resume(at).lines()]


def test_typed_summary_survives_other_review_clicks_and_a_page_switch(store):
    at = tailored()
    area(at, "tailor_summary").set_value("A summary I typed and have not saved yet").run()
    press(at, "tailor_out_acc-n2")
    assert "acc-n2" not in on_page(at)
    assert area(at, "tailor_summary").value == "A summary I typed and have not saved yet"
    open_page(at, "export")
    open_page(at, "tailor")
    assert area(at, "tailor_summary").value == "A summary I typed and have not saved yet"
    press(at, "tailor_save_summary")
    assert tailored_resume(at).summary.text == "A summary I typed and have not saved yet"


def test_a_line_edit_in_progress_survives_moving_a_line(store):
    at = tailored()
    pick = next(s.key for s in at.selectbox if s.key.startswith("tailor_edit_pick"))
    at.selectbox(key=pick).set_value("acc-n1").run()
    area(at, "tailor_edit_text_acc-n1").set_value("Moved 40 services to Kubernetes").run()
    press(at, "tailor_down_")
    assert area(at, "tailor_edit_text_acc-n1").value == "Moved 40 services to Kubernetes"


def test_tailoring_again_asks_before_replacing_a_reviewed_resume(store):
    at = tailored()
    press(at, "tailor_out_acc-n2")
    at.button(key="tailor_run").click().run()
    assert "acc-n2" not in on_page(at)  # nothing replaced yet
    assert any("replaces" in w.value for w in at.warning)
    at.button(key="tailor_cancel").click().run()
    assert "acc-n2" not in on_page(at) and not any("replaces" in w.value for w in at.warning)

    at.button(key="tailor_run").click().run()
    at.button(key="tailor_confirm").click().run()
    assert not at.exception
    assert "acc-n2" in on_page(at)  # a fresh selection


def test_an_untouched_resume_is_tailored_again_without_asking(store):
    at = tailored()
    at.button(key="tailor_run").click().run()
    assert not any("replaces" in w.value for w in at.warning)
    assert not any(b.key == "tailor_confirm" for b in at.button)


def test_a_reload_finds_the_reviewed_resume_again(store):
    at = tailored()
    press(at, "tailor_out_acc-n2")
    reviewed = tailored_resume(at)

    again = open_page(start_app(), "tailor")  # a reload is a new session
    assert not again.exception
    assert tailored_resume(again) == reviewed
    again.button(key="tailor_run").click().run()
    assert any("replaces" in w.value for w in again.warning)  # still counts as reviewed


def test_export_markdown_edits_survive_a_page_switch(store):
    at = tailored()
    open_page(at, "export")
    generated = render_markdown(tailored_resume(at))
    edited = generated.replace("Wrote Terraform modules", "Wrote and maintained Terraform modules")
    assert edited != generated
    at.text_area[0].set_value(edited).run()
    open_page(at, "tailor")
    open_page(at, "export")
    assert not at.exception
    assert at.text_area[0].value == edited
    at.button(key="export_reset").click().run()
    assert at.text_area[0].value == generated


def test_a_snapshot_note_typed_but_not_saved_survives_a_page_switch(store):
    at = tailored()
    at.text_input(key="tailor_snapshot_note").input("sent to Acme on Monday").run()
    open_page(at, "export")
    open_page(at, "tailor")
    assert at.text_input(key="tailor_snapshot_note").value == "sent to Acme on Monday"
    press(at, "tailor_snapshot")
    assert [s.note for s in store.list_snapshots("pst-target")] == ["sent to Acme on Monday"]
    assert at.text_input(key="tailor_snapshot_note").value == ""  # saved: the box empties, nothing kept
    open_page(at, "export")
    open_page(at, "tailor")
    assert at.text_input(key="tailor_snapshot_note").value == ""
