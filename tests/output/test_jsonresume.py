"""JSON Resume export is valid against the official schema, and reading it back keeps the bank."""

from __future__ import annotations

import json
from pathlib import Path

from resume_core.output.jsonresume import bank_to_json_resume, parse_json_resume, validate_json_resume
from resume_core.bank.sample import load_sample_bank

FIXTURE = Path(__file__).parent.parent / "fixtures" / "resumes" / "jordan_reyes.resume.json"


def _texts(bank):
    return sorted(a.text for o in bank.owners() for a in o.accomplishments)


def test_sample_bank_exports_valid_json_resume():
    document = bank_to_json_resume(load_sample_bank())
    assert validate_json_resume(document) == []
    assert document["meta"]["version"] == "v1.0.0"
    json.dumps(document)


def test_invalid_documents_name_the_place():
    problems = validate_json_resume({"work": [{"name": "Acme", "startDate": "last spring"}], "hobbies": []})
    assert any(p.startswith("work[0].startDate") for p in problems)
    assert any("hobbies" in p for p in problems)


def test_every_section_is_read():
    bank = parse_json_resume(json.loads(FIXTURE.read_text()))
    assert bank.person.name == "Jordan Reyes" and bank.person.location == "Denver, CO, US"
    assert bank.person.links[0].url == "https://github.com/jreyes-data"
    northwind = bank.jobs[0]
    assert [p.title for p in northwind.positions] == ["Senior Data Engineer", "Data Engineer"]
    assert [j.name for j in bank.jobs] == ["Northwind Analytics Inc.", "Blue Mesa Software LLC", "Code for Denver"]
    assert bank.education[0].courses == ["Databases", "Operating Systems"] and bank.education[0].score == "3.7"
    assert bank.awards[0].title == "Engineering Excellence Award"
    assert bank.certificates[0].issuer == "Amazon Web Services"
    assert bank.publications[0].release_date == "2023-02-01"
    assert bank.projects[0].roles == ["Maintainer"] and bank.projects[0].technologies == ["Python", "dbt"]
    skills = {s.name: s.category for s in bank.all_skills()}
    assert skills["Airflow"] == "Data" and skills["Spanish"] == "Languages"


def test_round_trip_keeps_jobs_positions_bullets_and_skills():
    bank = load_sample_bank()
    again = parse_json_resume(bank_to_json_resume(bank))
    assert [j.name for j in again.jobs] == [j.name for j in bank.jobs]
    assert [sorted((p.title, p.start_date, p.end_date) for p in j.positions) for j in again.jobs] == [
        sorted((p.title, p.start_date, p.end_date) for p in j.positions) for j in bank.jobs]
    assert _texts(again) == _texts(bank)
    names = lambda b: {s.name.lower() for s in b.all_skills()}  # noqa: E731
    assert names(again) == names(bank)
    assert validate_json_resume(bank_to_json_resume(again)) == []


def test_export_bytes_are_a_valid_json_resume_file():
    from resume_core.output.jsonresume import export_json_resume_bytes

    data = export_json_resume_bytes(load_sample_bank())
    document = json.loads(data.decode("utf-8"))
    assert validate_json_resume(document) == []
    assert document["basics"]["name"] == load_sample_bank().person.name


def test_skills_not_tied_to_a_job_are_exported_and_read_back_as_the_persons():
    from resume_core.output.jsonresume import bank_to_json_resume, parse_json_resume
    from resume_core.bank.model import Bank, Job, Position, Skill

    bank = Bank(jobs=[Job(id="job-0000a001", name="Acme", positions=[Position(title="Engineer")],
                          skills=[Skill(id="skl-0000a001", name="Python")])],
                skills=[Skill(id="skl-0000a002", name="Spanish", category="Languages"),
                        Skill(id="skl-0000a003", name="Welding")])
    data = bank_to_json_resume(bank)
    groups = {g["name"]: g["keywords"] for g in data["skills"]}
    assert groups == {"Skills": ["Python", "Welding"], "Languages": ["Spanish"]}
    back = parse_json_resume(json.loads(json.dumps(data)))
    # JSON Resume's skills section is the person's; a skill no job's text names comes back as theirs.
    assert {(s.name, s.category) for s in back.skills} == {
        ("Python", "Skills"), ("Spanish", "Languages"), ("Welding", "Skills")}
    assert not any(p.name == "Other skills" for p in back.projects)
