"""One grounding check for every generated text: numbers as tokens, tools and proper nouns, text fields only."""

from __future__ import annotations

from resume_core.interview.grounding import bank_truth, check_grounding
from resume_core.bank.model import Anecdote, Turn
from tailor_banks import make_bank


def test_a_number_hidden_in_a_date_or_id_is_not_evidence():
    bank = make_bank()  # positions start 2021-03, ids like skl-k8s1: neither states "20%" or "9 teams"
    truth = bank_truth(bank)
    assert "2021" not in truth and "skl-k8s1" not in truth
    assert check_grounding("Cut hosting costs by 20%", truth) == ["20%"]
    assert check_grounding("Led 9 teams", truth) == ["9"]
    assert check_grounding("Cut hosting cost 30% for 40 services", truth) == []  # the bank's own numbers


def test_tools_and_names_must_be_whole_words_of_the_bank():
    truth = bank_truth(make_bank())
    assert check_grounding("Platform engineer who led Google teams", truth) == ["Google"]
    assert check_grounding("Ran Kubernetes on AWS at Northwind", truth) == []
    bank = make_bank()
    bank.jobs[0].description = "We earned the trust of 300 warehouses."
    assert "Rust" in check_grounding("Platform engineer who writes Rust", bank_truth(bank))  # not "trust"


def test_only_the_users_turns_of_an_interview_count():
    bank = make_bank()
    bank.jobs[0].anecdotes = [Anecdote(id="anecdote-a1", transcript=[
        Turn(role="assistant", text="Did Kafka make it 50% faster?"), Turn(role="user", text="Yes, Kafka helped."),
    ])]
    truth = bank_truth(bank)
    assert check_grounding("Made the jobs 50% faster with Kafka", truth) == ["50%"]


def test_numbers_in_words_count_as_the_same_numbers():
    said = "It took ninety minutes before and twenty-five after, for about two million events and five thousand users."
    assert check_grounding("Cut report time from 90 to 25 minutes", said) == []
    assert check_grounding("Handled 2,000,000 events for 5,000 users", said) == []
    assert check_grounding("Cut report time from 90 to 20 minutes", said) == ["20"]
    assert check_grounding("Served three hundred and five families", "We served 305 families.") == []
