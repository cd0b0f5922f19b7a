"""Older Big Resume files load: schemaVersion 1 through the migration chain, and the original
Target Practice `<resume>` format without losing a word."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from resume_core.errors import BankFileError
from resume_core.bank.migrations import MIGRATIONS, ensure_ids
from resume_core.bank.model import SCHEMA_VERSION, Bank
from resume_core.bank.original_format import convert_date
from resume_core.bank.xml_io import parse_bank_xml, render_bank_xml

ORIGINAL = Path(__file__).parent.parent / "fixtures" / "original_format.xml"
ID = re.compile(r"^[a-z]+-[0-9a-f]{8}$")

V1 = """<?xml version="1.0" encoding="utf-8"?>
<bigResume schemaVersion="1">
  <person><name>Sam Lee</name></person>
  <jobs>
    <job>
      <name>Acme</name>
      <positions><position startDate="2020-01">Engineer</position></positions>
      <skills>Python, Terraform ,, Incident command</skills>
      <accomplishments>
        <accomplishment>Cut deploy time in half</accomplishment>
        <accomplishment id="acc-keepme">Kept this id</accomplishment>
      </accomplishments>
      <anecdotes>
        <anecdote><summary>Story</summary><transcript><turn role="user">I did it</turn></transcript></anecdote>
      </anecdotes>
    </job>
  </jobs>
  <projects><project><name>Side</name><skills>Go</skills></project></projects>
  <education><school><institution>State U</institution></school></education>
</bigResume>
"""


def test_migrations_are_named_ordered_and_reach_the_current_version() -> None:
    versions = [mig.from_version for mig in MIGRATIONS]
    assert versions == sorted(versions) == list(range(1, SCHEMA_VERSION))
    assert len({mig.name for mig in MIGRATIONS}) == len(MIGRATIONS)


def test_version_1_file_gets_ids_and_skill_elements() -> None:
    bank = parse_bank_xml(V1)
    job = bank.jobs[0]
    assert [s.name for s in job.skills] == ["Python", "Terraform", "Incident command"]
    assert [a.text for a in job.accomplishments] == ["Cut deploy time in half", "Kept this id"]
    assert job.accomplishments[1].id == "acc-keepme"
    assert job.anecdotes[0].transcript[0].text == "I did it"
    assert [s.name for s in bank.projects[0].skills] == ["Go"]
    generated = [i for i in bank.iter_ids() if i != "acc-keepme"]
    assert len(generated) == 9 and all(ID.match(i) for i in generated)
    assert job.id.startswith("job-") and job.skills[0].id.startswith("skl-")
    assert bank.education[0].id.startswith("edu-")
    assert bank.schema_version == SCHEMA_VERSION
    assert render_bank_xml(bank).splitlines()[1] == f'<bigResume schemaVersion="{SCHEMA_VERSION}">'
    assert parse_bank_xml(render_bank_xml(bank)) == bank


def test_file_without_version_is_read_as_version_1() -> None:
    bank = parse_bank_xml(V1.replace(' schemaVersion="1"', ""))
    assert [s.name for s in bank.jobs[0].skills] == ["Python", "Terraform", "Incident command"]


def test_duplicate_or_invalid_ids_in_old_files_are_replaced_not_shared() -> None:
    node = {"jobs": {"job": [{"@id": "job-same", "name": "A"}, {"@id": "job-same", "name": "B"},
                             {"@id": "Not An Id", "name": "C"}]}}
    ids = [job["@id"] for job in ensure_ids(node)["jobs"]["job"]]
    assert ids[0] == "job-same" and len(set(ids)) == 3 and all(ID.match(i) for i in ids[1:])


def test_version_1_validation_problem_is_still_named() -> None:
    with pytest.raises(BankFileError) as info:
        parse_bank_xml(V1.replace('startDate="2020-01"', 'startDate="last spring"'))
    assert "jobs[0] (Acme) > positions[0] (Engineer) > startDate: 'last spring'" in info.value.message


@pytest.fixture(scope="module")
def original() -> Bank:
    return parse_bank_xml(ORIGINAL.read_bytes())


def _texts(path: Path) -> list[str]:
    """Every non-blank text and attribute value in a file, compared without surrounding blanks."""
    root = ET.parse(path).getroot()
    out = []
    for element in root.iter():
        out.extend(v for k, v in element.attrib.items() if k not in ("id", "role"))
        if element.text and element.text.strip():
            out.append(element.text)
    return [" ".join(t.split()) for t in out]


def _strings(value) -> set[str]:
    if isinstance(value, str):
        return {" ".join(value.split())}
    if isinstance(value, dict):
        return set().union(*(_strings(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value)) if value else set()
    return set()


def test_original_format_loses_no_text(original: Bank) -> None:
    kept = _strings(original.model_dump())
    kept |= {f"{e.study_type} in {e.area}" for e in original.education}  # "B.S. in X" is split in two
    missing = [t for t in _texts(ORIGINAL) if t not in kept and convert_date(t) not in kept]
    assert missing == []


def test_original_format_items_land_in_the_right_places(original: Bank) -> None:
    root = ET.parse(ORIGINAL).getroot()
    assert original.person.name == "Jordan Rivera"
    assert original.person.label == "Senior Site Reliability Engineer"
    assert {link.network for link in original.person.links} == {"LinkedIn", "GitHub"}
    assert [job.name for job in original.jobs] == [c.text for c in root.iter("company")]
    accomplishments = [a.text for o in original.owners() for a in o.accomplishments]
    assert accomplishments == [i.text for i in root.iter("item") if i.find("college") is None]
    skills = [s.name for o in original.owners() for s in o.skills]
    assert skills == [s.text for s in root.iter("skill")]
    anecdotes = original.jobs[0].anecdotes
    assert [a.summary for a in anecdotes] == [c.text for c in root.iter("content")]
    turns = [(t.role, t.text) for a in anecdotes for t in a.transcript]
    assert turns == [(msg.get("role"), msg.text) for msg in root.iter("message")]
    assert anecdotes[0].created == "2024-02-11T18:22:05Z"
    assert original.projects[0].technologies == ["Go", "PagerDuty API"]
    assert original.projects[0].roles == ["Author and maintainer"]
    assert original.patents[0].number == "US 11,222,333 B2"
    school = original.education[0]
    assert (school.institution, school.study_type, school.area) == ("Colorado State University", "B.S.", "Computer Science")


def test_original_format_ids_kept_when_valid_generated_otherwise(original: Bank) -> None:
    assert original.jobs[0].id == "job-4f1c9a2e"
    assert original.jobs[0].anecdotes[0].id == "anc-7f3e2a1b"
    replaced = original.jobs[0].anecdotes[1].id
    assert replaced != "Anecdote_17" and replaced.startswith("anc-")
    ids = list(original.iter_ids())
    assert len(ids) == len(set(ids))


def test_original_format_dates_are_kept_or_converted(original: Bank) -> None:
    first, second = original.jobs[0].positions
    assert (first.start_date, first.end_date) == ("2021-03", "")  # "Present" means current
    assert (second.start_date, second.end_date) == ("2019-06", "2021-02")
    northwind = original.jobs[1].positions[0]
    assert (northwind.title, northwind.start_date, northwind.end_date) == ("DevOps Engineer", "2016-06", "2019-05")
    cascade = original.jobs[2].positions[0]
    assert (cascade.title, cascade.start_date, cascade.end_date) == ("Web Developer (contract)", "2015-01", "2016")
    assert original.patents[0].date == "2023-03-15"
    assert original.education[0].end_date == "2015-05"


@pytest.mark.parametrize(("written", "iso"), [
    ("2021-03", "2021-03"), ("2021", "2021"), ("March 2021", "2021-03"), ("Sept. 2019", "2019-09"),
    ("03/2021", "2021-03"), ("2021/3", "2021-03"), ("12/31/2020", "2020-12-31"), ("Jan 5, 2020", "2020-01-05"),
    ("2024-02-11T18:22:05Z", "2024-02-11"), ("Present", ""), ("current", ""),
    ("Spring 2020", "Spring 2020"), ("13/2020", "13/2020"),
])
def test_convert_date(written: str, iso: str) -> None:
    assert convert_date(written) == iso


def test_original_format_unknown_element_is_named_with_line() -> None:
    text = ORIGINAL.read_text().replace("<company>Northwind Freight</company>",
                                        "<company>Northwind Freight</company>\n<salary>90k</salary>")
    with pytest.raises(BankFileError) as info:
        parse_bank_xml(text)
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "<company>Northwind" in t) - 1
    assert f"unknown element <salary> inside <job> (line {line})" in info.value.message


def test_original_format_undatable_date_is_reported_with_its_place() -> None:
    text = ORIGINAL.read_text().replace("<startDate>06/2016</startDate>", "<startDate>Summer 2016</startDate>")
    with pytest.raises(BankFileError) as info:
        parse_bank_xml(text)
    assert "jobs[1] (Northwind Freight) > positions[0] (DevOps Engineer) > startDate: 'Summer 2016'" in info.value.message


def test_original_format_unknown_message_role_is_refused() -> None:
    text = ORIGINAL.read_text().replace('<message role="user">In 2022', '<message role="system">In 2022')
    with pytest.raises(BankFileError) as info:
        parse_bank_xml(text)
    assert "message role 'system'" in info.value.message


# --- version 2 -> 3: the importer's "Other skills" pseudo-project becomes the person's skills ----

V2_OTHER_SKILLS = """<?xml version="1.0" encoding="utf-8"?>
<bigResume schemaVersion="2">
  <person><name>Jori Smith</name></person>
  <jobs>
    <job id="job-00000001"><name>Acme</name>
      <positions><position startDate="2020-01">Help Desk Administrator</position></positions>
      <skills><skill id="skl-00000001">Windows</skill></skills>
    </job>
  </jobs>
  <projects>
    <project id="prj-00000001"><name>Side</name><skills><skill id="skl-00000002">Go</skill></skills></project>
    <project id="prj-00000002"><name>Other skills</name>
      <description>Skills listed on the imported resume that no job or project mentions.</description>
      <skills><skill id="skl-00000003" category="Languages">Rust</skill><skill id="skl-00000004">Active Directory</skill>
        <skill id="skl-00000005">rust</skill></skills>
    </project>
  </projects>
</bigResume>
"""


def test_version_2_other_skills_project_becomes_person_skills() -> None:
    bank = parse_bank_xml(V2_OTHER_SKILLS)
    assert [p.name for p in bank.projects] == ["Side"]
    assert [(s.id, s.name, s.category) for s in bank.skills] == [
        ("skl-00000003", "Rust", "Languages"), ("skl-00000004", "Active Directory", "")]  # 'rust' is the same skill
    assert [s.name for s in bank.jobs[0].skills] == ["Windows"] and [s.name for s in bank.projects[0].skills] == ["Go"]
    assert bank.schema_version == SCHEMA_VERSION == 3
    assert parse_bank_xml(render_bank_xml(bank)) == bank


def test_an_other_skills_project_the_user_wrote_bullets_into_keeps_them() -> None:
    text = V2_OTHER_SKILLS.replace(
        "<skills><skill id=\"skl-00000003\"",
        "<accomplishments><accomplishment id=\"acc-00000001\">Ran the lab network</accomplishment></accomplishments>"
        "<skills><skill id=\"skl-00000003\"")
    bank = parse_bank_xml(text)
    [kept] = [p for p in bank.projects if p.name == "Other skills"]
    assert [a.text for a in kept.accomplishments] == ["Ran the lab network"] and kept.skills == []
    assert [s.name for s in bank.skills] == ["Rust", "Active Directory"]


def test_version_1_file_reaches_version_3_and_a_version_2_file_without_the_project_keeps_its_lines() -> None:
    assert parse_bank_xml(V1).skills == []
    plain = V2_OTHER_SKILLS.replace("<name>Other skills</name>", "<name>Homelab</name>")
    assert [p.name for p in parse_bank_xml(plain).projects] == ["Side", "Homelab"]
    with pytest.raises(BankFileError) as info:  # unchanged by the migration: errors still name the line
        parse_bank_xml(plain.replace("<name>Side</name>", "<name>Side</name><salary>9</salary>"))
    assert "<salary> inside <project> (line 11)" in info.value.message


def test_person_skills_round_trip_and_their_ids_are_unique() -> None:
    from resume_core.bank.model import Skill

    bank = Bank(skills=[Skill(id="skl-aaaa0001", name="SQL", category="Data")])
    assert parse_bank_xml(render_bank_xml(bank)) == bank
    with pytest.raises(ValueError, match="skl-aaaa0001"):
        Bank.model_validate({**bank.model_dump(), "jobs": [
            {"id": "job-aaaa0001", "name": "Acme", "skills": [{"id": "skl-aaaa0001", "name": "Go"}]}]})
