"""A spoken answer made readable: corrections, fillers, false starts and run-ons (`interview.spoken.tidy`)."""

from __future__ import annotations

import pytest

from resume_core.interview.spoken import tidy


@pytest.mark.parametrize("said, meant", [
    ("we hired fifteen no sixteen drivers", "we hired 16 drivers"),
    ("in 2018 - no, 2019 we opened the store", "in 2019 we opened the store"),
    ("about forty, sorry, fifty people", "about 50 people"),
    ("sales went up thirty percent, actually no it was more like twenty percent", "sales went up 20%"),
    ("it took ninety minutes, no wait closer to two hours", "it took 2 hours"),
    ("calls took eight minutes, no actually closer to six", "calls took 6 minutes"),
    ("we signed thirty, thirty-five new clients", "we signed 35 new clients"),
])
def test_a_self_correction_keeps_the_value_the_speaker_settled_on(said, meant):
    assert tidy(said) == meant


def test_numbers_told_as_a_change_are_not_a_correction():
    assert tidy("complaints went from forty to ten") == "complaints went from 40 to 10"
    assert tidy("from 12 a day to 3 a day") == "from 12 a day to 3 a day"


@pytest.mark.parametrize("said, meant", [
    ("um so i uh fixed the the printer queue", "so i fixed the printer queue"),
    ("i trained like forty people you know", "i trained 40 people"),
    ("and like the wait time dropped", "and the wait time dropped"),
    ("i mean i basically rebuilt the intake form", "i rebuilt the intake form"),
    ("i ran i think it was nine workshops", "i ran 9 workshops"),
    ("we cut it by i want to say a third", "we cut it by a third"),
    ("i checked on the uh on the boilers", "i checked on the boilers"),
    ("i also i mean i wrote the guide", "i also wrote the guide"),
])
def test_fillers_hedges_and_false_starts_go(said, meant):
    assert tidy(said) == meant


@pytest.mark.parametrize("said", [
    "we used tools like Excel and Tableau",
    "we used tools, like, Excel",
    "it felt like a second job",
    "do you know the tool",
])
def test_like_and_you_know_stay_where_they_mean_something(said):
    assert tidy(said) == said


def test_what_i_did_was_only_announces_the_sentence():
    assert tidy("so what i did was i moved the stock room") == "i moved the stock room"
    assert tidy("the biggest thing i did was that i wrote the rota") == "i wrote the rota"


def test_a_run_on_is_split_where_a_new_action_starts_but_a_result_stays_with_its_action():
    said = "the printers kept jamming so i replaced the rollers and so i set up a weekly check so yeah it works now"
    assert tidy(said) == ("the printers kept jamming. i replaced the rollers. i set up a weekly check. it works now")
    assert tidy("i changed the menu so we wasted less food") == "i changed the menu so we wasted less food"
    assert tidy("my team and i built the site") == "my team and i built the site"



def test_a_new_i_have_clause_mid_answer_starts_a_sentence_but_a_relative_one_does_not():
    assert tidy("i precept the new grads i've precepted eleven so far") == (
        "i precept the new grads. i've precepted 11 so far")
    assert tidy("it was the best shift that i've worked") == "it was the best shift that i've worked"


def test_a_year_corrected_to_another_year_stays_a_year():
    assert tidy("that was in like twenty nineteen, no twenty twenty") == "that was in 2020"


def test_i_was_the_one_who_is_the_person_doing_it():
    assert tidy("i was the one who like set it up") == "i set it up"
    assert tidy("he was the one who left") == "he was the one who left"


def test_a_filler_between_commas_takes_its_commas_along_as_a_dictation_app_writes_them():
    assert tidy("Um, so, I, uh, I was running the, the night shift. We had, like, 40 beds.") == (
        "so I was running the night shift. We had 40 beds.")
    assert tidy("I set up a checklist and, you know, errors went down") == "I set up a checklist and errors went down"
    assert tidy("So, we were losing three customers a month and, um, I started calling them") == (
        "So we were losing 3 customers a month. I started calling them")


def test_a_line_break_ends_a_number_and_a_sentence():
    assert tidy("we had forty\ntwo new clients") == "we had 40\n2 new clients"


def test_two_close_numbers_a_comma_apart_are_a_range_but_a_list_or_a_new_clause_is_not():
    assert tidy("i close around eighteen, twenty loans a month") == "i close around 18 to 20 loans a month"
    assert tidy("we scored 3, 5, 8 points") == "we scored 3, 5, 8 points"
    assert tidy("in 2019, 40 people joined") == "in 2019, 40 people joined"
    assert tidy("it sold for $180,000, a record") == "it sold for $180,000, a record"


def test_like_after_a_subject_is_a_filler_before_a_past_tense_an_adverb_or_a_bare_verb_with_its_object():
    assert tidy("so we like moved the whole returns area") == "so we moved the whole returns area"
    assert tidy("they like totally changed the menu") == "they totally changed the menu"
    assert tidy("we like move the trucks every night") == "we move the trucks every night"


def test_like_after_a_subject_stays_the_verb_before_an_object_or_to():
    assert tidy("i really like the team") == "i really like the team"  # was "i really the team"
    assert tidy("we like the new system a lot") == "we like the new system a lot"
    assert tidy("we like to keep it simple") == "we like to keep it simple"
    assert tidy("i like working with kids") == "i like working with kids"
