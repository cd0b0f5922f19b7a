"""Verdicts on how an ask is worded: the same thing said in other general words, and a word that only
names the kind of thing another line is about."""

from __future__ import annotations

from resume_core.bank.model import Accomplishment, Bank, Job, Person, Position, Posting, Requirement, Skill
from resume_core.tailoring.pipeline import tailor

TODAY = "2024-01-01"


def _bank(skills=(), bullets=()) -> Bank:
    return Bank(person=Person(name="Sam"), jobs=[Job(
        id="job-1", name="Acme", positions=[Position(title="Engineer", start_date="2019")],
        skills=[Skill(id=f"skl-{i}", name=s) for i, s in enumerate(skills)],
        accomplishments=[Accomplishment(id=f"acc-{i}", text=t) for i, t in enumerate(bullets)])])


def _rows(bank: Bank, *asks: str):
    posting = Posting(id="pst-1", requirements=[Requirement(id=f"req-{i}", text=t, kind="required")
                                                 for i, t in enumerate(asks)])
    return [r for r in sorted(tailor(bank, posting, today=TODAY).coverage, key=lambda r: r.requirement_id)]


def test_a_general_english_synonym_says_the_same_word():
    rows = _rows(_bank(["Full time dedication to tasks", "Proficient in force.com environment"]),
                 "Full Time commitment", "Advanced Proficiency in working over force.com ecosystem",
                 "Full time position")
    assert rows[0].verdict == "met" and rows[0].evidence == ["skl-0"]
    assert rows[1].verdict == "met" and rows[1].evidence == ["skl-1"]
    assert rows[2].verdict != "met"  # 'position' is no synonym of commitment
    rows = _rows(_bank(["Expert in instructing others"]), "Highly skilled in instructing teammates",
                 "Highly skilled in instructing machines")
    assert rows[0].verdict == "met" and rows[1].verdict != "met"
    rows = _rows(_bank(["Explicitly great at mathematics", "Sanitization techniques"]), "Strong math skills",
                 "Sanitation Knowledge")
    assert [r.evidence for r in rows] == [["skl-0"], ["skl-1"]] and {r.verdict for r in rows} == {"met"}


def test_words_that_are_not_synonyms_stay_apart():
    rows = _rows(_bank(["Client retention programmes"]), "Customer retention", "Customer acquisition")
    assert rows[0].verdict == "met" and rows[0].evidence == ["skl-0"]
    assert rows[1].verdict != "met"  # a client is a customer, retention is no acquisition


def test_a_one_word_ask_is_not_met_by_a_tool_or_product_of_its_kind():
    rows = _rows(_bank(["Computer literacy for utilizing medical and research software", "Efficiency with Merge tool"]),
                 "Research Skills", "Proficiency in Merge, necessary for file unification")
    assert rows[0].verdict == "not_met" and "tool or product" in rows[0].reason
    assert rows[1].verdict == "met"  # the ask spells Merge as a name: the Merge tool is it
    rows = _rows(_bank(["Research software and field research"]), "Research Skills")
    assert rows[0].verdict == "met"


def test_a_label_before_a_hyphen_names_the_ask():
    rows = _rows(_bank(["Fluent in Mechanical Skills"]),
                 "Mechanical Skills- Proficient at understanding and working with diverse tools and hardware",
                 "Electrical Skills- Proficient at understanding and working with diverse tools and hardware")
    assert rows[0].verdict == "met" and rows[0].evidence == ["skl-0"]
    assert rows[1].verdict == "not_met"


def test_troubleshooting_proves_problem_solving_but_not_the_other_way():
    rows = _rows(_bank(["Complex Problem Solving"]), "Troubleshooting")
    assert rows[0].verdict == "not_met"
    rows = _rows(_bank(["Troubleshooting network outages"]), "Problem solving")
    assert rows[0].verdict == "met" and "solving problems" in rows[0].reason
