"""Reading a spoken sentence for work: who did what, or what came of it."""

from __future__ import annotations

import pytest

from resume_core.interview.clauses import read_sentence


def _read(sentence: str, owner: str = "") -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in read_sentence(sentence, owner)]


@pytest.mark.parametrize("sentence, kind, text", [
    ("I built a reconciliation workbook in Excel.", "own", "Built a reconciliation workbook in Excel"),
    ("yes so basically I set up cycle counting", "own", "Set up cycle counting"),
    ("Me I organise mapping parties for volunteers.", "own", "Organise mapping parties for volunteers"),
    ("i make the bus schedules", "own", "Make the bus schedules"),
    ("I had planned the concrete pours so the crews never waited.", "own",
     "Planned the concrete pours so the crews never waited"),
    ("I was developing the customer portal in Java.", "own", "Developed the customer portal in Java"),
    ("Won the Riverside Hotel account, worth $180,000 a year.", "own",
     "Won the Riverside Hotel account, worth $180,000 a year"),
    ("My part was the routing design and the cutover plan.", "part",
     "Responsible for the routing design and the cutover plan"),
    ("I was site engineer on a six storey building, budget was $14 million.", "role",
     "Site engineer on a six storey building, budget was $14 million"),
    ("We moved all 40 services to Kubernetes.", "team", "As part of the team, moved all 40 services to Kubernetes"),
    ("Our team turns around the planes at the gate.", "team", "As part of the team, turns around the planes at the gate"),
    ("My team and I rebuilt the intake form.", "team", "As part of the team, rebuilt the intake form"),
    ("I'm responsible for the night shift rota.", "own", "Responsible for the night shift rota"),
    ("The pass rate went from 61% to 84% in two years.", "outcome", "the pass rate went from 61% to 84% in two years"),
    ("The branch managers used it to call customers before they left.", "outcome",
     "the branch managers used it to call customers before they left"),
    ("So we could fly one extra route every day.", "outcome", "we could fly one extra route every day"),
    ("We had a lot of falls.", "situation", "We had a lot of falls"),
    ("I think it was fine.", "other", "I think it was fine."),
])
def test_every_sentence_that_carries_work_is_read_whoever_the_subject(sentence, kind, text):
    assert _read(sentence) == [(kind, text)]


def test_a_we_clause_and_an_i_clause_are_two_readings():
    assert _read("we built the new event pipeline on Kafka, I owned the consumers") == [
        ("team", "As part of the team, built the new event pipeline on Kafka"), ("own", "Owned the consumers")]


def test_an_adverbial_moves_behind_the_action_and_the_employer_is_dropped():
    assert _read("Every month I pulled the usage reports.") == [("own", "Pulled the usage reports, every month")]
    assert _read("At Fidelity I built a workbook.", owner="Fidelity") == [("own", "Built a workbook")]


def test_an_action_on_it_needs_the_action_before():
    [clause] = read_sentence("I presented it to the full council.")
    assert clause.needs_context and clause.first_person


def test_numbers_stay_whole():
    assert "1,400 responses" in read_sentence("We had 1,400 responses to the survey.")[0].text
