"""An interview read as bullets: actions with their outcomes, joined across turns, each with its turns."""

from __future__ import annotations

from resume_core.interview.bullets import read_story, skill_case, third_person
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


def test_a_spoken_answer_becomes_resume_bullets_with_digits_the_corrected_value_and_no_fillers():
    story = read_story(_turns(
        "um so basically i run the night shift for like twenty no twenty two nurses",
        "and i started a uh a huddle at the start of every shift and so falls went from like nine a month to two",
        "oh and i also trained the the new hires on the monitors you know twelve of them"))
    assert [b.text for b in story.bullets] == [
        "Run the night shift for 22 nurses",
        "Started a huddle at the start of every shift and so falls went from 9 a month to 2",
        "Trained the new hires on the monitors 12 of them",
    ]


def test_we_becomes_the_team_and_my_becomes_the_so_a_bullet_holds_no_first_person():
    assert third_person("Set up the rota so we stopped running late and my manager kept it") == (
        "Set up the rota so the team stopped running late and the manager kept it")
    assert third_person("Cut waits once I moved the desk, and I trained our team") == (
        "Cut waits after moving the desk, and trained the team")
    assert third_person("Fixed it because I knew the system") == "Fixed it because I knew the system"  # grammar first
    assert third_person("Covered the desk while we were short") == "Covered the desk while the team was short"


def test_the_biggest_thing_was_opens_a_bullet_that_the_next_action_continues():
    story = read_story(_turns("the biggest thing was a recall of four thousand cars. i wrote the customer letters"))
    assert [b.text for b in story.bullets] == ["Recall of 4,000 cars; wrote the customer letters"]


def test_a_long_outcome_stands_on_its_own_so_no_bullet_passes_35_words():
    story = read_story(_turns(
        "I rebuilt the returns process for the whole warehouse with the shift leads over the summer months",
        "The returns backlog that used to sit on the dock for weeks on end every single month went from three "
        "thousand boxes down to about two hundred boxes by the end of the year"))
    assert len(story.bullets) == 2 and all(len(b.text.split()) <= 35 for b in story.bullets)


def test_skills_said_in_lower_case_are_written_as_the_vocabulary_spells_them_plain_words_are_not():
    assert skill_case("moved it to kubernetes and active directory") == (
        "moved it to Kubernetes and Active Directory")
    assert skill_case("total sales went up at the help desk") == "total sales went up at the help desk"


def test_one_long_spoken_sentence_is_cut_at_a_clause_break_into_bullets_of_at_most_35_words():
    story = read_story(_turns(
        "I started a weekend class for new drivers with the two senior instructors at the depot, eight people at a "
        "time, and the depot could train twice as many drivers in the same hours, the waiting list went from nine "
        "weeks down to three"))
    texts = [b.text for b in story.bullets]
    assert all(len(t.split()) <= 35 for t in texts) and len(texts) == 2
    assert texts[1] == "The waiting list went from 9 weeks down to 3"


def test_a_cut_never_leaves_a_bullet_opening_with_a_connector_or_a_relative_clause():
    story = read_story(_turns(
        "i read the water meters in the north district, it's about three thousand meters, and last year we started "
        "switching them to smart meters, which i helped pilot on two hundred homes first, then we did the rest of "
        "the district over eight months, and now the reading crew went from six people to two"))
    texts = [b.text for b in story.bullets]
    assert all(len(t.split()) <= 35 for t in texts)
    assert all(t.split()[0].lower() not in {"then", "and", "so", "which", "that"} for t in texts)
    assert any("which I helped pilot on 200 homes" in t for t in texts)  # "I" kept: "which helped" says another thing
