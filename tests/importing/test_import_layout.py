"""The layout reader and the entry grammar: real layouts, every entry and date shape, one-line CVs.

Fixtures (made by `bench/make_layout_corpus.py`, invented people): `two_column_macchiato.pdf`, a
JSON Resume "macchiato" theme (jsonresume-theme-macchiato 1.1.0, MIT) printed by Chromium (a sidebar with contacts and skills beside the
main column; the theme prints no employer names), and `one_line_cv.txt`, a pasted CV whose line
breaks were lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_core.importing import import_resume, read_resume_text
from resume_core.importing.dates import find_date_range
from resume_core.importing.parse_text import parse_resume_text
from resume_core.importing.pdf_layout import close_letter_spacing

pytestmark = pytest.mark.timeout(60)
FIXTURES = Path(__file__).parent.parent / "fixtures"


def _jobs(text: str) -> list[tuple[str, str, str]]:
    bank = parse_resume_text(text).bank
    return [(job.name, p.title, p.start_date) for job in bank.jobs for p in job.positions]


# --- the layout reader on a real two-column PDF -------------------------------------------------

def test_two_column_pdf_reads_jobs_in_order_with_their_own_bullets():
    result = import_resume("cv.pdf", (FIXTURES / "two_column_macchiato.pdf").read_bytes())
    bank = result.bank
    assert bank.person.name == "Priya Raghunathan"
    titles = [(p.title, p.start_date) for job in bank.jobs for p in job.positions]
    assert titles == [("Senior Data Scientist", "2020-07"), ("Decision Scientist", "2017-06"),
                      ("Research Intern", "2016-05")]
    first = [a.text for a in bank.jobs[0].accomplishments]
    assert "Built a demand forecasting model in PyTorch that cut stock-outs by 18 percent" in first
    assert not any("Delivered pricing analytics" in text for text in first)  # the next job's bullet
    assert [e.institution for e in bank.education] == ["Indian Institute of Technology Madras"]


def test_two_column_pdf_keeps_the_sidebar_apart_from_the_main_column():
    text = read_resume_text("cv.pdf", (FIXTURES / "two_column_macchiato.pdf").read_bytes())
    lines = text.splitlines()
    assert lines[0] == "Priya Raghunathan"  # the name in large type comes first
    # The sidebar's skill list never lands inside a bullet of the main column.
    bullet = next(line for line in lines if line.startswith("• Built a demand forecasting"))
    assert bullet == "• Built a demand forecasting model in PyTorch that cut stock-outs by 18 percent"


@pytest.mark.parametrize("spaced, word", [
    ("E D U C A T I O N", "EDUCATION"),
    ("W O R K  E X P E R I E N C E", "WORK EXPERIENCE"),
    ("S k i l l s", "Skills"),
    ("W O R K | E X P E R I E N C E", "WORK EXPERIENCE"),
])
def test_letter_spaced_headings_read_as_words(spaced, word):
    assert close_letter_spacing(spaced) == word


def test_letter_spacing_leaves_ordinary_text_alone():
    assert close_letter_spacing("A B testing at Acme") == "A B testing at Acme"


# --- one-line CVs -------------------------------------------------------------------------------

def test_one_line_cv_is_cut_into_sections_and_jobs():
    result = import_resume("cv.txt", (FIXTURES / "one_line_cv.txt").read_bytes())
    bank = result.bank
    assert [(job.name, job.positions[0].start_date) for job in bank.jobs] == [
        ("Brightline Dental Group", "2016-04"), ("Cherokee Nation Businesses", "2012-01")]
    assert bank.jobs[0].positions[0].title == "IT Support Specialist"
    assert bank.education and bank.education[0].institution.startswith("Tulsa Community College")
    assert any("Resolved about forty tickets" in a.text for a in bank.jobs[1].accomplishments)


def test_one_line_cv_title_over_company_and_dates_keeps_every_job_its_title_and_bullets():
    # Each job printed as "Title / Company dates / Place / bullets" and flattened: an unfolded line is
    # whole, so a bullet never swallows the next job's title.
    text = ("Priya Raghunathan Data Scientist priya.r@example.in Work Senior Data Scientist Flipkart "
            "Jul 2020 – Present Bengaluru Built a demand forecasting model in PyTorch that cut stock-outs "
            "by 18 percent Set up an experiment platform for A/B tests used by six product teams "
            "Decision Scientist Mu Sigma Jun 2017 – Jun 2020 Bengaluru Delivered pricing analytics for a "
            "US retailer with Python and SQL Presented weekly insights to client vice presidents Education "
            "Indian Institute of Technology Madras Master of Science in Mathematics Jul 2015 – May 2017")
    bank = import_resume("cv.txt", text.encode()).bank
    assert [(j.name, p.title, p.start_date) for j in bank.jobs for p in j.positions] == [
        ("Flipkart", "Senior Data Scientist", "2020-07"), ("Mu Sigma", "Decision Scientist", "2017-06")]
    assert [a.text for a in bank.jobs[0].accomplishments] == [
        "Built a demand forecasting model in PyTorch that cut stock-outs by 18 percent",
        "Set up an experiment platform for A/B tests used by six product teams"]


# --- names ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Mirela Kovačević", "Søren Østerkilde", "Aoife Ní Bhriain", "Hélène Dubois-Martin",
                                  "Ngozi Adébáyọ̀-Okafor"])  # the last keeps a combining grave accent after NFC
def test_accented_name_on_the_first_line_survives(name):
    text = f"{name}\nmirela@example.com\n\nExperience\nAcme Corp\nEngineer\nJan 2019 - Present\n• Built things that work well"
    assert parse_resume_text(text).bank.person.name == name


def test_name_label_under_a_heading():
    text = "## Personal Information\nName: Jori Smith\nEmail: jori@example.com\n\n## Experience\n- HELP DESK ADMINISTRATOR (2012 - 2015)"
    bank = parse_resume_text(text).bank
    assert bank.person.name == "Jori Smith"
    assert [(p.title, p.start_date, p.end_date) for j in bank.jobs for p in j.positions] == [
        ("HELP DESK ADMINISTRATOR", "2012", "2015")]


# --- entry shapes --------------------------------------------------------------------------------

def test_title_with_years_in_brackets_and_from_until():
    text = "Experience\n- Computer systems analyst from 2019 until 2020\n- Help desk technician (2016 - 2018)"
    bank = parse_resume_text(text).bank
    assert [(p.title, p.start_date, p.end_date) for j in bank.jobs for p in j.positions] == [
        ("Computer systems analyst", "2019", "2020"), ("Help desk technician", "2016", "2018")]


def test_dated_title_with_its_work_run_on_after_a_colon_is_a_job_with_that_bullet():
    text = ("Experience\n- SQL BI Developer (2016 - 2018): Built the ETL jobs that fed the sales dashboards.\n"
            "- Helpdesk Support (2014 - 2016): Resolved client problems and wrote user guides.\n"
            "Salesforce Consultant, XYZ Corp. (2010 - 2014), ran project assessment meetings with stakeholders.")
    bank = parse_resume_text(text).bank
    assert [(p.title, p.start_date, p.end_date) for j in bank.jobs for p in j.positions] == [
        ("SQL BI Developer", "2016", "2018"), ("Helpdesk Support", "2014", "2016"),
        ("Salesforce Consultant", "2010", "2014")]
    assert [a.text for a in bank.jobs[0].accomplishments] == ["Built the ETL jobs that fed the sales dashboards."]
    assert bank.jobs[2].name == "XYZ Corp."


def test_a_sentence_naming_its_role_and_years_is_a_job_with_the_sentence_as_its_bullet():
    text = ("Experience\n- Worked as a Baker from 2008 - 2012, showcasing traditional and advanced techniques.\n"
            "- Served as Documentation Program Manager (2014 - 2016). Handled documents up to certification.\n"
            "- Worked as a Paralegal and legal assistant for 4 years (2010 - 2014). Honed legal research.")
    bank = parse_resume_text(text).bank
    assert [(p.title, p.start_date, p.end_date) for j in bank.jobs for p in j.positions] == [
        ("Baker", "2008", "2012"), ("Documentation Program Manager", "2014", "2016"),
        ("Paralegal and legal assistant", "2010", "2014")]
    assert bank.jobs[0].accomplishments[0].text.startswith("Worked as a Baker from 2008")


def test_a_dated_bullet_that_starts_with_a_verb_stays_a_bullet_of_its_job():
    text = ("Experience\nData Analyst, Acme Corp\nJan 2019 - Present\n"
            "- Led the migration (2019 - 2020): moved 40 reports to the new warehouse.\n"
            "- Built the churn model in Python.")
    bank = parse_resume_text(text).bank
    assert [j.name for j in bank.jobs] == ["Acme Corp"]
    assert len(bank.jobs[0].accomplishments) == 2


def test_positions_grouped_under_one_employer_keep_the_employer_and_the_place_under_the_dates():
    text = ("Work\n\nInfobip\nSenior Backend Engineer\nMar 2021 – Present\nZagreb\n"
            "Led the migration of the billing service to Kotlin microservices\n\n"
            "Backend Engineer\nJun 2018 – Feb 2021\nVodnjan\n"
            "Built the SMS delivery report pipeline on Kafka\n\n"
            "Span d.d.\nJunior Java Developer\nSep 2016 – May 2018\nZagreb\n"
            "Maintained Spring Boot services for a document archive")
    bank = parse_resume_text(text).bank
    rows = [(j.name, p.title, p.start_date, j.location) for j in bank.jobs for p in j.positions]
    assert sorted(rows) == sorted([("Infobip", "Senior Backend Engineer", "2021-03", "Zagreb"),
                                   ("Infobip", "Backend Engineer", "2018-06", "Vodnjan"),
                                   ("Span d.d.", "Junior Java Developer", "2016-09", "Zagreb")])
    assert all(j.name != "Vodnjan" for j in bank.jobs)


def test_a_title_with_a_comma_over_its_employer_keeps_the_comma():
    text = ("Work\n\nCharge Nurse, Intensive Care\nAarhus University Hospital\nJan 2019 – Present\n"
            "Coordinate a team of twelve nurses across three night shifts\n\n"
            "Shell Business Operations\nTeam Lead, General Ledger\nMar 2020 – Present\n"
            "Lead a team of eight accountants closing the month\n\n"
            "Senior Data Scientist, Flipkart\nJul 2020 – Present\nBuilt a demand forecasting model in PyTorch")
    assert _jobs(text) == [("Aarhus University Hospital", "Charge Nurse, Intensive Care", "2019-01"),
                           ("Shell Business Operations", "Team Lead, General Ledger", "2020-03"),
                           ("Flipkart", "Senior Data Scientist", "2020-07")]


def test_title_at_company_with_dates_on_the_next_line():
    assert _jobs("Experience\nSenior Engineer at Acme Corp\nJan 2019 – Present\n• Shipped the billing service") == [
        ("Acme Corp", "Senior Engineer", "2019-01")]


def test_company_dash_title():
    assert _jobs("Experience\nAcme Corp - Data Analyst\n03/2018 - 06/2020\n• Built dashboards for sales") == [
        ("Acme Corp", "Data Analyst", "2018-03")]


def test_company_city_dates_on_one_line_title_below():
    assert _jobs("Experience\nAcme Inc | Denver, CO | Jan 2019 - Present\nProject Manager\n• Ran a team of six") == [
        ("Acme Inc", "Project Manager", "2019-01")]


def test_title_and_company_on_two_lines_dates_on_their_own_line():
    assert _jobs("Experience\nRegistered Nurse\nAarhus University Hospital\n2014-08 – 2018-12\n• Cared for patients") == [
        ("Aarhus University Hospital", "Registered Nurse", "2014-08")]


def test_dates_on_the_right_of_the_title_line():
    assert _jobs("Experience\nMechanical Engineer | Jun 2016 - Jul 2019\nCameron\n• Commissioned subsea valves") == [
        ("Cameron", "Mechanical Engineer", "2016-06")]


# --- date shapes ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start, end", [
    ("Jan 2019 - Present", "2019-01", ""),
    ("01/2019 – 03/2021", "2019-01", "2021-03"),
    ("2019-01 — 2020-02", "2019-01", "2020-02"),
    ("2015 - 2017", "2015", "2017"),
    ("March 2020 to Current", "2020-03", ""),
    ("Sep 2018 – Now", "2018-09", ""),
    ("2016 to date", "2016", ""),
    ("Summer 2017", "2017-06", "2017-08"),
    ("from 2019 until 2020", "2019", "2020"),
    ("2020-07 —", "2020-07", ""),
])
def test_date_shapes(text, start, end):
    found = find_date_range(text)
    assert found is not None and (found.start, found.end) == (start, end)


# --- not placed ----------------------------------------------------------------------------------

def test_lines_that_land_in_no_field_are_listed_not_lost():
    text = ("Jori Smith\njori@example.com\n\nExperience\nAcme Corp\nEngineer\nJan 2019 - Present\n"
            "• Built the billing service in Python\n\nInterests\nQwertyuiop zxcvbnm asdfghjkl")
    result = parse_resume_text(text)
    assert "Qwertyuiop zxcvbnm asdfghjkl" in result.unplaced
    assert not any("billing service" in line for line in result.unplaced)
    assert "Experience" not in result.unplaced


def test_company_description_section_word_and_product_names_stay_in_their_place():
    text = ("Jane Doe\njane@example.com\n\nExperience\nCisco Systems\nNetwork Engineer\nJan 2019 - Present\n"
            "Responsibilities\nCisco (cisco.com) builds networking hardware for enterprises worldwide.\n"
            "• Ran sprints in Scrum Works and tracked them for the whole team\n")
    bank = parse_resume_text(text).bank
    assert bank.person.links == []  # the employer's domain is not the person's website
    job = bank.jobs[0]
    assert "Responsibilities" not in job.description
    assert [p.title for p in job.positions] == ["Network Engineer"]
    assert "Microsoft Works" not in {s.name for s in job.skills}
    assert [a.text for a in job.accomplishments] == ["Ran sprints in Scrum Works and tracked them for the whole team"]


def _column(x0: float, x1: float, texts: list[str], top: float = 700) -> list:
    from resume_core.importing.pdf_layout import Fragment

    return [Fragment(t, x0, x1, top - 14 * n - 10, top - 14 * n, 10, False) for n, t in enumerate(texts)]


def test_gutter_found_between_a_sidebar_and_the_main_column():
    from resume_core.importing.pdf_layout import _gutter

    sidebar = _column(30, 170, ["Contact", "Zagreb HR", "+385 91 555 0142", "Languages", "Java Kotlin SQL"] * 3)
    main = _column(200, 580, ["Senior Backend Engineer at Infobip since the migration began",
                              "Led the migration of the billing service to Kotlin microservices"] * 6, top=690)
    split = _gutter(sidebar + main, 612)
    assert split is not None and 170 <= split <= 200


def test_dates_on_the_right_are_not_a_second_column():
    from resume_core.importing.pdf_layout import _gutter

    body = _column(40, 420, ["Senior Backend Engineer, Infobip", "Led the migration of the billing service",
                             "Backend Engineer, Infobip", "Built the SMS delivery report pipeline"] * 3)
    dates = _column(480, 570, ["Mar 2021 - Present", "", "Jun 2018 - Feb 2021", ""] * 3)
    assert _gutter(body + [d for d in dates if d.text], 612) is None


def test_sidebar_contact_labels_and_a_lone_phone_number_are_placed():
    text = ("Priya Raghunathan\n\nContact\nEmail\npriya@example.in\nPhone\n+91 98450 55512\n\nAbout\n"
            "Data scientist who turns messy retail data into forecasts.\n\nExperience\nFlipkart\n"
            "Senior Data Scientist\nJul 2020 - Present\n• Built a demand forecasting model in PyTorch")
    result = parse_resume_text(text)
    assert result.bank.person.phone == "+91 98450 55512"
    assert result.bank.person.summary == "Data scientist who turns messy retail data into forecasts."
    assert result.unplaced == []


def test_word_style_pdf_with_text_bullets_right_aligned_dates_and_ligatures():
    from weasyprint import HTML

    page = """<html><body style="font: 10pt sans-serif"><h1>Ana Kovač</h1><h2>EXPERIENCE</h2>
    <p><b>Acme Corp</b><span style="float:right">Jan 2019 – Present</span></p><p>Data Analyst</p>
    <p style="margin:0">•<span style="padding-left:18pt">Built dashboards for the sales team that are used every
    single day by forty people across three offices</span></p>
    <p style="margin:0">•<span style="padding-left:18pt">Cut report time by half</span></p>
    <h2>EDUCATION</h2><p>University of Zagreb, BSc Economics, 2018</p></body></html>"""
    bank = import_resume("cv.pdf", HTML(string=page).write_pdf()).bank
    assert bank.person.name == "Ana Kovač"
    job = bank.jobs[0]
    assert (job.name, job.positions[0].title, job.positions[0].start_date) == ("Acme Corp", "Data Analyst", "2019-01")
    assert [a.text for a in job.accomplishments] == [
        "Built dashboards for the sales team that are used every single day by forty people across three offices",
        "Cut report time by half"]
    assert [e.institution for e in bank.education] == ["University of Zagreb"]


def test_left_sidebar_cv_with_a_wrapped_name_and_company_under_the_title():
    from weasyprint import HTML

    page = """<html><body style="font: 10pt sans-serif; margin:0">
    <div style="float:left; width:30%; background:#eee; padding:10pt; height:95%">
    <div style="font-size:20pt">Tomás Ó Ceallaigh</div><p>Civil Engineer</p><h4>CONTACT</h4><p>tomas@example.ie</p>
    <p>+353 86 555 0101</p><h4>SKILLS</h4><p>AutoCAD</p><p>Revit</p><p>Project management</p><h4>EDUCATION</h4>
    <p>Trinity College Dublin</p><p>BEng Civil Engineering</p><p>2008 – 2012</p></div>
    <div style="margin-left:36%; padding:10pt"><h3>PROFILE</h3><p>Civil engineer with ten years of bridge and road
    projects across Ireland and the United Kingdom.</p><h3>EXPERIENCE</h3>
    <p><b>Senior Civil Engineer</b> <span style="float:right">03/2018 – Present</span></p><p><i>Arup, Dublin</i></p>
    <ul><li>Designed three motorway bridges with a combined budget of 40 million euros for the national roads
    authority</li><li>Managed a team of six engineers</li></ul>
    <p><b>Graduate Engineer</b> <span style="float:right">09/2012 – 02/2018</span></p><p><i>Jacobs, Cork</i></p>
    <ul><li>Checked structural calculations for rail upgrades</li></ul></div></body></html>"""
    result = import_resume("cv.pdf", HTML(string=page).write_pdf())
    bank = result.bank
    assert bank.person.name == "Tomás Ó Ceallaigh"
    assert bank.person.phone == "+353 86 555 0101"
    assert [(j.name, j.positions[0].title, j.positions[0].start_date) for j in bank.jobs] == [
        ("Arup", "Senior Civil Engineer", "2018-03"), ("Jacobs", "Graduate Engineer", "2012-09")]
    assert [a.text for a in bank.jobs[0].accomplishments] == [
        "Designed three motorway bridges with a combined budget of 40 million euros for the national roads authority",
        "Managed a team of six engineers"]
    assert [e.institution for e in bank.education] == ["Trinity College Dublin"]
    skills = {s.name for s in bank.all_skills()}  # listed skills no job names are the person's own
    assert {"AutoCAD", "Revit"} <= skills


# --- schools -------------------------------------------------------------------------------------

def test_a_school_name_wrapped_in_a_narrow_column_is_one_school():
    text = ("Education\n\nBenjamin Franklin Cummings Institute\nof Technology\nAssociate Degree in Electrical Technology\n"
            "Sep 2007 – May 2009\n\nInstituto Tecnológico Autónomo de\nMéxico\nBachelor in Marketing\nAug 2011 – Jun 2015")
    schools = [e.institution for e in parse_resume_text(text).bank.education]
    assert schools == ["Benjamin Franklin Cummings Institute of Technology", "Instituto Tecnológico Autónomo de México"]


def test_a_school_without_a_school_word_over_its_degree_is_the_school():
    text = "Education\n\nBasque Culinary Center\nBachelor in Culinary Arts\nSep 2009 – Feb 2013"
    education = parse_resume_text(text).bank.education
    assert [(e.institution, e.end_date[:4]) for e in education] == [("Basque Culinary Center", "2013")]
