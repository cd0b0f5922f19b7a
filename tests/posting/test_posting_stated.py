"""The stated pass (resume_core/posting/stated.py): what a sentence asks for in so many words, and
what it only names (a team's name, the company's stack, what one need not have)."""

from __future__ import annotations

from resume_core.posting.analysis import analyze_posting


def test_a_skill_in_a_team_name_is_implied_not_asked():
    text = ("Requirements:\n"
            "- We are looking for a Java developer to join our fantastic Backend Engineering team.\n"
            "- Experience working in an Agile team of engineers.\n"
            "- 3+ years of Kafka")
    kinds = {r.skill: r.kind for r in analyze_posting(text).requirements if r.skill}
    assert kinds["Java"] == "required" and kinds["Kafka"] == "required"
    assert kinds["Backend"] == "implied", "'our Backend Engineering team' names the team, it asks for nothing"
    assert kinds["Agile"] == "required", "'an Agile team' is how the team works, not its name"


def test_the_company_stack_is_implied_not_asked():
    text = ("Requirements:\n"
            "- We are developing a SaaS product based on a modern stack of Kubernetes and Kafka.\n"
            "- 3+ years of Python")
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    assert rows["Python"].kind == "required"
    assert rows["Kubernetes"].kind == "implied" and rows["Kafka"].kind == "implied"
    assert rows["Kafka"].rationale.startswith("the company builds with it")
    assert rows["Kafka"].confidence < 0.5, "a guess from the company's stack is shown as maybe"


def test_what_the_posting_says_is_not_needed_is_no_requirement():
    text = ("Looking for a job where you do not have to be able to speak Danish? You have 3+ years of Python.\n"
            "You don't need to know Kotlin, but Java is a must.")
    skills = {r.skill: r.kind for r in analyze_posting(text).requirements if r.skill}
    assert "Danish" not in skills and "Kotlin" not in skills
    assert skills["Python"] == "required" and skills["Java"] == "required", "'but' turns back to what is asked"


def test_and_other_languages_adds_no_row_of_its_own():
    text = "Requirements:\n- 3+ years of experience with Jenkins, Terraform, Python and other programming languages"
    stated = {r.skill for r in analyze_posting(text).requirements if r.skill and r.kind != "implied"}
    assert stated == {"Jenkins", "Terraform", "Python"}


def test_a_labelled_title_line_names_the_role_and_asks_for_nothing():
    text = "We are hiring.\nPosition: IVR Automation Tester\nRequirements:\n- 3+ years of Selenium"
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    assert rows["Selenium"].kind == "required"
    assert rows["Automation"].kind == "implied"
    assert rows["Automation"].rationale == "the title names it (Position: IVR Automation Tester)"


def test_named_tools_rank_above_plain_words_and_soft_skills():
    """An employer lists a posting's named tools; a plain word or a soft skill is asked for too, but less surely."""
    text = ("Requirements:\n"
            "- 3+ years of Python and PostgreSQL.\n"
            "- Experience with database design and cloud platforms.\n"
            "- Excellent communication skills.")
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    named = min(rows["Python"].confidence, rows["PostgreSQL"].confidence)
    assert named > rows["Cloud computing"].confidence > rows["Communication"].confidence
    assert all(r.confidence >= 0.5 for r in rows.values() if r.kind == "required"), \
        "every one of them is asked for: none is a 'maybe'"


def test_a_required_mention_wins_over_a_preferred_one_however_it_is_written():
    text = ("Requirements:\n- Experience with python scripting.\n\n"
            "Nice to have:\n- Python packaging experience.")
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    assert rows["Python"].kind == "required"


def test_a_business_skill_is_asked_for_but_a_firm_or_department_of_that_name_is_not():
    text = ("Trident Consulting is seeking a Business Analyst for our Sales and Marketing areas.\n"
            "Requirements:\n- 3+ years of consulting experience.\n- B2B sales experience.\n- Waterfall and Scrum.")
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    assert rows["Consulting"].kind == "required" and "consulting" in rows["Consulting"].quote
    assert rows["Sales"].quote == "B2B sales experience.", "the Sales and Marketing areas are a department"
    assert {"B2B", "Waterfall", "Scrum"} <= set(rows)
    text = "Paladin Consulting is hiring.\nRequirements:\n- 5+ years of Java."
    assert "Consulting" not in {r.skill for r in analyze_posting(text).requirements}


def test_a_skill_the_introduction_only_mentions_is_implied_when_the_posting_has_requirements():
    text = ("Our data lake holds hundreds of terabytes in Amazon S3 and runs on Airflow.\n"
            "We are looking for someone who is strong with Kafka.\n\n"
            "Requirements:\n- 3+ years of Python.")
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    assert rows["Python"].kind == "required" and rows["Kafka"].kind == "required", "an ask is an ask, wherever it stands"
    for skill in ("Amazon S3", "Airflow"):
        assert rows[skill].kind == "implied" and rows[skill].rationale.startswith("the introduction names it")
        assert 0.5 <= rows[skill].confidence < rows["Python"].confidence
    # Without a requirements section the introduction is where the posting asks: what reads as an ask
    # (its words, or a line as short as a list item) is stated, a sentence that only tells is not.
    alone = {r.skill: r.kind for r in analyze_posting(text.split("\n\n")[0] + "\nDocker, Terraform").requirements
             if r.skill}
    assert alone["Kafka"] == alone["Docker"] == alone["Terraform"] == "required"
    assert alone["Airflow"] == "implied"


def test_a_sentence_that_reads_as_no_ask_names_what_the_role_touches():
    text = ("Backend Developer\n"
            "We majorly work in Java 8 for the backend and deploy our services on Kubernetes every day.\n"
            "Solid understanding of PostgreSQL.\n"
            "Familiarity with Active Directory and DNS.\n"
            "Hands-on Linux troubleshooting and diagnosis across our fleet of servers in three data centres.")
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    for skill in ("Java", "Kubernetes"):
        assert rows[skill].kind == "implied" and rows[skill].rationale.startswith("the introduction names it")
        assert 0.5 <= rows[skill].confidence < rows["PostgreSQL"].confidence, "shown as likely, not as sure"
    for skill in ("PostgreSQL", "Active Directory", "DNS", "Linux"):
        assert rows[skill].kind == "required", skill


def test_a_business_field_in_company_prose_is_no_requirement():
    text = ("Consulting – Development – Staffing Direct: 858-658-9200\n"
            "Enjoy the freedom to grow and join our ambitious supply chain team.\n\n"
            "Requirements:\n- 5+ years of Java.")
    skills = {r.skill for r in analyze_posting(text).requirements}
    assert "Consulting" not in skills and "Supply chain management" not in skills


def test_an_item_of_a_skill_list_the_vocabulary_does_not_know_is_a_requirement_in_the_list_words():
    text = ("Minimum Required Skills:\n"
            "Technical Support, Windows, Software Support, Diagnosing Technical Customer Issues, TIRKS, eSite/SIS\n"
            "Excellent design, debugging, and problem-solving skills.")
    rows = analyze_posting(text).requirements
    lines = {r.text for r in rows if r.aspect == "other"}
    assert {"Software Support", "Diagnosing Technical Customer Issues", "TIRKS", "eSite/SIS"} <= lines
    assert {r.skill for r in rows} >= {"Technical support", "Windows"}, "known names stay skills"
    assert not lines & {"Excellent design", "Debugging", "Problem-solving skills"}, "a sentence's words are no names"
    surest = max(r.confidence for r in rows if r.skill == "Windows")
    assert all(r.confidence < surest for r in rows if r.text == "TIRKS")


def test_what_you_will_do_is_a_duty_even_under_requirements():
    text = ("Requirements:\n- You will visit customers and troubleshoot their Kubernetes clusters.\n"
            "- You will need 3+ years of Python.\n- You will also bring Terraform experience.")
    kinds = {r.skill: r.kind for r in analyze_posting(text).requirements if r.skill}
    assert kinds["Kubernetes"] == "implied", "what the role does is no ask"
    assert kinds["Python"] == "required" and kinds["Terraform"] == "required"


def test_the_field_of_a_degree_is_part_of_the_degree_not_a_skill_asked_for():
    text = ("Requirements:\n- Bachelor's degree in Statistics, Computer Science or a related field\n"
            "- 3+ years of Python and SQL")
    rows = analyze_posting(text).requirements
    degree = [r for r in rows if r.aspect == "degree"]
    assert degree and "Statistics" in degree[0].text, "the degree row names its field"
    by_skill = {r.skill: r for r in rows if r.skill}
    assert by_skill["Python"].kind == "required" and by_skill["SQL"].kind == "required"
    field = by_skill["computer science"]
    assert field.kind == "implied" and field.confidence < 0.5, "the degree's field alone is a guess (maybe)"


def test_a_skill_list_in_a_posting_without_headings_keeps_its_unknown_names():
    text = ("Field Support Technician needed for a 6 month contract in Boston.\n"
            "Must have experience with Software Support, TIRKS, Kenan Arbor, SONET.\n"
            "Please send your resume to jobs@example.com.")
    rows = analyze_posting(text).requirements
    lines = {r.text for r in rows if r.aspect == "other"}
    assert {"TIRKS", "Kenan Arbor"} <= lines, "with no headings the whole posting is where it asks"
    assert "SONET" in {r.skill for r in rows}, "a known name stays a skill"
    assert not any("resume" in r.text.lower() for r in rows)


def test_what_a_certificate_names_is_implied_by_it():
    text = "Requirements:\n- Mandatory: ITIL V3 Foundation certified and certified to IA Technician Level II\n- 3+ years of Python"
    rows = analyze_posting(text).requirements
    assert any(r.aspect == "certification" and "ITIL" in r.text for r in rows), "the certificate is its own row"
    itil = [r for r in rows if r.skill == "ITIL"]
    assert itil and itil[0].kind == "implied", "the certified holder knows ITIL: implied, not a second ask"


def test_what_the_company_says_about_itself_is_implied_in_a_posting_without_headings():
    text = ("Senior Data Engineer\n"
            "We rely heavily on Terraform and Kafka.\n"
            "We expect that you know Python.\n"
            "Must have 3+ years of SQL.")
    rows = {r.skill: r for r in analyze_posting(text).requirements if r.skill}
    assert rows["SQL"].kind == "required" and rows["Python"].kind == "required", "'we expect that you' asks"
    for skill in ("Terraform", "Kafka"):
        assert rows[skill].kind == "implied", f"{skill}: what the company does is what the role touches, not an ask"


def test_a_tool_only_the_given_title_names_is_implied_by_it():
    text = "Requirements:\n- 3+ years of Python\n- Experience with AWS"
    rows = {r.skill: r for r in analyze_posting(text, title="Senior PHP Developer").requirements if r.skill}
    assert rows["AWS"].kind == "required", "what the text asks stays asked"
    assert rows["PHP"].kind == "implied" and rows["PHP"].rationale.startswith("the title names it")
    assert "PHP" not in {r.skill for r in analyze_posting(text).requirements}, "no title, no guess"
