"""Years of experience: the ask read from a posting sentence, and the years counted from dated positions."""

from __future__ import annotations

import time

import pytest

from resume_core.bank.model import Accomplishment, Bank, Job, Person, Position, Skill
from resume_core.tailoring.years import (
    YearsAsk,
    format_years,
    merged_years,
    parse_years_ask,
    role_matches,
    years_as_role,
    years_found,
    years_reason,
    years_with_skill,
)

TODAY = "2024-01-01"


@pytest.mark.parametrize(("sentence", "years", "subject", "role"), [
    ("A minimum of 3 years experience as a HELP DESK ADMINISTRATOR", 3, "HELP DESK ADMINISTRATOR", True),
    ("3+ years with Terraform", 3, "Terraform", False),
    ("5+ years of C#", 5, "C#", False),
    ("Minimum of three (3) years of experience in a data analyst role", 3, "data analyst", True),
    ("At least 4 years of prior work experience in accounting", 4, "accounting", False),
    ("One-year experience as a Senior Engineer", 1, "Senior Engineer", True),
    ("5 years experience", 5, "", False),
    # the role is what follows "as", whatever field or verb comes first
    ("A minimum of 5 years' experience working in Retail specifically as a merchandise displayer and window "
     "trimmer.", 5, "merchandise displayer", True),
    ("At least 3 years serving as a Senior Network Engineer", 3, "Senior Network Engineer", True),
    ("Minimum 4 years of experience as a Big Data Architect aggregating and organising data sets", 4,
     "Big Data Architect", True),
    ("3 years of experience as a Senior Programmer Analyst within the Salesforce environment", 3,
     "Senior Programmer Analyst", True),
    ("3 years in food science and technology will serve as an added advantage", 3, "food science", False),
])
def test_the_ask_is_read_from_the_sentence(sentence, years, subject, role):
    assert parse_years_ask(sentence) == YearsAsk(years, subject, role)


@pytest.mark.parametrize("sentence", ["We have been around for 10 years", "Kubernetes and Terraform", ""])
def test_a_sentence_without_an_ask_has_none(sentence):
    assert parse_years_ask(sentence) is None


def test_parsing_stays_linear_on_hostile_text():
    hostile = "5 years " + "as a " * 5000 + "x" * 50000
    started = time.perf_counter()
    parse_years_ask(hostile)
    assert time.perf_counter() - started < 1.0  # a catastrophic pattern would take minutes, not seconds


def test_overlapping_periods_count_once_and_present_is_today():
    assert merged_years([("2012", "2015"), ("2014", "2016")], TODAY) == pytest.approx(4.0, abs=0.01)
    assert merged_years([("2022", "")], TODAY) == pytest.approx(2.0, abs=0.01)
    assert merged_years([("2012", "2013"), ("2020", "2021")], TODAY) == pytest.approx(2.0, abs=0.01)
    assert format_years(4 + 2 / 12) == "4 y 2 m" and format_years(0.5) == "6 m"


def _bank(*positions: tuple[str, str, str, str], skills=(), bullets=()) -> Bank:
    jobs = [Job(id=f"job-{n}", name=company, positions=[Position(title=title, start_date=start, end_date=end)],
                skills=[Skill(id=f"skl-{n}{i}", name=s) for i, s in enumerate(skills)] if n == 0 else [],
                accomplishments=[Accomplishment(id=f"acc-{n}{i}", text=t) for i, t in enumerate(bullets)]
                if n == 0 else [])
            for n, (company, title, start, end) in enumerate(positions)]
    return Bank(person=Person(name="Sam"), jobs=jobs)


def test_years_as_a_role_add_up_its_positions_in_the_family():
    bank = _bank(("Acme", "Help Desk Administrator", "2012", "2015"),
                 ("Beta", "Help desk administrator II", "2016", "2017-03"),
                 ("Gamma", "Chef", "2017-03", "2020"))
    found = years_as_role(bank, "HELP DESK ADMINISTRATOR", TODAY)
    assert found.years == pytest.approx(4.17, abs=0.02) and found.evidence == ["job-0", "job-1"]
    reason = years_reason(YearsAsk(3, "Help Desk Administrator", True), found, 3)
    assert reason.startswith("4 y 2 m as Help Desk Administrator: Help Desk Administrator at Acme 2012-2015")
    assert reason.endswith(">= 3 required")


def test_a_role_family_takes_alternate_titles_but_not_other_roles():
    assert role_matches("Software Engineer", "Software Developer")  # one O*NET occupation
    assert role_matches("Computer systems analysts", "Computer systems analyst")
    assert not role_matches("Chef", "Help Desk Administrator")
    assert not role_matches("Data Engineer", "Help Desk Administrator")
    # one word of three may be missing, never the role's head noun
    assert role_matches("Senior Infrastructure Engineering Manager", "Infrastructure Engineering Manager")
    assert role_matches("Engineering Manager, Infrastructure", "Infrastructure Engineering Manager")
    assert not role_matches("Infrastructure Engineer - Senior Specialist - Storage Services",
                            "Infrastructure Engineering Manager")


def test_years_with_a_skill_are_the_time_in_jobs_that_name_it():
    bank = _bank(("Acme", "Platform Engineer", "2020-03", ""), ("Beta", "Sysadmin", "2015", "2020-03"),
                 skills=["Terraform"])
    found = years_with_skill(bank, "Terraform", TODAY)
    assert found.years == pytest.approx(3.83, abs=0.02) and found.evidence == ["job-0"]
    assert years_found(bank, YearsAsk(5, "", False), TODAY).years == pytest.approx(9.0, abs=0.01)


@pytest.mark.parametrize(("sentence", "years", "subject"), [
    ("Four years as an Informatica MDM Developer.", 4, "Informatica MDM Developer"),
    ("* Minimum of 3-years experience as Lead CRM Developer", 3, "Lead CRM Developer"),
    ("Served as a Senior Software Engineer for at least 1 year.", 1, "Senior Software Engineer"),
    ("To have worked as a Desktop Engineer with Lotus Notes, preferably for 4 years", 4, "Desktop Engineer"),
])
def test_asks_written_in_words_or_with_the_role_first_are_read(sentence, years, subject):
    ask = parse_years_ask(sentence)
    assert ask is not None and (ask.years, ask.subject, ask.role) == (years, subject, True)


@pytest.mark.parametrize("sentence", [
    "We have been providing cabling and managed services to SMBs in Raleigh, North Carolina for over 30 years.",
    "A nationally recognised provider with an over 35-year history of success.",
    "Competitive pay and a company paid vacation after 1 year of service.",
    "A license or the ability to obtain one within one year; experience with building codes.",
])
def test_years_of_the_company_a_benefit_or_a_deadline_are_no_ask(sentence):
    assert parse_years_ask(sentence) is None


def test_the_posting_analysis_reads_the_same_asks():
    from resume_core.posting import facts as pf

    for sentence in ("Three years of experience as a Database Analyst", "5-years as a Life Scientist"):
        found = pf.years_ask(sentence)
        assert found is not None and found[0] == parse_years_ask(sentence).years
    assert pf.years_ask("Four to six years of Crystal Reports experience")[1].startswith("4+ years")
    assert pf.years_ask("We have been providing services to firms in Raleigh for over 30 years.") is None


def test_asks_in_text_that_lost_its_line_breaks_or_spaces_out_its_brackets_are_read():
    from resume_core.posting import facts as pf

    asks = pf.years_asks("3 years of WebMethods6 years of Java, Core Java4 years of WebServices")
    assert [years for years, _, _ in asks] == [3.0, 6.0, 4.0]
    assert parse_years_ask("Three ( 3 ) years of experience working as a Driver").years == 3
    assert parse_years_ask("Empirix hammer experience (1-2yrs) with Selenium").years == 1
    assert parse_years_ask("Applicants must be 25 years of age or older") is None
