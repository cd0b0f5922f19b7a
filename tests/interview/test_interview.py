"""The offline interviewer: icebreakers from the job's own gaps, follow-ups that react, summaries
from the user's own words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis_budget import examples
from interview_bank import interview_bank, kafka_posting, transcript

from resume_core.errors import UserError
from resume_core.interview.questions import (
    build_context,
    build_conversation,
    follow_up,
    icebreakers,
)
from resume_core.bank.model import Skill, Turn


@pytest.fixture
def context():
    return build_context(interview_bank(), "job-acme0001")


def test_icebreakers_come_from_the_jobs_own_gaps(context):
    questions = icebreakers(context)
    assert 3 <= len(questions) <= 5
    joined = "\n".join(questions)
    # the bullet without a number, not the one with "30%"
    assert "Migrated the billing service to Kubernetes" in joined and "30%" not in joined
    # the skill no bullet shows (Terraform), not the one a bullet shows (Python)
    assert "What did you build with Terraform at Acme?" in joined and "build with Python" not in joined
    assert "only 2 accomplishments" in joined and "Platform Engineer" in joined


def test_posting_requirements_the_bank_lacks_become_questions():
    context = build_context(interview_bank(), "job-acme0001", posting=kafka_posting())
    assert [skill for skill, _ in context.gaps] == ["Kafka"]  # Terraform is covered, Snowflake dropped
    assert any("Data Engineer at Globex posting asks for Kafka" in q for q in icebreakers(context))


def test_a_topic_from_the_tailor_page_comes_first():
    context = build_context(interview_bank(), "prj-side0001", topic="Kubernetes")
    first = icebreakers(context)[0]
    assert "Kubernetes on Pantry Routes" in first


def test_an_empty_project_still_gets_three_useful_openers():
    context = build_context(interview_bank(), "prj-side0001")
    questions = icebreakers(context)
    assert len(questions) >= 3 and len(set(questions)) == len(questions)
    assert all("Pantry Routes" in q for q in questions)


def test_unknown_owner_is_a_user_error():
    with pytest.raises(UserError):
        build_context(interview_bank(), "job-gone0001")


def test_a_short_answer_gets_asked_for_an_example(context):
    reply = follow_up(context, transcript("What happened?", "It went well."))
    assert "example" in reply


def test_we_without_i_asks_what_the_user_personally_did(context):
    answer = "We moved the whole billing system onto a new cluster over two quarters with the platform team."
    reply = follow_up(context, transcript("What happened?", answer))
    assert "personally" in reply and "We moved the whole billing system" in reply


def test_no_number_asks_for_one(context):
    answer = "I designed the new deployment process and trained every developer on how to use it properly."
    assert "number" in follow_up(context, transcript("What happened?", answer))


def test_a_named_tool_without_a_scale_asks_how_big(context):
    answer = "I set up Kafka for the order events, and it let us drop the nightly batch jobs."
    reply = follow_up(context, transcript("What happened?", answer))
    assert "Kafka" in reply and "how big" in reply.lower()


def test_a_scale_already_given_is_never_asked_for(context):
    # Issue 13: "How big was the Kafka work?" came right after "about 40 topics".
    answer = "I set up Kafka for the order events, about 40 topics, and it let us drop the nightly batch jobs."
    reply = follow_up(context, transcript("What happened?", answer))
    assert "how big" not in reply.lower() and "number" not in reply.lower() and "outcome" not in reply.lower()


def test_a_complete_answer_moves_on_to_an_unasked_opener_and_says_what_it_heard(context):
    # Changed deliberately for issue 13: the bridge to the next topic quotes the answer it heard
    # (it used to be a bare "Thanks, that helps.").
    answer = "I rewrote the billing batch myself and it cut the nightly run from 4 hours to 25 minutes."
    first, second = icebreakers(context)[:2]
    reply = follow_up(context, transcript(first, answer))
    assert reply.endswith(second) and "\u201cCut the nightly run from 4 hours to 25 minutes\u201d" in reply


def test_no_question_is_ever_repeated(context):
    turns: list[Turn] = []
    for _ in range(25):
        question = follow_up(context, turns)
        assert all(question != t.text for t in turns if t.role == "assistant")
        turns += [Turn(role="assistant", text=question), Turn(role="user", text="We did some things.")]


def test_conversation_carries_the_facts_and_the_offline_logic(context):
    conversation = build_conversation(context, transcript("Q?", "A short answer."))
    assert conversation.prompt == "interview" and conversation.summary_prompt == "summarise_interview"
    facts = "\n".join(conversation.variables["facts"])
    assert "Migrated the billing service to Kubernetes" in facts and "Terraform" in facts
    assert conversation.offline_reply(context, conversation.turns) == follow_up(context, conversation.turns)


def test_openers_vary_when_one_kind_of_gap_dominates():
    bank = interview_bank()
    job = bank.jobs[0]
    for i, name in enumerate(["Kafka", "Snowflake", "Airflow", "Docker", "Redis"]):
        job.skills.append(job.skills[0].model_copy(update={"id": f"skl-more000{i}", "name": name}))
    questions = icebreakers(build_context(bank, "job-acme0001"))
    unshown = [q for q in questions if q.startswith("You list")]
    assert len(unshown) == 2 and any("proudest" in q for q in questions)
    assert any("Migrated the billing service" in q for q in questions)


def test_a_soft_skill_asks_for_a_moment_not_for_scale(context):
    answer = "I presented the plan to the leadership team and got the budget approved in 2 weeks."
    reply = follow_up(context, transcript("What happened?", answer))
    assert "leadership" in reply and "one moment" in reply and "How big" not in reply


def test_a_company_name_ending_in_a_full_stop_does_not_end_a_question_in_dot_question_mark():
    from resume_core.interview.questions import build_context, icebreakers
    from resume_core.bank.model import Bank, Job, Position, Skill

    bank = Bank(jobs=[Job(id="job-acme", name="Acme Inc.", positions=[Position(title="Engineer")],
                          skills=[Skill(id="skl-acme-1", name="Terraform")])])
    questions = icebreakers(build_context(bank, "job-acme"))
    assert any("Terraform at Acme Inc?" in q for q in questions), questions
    assert not any(".?" in q for q in questions)


def test_follow_ups_ask_each_missing_fact_once_then_move_on(context):
    first, second = icebreakers(context)[:2]
    turns = transcript(first, "We moved the whole billing system onto a new cluster with the platform team.")
    own = follow_up(context, turns)
    assert "personally" in own
    turns += transcript(own, "I wrote the migration scripts and ran the cutover weekend.")
    numbers = follow_up(context, turns)
    assert "number" in numbers and "You said you wrote the migration scripts" in numbers  # uses the answer
    turns += transcript(numbers, "About 200 services, 3 terabytes of data.")
    outcome = follow_up(context, turns)
    assert "outcome" in outcome.lower() and "number" not in outcome
    turns += transcript(outcome, "Nightly jobs finished two hours earlier, so the analysts got their data by 8am.")
    moved = follow_up(context, turns)
    assert moved.endswith(second) and moved.startswith("Thanks - ")


def test_an_answer_that_already_holds_the_outcome_is_not_asked_for_it(context):
    answer = "I tuned the queries so the report now loads before the morning meeting instead of after it."
    reply = follow_up(context, transcript("What happened?", answer))
    assert "outcome" not in reply.lower() and "number" in reply


def test_a_skill_named_like_the_employer_is_not_asked_about():
    bank = interview_bank()
    bank.jobs[0].name = "Cisco"
    bank.jobs[0].skills.append(Skill(id="skl-cisco001", name="Cisco"))
    context = build_context(bank, "job-acme0001")
    questions = icebreakers(context, limit=10)
    assert not any("with Cisco at Cisco" in q for q in questions)
    turns: list[Turn] = []
    for _ in range(12):
        question = follow_up(context, turns)
        assert "with Cisco at Cisco" not in question
        turns += [Turn(role="assistant", text=question), Turn(role="user", text="I configured 40 routers.")]


def test_a_gap_interview_asks_about_the_gap_first_and_until_the_skill_is_named():
    bank = interview_bank()
    context = build_context(bank, "job-acme0001", kafka_posting(), topic="Kafka")
    first = icebreakers(context)[0]
    assert "Kafka" in first
    turns = transcript(first, "I built an event pipeline for orders, about 2 million events a day, so billing ran live.")
    reply = follow_up(context, turns)
    assert "Kafka" in reply and "come into this" in reply
    turns += transcript(reply, "The pipeline ran on Kafka, I wrote the consumers.")
    assert "come into this" not in follow_up(context, turns)


_ANSWER_WORDS = ["I", "we", "built", "the", "pipeline", "with", "Kafka", "about", "40", "users", "so", "it", "cut",
                 "costs", "by", "30%", "leadership", "mentoring", "Terraform", "and", "my", "part", "was", "yes", "."]


@settings(max_examples=examples(60), deadline=None)
@given(st.lists(st.lists(st.sampled_from(_ANSWER_WORDS), max_size=20).map(" ".join), min_size=1, max_size=12),
       st.sampled_from(["", "Kafka", "Terraform"]))
def test_no_question_is_repeated_whatever_the_answers(answers, topic):
    context = build_context(interview_bank(), "job-acme0001", kafka_posting(), topic=topic)
    turns: list[Turn] = []
    for answer in answers:
        question = follow_up(context, turns)
        assert question not in [t.text for t in turns if t.role == "assistant"]
        turns += [Turn(role="assistant", text=question), Turn(role="user", text=answer or "No.")]


def test_a_no_moves_on_instead_of_pressing():
    context = build_context(interview_bank(), "job-acme0001", kafka_posting(), topic="Kafka")
    first, second = icebreakers(context)[:2]
    reply = follow_up(context, transcript(first, "No, I never used Kafka there."))
    assert reply == f"No problem. {second}"
