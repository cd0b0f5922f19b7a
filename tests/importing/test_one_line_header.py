"""One-line CVs, the job header before a date range: where the title ends and the company begins when no
separator or cue says so (round two: company-first headers, titles O*NET knows as a whole).

The texts are written for these tests (invented people and employers), reached through `import_resume`.
"""

from __future__ import annotations

from resume_core.importing import import_resume
from resume_core.importing.one_line import unfold_one_line


def _jobs(text: str) -> list[tuple[str, str]]:
    bank = import_resume("cv.txt", text.encode()).bank
    return [(j.name, p.title) for j in bank.jobs for p in j.positions]


_INTRO = ("Tomasz Wrobel Cook Line cook who keeps a busy pass calm on weekend nights and never runs short. "
          "Gdansk, Poland tomasz.wrobel@example.pl +48 501 222 333 Work ")


def test_a_known_two_word_title_before_a_company_is_not_cut_at_its_second_head_noun():
    text = (_INTRO + "Executive Chef Zielona Brama Mar 2019 – Present Gdansk Wrote the spring menu around "
            "Baltic fish from three local boats Cut waste by a fifth with a daily stock count "
            "Sous Chef Hotel Morski May 2015 – Feb 2019 Sopot Ran the breakfast service for two hundred guests "
            "Education Gdansk Culinary School Diploma in Cookery Sep 2012 – Jun 2015")
    jobs = _jobs(text)
    assert ("Zielona Brama", "Executive Chef") in jobs
    assert ("Hotel Morski", "Sous Chef") in jobs


def test_a_known_title_with_a_small_word_inside_keeps_it():
    text = (_INTRO + "Chef de Partie Bistro Pod Lipami Apr 2016 – Present Gdansk Ran the grill station on "
            "busy weekend nights for a team of six Trained two apprentices on knife skills and hygiene "
            "Education Gdansk Culinary School Diploma in Cookery Sep 2012 – Jun 2015")
    assert ("Bistro Pod Lipami", "Chef de Partie") in _jobs(text)


def test_a_company_first_header_is_cut_where_a_known_title_begins():
    text = ("Dana Kowalczyk Electrician Licensed electrician for homes and small shops across the county. "
            "Denver, United States dana.k@example.com (555) 410-2299 Work "
            "Lead Electrician Brightwire Apr 2020 – Present Denver, CO Wired new homes to code and passed every "
            "inspection on the first visit "
            "Norvik Industrial Wiring Journeyman Electrician Jun 2014 – Mar 2020 Aurora, CO Ran conduit for "
            "warehouse lighting upgrades across twelve sites "
            "Education Red Rocks Community College Certificate in Electrical Technology Sep 2012 – May 2014")
    jobs = _jobs(text)
    assert ("Norvik Industrial Wiring", "Journeyman Electrician") in jobs
    assert ("Brightwire", "Lead Electrician") in jobs


def test_a_title_of_modifiers_alone_is_not_cut_into_a_company():
    # "Senior Staff ..." and a title with no company before it stay whole titles.
    text = ("Ana Ruiz Engineer Backend engineer for payment systems with eight years in fintech. Lima, Peru "
            "ana.ruiz@example.pe Work Senior Staff Software Engineer Jan 2020 – Present Lima Led the move of "
            "the ledger to event sourcing across four teams Education Universidad de Lima Bachelor in "
            "Computer Science Mar 2008 – Dec 2012")
    assert [title for _, title in _jobs(text)] == ["Senior Staff Software Engineer"]


def test_a_comma_complement_stays_in_the_title_and_the_company_follows():
    text = ("Ines Albrecht Nurse Night nurse who keeps a calm ward through long shifts. Graz, Austria "
            "ines.albrecht@example.at Work Charge Nurse, Neonatal Care Graz Children's Hospital Feb 2018 – Present "
            "Graz Coordinated eight nurses on the neonatal ward every night Staff Nurse Klinikum Villach "
            "Sep 2012 – Jan 2018 Villach Cared for patients after heart surgery "
            "Education Medical University of Graz Bachelor in Nursing Sep 2008 – Jun 2012")
    jobs = _jobs(text)
    assert ("Graz Children's Hospital", "Charge Nurse, Neonatal Care") in jobs


def test_a_comma_that_ends_the_title_still_reads_as_title_and_company():
    text = ("Omar Haddad Developer Web developer for small shops who ships every week. Amman, Jordan "
            "omar.haddad@example.jo Work Web Developer, Cedar Bright Systems Jan 2019 – Present Amman Built "
            "the online store for forty local shops Education University of Jordan Bachelor in Computer "
            "Science Sep 2014 – Jun 2018")
    assert ("Cedar Bright Systems", "Web Developer") in _jobs(text)


def test_a_company_written_in_lower_case_after_the_title_is_the_company():
    text = ("Mika Saarinen Designer Product designer for shops and marketplaces. Helsinki, Finland "
            "mika.saarinen@example.fi Work Lead Product Designer Wolt Jan 2021 – Present Helsinki Redesigned "
            "the courier app sign-up flow Product Designer zettle AB Apr 2017 – Dec 2020 Stockholm Designed "
            "the card reader set-up screens Interaction Designer eLoomo Oy Mar 2015 – Mar 2017 Espoo Drew the "
            "first booking flow Education Aalto University Master of Arts in Design Sep 2010 – Jun 2015")
    jobs = _jobs(text)
    assert ("zettle AB", "Product Designer") in jobs
    assert ("eLoomo Oy", "Interaction Designer") in jobs


def test_a_common_lower_case_word_after_a_title_stays_in_the_sentence():
    text = ("Rosa Lindqvist Accountant Accountant for small firms. Malmo, Sweden rosa@example.se Work "
            "Accountant Baltic Ledger AB Jan 2021 – Present Malmo Prepared the cash report for the Finance Director "
            "weekly Junior Accountant Northwind Traders Mar 2016 – Dec 2020 Lund Closed the books every month "
            "Education Lund University Bachelor in Accounting Sep 2012 – Jun 2016")
    jobs = _jobs(text)
    assert all("weekly" not in company and "weekly" not in title for company, title in jobs)
    assert ("Northwind Traders", "Junior Accountant") in jobs


def test_an_irregular_past_tense_after_a_capitalised_word_opens_the_next_bullet():
    text = ("Liam Carter Electrician Electrician for shops and offices. Leeds, United Kingdom liam@example.co.uk "
            "Work Maintenance Electrician Harbour Mills Ltd Jan 2018 – Present Leeds Rewired the loading bay to "
            "the British Standard Read drawings and ran trunking for the new canteen Oversaw two apprentices on "
            "the night shift Education Leeds College of Building Diploma in Electrical Installation "
            "Sep 2014 – Jun 2017")
    bank = import_resume("cv.txt", text.encode()).bank
    bullets = [a.text for j in bank.jobs for a in j.accomplishments]
    assert "Rewired the loading bay to the British Standard" in bullets
    assert "Read drawings and ran trunking for the new canteen" in bullets
    assert "Oversaw two apprentices on the night shift" in bullets


def test_a_range_in_brackets_closed_by_a_colon_or_comma_ends_the_header_before_a_capital():
    text = ("Ana Sousa Engineer Network engineer for retail chains. Porto, Portugal ana.sousa@example.pt "
            "## Experience - Network Technician (2016 - 2019): Responsible for forty branch routers. "
            "- Field Support Engineer (2012 - 2016): Instrumental in bringing every till back online within the "
            "hour. - Helpdesk Analyst (2009 - 2012), First contact for two hundred calls a week. "
            "## Education Universidade do Porto, Bachelor in Informatics (2005 - 2009)")
    jobs = _jobs(text)
    assert [title for _, title in jobs] == ["Network Technician", "Field Support Engineer", "Helpdesk Analyst"]
    assert not any(company.startswith(("Instrumental", "First contact")) for company, _ in jobs)


def test_a_range_in_brackets_before_a_lower_case_word_stays_in_its_sentence():
    text = ("Ana Sousa Engineer Network engineer for retail chains. Porto, Portugal ana.sousa@example.pt "
            "## Experience - 1 year as a Network Technician (2016 - 2017), keeping forty branch routers patched "
            "and answering calls from the shops. ## Education Universidade do Porto, Bachelor in Informatics "
            "(2005 - 2009)")
    lines = unfold_one_line(text).split("\n\n")
    assert ("- 1 year as a Network Technician (2016 - 2017), keeping forty branch routers patched and answering "
            "calls from the shops.") in lines


def test_a_list_dash_after_a_lower_case_word_opens_the_next_dated_item():
    text = ("Ana Sousa Engineer Network engineer for retail chains. Porto, Portugal ana.sousa@example.pt "
            "## Experience - Network Technician (2016 - 2019): Responsible for forty branch routers "
            "- Field Support Engineer (2012 - 2016): Instrumental in bringing every till back online within the "
            "hour - Helpdesk Analyst / Trainer (2009 - 2012): First contact for two hundred calls a week "
            "## Education Universidade do Porto, Bachelor in Informatics (2005 - 2009)")
    bank = import_resume("cv.txt", text.encode()).bank
    jobs = {p.title: [a.text for a in j.accomplishments] for j in bank.jobs for p in j.positions}
    assert list(jobs) == ["Network Technician", "Field Support Engineer", "Helpdesk Analyst / Trainer"]
    assert jobs["Field Support Engineer"] == ["Instrumental in bringing every till back online within the hour"]


def test_list_items_that_open_with_their_dates_keep_title_and_company_on_the_dates_line():
    text = ("Ana Sousa Engineer Network engineer for retail chains. Porto, Portugal ana.sousa@example.pt "
            "## Experience - 2016 - 2019: Network Technician, Lumen Retail - 2012 - 2016: Field Support Specialist, "
            "Caravela Systems - 2009 - 2012: Helpdesk Analyst, Ribeira Data "
            "## Education Universidade do Porto, Bachelor in Informatics (2005 - 2009)")
    jobs = _jobs(text)
    assert ("Caravela Systems", "Field Support Specialist") in jobs
    assert ("Ribeira Data", "Helpdesk Analyst") in jobs


def test_dates_with_a_colon_after_a_full_stop_open_the_next_job():
    text = ("Ana Sousa Engineer Network engineer for retail chains. Porto, Portugal ana.sousa@example.pt "
            "## Experience 2016 - 2019: Network Technician – Retail. Kept forty branch routers patched. "
            "2012 - 2016: Field Support Specialist – Logistics. Brought every till back online within the hour. "
            "## Education Universidade do Porto, Bachelor in Informatics (2005 - 2009)")
    bank = import_resume("cv.txt", text.encode()).bank
    jobs = {p.title: (p.start_date, [a.text for a in j.accomplishments]) for j in bank.jobs for p in j.positions}
    assert jobs["Field Support Specialist"] == ("2012", ["Brought every till back online within the hour."])
    assert jobs["Network Technician"][0] == "2016"


def test_a_grade_in_roman_numerals_after_the_title_stays_in_the_title():
    text = ("Ana Sousa Engineer Network engineer for retail chains. Porto, Portugal ana.sousa@example.pt "
            "## Experience - Application Support Analyst II between 2016 and 2020. Kept the booking system up for "
            "forty branches. ## Education Universidade do Porto, Bachelor in Informatics (2012 - 2016)")
    assert "Application Support Analyst II" in [title for _, title in _jobs(text)]


def test_dates_in_square_brackets_that_open_an_item_keep_the_title_on_their_line():
    text = ("Ana Sousa Engineer Network engineer for retail chains. Porto, Portugal ana.sousa@example.pt "
            "## Experience • [2016 - 2020] Application Support Analyst - Kept the booking system up for forty "
            "branches. • [2012 - 2016] Field Support Specialist - Brought every till back online within the hour. "
            "## Education Universidade do Porto, Bachelor in Informatics (2008 - 2012)")
    titles = [title for _, title in _jobs(text)]
    assert "Application Support Analyst" in titles
    assert "Field Support Specialist" in titles


def test_lead_after_a_title_word_is_part_of_the_title_not_a_bullet_verb():
    text = ("Ana Sousa Engineer Test engineer for retail software. Porto, Portugal ana.sousa@example.pt "
            "## Experience * Automated Tester from 2016 to 2019 * Quality Engineer Lead from 2011 to 2016 "
            "## Education Universidade do Porto, Bachelor in Informatics (2007 - 2011)")
    assert "Quality Engineer Lead" in [title for _, title in _jobs(text)]
