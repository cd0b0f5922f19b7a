"""Suggestions from an interview, and the grounding check that catches invented facts."""

from __future__ import annotations

import pytest
from fakes import FakeEngine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples
from interview_bank import interview_bank

from resume_core.interview.anecdotes import append_turn, find_anecdote, start_interview
from resume_core.errors import UserError
from resume_core.bank.model import Skill
from resume_core.interview.suggest import SuggestedItems, Suggestion, accept_suggestion, check_grounding, suggest_items

ANSWER = (
    "I rewrote the deploy pipeline in Go and cut deploys from 40 to 6 minutes. "
    "We saved about $2M a year on AWS after I moved the batch jobs to Kafka."
)


@pytest.fixture
def interviewed():
    bank, anecdote_id = start_interview(interview_bank(), "job-acme0001")
    bank = append_turn(bank, anecdote_id, "assistant", "What did you build with Terraform at Acme? Say 50% faster?")
    bank = append_turn(bank, anecdote_id, "user", ANSWER)
    return bank, anecdote_id


def test_an_invented_metric_is_flagged_and_a_quoted_one_is_not():
    assert check_grounding("Reduced costs by 40% using Terraform", ANSWER) == ["40%", "Terraform"]
    assert check_grounding("Cut deploys from 40 to 6 minutes by rewriting the pipeline in Go", ANSWER) == []
    assert check_grounding("Saved $2 million a year on AWS", ANSWER) == []  # same amount, other spelling
    assert check_grounding("Doubled throughput of the Kafka jobs", ANSWER) == ["Doubled"]
    assert check_grounding("Led the migration at Globex", ANSWER) == ["Globex"]


def test_the_interviewers_words_do_not_count_as_the_users(interviewed):
    bank, anecdote_id = interviewed
    invented = SuggestedItems(accomplishments=["Made deploys 50% faster with Terraform"])
    [suggestion] = suggest_items(bank, anecdote_id, engine=FakeEngine(extract=[invented]))
    assert suggestion.unsupported == ["50%", "Terraform"] and not suggestion.grounded


def test_offline_suggestions_are_the_users_own_facts(interviewed):
    bank, anecdote_id = interviewed
    found = suggest_items(bank, anecdote_id)
    skills = [s.text for s in found if s.kind == "skill"]
    bullets = [s.text for s in found if s.kind == "accomplishment"]
    assert {"Go", "AWS", "Kafka"} <= set(skills) and "Terraform" not in skills  # Terraform already listed
    assert bullets[0] == "Rewrote the deploy pipeline in Go and cut deploys from 40 to 6 minutes"
    assert all(s.grounded for s in found)


def test_limits_and_duplicates(interviewed):
    bank, anecdote_id = interviewed
    reply = SuggestedItems(
        skills=["Go", "go", "Python", *[f"Tool{i}" for i in range(20)]],
        accomplishments=["Migrated the billing service to Kubernetes", "A", "B", "C", "D"],
    )
    found = suggest_items(bank, anecdote_id, FakeEngine(extract=[reply]), max_skills=4, max_accomplishments=2)
    assert [s.text for s in found if s.kind == "skill"] == ["Go", "Tool0", "Tool1", "Tool2"]
    assert [s.text for s in found if s.kind == "accomplishment"] == ["A", "B"]


def test_accepting_adds_an_item_that_remembers_its_anecdote(interviewed):
    bank, anecdote_id = interviewed
    bank = accept_suggestion(bank, anecdote_id, Suggestion(kind="skill", text="Kafka"))
    bank = accept_suggestion(bank, anecdote_id, Suggestion(kind="accomplishment", text="Cut deploys to 6 minutes"))
    job = bank.find_owner("job-acme0001")
    assert job.skills[-1].name == "Kafka" and job.skills[-1].source_anecdote_id == anecdote_id
    assert job.accomplishments[-1].source_anecdote_id == anecdote_id and job.accomplishments[-1].id.startswith("acc-")
    with pytest.raises(UserError, match="already lists"):
        accept_suggestion(bank, anecdote_id, Suggestion(kind="skill", text="kafka"))


def test_an_ungrounded_suggestion_needs_an_edit_before_it_can_be_accepted(interviewed):
    bank, anecdote_id = interviewed
    flagged = Suggestion(kind="accomplishment", text="Reduced costs by 40%", unsupported=["40%"])
    with pytest.raises(UserError, match="40%") as info:
        accept_suggestion(bank, anecdote_id, flagged)
    assert "Edit" in info.value.fix
    bank = accept_suggestion(bank, anecdote_id, flagged, text="Reduced AWS costs by about $2M a year")
    assert bank.find_owner("job-acme0001").accomplishments[-1].text == "Reduced AWS costs by about $2M a year"


def test_a_skill_listed_in_another_spelling_is_not_suggested_or_accepted_again():
    """The same duplicate check as importing: "CI-CD" on the job is "CI/CD" in the interview."""
    bank = interview_bank()
    bank.find_owner("job-acme0001").skills.append(Skill(id="skl-acme0003", name="CI-CD"))
    bank, anecdote_id = start_interview(bank, "job-acme0001")
    said = "I set up CI/CD pipelines in Node.js and cut releases from 3 hours to 20 minutes."
    bank = append_turn(bank, anecdote_id, "user", said)
    offline = [s.text for s in suggest_items(bank, anecdote_id) if s.kind == "skill"]
    assert "Node.js" in offline and "CI/CD" not in offline
    reply = SuggestedItems(skills=["ci/cd", "Node.js"])
    assert [s.text for s in suggest_items(bank, anecdote_id, FakeEngine(extract=[reply]))] == ["Node.js"]
    with pytest.raises(UserError, match="already lists"):
        accept_suggestion(bank, anecdote_id, Suggestion(kind="skill", text="CI/CD"))


def test_offline_bullets_lead_with_outcomes_and_never_need_the_conversation_to_make_sense():
    bank, anecdote_id = start_interview(interview_bank(), "job-acme0001")
    bank = append_turn(bank, anecdote_id, "assistant", "What was the network like?")
    bank = append_turn(bank, anecdote_id, "user",
                       "I did it with two other engineers over about two months in 2023. I worked there for 3 years. "
                       "I planned the new subnets across 4 regions. I redesigned the VPC and cut the NAT bill by "
                       "$9k a month.")
    bullets = [s.text for s in suggest_items(bank, anecdote_id) if s.kind == "accomplishment"]
    assert bullets == ["Redesigned the VPC and cut the NAT bill by $9k a month",
                       "Planned the new subnets across 4 regions"]


def _interview(*answers: str, topic: str = "", owner: str = "job-acme0001"):
    bank, anecdote_id = start_interview(interview_bank(), owner, topic)
    for answer in answers:
        bank = append_turn(bank, anecdote_id, "assistant", "Tell me more?")
        bank = append_turn(bank, anecdote_id, "user", answer)
    return bank, anecdote_id


def test_every_sentence_with_work_becomes_a_suggestion_not_only_those_starting_with_i():
    # Issue 13: "Every month I pulled ..." and "At Fidelity I built ..." gave nothing.
    bank, anecdote_id = _interview(
        "Every month I pulled the usage reports and flagged who was near their limit. 2 customers upgraded "
        "their circuits because of it.",
        "At Acme I built a reconciliation workbook that cut the report time from 90 to 25 minutes.")
    bullets = [s for s in suggest_items(bank, anecdote_id) if s.kind == "accomplishment"]
    texts = [b.text for b in bullets]
    assert "Built a reconciliation workbook that cut the report time from 90 to 25 minutes" in texts
    assert ("Pulled the usage reports and flagged who was near their limit, every month; 2 customers upgraded "
            "their circuits because of it") in texts
    assert all(b.grounded and b.turns for b in bullets)


def test_we_is_team_work_unless_the_person_says_their_part():
    bank, anecdote_id = _interview("We moved all 40 services to Kubernetes. I wrote the Helm charts.")
    texts = [s.text for s in suggest_items(bank, anecdote_id) if s.kind == "accomplishment"]
    assert texts == ["As part of the team, moved all 40 services to Kubernetes", "Wrote the Helm charts"]


def test_the_action_and_a_later_number_make_one_bullet_from_both_turns():
    bank, anecdote_id = _interview("I rebuilt the nightly billing batch.", "It used to take ninety minutes, now twenty.")
    [bullet] = [s for s in suggest_items(bank, anecdote_id) if s.kind == "accomplishment"]
    assert bullet.text == "Rebuilt the nightly billing batch; it used to take 90 minutes, now 20"  # digits, as a resume writes them
    assert bullet.turns == [1, 3] and bullet.grounded


def test_skills_include_tools_used_with_a_name_the_vocabulary_may_not_know():
    bank, anecdote_id = _interview("I automated the invoices using Zapier and built the reports with Metabase.")
    skills = [s.text for s in suggest_items(bank, anecdote_id) if s.kind == "skill"]
    assert "Zapier" in skills and "Metabase" in skills


def test_a_gap_interview_suggests_the_gap_skill_when_the_person_talked_about_it():
    bank, anecdote_id = _interview("I analysed the sales data every week to find which stores were slipping.",
                                   topic="Data analysis")
    skills = [s.text for s in suggest_items(bank, anecdote_id) if s.kind == "skill"]
    assert skills[0] == "Data analysis"
    bank, anecdote_id = _interview("I fixed the printers.", topic="Data analysis")
    assert "Data analysis" not in [s.text for s in suggest_items(bank, anecdote_id)]


_WORDS = ["I", "we", "We", "our", "team", "built", "cut", "the", "report", "from", "90", "to", "25", "minutes",
          "ninety", "twenty-five", "Kafka", "with", "using", "Zapier", "it", "so", "customers", "went", "down",
          "30%", "$2M", "at", "Acme", "Every", "month", "was", "a", "mess", "and", "my", "part", "Me", ",", ".",
          "Globex", "two", "million", "used", "managed", "had", "is", "doubled", "Maria", "half", ";"]


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=30).map(" ".join), min_size=1, max_size=4))
def test_offline_suggestions_are_always_grounded_and_cite_real_answers(answers):
    bank, anecdote_id = _interview(*answers)
    user_turns = {i for i in range(len(answers) * 2) if i % 2 == 1}
    for suggestion in suggest_items(bank, anecdote_id):
        assert suggestion.grounded, (suggestion, answers)
        assert set(suggestion.turns) <= user_turns


def test_a_spoken_interview_is_stored_whole_and_its_digit_bullets_are_grounded_in_the_words_said():
    said = ("um so yeah we had like forty, sorry, fifty drivers and i redid the routes in uh twenty twenty two "
            "and fuel costs went down like twelve percent")
    bank, anecdote_id = _interview(said)
    _, anecdote = find_anecdote(bank, anecdote_id)
    assert anecdote.transcript[-1].text == said  # nothing the person said is lost or rewritten
    bullets = [s for s in suggest_items(bank, anecdote_id) if s.kind == "accomplishment"]
    assert [b.text for b in bullets] == ["Redid the routes in 2022 and fuel costs went down 12%; the team had 50 drivers"]
    assert all(b.grounded for b in bullets)
    assert check_grounding("Managed 40 drivers", said) == []  # the value taken back is still the person's word
    assert check_grounding("Cut fuel costs 15%", said) == ["15%"]
