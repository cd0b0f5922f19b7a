"""The Workspace: what a page asks for and what it gets back, without Streamlit.

Two workspaces on one folder stand for two tabs (or the app and an editor): a save against an old
version token is a Conflict that keeps the edit; the kept edit can be saved over the newer file or
discarded; drafts, hand-offs and interview requests are typed values.
"""

from __future__ import annotations

import pytest
from fakes import FakeEngine
from tailor_banks import TODAY, make_bank, make_posting

from resume_core.bank import model as m
from resume_core.engines.choice import EngineChoice
from resume_core.engines.offline import OfflineEngine
from resume_core.errors import BankFileError
from resume_core.handoffs import Conflict, InterviewRequest, Refused, Saved, TailorHandoff, is_reviewed_draft
from resume_core.workspace import Workspace
from resume_core.bank.xml_io import MAX_XML_BYTES


def named(bank: m.Bank, name: str) -> m.Bank:
    return bank.model_copy(update={"person": bank.person.model_copy(update={"name": name})})


@pytest.fixture
def folder(tmp_path):
    return str(tmp_path / "workspace")


@pytest.fixture
def tabs(folder):
    """Two workspaces on one folder, the bank saved by the first and loaded by both."""
    one, two = Workspace.open("local", folder), Workspace.open("local", folder)
    assert isinstance(one.save(make_bank(), "first"), Saved)
    assert two.bank() == make_bank()
    return one, two


def test_a_new_workspace_starts_empty_and_a_save_returns_the_new_version(folder):
    ws = Workspace.open("local", folder)
    assert ws.bank() == m.Bank() and ws.version == ""
    saved = ws.save(make_bank(), "imported")
    assert isinstance(saved, Saved) and saved.version == ws.version != ""
    assert set(saved.changed) == {"person", *(owner.id for owner in make_bank().owners())}
    assert Workspace.open("local", folder).save(make_bank(), "same").changed == ("",)  # never loaded: redraw all
    assert Workspace.open("local", folder).bank() == make_bank()


def test_a_save_names_only_the_items_whose_text_changed(tabs):
    one, _ = tabs
    bank = one.bank()
    job = bank.jobs[0]
    edited = bank.model_copy(update={"jobs": [job.model_copy(update={"name": "Renamed"}), *bank.jobs[1:]]})
    assert one.save(edited, "renamed").changed == (job.id,)
    assert one.save(named(edited, "Someone Else"), "name").changed == ("person",)


def test_a_save_over_a_newer_file_is_a_conflict_that_keeps_the_edit(tabs):
    one, two = tabs
    assert isinstance(one.save(named(one.bank(), "From Tab One"), "one"), Saved)
    mine = named(two.bank(), "From Tab Two")
    outcome = two.save(mine, "two", tables=("skills:job-north",))
    assert isinstance(outcome, Conflict) and "changed on disk" in outcome.message
    assert two.kept is not None and two.kept.bank == mine and two.kept.conflicted
    assert two.kept.tables == ("skills:job-north",)
    assert Workspace.open("local", one.where[1]).bank().person.name == "From Tab One"  # nothing overwritten


def test_the_kept_edit_can_be_saved_over_the_newer_file(tabs):
    one, two = tabs
    one.save(named(one.bank(), "From Tab One"), "one")
    two.save(named(two.bank(), "From Tab Two"), "two")
    outcome = two.save_kept()
    assert isinstance(outcome, Saved) and two.kept is None
    assert Workspace.open("local", one.where[1]).bank().person.name == "From Tab Two"
    assert any(e.kind == "previous" for e in two.store.bank_history())  # the newer file is in the history
    assert two.save_kept() is None  # nothing kept any more


def test_reload_keeps_the_edit_and_discard_drops_it(tabs):
    one, two = tabs
    one.save(named(one.bank(), "From Tab One"), "one")
    two.save(named(two.bank(), "From Tab Two"), "two")
    reloaded = two.reload()
    assert reloaded.bank.person.name == "From Tab One" and reloaded.changed == ("person",)
    assert two.kept is not None and not two.kept.conflicted  # the notice now says the newer file is loaded
    assert isinstance(two.save(named(two.bank(), "After Reload"), "three"), Saved)  # saves against the new token
    one.save(named(one.bank(), "Again"), "four")  # tab one is now behind: its save conflicts
    assert isinstance(one.save(named(one.bank(), "Behind"), "five"), Conflict)
    discarded = one.discard_kept()
    assert one.kept is None and discarded.bank.person.name == "After Reload"
    assert "person" in discarded.changed


def test_a_bank_too_big_to_read_back_is_refused_and_nothing_changes(tabs):
    one, _ = tabs
    version = one.version
    huge = named(one.bank(), "x" * (MAX_XML_BYTES + 1))
    outcome = one.save(huge, "huge")
    assert isinstance(outcome, Refused) and "not saved" in outcome.error.message
    assert one.version == version and one.bank() == make_bank() and one.kept is None


def test_restore_makes_a_history_entry_current_unless_the_file_moved_on(tabs):
    one, two = tabs
    one.save(named(one.bank(), "Second"), "second")
    first = next(e for e in one.store.bank_history() if e.kind == "previous")
    assert isinstance(two.restore(first.id), Conflict)  # tab two still holds the first version's token
    restored = one.restore(first.id)
    assert isinstance(restored, Saved) and restored.changed == ("",)
    assert one.bank() == make_bank()


def test_an_unreadable_bank_can_be_replaced_without_a_version_check(folder):
    ws = Workspace.open("local", folder)
    ws.save(make_bank(), "first")
    (ws.store.root / "bank.xml").write_text("<not-a-bank", encoding="utf-8")
    broken = Workspace.open("local", folder)
    with pytest.raises(BankFileError):
        broken.bank()
    assert isinstance(broken.save(make_bank(), "repair"), Saved)


def test_a_posting_saved_behind_another_tab_is_a_conflict(folder):
    one, two = Workspace.open("local", folder), Workspace.open("local", folder)
    assert isinstance(one.save_posting(make_posting()), Saved)  # never opened: no check
    mine, theirs = one.posting("pst-target"), two.posting("pst-target")
    assert isinstance(two.save_posting(theirs.model_copy(update={"title": "Theirs"})), Saved)
    outcome = one.save_posting(mine.model_copy(update={"title": "Mine"}))
    assert isinstance(outcome, Conflict)
    assert one.postings()[0].title == "Theirs"


def test_analyze_saves_the_requirements_and_keeps_the_user_s_own_rows(folder):
    ws = Workspace.open("local", folder)
    pasted = make_posting(requirements=[]).model_copy(update={
        "text": "Requirements:\n- 5+ years of Python\n- Experience with Kubernetes and Terraform"})
    ws.save_posting(pasted)
    analyzed = ws.analyze(ws.posting("pst-target"))
    assert isinstance(analyzed.outcome, Saved) and analyzed.posting.requirements
    assert ws.posting("pst-target").requirements == analyzed.posting.requirements  # saved
    mine = m.Requirement(id="req-mine", text="Speaks Basque", kind="preferred", source="user")
    again = ws.analyze(analyzed.posting.model_copy(update={"requirements": [*analyzed.posting.requirements, mine]}))
    assert "req-mine" in [r.id for r in again.posting.requirements]


def test_analyzing_a_posting_changed_in_another_tab_is_a_conflict(folder):
    one, two = Workspace.open("local", folder), Workspace.open("local", folder)
    one.save_posting(make_posting())
    mine = one.posting("pst-target")
    two.save_posting(two.posting("pst-target").model_copy(update={"title": "Theirs"}))
    analyzed = one.analyze(mine)
    assert isinstance(analyzed.outcome, Conflict) and two.postings()[0].title == "Theirs"


@pytest.fixture
def tailoring(folder, monkeypatch):
    monkeypatch.setenv("TP_TODAY", TODAY)
    ws = Workspace.open("local", folder)
    ws.save(make_bank(), "bank")
    ws.save_posting(make_posting())
    return ws


def test_tailor_returns_a_draft_that_the_tailor_page_hands_to_export(tailoring):
    draft = tailoring.tailor("pst-target", template="compact")
    assert draft.resume.posting_id == "pst-target" and draft.resume.lines()
    assert tailoring.tailored == TailorHandoff(resume=draft.resume, reviewed=False)
    assert tailoring.tailored_for("pst-target") == draft.resume and tailoring.tailored_for("pst-other") is None
    kept = tailoring.store.load_tailored_draft("pst-target")
    assert kept.resume == draft.resume and kept.template == "compact" and not is_reviewed_draft(kept)


def test_tailoring_is_as_of_tp_today(tailoring, monkeypatch):
    from resume_core.tailoring.pipeline import tailor

    later = "2040-01-01"
    expected = tailor(make_bank(), make_posting(), today=later).resume
    assert expected != tailor(make_bank(), make_posting(), today=TODAY).resume  # the date matters here
    monkeypatch.setenv("TP_TODAY", later)
    assert tailoring.tailor("pst-target").resume == expected


def test_a_reviewed_resume_is_marked_and_found_again_after_a_reload(tailoring, folder):
    resume = tailoring.tailor("pst-target").resume
    edited = resume.model_copy(update={"experience": resume.experience[:1]})
    handoff = tailoring.put_resume(edited, template="modern")
    assert handoff.reviewed and tailoring.is_reviewed("pst-target")
    assert is_reviewed_draft(tailoring.store.load_tailored_draft("pst-target"))
    reloaded = Workspace.open("local", folder)  # a new session
    assert reloaded.tailored is None and not reloaded.is_reviewed("pst-target")
    assert reloaded.restore_draft("pst-target") == TailorHandoff(resume=edited, reviewed=True)
    assert reloaded.is_reviewed("pst-target")
    assert reloaded.restore_draft("pst-none") is None
    reloaded.tailor("pst-target")  # tailoring afresh clears the mark
    assert not reloaded.is_reviewed("pst-target")


def test_lines_taken_off_the_page_are_remembered_per_posting(tailoring):
    tailoring.tailor("pst-target")
    tailoring.exclude("pst-target", "acc-n1")
    assert tailoring.excluded_ids("pst-target") == {"acc-n1"} and tailoring.excluded_ids("pst-x") == set()
    tailoring.tailor("pst-target")  # 'why not on the page' still says the user took it off
    assert tailoring.excluded_ids("pst-target") == {"acc-n1"}


def test_an_interview_request_is_taken_once_and_only_for_a_job_that_exists(folder):
    ws = Workspace.open("local", folder)
    bank = make_bank()
    owner = bank.owners()[0].id
    assert ws.take_interview_request(bank) is None
    ws.request_interview(InterviewRequest(owner_id=owner, topic="Kafka", posting_id="pst-target"))
    assert ws.take_interview_request(bank) == InterviewRequest(owner_id=owner, topic="Kafka", posting_id="pst-target")
    assert ws.take_interview_request(bank) is None
    ws.request_interview(InterviewRequest(owner_id="job-deleted"))
    assert ws.take_interview_request(bank) is None


def test_the_engine_is_built_once_per_configuration(folder, monkeypatch):
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL", "TP_MODEL", "TP_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    ws = Workspace.open("local", folder)
    engine = ws.engine()
    assert isinstance(engine, OfflineEngine) and ws.engine() is engine and ws.engine_label() == "Offline engine"
    fake = FakeEngine()
    ws.use_engine(fake)
    assert ws.engine() is fake
    ws.engine_choice = EngineChoice(base_url="http://localhost:8000/v1", model="m")
    assert type(ws.engine()).__name__ == "OpenAIEngine" and ws.engine_label() == "m@localhost:8000"
    ws.engine_choice = EngineChoice(offline=True)
    assert isinstance(ws.engine(), OfflineEngine)


def test_a_bad_timeout_answers_offline_and_says_why(folder, monkeypatch):
    monkeypatch.setenv("TP_MODEL", "m")
    monkeypatch.setenv("TP_TIMEOUT", "soon")
    ws = Workspace.open("local", folder)
    assert ws.engine_config() is None and isinstance(ws.engine(), OfflineEngine)
    assert ws.engine_problem is not None and "TP_TIMEOUT" in ws.engine_problem.message
    monkeypatch.setenv("TP_TIMEOUT", "30")
    assert ws.engine_config() is not None and ws.engine_problem is None


def test_session_mode_keeps_everything_in_memory(tmp_path, monkeypatch):
    monkeypatch.setenv("TP_STORAGE", "session")
    monkeypatch.setenv("TP_WORKSPACE", str(tmp_path / "never"))
    ws = Workspace.open()
    assert ws.where[0] == "session"
    assert isinstance(ws.save(make_bank(), "kept"), Saved)
    assert Workspace.open().bank() == m.Bank()  # another visitor sees nothing
    assert not (tmp_path / "never").exists()
