"""What a requirement sentence asks for in words the vocabulary does not know (resume_core/posting/phrases.py)."""

from __future__ import annotations

import pytest

from resume_core.posting.analysis import analyze_posting
from resume_core.posting.phrases import asked_phrases, preferred_after


@pytest.mark.parametrize(("sentence", "phrases"), [
    ("Familiarity with CCAR reports, Basel and stress testing is a plus", ["CCAR reports", "Basel", "stress testing"]),
    ("Must have strong knowledge of NYC and housing policy", ["NYC", "housing policy"]),
    ("Experience in Routing protocols", ["Routing protocols"]),
    ("Expertise in data mining, specifically in banking", ["data mining"]),
    ("Experience in creating, evaluating and testing", []),  # lone verbs name nothing
    ("Experience of at least 5 years in a similar role", []),
    ("Experience with one or more of the following:", []),
])
def test_the_things_a_sentence_asks_experience_or_knowledge_of(sentence, phrases):
    found = asked_phrases(sentence)
    assert [p for _, p in found] == phrases
    assert all(sentence[at:at + len(p)] == p for at, p in found), "each phrase is quoted where it stands"


def test_a_preference_cue_after_the_phrase():
    sentence = "Understanding of the regulatory domain is desired"
    assert preferred_after(sentence, sentence.index(" is desired"))
    assert not preferred_after("Knowledge of Basel reports", len("Knowledge of Basel"))


def test_a_sentence_naming_known_skills_keeps_the_unknown_ask_as_its_own_row():
    text = ("Requirements:\n"
            "- Must be a SQL expert; familiarity with CCAR reports and Python\n"
            "- Understanding of the regulatory domain is desired")
    rows = analyze_posting(text).requirements
    by_text = {r.text: r for r in rows}
    assert {"SQL", "Python"} <= {r.skill for r in rows}
    assert "CCAR reports" in by_text and by_text["CCAR reports"].aspect == "other"
    named = max(r.confidence for r in rows if r.skill == "Python")
    assert by_text["CCAR reports"].confidence < named, "a phrase no vocabulary names is less sure than a named skill"
    assert "familiarity with CCAR reports" in by_text["CCAR reports"].quote



def test_a_phrase_row_reads_as_a_line_but_keeps_a_name_as_spelled():
    text = "Requirements:\n- SQL and knowledge of housing policy\n- Python and experience with eSite tools"
    lines = {r.text for r in analyze_posting(text).requirements if r.aspect == "other"}
    assert "Housing policy" in lines, "a plain phrase opens with a capital like every row"
    assert "eSite tools" in lines, "a name with an inner capital keeps its spelling"
