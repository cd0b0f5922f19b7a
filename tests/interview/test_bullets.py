"""An interview read as bullets: actions with their outcomes, joined across turns, each with its turns."""

from __future__ import annotations

from resume_core.interview.bullets import read_story
from resume_core.bank.model import Turn


def _turns(*answers: str) -> list[Turn]:
    out = []
    for answer in answers:
        out += [Turn(role="assistant", text="And then?"), Turn(role="user", text=answer)]
    return out


def test_an_outcome_from_a_later_answer_joins_the_action_and_cites_both_turns():
    story = read_story(_turns("I redesigned the algebra course around weekly quizzes.",
                              "The pass rate went from 61% to 84% in two years."))
    [bullet] = story.bullets
    assert bullet.text == ("Redesigned the algebra course around weekly quizzes; the pass rate went from 61% to 84% "
                           "in 2 years")
    assert bullet.turns == [1, 3] and bullet.outcome.startswith("the pass rate")


def test_a_measure_told_before_any_action_waits_for_it_and_a_problem_is_the_situation():
    story = read_story(_turns("It was a mess, nobody knew where the pallets were.",
                              "About 14 people on two shifts.", "I set up cycle counting with barcode scanners."))
    assert story.situations == ["It was a mess, nobody knew where the pallets were"]
    [bullet] = story.bullets
    assert bullet.text == "Set up cycle counting with barcode scanners; about 14 people on 2 shifts"
    assert bullet.turns == [5, 3]


def test_we_stays_team_work_and_an_action_on_it_continues_the_one_before():
    story = read_story(_turns("We switched the routing to a new planning tool, I trained everyone on it.",
                              "I presented it to the board."))
    assert [b.text for b in story.bullets] == [
        "As part of the team, switched the routing to a new planning tool; trained everyone on it; presented it to "
        "the board"]


def test_only_the_users_turns_count():
    turns = [Turn(role="assistant", text="I built a rocket that cut costs by 90%?"),
             Turn(role="user", text="No idea.")]
    assert read_story(turns).bullets == []
