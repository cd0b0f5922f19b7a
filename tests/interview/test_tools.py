"""Tools said in lower case (read by grammar) and gap skills shown by a tool the vocabulary relates to them."""

from __future__ import annotations

from interview_bank import interview_bank

from resume_core.bank.model import Posting, Requirement
from resume_core.interview.anecdotes import append_turn, start_interview
from resume_core.interview.questions import uncovered_requirements
from resume_core.interview.suggest import accept_suggestion, suggest_items
from resume_core.interview.tools import instances_of, is_common_word, tools_said


def _interview(*answers: str, topic: str = ""):
    bank, anecdote_id = start_interview(interview_bank(), "job-acme0001", topic)
    for answer in answers:
        bank = append_turn(bank, anecdote_id, "assistant", "Tell me more?")
        bank = append_turn(bank, anecdote_id, "user", answer)
    return bank, anecdote_id


def _skills(bank, anecdote_id) -> list[str]:
    return [s.text for s in suggest_items(bank, anecdote_id) if s.kind == "skill"]


def test_a_product_the_vocabulary_does_not_know_is_read_from_its_place_after_used_or_in():
    assert tools_said("um we used eaglesoft for all the charting") == ["Eaglesoft"]
    assert tools_said("so i dispatched the techs in servicetitan and billed them") == ["Servicetitan"]
    assert tools_said("we switched to freshdesk and the backlog went away") == ["Freshdesk"]


def test_a_vocabulary_name_that_is_also_a_word_counts_only_after_a_verb_of_using_or_a_preposition():
    assert tools_said("i kept the whole tracker in excel") == ["Excel"]
    assert tools_said("i set up the review in relativity") == ["Relativity"]
    assert tools_said("i want to excel at this job and relativity is physics") == []
    assert tools_said("i handle the sign in sheets and the notes in the docs") == []  # plurals of plain words


def test_people_places_seasons_and_common_nouns_are_not_tools():
    assert tools_said("i worked with priya and siobhan on the night shift") == []
    assert tools_said("in spring we moved to the new building in fresno") == []
    assert tools_said("we moved the pallets with forklifts and a scanner") == []
    assert tools_said("i set up a laydown yard on site") == []  # no product takes "a"
    assert tools_said("we used spreadsheets for everything") == []  # rare plural of a plain word
    assert is_common_word("spreadsheets") and not is_common_word("dentrix")


def test_the_owner_name_is_not_a_tool():
    assert tools_said("i did the books in zentrova and in eaglesoft", owner_name="Zentrova Dental") == ["Eaglesoft"]


def test_a_lower_case_tool_said_in_an_interview_is_suggested_as_a_skill_in_its_usual_spelling():
    bank, anecdote_id = _interview("so we used dentrix for charting and i did the books in quickbooks")
    skills = _skills(bank, anecdote_id)
    assert "Dentrix" in skills and "QuickBooks" in skills
    bank, anecdote_id = _interview("i ran the instagram and tiktok for the brand")
    assert {"Instagram", "TikTok"} <= set(_skills(bank, anecdote_id))


def test_a_tool_is_an_instance_of_a_gap_skill_only_when_the_vocabulary_relates_them():
    assert instances_of("Social media marketing", ["Instagram", "Excel"]) == ["Instagram"]
    assert instances_of("Accounting", ["QuickBooks"]) == ["QuickBooks"]
    assert instances_of("Python", ["Instagram", "QuickBooks"]) == []


def _gap_posting(skill: str) -> Posting:
    return Posting(id="pst-gap00001", title="Role", company="Hiring Co",
                   requirements=[Requirement(id="req-gap00001", text=f"{skill} experience", kind="required",
                                             skill=skill)])


def test_a_gap_told_only_through_its_platforms_is_suggested_with_that_story_as_evidence_and_closes():
    bank, anecdote_id = _interview("i basically ran the instagram and tiktok for the brand",
                                   "and the instagram went from nine thousand followers to thirty thousand",
                                   topic="Social media marketing")
    found = suggest_items(bank, anecdote_id)
    [gap] = [s for s in found if s.kind == "skill" and s.text == "Social media marketing"]
    assert gap.grounded and gap.turns == [1, 3]  # the answers naming the platforms
    posting = _gap_posting("Social media marketing")
    assert uncovered_requirements(bank, posting)
    assert not uncovered_requirements(accept_suggestion(bank, anecdote_id, gap), posting)


def test_a_story_about_an_unrelated_tool_does_not_close_the_gap():
    bank, anecdote_id = _interview("i ran the instagram for the brand and grew it to thirty thousand followers",
                                   topic="Python")
    assert "Python" not in _skills(bank, anecdote_id)
    bank, anecdote_id = _interview("i kept all the invoices in excel", topic="Social media marketing")
    assert "Social media marketing" not in _skills(bank, anecdote_id)


def test_a_tool_name_before_what_was_made_in_it_counts_only_when_the_vocabulary_knows_it():
    assert tools_said("i built excel spreadsheets for the team and a slack channel for alerts") == ["Excel", "Slack"]
    assert tools_said("we had tableau dashboards for every store") == ["Tableau"]
    assert tools_said("i made kpi dashboards and the sales reports") == []
