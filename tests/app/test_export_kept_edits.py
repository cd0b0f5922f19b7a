"""Export Markdown edits are never dropped silently: they stay when the Tailor page changes the resume
underneath (with a note, the diff and the reset), per posting, and across page switches."""

from __future__ import annotations

import pytest
from app_runner import open_page, start_app, tailored_resume

from resume_core.output.render import render_markdown

pytestmark = pytest.mark.timeout(180)


@pytest.fixture(autouse=True)
def store(tailor_store):
    return tailor_store


def edited_on_export():
    """Tailor, then on Export change a bullet and the headline; returns the app and the edited text."""
    at = open_page(start_app(), "tailor")
    at.button(key="tailor_run").click().run()
    open_page(at, "export")
    generated = render_markdown(tailored_resume(at))
    edited = generated.replace("*Platform Engineer*", "*Staff Platform Engineer*").replace(
        "Wrote Terraform modules", "Wrote and maintained Terraform modules")
    assert edited.count("Staff Platform Engineer") == 1 and "maintained Terraform" in edited
    at.text_area[0].set_value(edited).run()
    assert not at.exception
    return at, edited


def move_a_bullet_down_on_tailor(at):
    open_page(at, "tailor")
    before = tailored_resume(at)
    at.button(key=next(b.key for b in at.button if b.key and b.key.startswith("tailor_down_"))).click().run()
    assert not at.exception and tailored_resume(at) != before
    open_page(at, "export")
    assert not at.exception


def notes(at) -> list[str]:
    return [w.value for w in at.warning if "Tailor page changed this resume" in w.value]


def test_an_edit_survives_a_tailor_change_with_a_note_and_the_reset_gives_the_new_version(store):
    at, edited = edited_on_export()
    move_a_bullet_down_on_tailor(at)
    assert at.text_area[0].value == edited  # both edits are still there
    assert len(notes(at)) == 1 and "your edited text is kept" in notes(at)[0]
    diff = next(c.value for c in at.code)  # what Tailor changed, to carry over by hand
    assert diff.startswith("--- before") and "\n-" in diff and "\n+" in diff
    result = at.session_state["tp_export_result"][1]
    assert "Staff Platform Engineer" in result.markdown and "maintained Terraform" in result.markdown
    at.button(key="export_reset").click().run()
    assert at.text_area[0].value == render_markdown(tailored_resume(at))
    assert not notes(at)


def test_keep_my_text_hides_the_note_and_keeps_the_text(store):
    at, edited = edited_on_export()
    move_a_bullet_down_on_tailor(at)
    at.button(key="export_keep_mine").click().run()
    assert not at.exception
    assert at.text_area[0].value == edited and not notes(at)
    open_page(at, "tailor")
    open_page(at, "export")
    assert at.text_area[0].value == edited and not notes(at)


def test_an_edit_made_after_the_note_is_kept_too(store):
    at, edited = edited_on_export()
    move_a_bullet_down_on_tailor(at)
    again = edited.replace("Staff Platform Engineer", "Principal Platform Engineer")
    at.text_area[0].set_value(again).run()
    open_page(at, "tailor")
    open_page(at, "export")
    assert at.text_area[0].value == again and notes(at)


def test_an_emptied_text_shows_only_the_empty_message_even_after_a_tailor_change(store):
    at, _ = edited_on_export()
    move_a_bullet_down_on_tailor(at)
    at.text_area[0].set_value("").run()
    assert not at.exception
    assert [w.value for w in at.warning if "empty" in w.value] and not notes(at)
    assert len(at.warning) == 1
