"""The interviewer's memory of a topic: what the answers already hold, what was asked, when it is done."""

from __future__ import annotations

from interview_bank import transcript

from resume_core.interview.state import slot_of, target_skills, topic_states


def test_what_was_said_fills_the_slots_and_the_topic_is_done():
    [topic] = topic_states(transcript(
        "What are you proudest of?",
        "I rebuilt the month-end report with SQL, it went from ninety minutes to twenty-five, so the managers had "
        "it before the meeting."))
    assert {"example", "own_part", "numbers", "outcome", "tools"} <= topic.known
    assert topic.next_slot() is None


def test_a_we_story_lacks_the_own_part_and_quotes_it_back():
    [topic] = topic_states(transcript("What happened?", "We moved billing to the new cluster over the winter."))
    assert "own_part" not in topic.known and topic.we_sentence == "We moved billing to the new cluster over the winter"
    assert topic.next_slot() == "own_part"


def test_each_follow_up_is_recognised_so_its_slot_is_never_asked_twice():
    turns = transcript("What happened?", "We moved billing to the new cluster.",
                   "You said \u201cWe moved billing\u201d. Which part of that did you personally do?", "Not sure.")
    [topic] = topic_states(turns)  # a follow-up stays in its topic
    assert topic.asked == {"own_part"} and topic.next_slot() != "own_part"
    assert slot_of("Thanks - \u201cCut costs\u201d is on record. Next: What are you proudest of?") is None


def test_an_opener_starts_a_new_topic_with_its_gap_skill():
    turns = transcript("Let's talk about Kafka at Acme. What is one concrete thing you did there?",
                   "I built the order pipeline for 2 million events a day, so billing ran live.")
    [topic] = topic_states(turns, targets={"let's talk about kafka at acme what is one concrete thing you did there":
                                           "Kafka"})
    assert topic.target == "Kafka" and "skill" not in topic.known and topic.next_slot() == "skill"


def test_a_topic_names_its_skills():
    assert target_skills("Datadog, Prometheus or Grafana") == ["Datadog", "Prometheus", "Grafana"]
    assert target_skills("Data analysis") == ["Data analysis"]


def test_a_tool_said_in_lower_case_is_heard_so_the_interviewer_does_not_ask_which_tools():
    [topic] = topic_states(transcript("What happened?", "so we used dentrix for the charting"))
    assert "tools" in topic.known and topic.tools == ["Dentrix"]
    [topic] = topic_states(transcript("What happened?", "so we did the charting on paper"))
    assert "tools" not in topic.known


def test_a_gap_skill_shown_by_a_platform_the_vocabulary_relates_to_it_is_heard():
    key = "let's talk about social media marketing at acme what is one concrete thing you did there"
    question = "Let's talk about Social media marketing at Acme. What is one concrete thing you did there?"
    [topic] = topic_states(transcript(question, "i ran the instagram for the brand"),
                           targets={key: "Social media marketing"})
    assert "skill" in topic.known
    [topic] = topic_states(transcript(question, "i kept the invoices in excel"), targets={key: "Social media marketing"})
    assert "skill" not in topic.known
