"""The offline text parser on real CVs (dotin, CC0) and on a hand-written Markdown resume."""

from __future__ import annotations

import pytest
from cv_fixtures import dotin, fixture_bytes

from resume_core.importing import import_resume
from resume_core.importing.parse_text import parse_resume_text
from resume_core.importing.skills import normalise, split_skill_list

CVS = dotin()


def _jobs(result):
    return [(j.name, j.positions[0].title, j.start_date, j.end_date) for j in result.bank.jobs]


def test_markdown_resume_jobs_titles_dates_and_locations():
    result = import_resume("jordan_reyes.md", fixture_bytes("jordan_reyes.md"))
    assert _jobs(result) == [
        ("Northwind Analytics Inc.", "Senior Data Engineer", "2020-01", ""),
        ("Blue Mesa Software LLC", "Data Engineer", "2017-03", "2019-12"),
        ("Acme Corp", "Data Analyst Intern", "2016-06", "2016-08"),
    ]
    assert [j.location for j in result.bank.jobs] == ["Denver, CO", "Boulder, CO", "Chicago, IL"]
    person = result.bank.person
    assert (person.name, person.email, person.phone, person.location) == (
        "Jordan Reyes", "jordan.reyes@example.com", "(303) 555-0142", "Denver, CO")
    assert person.summary.startswith("Data engineer who turns slow")


def test_markdown_resume_bullets_are_whole_sentences():
    bank = import_resume("jordan_reyes.md", fixture_bytes("jordan_reyes.md")).bank
    texts = [a.text for a in bank.jobs[0].accomplishments]
    # The wrapped second bullet is joined back into one accomplishment.
    assert texts[1] == ("Moved 40 TB of event data from Hadoop to Snowflake with zero downtime for the "
                        "reporting team, wrapping up three months early.")
    assert [a.text for a in bank.jobs[2].accomplishments] == [
        "Built Tableau dashboards for the sales team.", "Automated a weekly Excel report with pandas."]


def test_skill_list_is_split_and_skills_land_where_they_were_used():
    result = import_resume("jordan_reyes.md", fixture_bytes("jordan_reyes.md"))
    bank = result.bank
    by_job = {j.name: {s.name for s in j.skills} for j in bank.jobs}
    assert {"Kafka", "Python"} <= by_job["Blue Mesa Software LLC"]
    assert "Tableau" in by_job["Acme Corp"]
    # Terraform is only listed, never used in a bullet: it is the person's own skill, on no job and
    # in no made-up project (it used to go to the latest job, flagged for a check).
    assert [s.name for s in bank.skills if s.name == "Terraform"] == ["Terraform"]
    assert not any(s.name == "Terraform" for o in bank.owners() for s in o.skills)
    assert not [p for p in bank.projects if p.name == "Other skills"]
    assert bank.education[0].institution == "University of Colorado Boulder"
    assert (bank.education[0].study_type, bank.education[0].area, bank.education[0].end_date) == (
        "B.S.", "Computer Science", "2016")
    assert [(c.name, c.issuer, c.date) for c in bank.certificates] == [
        ("AWS Certified Data Analytics", "Amazon Web Services", "2021")]


def test_split_skill_list_separators_and_noise():
    assert split_skill_list("Languages: Java, C++ | Python • Go; Rust") == [
        ("Java", "Languages"), ("C++", "Languages"), ("Python", "Languages"), ("Go", "Languages"), ("Rust", "Languages")]
    assert split_skill_list("ESSBASE (Less than 1 year), HYPERION (5 years), Windows and Linux") == [
        ("ESSBASE", ""), ("HYPERION", ""), ("Windows", ""), ("Linux", "")]


def test_indeed_layout_title_company_location_dates():
    result = parse_resume_text(CVS["dotin-train-6"]["text"])
    job = result.bank.jobs[0]
    assert (job.name, job.location, job.start_date, job.end_date) == ("Accenture", "Hyderabad, Telangana", "2015-12", "")
    assert job.positions[0].title == "Software Engineer"
    assert any(a.text.startswith("Performing a Sanity test") for a in job.accomplishments)


def test_flattened_cv_with_four_jobs():
    result = parse_resume_text(CVS["dotin-train-152"]["text"])
    jobs = _jobs(result)
    assert len(jobs) == 4
    assert jobs[0] == ("ABC Corp", "Principal Software Engineer", "2001", "2006")
    assert [j[2:] for j in jobs] == [("2001", "2006"), ("1998", "2001"), ("1995", "1998"), ("1992", "1995")]
    assert result.bank.education[0].institution.startswith("Rutgers University")


def test_title_company_on_one_line_with_dates_between():
    result = parse_resume_text(CVS["dotin-train-203"]["text"])
    jobs = _jobs(result)
    assert ("Eurokas", "Java Technology Consultant", "2004-12", "") in jobs
    assert ("MJ Design", "Java Developer", "2000-01", "2004-11") in jobs


def test_uncertain_fields_are_flagged_for_a_check():
    # No date line under the job: the parse guesses, and says so.
    result = parse_resume_text(CVS["dotin-train-1"]["text"])
    job = result.bank.jobs[0]
    assert result.needs_check(job.id)
    assert result.confidence[job.id]["dates"] < 0.6
    sure = parse_resume_text(CVS["dotin-train-6"]["text"])
    assert sure.confidence[sure.bank.jobs[0].id]["dates"] >= 0.9


@pytest.mark.parametrize("cv_id", sorted(CVS))
def test_labelled_tools_end_up_in_the_bank(cv_id):
    """Most labelled Tech Tools and Job Specific Skills of each real CV are bank skills or bank text."""
    row = CVS[cv_id]
    bank = parse_resume_text(row["text"]).bank
    text = normalise(" ".join(
        [bank.person.summary] + [a.text for o in bank.owners() for a in o.accomplishments]
        + [s.name for s in bank.all_skills()] + [o.description for o in bank.owners()]
        + [o.name for o in bank.owners()] + [e.institution + " " + e.study_type + " " + e.area for e in bank.education]))
    wanted = {normalise(m) for label in ("Tech Tools", "Job Specific Skills") for m in row["entities"].get(label, [])}
    wanted.discard("")
    if not wanted:
        pytest.skip("no labelled skills in this CV")
    found = {w for w in wanted if w in text}
    assert len(found) / len(wanted) >= 0.7, sorted(wanted - found)


def test_every_real_cv_gives_a_job_with_a_company():
    for cv_id, row in CVS.items():
        bank = parse_resume_text(row["text"]).bank
        assert bank.jobs, cv_id
        assert all(job.name for job in bank.jobs)


@pytest.mark.parametrize(
    "text",
    [
        "EXPERIENCE\nGlobex Corporation, Springfield, IL\tJan 2019 – Present\nSenior Engineer\n"
        "• Cut cloud spend by 30% with rightsizing.\nInitech LLC — Austin, TX    June 2015 – Dec 2018\n"
        "Software Developer\n• Built the TPS report service in Go.",
        "Professional Experience\nSenior Engineer | Globex Corporation | Jan 2019 – Present\n- Cut cloud spend by 30%.\n"
        "Software Developer, Initech LLC, Austin TX (06/2015-12/2018)\n- Built the TPS report service in Go.",
        "WORK HISTORY\nGlobex Corporation\nSenior Engineer\nJanuary 2019 - Current\n"
        "Cut cloud spend by 30% with rightsizing and reserved instances.\n\nInitech LLC\nSoftware Developer\n"
        "06/2015 - 12/2018\nBuilt the TPS report service in Go and Postgres.",
    ],
    ids=["company-line-first", "one-line-headers", "stacked-headers"],
)
def test_common_job_header_layouts(text):
    jobs = _jobs(parse_resume_text(text))
    assert jobs == [("Globex Corporation", "Senior Engineer", "2019-01", ""),
                    ("Initech LLC", "Software Developer", "2015-06", "2018-12")]
