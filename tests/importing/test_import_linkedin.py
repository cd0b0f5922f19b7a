"""A LinkedIn data export ZIP becomes a bank fragment."""

from __future__ import annotations

import io
import zipfile

from resume_core.importing import import_resume, merge_banks
from resume_core.bank.model import Bank

PROFILE = "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location\nSam,Okafor,,,,Platform Engineer,Keeps the lights on.,Software,,\"Austin, Texas\"\n"
POSITIONS = ('Company Name,Title,Description,Location,Started On,Finished On\n'
             'Initech,Platform Engineer,"Moved CI to GitHub Actions.\nCut build times by half with Bazel.","Austin, Texas",Mar 2021,\n'
             'Globex,Developer,,Remote,2017,Feb 2021\n')
EDUCATION = "School Name,Start Date,End Date,Notes,Degree Name,Activities\nUniversity of Texas at Austin,2013,2017,,BSc Computer Science,\n"
SKILLS = "Name\nBazel\nKubernetes\n"
PROJECTS = "Title,Description,Url,Started On,Finished On\nkubectl-tree,A kubectl plugin,https://example.com/tree,Jan 2020,\n"
CERTS = "Name,Url,Authority,Started On,Finished On,License Number\nCKA,,CNCF,Jun 2022,,\n"


def export_zip(**extra: str) -> bytes:
    out = io.BytesIO()
    files = {"Profile.csv": PROFILE, "Positions.csv": POSITIONS, "Education.csv": EDUCATION,
             "Skills.csv": SKILLS, "Projects.csv": PROJECTS, "Certifications.csv": CERTS, **extra}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(f"Basic_LinkedInDataExport_01-01-2025/{name}", text)
    return out.getvalue()


def test_every_csv_is_read():
    result = import_resume("Basic_LinkedInDataExport.zip", export_zip())
    bank = result.bank
    assert result.kind == "linkedin" and result.method == "structured"
    assert (bank.person.name, bank.person.label, bank.person.location) == ("Sam Okafor", "Platform Engineer", "Austin, Texas")
    initech, globex = bank.jobs
    assert (initech.name, initech.positions[0].title, initech.start_date, initech.end_date) == (
        "Initech", "Platform Engineer", "2021-03", "")
    assert [a.text for a in initech.accomplishments] == ["Moved CI to GitHub Actions.", "Cut build times by half with Bazel."]
    assert (globex.start_date, globex.end_date) == ("2017", "2021-02")
    assert "Bazel" in {s.name for s in initech.skills}
    assert bank.education[0].study_type == "BSc Computer Science"
    assert bank.projects[0].url == "https://example.com/tree"
    assert (bank.certificates[0].name, bank.certificates[0].issuer, bank.certificates[0].date) == ("CKA", "CNCF", "2022-06")
    # Kubernetes is listed but not used in any position: it is the person's own skill, on no job
    # (it used to go to the latest job, flagged for the user to place).
    assert [s.name for s in bank.skills] == ["Kubernetes"]
    assert not any(s.name == "Kubernetes" for o in bank.owners() for s in o.skills)


def test_notes_preamble_and_primary_email():
    notes = 'Notes:\n"When exporting your connection data, you may notice that some e-mails are missing."\n\n'
    emails = "Email Address,Confirmed,Primary,Updated On\nold@example.com,Yes,No,\nsam@example.com,Yes,Yes,\n"
    result = import_resume("export.zip", export_zip(**{"Skills.csv": notes + SKILLS, "Email Addresses.csv": emails}))
    assert result.bank.person.email == "sam@example.com"
    assert {"Bazel", "Kubernetes"} <= {s.name for s in result.bank.all_skills()}


def test_linkedin_import_twice_adds_nothing():
    first = merge_banks(Bank(), import_resume("export.zip", export_zip()).bank)
    second = merge_banks(first.bank, import_resume("export.zip", export_zip()).bank)
    assert second.added_total == 0
