"""Edits through table rows keep ids stable, give new rows ids, validate, and never touch the input."""

from __future__ import annotations

import pytest

from resume_core.bank.editing import (
    InvalidEdit,
    add_owner,
    apply_accomplishment_rows,
    apply_position_rows,
    apply_section_rows,
    apply_skill_rows,
    delete_item,
    is_empty,
    move_item,
    update_anecdote,
    update_owner,
    update_person,
)
from resume_core.bank.model import Accomplishment, Anecdote, Bank, Education, Job, Position, Project, Skill, Turn


@pytest.fixture
def bank() -> Bank:
    return Bank(
        jobs=[
            Job(
                id="job-aaaa0001", name="Acme", positions=[Position(title="Engineer", start_date="2020")],
                skills=[Skill(id="skl-aaaa0001", name="Python", source_anecdote_id="anc-aaaa0001"),
                        Skill(id="skl-aaaa0002", name="SQL")],
                accomplishments=[Accomplishment(id="acc-aaaa0001", text="Cut deploys from 40 to 6 minutes")],
                anecdotes=[Anecdote(id="anc-aaaa0001", title="Deploys", summary="old",
                                    transcript=[Turn(role="user", text="We were slow")])],
            ),
            Job(id="job-aaaa0002", name="Initech"),
        ],
        projects=[Project(id="prj-aaaa0001", name="tiny-db")],
        education=[Education(id="edu-aaaa0001", institution="State U")],
    )


def test_edited_skill_keeps_id_and_hidden_fields_and_new_row_gets_fresh_id(bank):
    rows = [
        {"id": "skl-aaaa0001", "name": "Python 3", "category": "Languages"},
        {"id": None, "name": "Terraform", "category": float("nan")},
    ]
    new = apply_skill_rows(bank, "job-aaaa0001", rows)
    skills = new.jobs[0].skills
    assert [s.name for s in skills] == ["Python 3", "Terraform"]
    assert skills[0].id == "skl-aaaa0001" and skills[0].source_anecdote_id == "anc-aaaa0001"
    assert skills[1].id.startswith("skl-") and skills[1].id not in bank.ids()
    assert skills[1].category == ""
    assert [s.name for s in bank.jobs[0].skills] == ["Python", "SQL"]  # input untouched


def test_rows_missing_from_table_are_deleted_and_blank_rows_dropped(bank):
    new = apply_skill_rows(bank, "job-aaaa0001", [{"id": "skl-aaaa0002", "name": "SQL"}, {"id": None, "name": " "}])
    assert [s.id for s in new.jobs[0].skills] == ["skl-aaaa0002"]


def test_two_new_rows_get_distinct_ids(bank):
    new = apply_accomplishment_rows(bank, "job-aaaa0001", [{"text": "A"}, {"text": "B"}])
    ids = [a.id for a in new.jobs[0].accomplishments]
    assert len(set(ids)) == 2 and all(i.startswith("acc-") for i in ids)


def test_order_column_reorders_blank_order_last(bank):
    rows = [{"id": "skl-aaaa0001", "name": "Python", "order": 2},
            {"id": None, "name": "Go", "order": None},
            {"id": "skl-aaaa0002", "name": "SQL", "order": 1}]
    new = apply_skill_rows(bank, "job-aaaa0001", rows)
    assert [s.name for s in new.jobs[0].skills] == ["SQL", "Python", "Go"]


def test_bad_dates_name_every_row_and_change_nothing(bank):
    rows = [{"title": "Engineer", "start_date": "2021-13"}, {"title": "Lead", "end_date": "soon"}]
    with pytest.raises(InvalidEdit) as caught:
        apply_position_rows(bank, "job-aaaa0001", rows)
    assert "row 1" in caught.value.message and "row 2" in caught.value.message
    assert "2021-13" in caught.value.message and caught.value.fix
    assert bank.jobs[0].positions[0].title == "Engineer"


def test_positions_replace(bank):
    new = apply_position_rows(bank, "job-aaaa0001", [{"title": "Staff", "start_date": "2022-03", "end_date": ""}])
    assert [(p.title, p.start_date) for p in new.jobs[0].positions] == [("Staff", "2022-03")]


def test_positions_of_a_project_are_refused_with_a_fix(bank):
    # A project has dates, not positions: the edit is a user error that names the fix, and nothing changes.
    with pytest.raises(InvalidEdit, match="only jobs have positions") as caught:
        apply_position_rows(bank, "prj-aaaa0001", [{"title": "Lead", "start_date": "2022-03", "end_date": ""}])
    assert "dates of the project" in caught.value.fix


def test_section_rows_split_lists_and_keep_ids(bank):
    rows = [{"id": "edu-aaaa0001", "institution": "State University", "courses": "Compilers, Databases"},
            {"id": None, "institution": "Night School", "end_date": "2019"}]
    new = apply_section_rows(bank, "education", rows)
    assert new.education[0].id == "edu-aaaa0001"
    assert new.education[0].courses == ["Compilers", "Databases"]
    assert new.education[1].id.startswith("edu-") and new.education[1].end_date == "2019"


def test_person_and_links(bank):
    new = update_person(bank, {"name": " Ada Lovelace ", "summary": "Long story"},
                        [{"network": "GitHub", "url": "https://github.com/ada"}, {"network": "x", "url": ""}])
    assert new.person.name == "Ada Lovelace" and new.person.summary == "Long story"
    assert [link.network for link in new.person.links] == ["GitHub"]


def test_update_owner_project_lists(bank):
    new = update_owner(bank, "prj-aaaa0001", {"technologies": "Rust, SQLite", "start_date": "2023"})
    assert new.projects[0].technologies == ["Rust", "SQLite"]
    with pytest.raises(InvalidEdit):
        update_owner(bank, "job-aaaa0001", {"name": ""})


def test_add_job_goes_first_project_last(bank):
    new, job_id = add_owner(bank, "job", "Globex")
    assert new.jobs[0].id == job_id and new.jobs[0].name == "Globex"
    new, project_id = add_owner(new, "project", "cli-tool")
    assert new.projects[-1].id == project_id
    with pytest.raises(InvalidEdit):
        add_owner(bank, "job", "  ")


def test_move_and_delete_any_item(bank):
    moved = move_item(bank, "job-aaaa0002", -1)
    assert [j.id for j in moved.jobs] == ["job-aaaa0002", "job-aaaa0001"]
    assert [j.id for j in move_item(moved, "job-aaaa0002", -1).jobs] == ["job-aaaa0002", "job-aaaa0001"]
    assert [s.id for s in move_item(bank, "skl-aaaa0001", 1).jobs[0].skills] == ["skl-aaaa0002", "skl-aaaa0001"]
    gone = delete_item(bank, "job-aaaa0001")
    assert "skl-aaaa0001" not in gone.ids() and "anc-aaaa0001" not in gone.ids()
    with pytest.raises(InvalidEdit):
        delete_item(gone, "job-aaaa0001")


def test_anecdote_summary_edit_keeps_transcript(bank):
    new = update_anecdote(bank, "anc-aaaa0001", "Deploy story", "new summary")
    anecdote = new.jobs[0].anecdotes[0]
    assert anecdote.title == "Deploy story" and anecdote.summary == "new summary"
    assert anecdote.transcript == bank.jobs[0].anecdotes[0].transcript
    assert [a.id for a in delete_item(new, "anc-aaaa0001").jobs[0].anecdotes] == []


def test_is_empty():
    assert is_empty(Bank())
    assert not is_empty(Bank(jobs=[Job(id="job-aaaa0001", name="Acme")]))


def test_describe_bank(bank):
    from resume_core.bank.editing import describe_bank

    assert describe_bank(bank) == "2 jobs, 1 project, 2 skills, 1 accomplishment, 1 anecdote, 1 education entry"
    assert describe_bank(Bank()) == "nothing yet"


def test_a_bad_date_is_named_by_its_column_with_advice_that_fits_it(bank):
    with pytest.raises(InvalidEdit) as caught:
        apply_position_rows(bank, "job-aaaa0001", [{"title": "Engineer", "start_date": "last summer"}])
    assert caught.value.message == ("Not saved: Positions row 1, Start: 'last summer' is not a date: write a year "
                                    "or a year and month, like 2021 or 2021-03.")
    with pytest.raises(InvalidEdit) as caught:
        apply_position_rows(bank, "job-aaaa0001", [{"title": "Engineer", "start_date": "2020", "end_date": "soon"}])
    assert "Positions row 1, End: 'soon' is not a date" in caught.value.message
    assert "leave it empty for 'present'" in caught.value.message
