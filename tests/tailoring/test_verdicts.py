"""Verdicts a recruiter would sign: each with evidence ids and a reason, and loose relations left out."""

from __future__ import annotations

import pytest

from resume_core.bank.model import (
    Accomplishment,
    Bank,
    Certificate,
    Education,
    Job,
    Person,
    Position,
    Posting,
    Requirement,
    Skill,
)
from resume_core.tailoring.review import exclude_line
from resume_core.tailoring.pipeline import coverage_for, tailor

TODAY = "2024-01-01"


def _bank(skills=(), bullets=(), title="Engineer", start="2019", end="", education=(), certificates=()) -> Bank:
    return Bank(person=Person(name="Sam"), jobs=[Job(
        id="job-1", name="Acme", positions=[Position(title=title, start_date=start, end_date=end)],
        skills=[Skill(id=f"skl-{i}", name=s) for i, s in enumerate(skills)],
        accomplishments=[Accomplishment(id=f"acc-{i}", text=t) for i, t in enumerate(bullets)])],
        education=list(education), certificates=list(certificates))


def _rows(bank: Bank, *reqs: tuple[str, str]):
    posting = Posting(id="pst-1", requirements=[Requirement(id=f"req-{i}", text=t, kind="required", skill=s)
                                                 for i, (t, s) in enumerate(reqs)])
    return {r.requirement_id: r for r in tailor(bank, posting, today=TODAY).coverage}


def test_an_example_the_posting_gives_meets_the_requirement():
    windows = "Good working knowledge of operating system such as Windows"
    rows = _rows(_bank(["Competent in Windows"]), (windows, "operating system"), (windows, ""))
    for row in rows.values():
        assert row.verdict == "met" and row.evidence == ["skl-0"] and "Competent in Windows" in row.reason


def test_a_list_is_not_alternatives_so_a_neighbour_is_no_evidence():
    sentence = "Project Management for SDLC, Agile/Scrum, SQL"
    rows = _rows(_bank(["SDLC", "Project Management"]), *[(sentence, s) for s in ("SDLC", "Scrum", "SQL")])
    assert rows["req-0"].verdict == "met"
    assert rows["req-1"].verdict == rows["req-2"].verdict == "not_met"
    assert rows["req-2"].evidence == [] and not rows["req-2"].covered_by_alternative


def test_alternatives_the_posting_offers_stand_for_each_other():
    sentence = "Experience with Istio or Linkerd"
    rows = _rows(_bank(["Linkerd"]), (sentence, "Istio"), (sentence, "Linkerd"))
    assert rows["req-0"].verdict == "met" and rows["req-0"].covered_by_alternative == "Linkerd"
    assert rows["req-0"].reason.startswith("via Linkerd")


def test_a_title_word_proves_no_skill_but_a_role_ask_and_a_whole_practice():
    bank = _bank([], ["Ran weekly client demos"], title="AWS Consultant")
    bank.jobs[0].description = "AWS Consultant (2019 - 2023): ran client demos"  # the title again
    rows = _rows(bank, ("Proficiency in AWS", "AWS"), ("Cloud consulting as an AWS Consultant", ""))
    assert rows["req-0"].verdict == "not_met" and rows["req-0"].evidence == []
    assert "your title 'AWS Consultant' names it" in rows["req-0"].reason
    assert rows["req-1"].verdict == "met"  # the ask names the role: the title is its evidence
    rows = _rows(_bank([], ["Ran weekly client demos"], title="Sales Engineer"), ("Pre-sales tactics", ""),
                 ("Sales engineering", ""))
    assert rows["req-0"].verdict == "not_met"
    assert rows["req-1"].verdict == "met" and rows["req-1"].reason == "you were Sales Engineer at Acme"


def test_a_line_that_names_the_ask_in_another_inflection_is_evidence():
    # "independent working" shares no exact word with "Work Independently" ("work" is a stop word)
    rows = _rows(_bank([], ["Excelled in independent working on team projects"]),
                 ("Ability to Work Independently", "work independently"))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["acc-0"]


def test_a_clipped_word_is_the_word_it_clips():
    rows = _rows(_bank(["Comprehensive knowledge in the Telecommunication field", "Network admin"]),
                 ("Telecom", ""), ("Network administration", ""), ("Telemetry", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    assert rows["req-1"].verdict == "met" and rows["req-1"].evidence == ["skl-1"]
    assert rows["req-2"].verdict == "not_met"


def test_a_prefix_written_apart_or_joined_is_one_word():
    rows = _rows(_bank(["Off-shore Management", "Ecommerce platforms"]),
                 ("Offshore Management: managing offshore teams across time zones", ""), ("e-commerce", ""),
                 ("Shore excursions", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    assert rows["req-1"].verdict == "met" and rows["req-1"].evidence == ["skl-1"]
    assert rows["req-2"].verdict == "not_met"


def test_a_sibling_practice_is_only_related_and_a_junk_category_skill_proves_nothing():
    rows = _rows(_bank(["End-to-end testing", "Programming languages"]),
                 ("Test automation", "Test automation"), ("Programming languages", "Programming languages"))
    assert rows["req-0"].verdict == "partly_met" and rows["req-0"].reason.startswith("related only")
    assert rows["req-1"].verdict == "not_met" and rows["req-1"].evidence == []


def test_a_tool_meets_the_practice_it_is_an_instance_of_with_the_relation_as_reason():
    rows = _rows(_bank(["Terraform"]), ("Infrastructure as code", "Infrastructure as code"))
    assert rows["req-0"].verdict == "met" and "Terraform is infrastructure as code" in rows["req-0"].reason


def test_a_title_is_evidence_you_can_check():
    rows = _rows(_bank([], ["Built weekly sales reports in Excel"], title="Data Analyst"),
                 ("Data analysis", "Data analysis"))
    assert rows["req-0"].verdict == "met" and rows["req-0"].reason == "you were Data Analyst at Acme"
    assert rows["req-0"].evidence == ["job-1"]


def test_a_qualifier_is_not_asked_and_one_word_of_two_is_no_evidence():
    rows = _rows(_bank(["Excellent Organizational Skills", "Quality assurance"]),
                 ("Exceptional Organizational Skills", ""), ("Quality Control Analysis", ""),
                 ("Test automation frameworks", ""))
    assert rows["req-0"].verdict == "met"
    assert rows["req-1"].verdict == "not_met" and rows["req-1"].evidence == []


@pytest.mark.parametrize(("start", "end", "verdict"), [("2012", "2015", "met"), ("2013", "2015", "not_met")])
def test_years_as_a_role_are_met_only_with_enough_years(start, end, verdict):
    ask = "A minimum of 3 years experience as a HELP DESK ADMINISTRATOR"
    row = _rows(_bank(title="HELP DESK ADMINISTRATOR", start=start, end=end), (ask, ""))["req-0"]
    assert row.verdict == verdict and row.years_needed == 3 and row.evidence == ["job-1"]
    assert row.reason.endswith((">= 3 required" if verdict == "met" else "< 3 required"))


def test_the_analysis_fields_are_used_when_set():
    bank = _bank(["Terraform"], start="2022")
    posting = Posting(id="pst-1", requirements=[
        Requirement(id="req-y", text="Terraform", quote="You bring 5+ years with Terraform.", kind="required",
                    skill="Terraform", aspect="years", years_min=5),
        Requirement(id="req-a", text="Istio", kind="required", skill="Istio", alternatives_group="mesh"),
        Requirement(id="req-b", text="Terraform", kind="required", skill="Terraform", alternatives_group="mesh"),
    ])
    rows = {r.requirement_id: r for r in tailor(bank, posting, today=TODAY).coverage}
    assert rows["req-y"].verdict == "partly_met" and rows["req-y"].years_needed == 5  # the skill, not the years
    assert rows["req-y"].years_found == pytest.approx(2.0, abs=0.01)
    assert rows["req-a"].verdict == "met" and rows["req-a"].covered_by_alternative == "Terraform"


def test_a_user_correction_replaces_the_count():
    bank = _bank(["Terraform"], start="2022")
    posting = Posting(id="pst-1", requirements=[Requirement(id="req-y", text="3+ years with Terraform", kind="required",
                                                            skill="Terraform")])
    resume = tailor(bank, posting, today=TODAY).resume
    [row] = coverage_for(resume, bank, posting, today=TODAY, corrections={"req-y": 4.0})
    assert row.verdict == "met" and row.years_found == 4.0 and "as you corrected it" in row.reason


def test_degree_levels_and_lines_in_the_bank_but_not_on_the_page():
    bank = _bank(["Kubernetes"], education=[Education(id="edu-1", institution="MIT", study_type="BSc", area="CS")],
                 certificates=[Certificate(id="crt-1", name="Certified Kubernetes Administrator")])
    rows = _rows(bank, ("Bachelor's degree in Computer Science or related field", ""),
                 ("Master's degree in Computer Science", ""), ("Kubernetes", "Kubernetes"))
    assert rows["req-0"].verdict == "met" and rows["req-0"].reason.startswith("BSc >= Bachelor's")
    assert rows["req-1"].verdict == "partly_met"
    posting = Posting(id="pst-1", requirements=[
        Requirement(id="req-k", text="Kubernetes", kind="required", skill="Kubernetes")])
    resume = tailor(bank, posting, today=TODAY).resume
    for line in [*resume.skills, *(b for e in resume.experience for b in e.bullets)]:
        resume = exclude_line(resume, line.item_id)
    resume = resume.model_copy(update={"certificates": []})
    [row] = coverage_for(resume, bank, posting, today=TODAY)
    assert row.verdict == "not_on_page" and set(row.evidence) >= {"skl-0", "crt-1"}


def test_scattered_words_and_hedged_relations_do_not_meet_a_requirement():
    bullet = ("Ran the operation of the night shift, trained new staff, wrote the handbook and did the "
              "quality control of every batch")
    rows = _rows(_bank(["DevOps"], [bullet]), ("Operation and Control", ""), ("Linux", "Linux"))
    assert rows["req-0"].verdict != "met"  # both words are there, far apart: not the skill
    # a hedged relation ("DevOps work is mostly on Linux") is no evidence; the reason still names it
    assert rows["req-1"].verdict == "not_met" and rows["req-1"].evidence == []
    assert "related only" in rows["req-1"].reason and "DevOps" in rows["req-1"].reason


def test_a_skill_without_its_years_is_partly_met_and_the_years_of_each_skill_of_the_clause_count():
    sentence = "At least 3 years of experience with Terraform and Kubernetes; Docker is a plus"
    bank = _bank(["Terraform", "Kubernetes", "Docker"], start="2025-01")
    rows = _rows(bank, (sentence, "Terraform"), (sentence, "Kubernetes"), (sentence, "Docker"))
    for row in (rows["req-0"], rows["req-1"]):
        assert row.verdict == "partly_met" and row.years_needed == 3 and "< 3 required" in row.reason
    assert rows["req-2"].verdict == "met" and rows["req-2"].years_needed is None


def test_a_closing_head_noun_names_no_extra_skill():
    rows = _rows(_bank(bullets=["Shot and edited product photography for the catalogue",
                                "Proficient in Reinsurance, Underwriting, and Claims handling"]),
                 ("Demonstrated knowledge of professional photography techniques", ""),
                 ("Excellent grasp of Underwriting process", ""),
                 ("Process improvement", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["acc-0"]
    assert rows["req-1"].verdict == "met" and rows["req-1"].evidence == ["acc-1"]
    assert rows["req-2"].verdict == "not_met"  # "process" opens this one: it is the skill's own word


def test_a_skill_of_the_person_not_of_a_job_is_evidence():
    bank = _bank(bullets=["Ran the help desk"])
    bank.skills = [Skill(id="skl-p1", name="Kubernetes")]
    row = _rows(bank, ("Kubernetes", "Kubernetes"))["req-0"]
    assert row.verdict in ("met", "not_on_page") and row.evidence == ["skl-p1"]
    assert "your skills" in row.reason


def test_years_of_a_skill_only_the_person_lists_are_partly_met():
    bank = _bank(bullets=["Ran the help desk"], start="2015")
    bank.skills = [Skill(id="skl-p1", name="Kubernetes")]
    posting = Posting(id="pst-1", requirements=[Requirement(
        id="req-0", text="3+ years of Kubernetes", kind="required", skill="Kubernetes", aspect="years",
        years_min=3, quote="3+ years running Kubernetes in production")])
    row = tailor(bank, posting, today=TODAY).coverage[0]
    assert row.verdict == "partly_met" and row.evidence == ["skl-p1"]
    assert "Kubernetes" in row.reason and "3 required" in row.reason  # the skill is there, its years are not


def test_leading_words_of_degree_do_not_stop_a_skill_being_named():
    rows = _rows(_bank(["Critical thinking skills", "Management"]),
                 ("Reinforced critical thinking skills", ""), ("Project management", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    assert rows["req-1"].verdict != "met"  # the word that names the kind of management is missing


def test_what_the_posting_says_about_a_skill_is_not_part_of_its_name():
    rows = _rows(_bank(["Trained in data load process", "Strong physical stamina and strength"]),
                 ("Familiarity with data load process is an added value", ""),
                 ("Physical stamina and strength vital for long hours in a busy kitchen", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    assert rows["req-1"].verdict == "met" and rows["req-1"].evidence == ["skl-1"]


def test_a_name_the_requirement_spells_is_proved_by_a_line_that_names_it_however_worded():
    rows = _rows(_bank(["Demonstrated ability with use of VisualForce", "Ample experience with CRUD operations",
                        "Deep understanding of WCF for creating services"]),
                 ("Proficient in the functionality and usage of VisualForce", ""),
                 ("Strong understanding and implementation capability of CRUD principles.", ""),
                 ("WCF (Windows Communication Foundation)", ""),
                 ("Proficient in the implementation of IPDR, DOCSIS, and CRUD", ""),
                 ("STRONG UNDERSTANDING OF WCF SERVICES AND CRUD", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    assert rows["req-1"].verdict == "met" and rows["req-1"].evidence == ["skl-1"]
    assert rows["req-2"].verdict == "met" and rows["req-2"].evidence == ["skl-2"]
    assert rows["req-3"].verdict != "met"  # every name the requirement spells is needed, not one of three
    assert rows["req-4"].verdict != "met"  # a shouted line's capitals are no names


def test_a_relation_that_says_almost_always_is_likely_not_proven():
    rows = _rows(_bank(["Docker"]), ("Linux", "Linux"), ("Containers", "Containers"))
    assert rows["req-0"].verdict == "not_met" and "almost always" in rows["req-0"].reason
    assert rows["req-0"].evidence == []
    assert rows["req-1"].verdict == "met"  # Docker is a container tool: an instance of the practice


def test_a_library_only_relates_to_its_language_while_a_language_meets_its_kind():
    rows = _rows(_bank(["jQuery", "Bash"]), ("Proficiency in JavaScript", "JavaScript"), ("Scripting", "Scripting"))
    assert rows["req-0"].verdict == "partly_met" and rows["req-0"].reason.startswith("related only")
    assert "jQuery is a JavaScript library" in rows["req-0"].reason
    assert rows["req-1"].verdict == "met"


def test_one_example_the_posting_gives_does_not_prove_another():
    sentence = "Familiarity with Microsoft solutions such as MS SQL Server and Visual Studio"
    rows = _rows(_bank(["Visual Studio"]), (sentence, "SQL Server"), (sentence, "Visual Studio"))
    assert rows["req-0"].verdict == "not_met" and rows["req-0"].evidence == []
    assert rows["req-1"].verdict == "met"


def test_every_word_of_a_short_ask_in_one_line_meets_it_whatever_the_vocabulary_reads():
    # "Oracle" alone reads as Oracle Database; the line says the very product asked for.
    rows = _rows(_bank(["Oracle Micros", "Retail"]), ("Familiarity with Oracle Micros.", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    rows = _rows(_bank(["Micros POS terminals"]), ("Familiarity with Oracle Micros.", ""))
    assert rows["req-0"].verdict != "met"  # one word of the two


def test_the_coverage_score_rises_with_verdicts_years_and_more_evidence():
    from resume_core.tailoring.verdicts import coverage_score

    reqs = (("Terraform", "Terraform"), ("3+ years as an Engineer", ""))
    once = _rows(_bank(["Terraform"], start="2022"), *reqs)
    twice = _rows(_bank(["Terraform"], ["Wrote Terraform modules"], start="2022"), *reqs)
    longer = _rows(_bank(["Terraform"], ["Wrote Terraform modules"], start="2021-06"), *reqs)
    none = _rows(_bank(["Excel"], start="2023-06"), *reqs)
    assert once["req-1"].verdict == twice["req-1"].verdict == "not_met" and longer["req-1"].verdict == "not_met"
    # the same verdicts: more evidence lines, more years of the ask (2 y 6 m of 3 > 2 y of 3) score higher
    scores = [coverage_score(list(rows.values())) for rows in (none, once, twice, longer)]
    assert scores == sorted(scores) and len(set(scores)) == 4
    assert 0.0 <= scores[0] and scores[-1] < 1.0
    assert coverage_score([]) == 0.0


def test_more_evidence_past_three_lines_and_more_years_past_twice_the_ask_still_score_higher():
    from resume_core.tailoring.verdicts import coverage_score

    reqs = (("Terraform", "Terraform"), ("1+ years as an Engineer", ""))
    four = _rows(_bank(["Terraform"], [f"Wrote Terraform module {n}" for n in range(3)], start="2021"), *reqs)
    five = _rows(_bank(["Terraform"], [f"Wrote Terraform module {n}" for n in range(4)], start="2021"), *reqs)
    longer = _rows(_bank(["Terraform"], [f"Wrote Terraform module {n}" for n in range(4)], start="2019"), *reqs)
    assert [len(r["req-0"].evidence) for r in (four, five, longer)] == [4, 5, 5]
    assert all(r["req-1"].verdict == "met" for r in (four, five, longer))  # 3 and 5 years: both past twice 1
    scores = [coverage_score(list(rows.values())) for rows in (four, five, longer)]
    assert scores[0] < scores[1] < scores[2] < 1.0


def test_a_track_record_a_kind_of_setting_or_how_well_is_not_what_is_asked():
    rows = _rows(_bank(["Process Improvement: reframed the operational processes", "Proficient in force.com",
                        "Programming abilities"]),
                 ("Track record of Process Improvement initiatives", ""),
                 ("Advanced proficiency in the force.com ecosystem", ""),
                 ("Theoretical and working knowledge of Programming.", ""))
    assert [rows[f"req-{i}"].verdict for i in range(3)] == ["met", "met", "met"]
    assert rows["req-0"].evidence == ["skl-0"] and rows["req-1"].evidence == ["skl-1"]
    # the setting is dropped, not the subject: a line without the improvement is no evidence
    rows = _rows(_bank(["Process documentation"]), ("Track record of Process Improvement initiatives", ""))
    assert rows["req-0"].verdict == "not_met"


def test_a_long_sentence_that_spells_a_name_is_proved_by_a_line_naming_it():
    sentence = "Proficiency with elegant design and efficient code in MSCRM 2013/2015/2016"
    rows = _rows(_bank(["Mastery in MSCRM 2013/2015/2016"]), (sentence, ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    rows = _rows(_bank(["Elegant design of efficient code"]), (sentence, ""))
    assert rows["req-0"].verdict != "met"  # the product it asks for is named nowhere


def test_a_quality_named_by_its_adjective_meets_the_ask():
    rows = _rows(_bank(["Physically fit and significantly vigorous stamina"]), ("Physical Fitness and Stamina", ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["skl-0"]
    rows = _rows(_bank(["Fit for duty"]), ("Physical Fitness and Stamina", ""))
    assert rows["req-0"].verdict != "met"


def test_the_role_an_ask_is_done_in_is_not_part_of_what_it_asks():
    ask = "Proficient in agricultural management as a farmer or rancher may apply"
    rows = _rows(_bank(title="Farmers, Ranchers, and other Agricultural Managers"), (ask, ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["job-1"]
    rows = _rows(_bank(title="Ranch Hand"), (ask, ""))
    assert rows["req-0"].verdict == "not_met"


def test_what_an_acumen_is_towards_is_what_it_asks():
    ask = "Strong acumen towards healthcare sector trends and practices"
    rows = _rows(_bank(bullets=["Specialist in healthcare recruitment."]), (ask, ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["acc-0"]
    rows = _rows(_bank(bullets=["Specialist in retail recruitment."]), (ask, ""))
    assert rows["req-0"].verdict == "not_met"


@pytest.mark.parametrize("ask", ["Experience with Infrastructure as Code", "Knowledge of Platform as a Service"])
def test_a_name_that_holds_as_a_is_asked_whole(ask):
    rows = _rows(_bank(["Platform engineering", "Infrastructure automation"]), (ask, ""))
    assert rows["req-0"].verdict != "met"


def test_experience_as_a_role_is_asked_by_the_role_not_the_skill_it_names():
    ask = "Proven experience as a Java Developer."
    assert _rows(_bank(["Java Platform"]), (ask, ""))["req-0"].verdict != "met"
    rows = _rows(_bank(["Java Platform"], title="Senior Java Developer"), (ask, ""))
    assert rows["req-0"].verdict == "met" and rows["req-0"].evidence == ["job-1"]


def test_displayed_says_how_it_shows_not_what_it_asks():
    ask = "Displayed patience and understanding to fulfill needs of diverse students"
    assert _rows(_bank(["Patience and understanding"]), (ask, ""))["req-0"].verdict == "met"
    assert _rows(_bank(["Displayed leadership"]), (ask, ""))["req-0"].verdict == "not_met"
