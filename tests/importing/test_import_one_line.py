"""One-line CVs (line breaks lost): the typographic and grammatical cues left are read back into lines.

`unfold_one_line` is reached through `import_resume` on text of a few long lines, as a user pastes it.
"""

from __future__ import annotations

from resume_core.importing import import_resume
from resume_core.importing.one_line import looks_one_line, unfold_one_line


def _jobs(text: str) -> list[tuple[str, str, str]]:
    bank = import_resume("cv.txt", text.encode()).bank
    return [(j.name, p.title, p.start_date) for j in bank.jobs for p in j.positions]


_SPACED = ("Jori Smith Help Desk Administrator jori.smith@example.com (555) 201-3344 S U M M A RY IT support "
           "specialist who keeps small offices running across nine clinics and two warehouses every day. "
           "W O R K E X P E R I E N C E IT Support Specialist at Brightline Dental Group Apr 2016 - Current "
           "Tulsa, OK Support 140 users across nine clinics by phone and remote desktop E D U C AT I O N "
           "Associate of Applied Science in Information Technology at Tulsa Community College 2010 - 2012")


def test_letter_spaced_headings_are_read_as_headings():
    lines = unfold_one_line(_SPACED).split("\n\n")
    assert "SUMMARY" in lines and "EDUCATION" in lines and "WORK EXPERIENCE" in lines
    bank = import_resume("cv.txt", _SPACED.encode()).bank
    assert [(j.name, j.positions[0].title) for j in bank.jobs] == [("Brightline Dental Group", "IT Support Specialist")]
    assert [e.institution for e in bank.education] == ["Tulsa Community College"]


def test_single_capitals_that_spell_no_heading_stay_words():
    text = "A B testing at Acme " * 30
    assert unfold_one_line(text).split() == text.split()


def test_a_saint_or_doctor_abbreviation_is_no_sentence_end():
    text = ("Aoife Byrne aoife@example.ie Work Experience Substitute Teacher St. Joseph's Secondary School "
            "Sep 2015 - Jun 2017 Tuam Covered mathematics and science classes for first to sixth year students "
            "across the whole school while the permanent staff were on leave. Ran the lunchtime chess club for "
            "forty pupils and took the second years to the regional science fair. Education University of Galway "
            "Bachelor of Science in Physics 2011 - 2015")
    assert "St. Joseph's Secondary School" in unfold_one_line(text)
    assert ("St. Joseph's Secondary School", "Substitute Teacher", "2015-09") in _jobs(text)


_RJDB = ("## Personal Information Name: Jameson Ackson Email: jameson.ackson@example.com ## Education - Bachelor's "
         "Degree in Technical Instruction, Ohio State University ## Skills - Proficient in Public Speaking - Efficient "
         "Organizational mastery - Dependable execution of Time Management ## Experience - Career/Technical Education "
         "Teacher - Secondary School (2011 - 2015) - Recreation Worker (2008 - 2011) - Conservation Scientist and "
         "Foresters (2004 - 2008) - Communications Teacher - Postsecondary Education (2002 - 2004)")


def test_markdown_marks_of_a_flattened_plain_cv_give_back_its_lines():
    lines = unfold_one_line(_RJDB).split("\n\n")
    assert lines[:3] == ["## Personal Information", "Name: Jameson Ackson", "Email: jameson.ackson@example.com"]
    assert "## Experience" in lines and "- Recreation Worker (2008 - 2011)" in lines
    assert "- Efficient Organizational mastery" in lines, "a list dash after an item starts the next item"


def test_flattened_plain_cv_keeps_its_name_and_every_dated_job():
    bank = import_resume("cv.txt", _RJDB.encode()).bank
    assert bank.person.name == "Jameson Ackson"
    assert [(p.title, p.start_date) for j in bank.jobs for p in j.positions] == [
        ("Career/Technical Education Teacher", "2011"), ("Recreation Worker", "2008"),
        ("Conservation Scientist and Foresters", "2004"), ("Communications Teacher", "2002")]


def test_bullet_signs_start_lines_and_dashes_in_dates_do_not():
    text = ("Tara Hahn tara@example.com Work Experience Software Test Engineer Accenture - Hyderabad - December 2015 "
            "to Present • Performed sanity tests on the application every day before the team started testing. "
            "• Assigned tasks and reported to management by collating the data of each person in the team. "
            "• Wrote test cases from the customer requirements and the test plan, using Agile methods across "
            "the whole release. Education B.Tech in Computer Science, JNTU Hyderabad 2011 - 2015")
    lines = unfold_one_line(text).split("\n\n")
    assert "• Wrote test cases from the customer requirements and the test plan, using Agile methods across the whole release." in lines
    assert not any(line.startswith("- ") for line in lines)
    job = import_resume("cv.txt", text.encode()).bank.jobs[0]
    assert len(job.accomplishments) == 3


_TAIL = (" Work Experience Help Desk Administrator Cherokee Nation Businesses Jan 2012 - Dec 2015 Resolved about "
         "forty tickets a day in ServiceNow and kept the queue under ten open tickets for three years running. "
         "Imaged and deployed Windows 10 laptops for new hires across five sites in two states every quarter. "
         "Education Associate of Applied Science, Tulsa Community College 2010 - 2012")


def test_a_quote_mark_before_a_flattened_cv_is_no_part_of_the_name():
    text = '"Jori Smith 2501 N. Blackwelder Ave. Oklahoma City, OK 73106 | 123-345-7890 | jori@example.com' + _TAIL
    assert import_resume("cv.txt", text.encode()).bank.person.name == "Jori Smith"


def test_curriculum_vitae_above_the_name_is_not_the_name():
    text = "CURRICULUM VITAE Elodia Considine elodia@example.com" + _TAIL
    assert import_resume("cv.txt", text.encode()).bank.person.name == "Elodia Considine"
    assert import_resume("cv.txt", text.replace(" ", "\n", 2).encode()).bank.person.name == "Elodia Considine"


def test_a_third_name_word_before_the_address_is_kept_and_a_title_is_not():
    text = "Lionel Leigh White 3748 Bee Street Grand Rapids, MI 49503 Phone: 123-345-7890" + _TAIL
    assert import_resume("cv.txt", text.encode()).bank.person.name == "Lionel Leigh White"
    text = "Lionel White Data Analyst 3748 Bee Street Grand Rapids, MI 49503 Phone: 123-345-7890" + _TAIL
    assert import_resume("cv.txt", text.encode()).bank.person.name == "Lionel White"


def test_decomposed_accents_are_composed_before_the_name_is_read():
    import unicodedata

    name = "Zofia Wiśniewska"
    text = (f"{unicodedata.normalize('NFD', name)}\nData Engineer\nzofia@example.pl\n\nExperience\nAcme Corp\n"
            "Data Engineer\nJan 2019 - Present\n• Built the nightly load of the sales warehouse")
    assert import_resume("cv.txt", text.encode()).bank.person.name == name


def test_a_short_cv_on_one_line_is_unfolded_by_its_headings():
    text = ("Bruno Dare - Email me on Indeed: bruno@example.com WORK EXPERIENCE Accounts Assistant Tally Solutions - "
            "2013 to 2015 EDUCATION B.Com, Delhi Public School - Begusarai, Bihar SKILLS Tally, Excel")
    bank = import_resume("cv.txt", text.encode()).bank
    assert bank.person.name == "Bruno Dare"
    assert [(p.start_date, p.end_date) for j in bank.jobs for p in j.positions] == [("2013", "2015")]
    assert looks_one_line(text)
    assert not looks_one_line("Led the EDUCATION outreach programme for the district's schools and libraries in 2019.")


def _name(text: str) -> str:
    return import_resume("cv.txt", (text + _TAIL).encode()).bank.person.name


def test_lower_case_particles_inside_a_name_are_part_of_it():
    assert _name("Ana María de la Cruz ana@example.mx +52 55 5555 0101") == "Ana María de la Cruz"
    assert _name("Pieter van Dijk Civil Engineer pieter@example.nl") == "Pieter van Dijk"


def test_a_third_capitalised_word_is_a_name_word_unless_a_phrase_street_or_headline_follows():
    assert _name("Harriet Mae Okonjo Decisive, calm and organised nurse with ten years on wards") == "Harriet Mae Okonjo"
    assert _name("Harriet Okonjo Looking for a ward manager role in Leeds harriet@example.com") == "Harriet Okonjo"
    assert _name("Harriet Okonjo Marketing assistant with three years in retail harriet@example.com") == "Harriet Okonjo"
    assert _name("Harriet Okonjo Willow Road Bristol Phone: 0117 555 0199") == "Harriet Okonjo"
    assert _name("Harriet Mae Okonjo (555) 201-3344 harriet@example.com") == "Harriet Mae Okonjo"
    assert _name("Harriet Okonjo Harriet Okonjo harriet@example.com") == "Harriet Okonjo"


def test_a_document_title_before_the_name_is_skipped_and_a_name_before_it_kept():
    assert _name("Staff Nurse Resume Template Harriet Okonjo 12 Willow Road Bristol") == "Harriet Okonjo"
    assert _name("Resume Example - Experienced Staff Nurse Harriet Okonjo 12 Willow Road") == "Harriet Okonjo"
    assert _name("RESUME OF Harriet Okonjo 12 Willow Road Bristol") == "Harriet Okonjo"
    assert _name("Harriet Okonjo Resume Summary Nurse with ten years on wards") == "Harriet Okonjo"


def test_labels_run_into_the_text_still_end_the_name():
    text = ("## Personal Information Name: Odile Brandt Email:odile@example.com ## Education Bachelor of Arts in "
            "History ## Experience - Archivist (2015 - 2019)")
    bank = import_resume("cv.txt", text.encode()).bank
    assert bank.person.name == "Odile Brandt"
    assert [p.title for j in bank.jobs for p in j.positions] == ["Archivist"]
    text = text.replace("Email:odile", "Email id: odile")
    assert import_resume("cv.txt", text.encode()).bank.person.name == "Odile Brandt"


_DATED = ("Maeve Carrow maeve@example.org +44 7700 900123 Work Senior Staff Nurse Linden Vale Hospital Feb 2019 – Present "
          "Hartfield Ran the night rota for twenty nurses on a surgical ward Trained six new starters on the drug round "
          "Healthcare Assistant Corran Bay Infirmary Jun 2014 – Jan 2019 Corran Supported nurses with observations "
          "across Hartfield and Corran Lecturer in Clinical Nursing University of Dunmore Sep 2012 – May 2014 Dunmore "
          "Taught wound care to second-year students Education University of Dunmore Bachelor of Nursing 2008 – 2012")


def test_the_header_before_each_date_range_is_cut_from_the_previous_bullet_into_title_and_company():
    bank = import_resume("cv.txt", _DATED.encode()).bank
    jobs = [(j.name, p.title, p.start_date) for j in bank.jobs for p in j.positions]
    assert jobs == [("Linden Vale Hospital", "Senior Staff Nurse", "2019-02"),
                    ("Corran Bay Infirmary", "Healthcare Assistant", "2014-06"),
                    ("University of Dunmore", "Lecturer in Clinical Nursing", "2012-09")]
    bullets = {j.name: [a.text for a in j.accomplishments] for j in bank.jobs}
    assert bullets["Linden Vale Hospital"] == ["Ran the night rota for twenty nurses on a surgical ward",
                                               "Trained six new starters on the drug round"]
    # "across Hartfield and Corran" ends the bullet; it is no company of the next job.
    assert bullets["Corran Bay Infirmary"] == ["Supported nurses with observations across Hartfield and Corran"]


def test_a_place_after_the_dates_is_no_part_of_the_first_bullet():
    lines = unfold_one_line(_DATED).split("\n\n")
    assert "Hartfield" in lines and "Corran" in lines
    assert "Ran the night rota for twenty nurses on a surgical ward" in lines


def test_a_company_before_a_ranked_title_is_split_from_it_and_a_plain_title_is_kept_whole():
    text = ("Maeve Carrow maeve@example.org Work Quillon Senior Backend Engineer Mar 2021 – Present Led the move of "
            "billing to a queue and cut failed payments by half Computer and Information Systems Manager "
            "Jan 2015 – Feb 2021 Kept forty laptops patched and backed up " * 2)
    bank = import_resume("cv.txt", text.encode()).bank
    jobs = [(j.name, p.title) for j in bank.jobs for p in j.positions][:2]
    assert jobs[0] == ("Quillon", "Senior Backend Engineer")
    assert jobs[1][1] == "Computer and Information Systems Manager"


def test_structured_header_lines_are_left_to_the_line_reader():
    text = ("Maeve Carrow maeve@example.org EXPERIENCE Senior Business Analyst at Quillon Ltd, 2021 – 2023. Designed "
            "the monthly sales model that the board reads first and the weekly stock report that buyers use. Kept the "
            "data warehouse loads on time for two years. EDUCATION Bachelor of Arts, University of Dunmore, 2017")
    bank = import_resume("cv.txt", text.encode()).bank
    assert ("Quillon Ltd", "Senior Business Analyst") in [(j.name, p.title) for j in bank.jobs for p in j.positions]


def test_a_dash_after_a_whole_date_range_opens_the_next_listed_role():
    text = ("Maeve Carrow maeve@example.org EXPERIENCE - Ward Clerk - Linden Vale, 2015 - 2018 - Night Porter: "
            "Corran Bay, 2012 - 2015 - Kitchen Assistant, 2009 - 2012 EDUCATION BSc Nursing, University of Dunmore")
    lines = unfold_one_line(text).split("\n\n")
    assert "- Night Porter: Corran Bay, 2012 - 2015" in lines
    assert "- Kitchen Assistant, 2009 - 2012" in lines
    starts = sorted(p.start_date for j in import_resume("cv.txt", text.encode()).bank.jobs for p in j.positions)
    assert starts == ["2009", "2012", "2015"]


def test_school_lines_and_listed_roles_are_not_cut_as_job_headers():
    text = ("Maeve Carrow maeve@example.org Work Level II NOC Engineer Jan 2011 – Dec 2016 Kept the network monitors "
            "green for three data centres and wrote the escalation runbook • Ticket Agent and Travel Clerk "
            "(2002 - 2006) Booked trains and flights for walk-in customers Education University of Dunmore Master "
            "of Science in Computer Science Oct 2009 – Jun 2011")
    lines = unfold_one_line(text).split("\n\n")
    assert "Level II NOC Engineer" in lines
    assert "• Ticket Agent and Travel Clerk (2002 - 2006)" in lines
    assert "University of Dunmore Master of Science in Computer Science Oct 2009 – Jun 2011" in lines


def test_a_header_with_separators_before_its_dates_is_cut_from_the_previous_bullet():
    text = ("Maeve Carrow maeve@example.org WORK EXPERIENCE Ward Clerk Linden Vale Hospital - Hartfield, Kent - "
            "March 2016 to Present Kept the admissions book for three surgical wards and their theatre lists "
            "Night Porter Corran Bay Infirmary - Corran - June 2012 to February 2016 Moved patients between wards "
            "and theatres overnight EDUCATION BSc Nursing, University of Dunmore")
    lines = unfold_one_line(text).split("\n\n")
    assert "Kept the admissions book for three surgical wards and their theatre lists" in lines
    assert "Night Porter" in lines
    assert "Corran Bay Infirmary - Corran - June 2012 to February 2016" in lines
    bank = import_resume("cv.txt", text.encode()).bank
    assert ("Corran Bay Infirmary", "Night Porter", "2012-06") in [
        (j.name, p.title, p.start_date) for j in bank.jobs for p in j.positions]


def test_a_head_noun_that_opens_the_company_name_is_no_part_of_the_title():
    text = ("Maeve Carrow maeve@example.org Work Teacher of History and Geography Scoil Bhríde Sep 2018 – Present "
            "Galway Taught history to five junior classes Mechanical Design Engineer Carver Holt Jan 2014 – Aug 2018 "
            "Galway Drew pump housings for offshore rigs Education University of Dunmore Bachelor of Engineering 2010 – 2014")
    bank = import_resume("cv.txt", text.encode()).bank
    jobs = [(j.name, p.title) for j in bank.jobs for p in j.positions]
    assert jobs == [("Scoil Bhríde", "Teacher of History and Geography"), ("Carver Holt", "Mechanical Design Engineer")]


def test_a_company_abbreviation_or_initials_end_no_sentence():
    text = ("Maeve Carrow maeve@example.org EXPERIENCE Systems Analyst Quillon India Pvt. Ltd. - Pune - March 2016 to "
            "Present Kept the payroll batch running for nine plants Product Designer Hanake K.K. - Tokyo - June 2012 "
            "to February 2016 Drew the booking screens of the travel app EDUCATION BSc Computing, University of Dunmore")
    lines = unfold_one_line(text).split("\n\n")
    assert "Quillon India Pvt. Ltd. - Pune - March 2016 to Present" in lines
    assert "Hanake K.K. - Tokyo - June 2012 to February 2016" in lines


def test_a_date_range_inside_a_sentence_does_not_end_the_line_and_numbers_open_items():
    text = ("Maeve Carrow maeve@example.org EXPERIENCE 1. Served as a Ward Clerk from 2014 - 2018, keeping the "
            "admissions book for three wards. 2. Worked as a Night Porter from 2010 - 2014, moving patients "
            "between wards overnight. EDUCATION BSc Nursing, University of Dunmore, 2010")
    lines = unfold_one_line(text).split("\n\n")
    assert "2. Worked as a Night Porter from 2010 - 2014, moving patients between wards overnight." in lines


def test_marks_dates_and_the_role_a_document_is_for_are_skipped_before_the_name():
    assert _name('" Harriet Okonjo harriet@example.com (555) 201-3344') == "Harriet Okonjo"
    assert _name("Curriculum Vitae 1/2024 Harriet Okonjo 12 Willow Road Bristol") == "Harriet Okonjo"
    assert _name("Sample Resume for Ward Nurse Harriet Okonjo 12 Willow Road Bristol") == "Harriet Okonjo"
    assert _name("Harriet Mae Okonjo ______________ 12 Willow Road Bristol") == "Harriet Mae Okonjo"
    assert _name("Harriet Mae Okonjo https://example.org/harriet 12 Willow Road") == "Harriet Mae Okonjo"
