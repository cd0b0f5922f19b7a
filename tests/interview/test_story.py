"""The story's title and STAR summary: from the action and its result, in the person's own words."""

from __future__ import annotations

import re

import pytest
from interview_bank import interview_bank, transcript

from resume_core.interview.questions import build_context
from resume_core.interview.story import summarise_answers, suggest_title


@pytest.fixture
def context():
    return build_context(interview_bank(), "job-acme0001")


def test_summary_uses_only_the_users_own_words(context):
    answers = [
        "I rewrote the billing batch in Go and it cut the nightly run from 4 hours to 25 minutes.",
        "yes",
        "I also paired with two juniors on the Terraform modules for the staging accounts.",
    ]
    turns = transcript("Q1?", answers[0], "Q2?", answers[1], "Q3 with words like Kubernetes?", answers[2])
    summary = summarise_answers(context, turns)
    said = {w.lower() for a in answers for w in re.findall(r"[\w']+", a)}
    framing = {"situation", "what", "i", "did", "result"}
    invented = {w.lower() for w in re.findall(r"[\w']+", summary)} - said - framing
    assert not invented
    assert "25 minutes" in summary and "Terraform modules" in summary and "Kubernetes" not in summary


def test_summary_of_nothing_is_empty(context):
    assert summarise_answers(context, transcript("Q?")) == ""


def test_title_comes_from_the_action_and_its_result(context):
    # Changed deliberately for issue 13: a measured result makes the title (it was the cut first sentence).
    turns = transcript("Q?", "I rewrote the billing batch in Go last spring. It was hard.")
    assert suggest_title(context, turns) == "Rewrote the billing batch in Go last spring"
    turns = transcript("Q?", "Yes. So we redesigned the VPC and cut the NAT bill by $9k a month.")
    assert suggest_title(context, turns) == "Cut the NAT bill by $9k a month"
    turns = transcript("Q?", "At Fidelity I built a reconciliation workbook.", "Q2?",
                   "It cut the month-end report time from ninety to twenty-five minutes.")
    assert suggest_title(context, turns) == "Cut the month-end report time from 90 to 25 minutes"
    turns = transcript("Q?", "I redesigned the algebra course around weekly quizzes.", "Q2?",
                   "The pass rate went from 61% to 84% in two years.")
    assert suggest_title(context, turns) == ("Redesigned the algebra course around weekly quizzes - the pass rate "
                                             "went from 61% to 84%")
    assert suggest_title(context, transcript("Q?", "Yes.", "Q2?", "No idea.")) == f"Interview about {context.name}"


def test_summary_is_star_shaped_in_the_users_sentences(context):
    turns = transcript(
        "Q?", "The month-end report was a mess and took the team a whole morning.",
        "Q2?", "I built a reconciliation workbook in Excel. It pulled the trade data for every branch.",
        "Q3?", "The report time went from 90 to 25 minutes, so the managers had it before their meeting.",
    )
    summary = summarise_answers(context, turns)
    situation, did, result = summary.split("\n\n")
    assert situation == "Situation: The month-end report was a mess and took the team a whole morning."
    assert did == "What I did: I built a reconciliation workbook in Excel. It pulled the trade data for every branch."
    assert result.startswith("Result: The report time went from 90 to 25 minutes")


def test_a_result_said_on_its_own_still_gives_a_headline():
    from resume_core.interview.bullets import Bullet
    from resume_core.interview.story import headline

    alone = Bullet("The waiting list went from 9 weeks down to 3", [1], "outcome",
                   outcome="the waiting list went from 9 weeks down to 3")
    assert headline(alone) == "The waiting list went from 9 weeks down to 3"
