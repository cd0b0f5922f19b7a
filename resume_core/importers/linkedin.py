"""A LinkedIn data export (the ZIP from Settings > Data privacy > Get a copy of your data).

Reads Profile.csv, Positions.csv, Education.csv, Skills.csv, Projects.csv, Certifications.csv and
Email Addresses.csv
(wherever they sit in the archive; column names matched without regard to case). The archive is
checked before anything is unpacked: too many members or too many uncompressed bytes (a zip bomb)
is refused, and so is a ZIP without Profile.csv or Positions.csv, which is not a LinkedIn export.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import PurePosixPath

from resume_core.errors import ImportProblem
from resume_core.importers.dates import parse_date
from resume_core.importers.result import ImportResult
from resume_core.importers.skills import attach_listed_skills
from resume_core.model import Accomplishment, Bank, Certificate, Education, Job, Person, Position, Project, new_id

MAX_MEMBERS = 500
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
MAX_RATIO = 200  # compressed CSV rarely shrinks beyond 1:20; 1:200 is a bomb
WANTED = ("profile.csv", "positions.csv", "education.csv", "skills.csv", "projects.csv", "certifications.csv",
          "email addresses.csv")

_FIX = "Import the ZIP LinkedIn e-mails you (Settings > Data privacy > Get a copy of your data), unchanged."


def _open(data: bytes, filename: str) -> dict[str, str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise ImportProblem(f"{filename} is not a ZIP file.", _FIX) from exc
    with archive:
        members = archive.infolist()
        unpacked = sum(m.file_size for m in members)
        packed = sum(m.compress_size for m in members) or 1
        if len(members) > MAX_MEMBERS or unpacked > MAX_UNPACKED_BYTES or unpacked / packed > MAX_RATIO:
            raise ImportProblem(
                f"{filename} unpacks to {unpacked / 1_048_576:.0f} MB in {len(members)} files, far more than a LinkedIn export;"
                " it was not opened.",
                _FIX,
            )
        files: dict[str, str] = {}
        for member in members:
            base = PurePosixPath(member.filename).name.lower()
            if base in WANTED and not member.is_dir():
                files[base] = archive.read(member).decode("utf-8-sig", errors="replace")
    if "profile.csv" not in files and "positions.csv" not in files:
        raise ImportProblem(f"{filename} is a ZIP file but not a LinkedIn data export (no Profile.csv or Positions.csv).", _FIX)
    return files


def _rows(files: dict[str, str], name: str) -> list[dict[str, str]]:
    text = files.get(name, "")
    # LinkedIn puts a "Notes:" preamble above some tables; the header row starts after it.
    lines = text.splitlines()
    headers = ("first name", "company name", "school name", "name", "title", "email address")
    start = next((i for i, line in enumerate(lines) if line.strip().lower().startswith(headers)), 0)
    lines = lines[start:]
    reader = csv.DictReader(io.StringIO("\n".join(lines)))
    return [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader]


def read_linkedin_zip(data: bytes, filename: str) -> ImportResult:
    files = _open(data, filename)
    taken: set[str] = set()

    def fresh(kind: str) -> str:
        value = new_id(kind, taken)
        taken.add(value)
        return value

    bank = Bank()
    for row in _rows(files, "profile.csv")[:1]:
        bank.person = Person(
            name=" ".join(p for p in (row.get("first name", ""), row.get("last name", "")) if p),
            label=row.get("headline", ""), summary=row.get("summary", ""),
            location=row.get("geo location", "") or row.get("address", ""),
        )
    emails = [row.get("email address", "") for row in _rows(files, "email addresses.csv")
              if row.get("email address") and row.get("primary", "yes").lower() == "yes"]
    if emails:
        bank.person.email = emails[0]
    for row in _rows(files, "positions.csv"):
        company, title = row.get("company name", ""), row.get("title", "")
        if not company:
            continue
        lines = [line.strip(" •-*\t") for line in row.get("description", "").splitlines() if line.strip(" •-*\t")]
        bank.jobs.append(Job(
            id=fresh("job"), name=company, location=row.get("location", ""),
            positions=[Position(title=title or "Role", start_date=parse_date(row.get("started on", "")),
                                end_date=parse_date(row.get("finished on", ""), is_end=True))],
            accomplishments=[Accomplishment(id=fresh("accomplishment"), text=line) for line in lines],
        ))
    for row in _rows(files, "education.csv"):
        if row.get("school name"):
            bank.education.append(Education(
                id=fresh("education"), institution=row["school name"], study_type=row.get("degree name", ""),
                start_date=parse_date(row.get("start date", "")), end_date=parse_date(row.get("end date", ""), is_end=True),
            ))
    for row in _rows(files, "projects.csv"):
        if row.get("title"):
            bank.projects.append(Project(
                id=fresh("project"), name=row["title"], description=row.get("description", ""), url=row.get("url", ""),
                start_date=parse_date(row.get("started on", "")), end_date=parse_date(row.get("finished on", ""), is_end=True),
            ))
    for row in _rows(files, "certifications.csv"):
        if row.get("name"):
            bank.certificates.append(Certificate(
                id=fresh("certificate"), name=row["name"], issuer=row.get("authority", ""), url=row.get("url", ""),
                date=parse_date(row.get("started on", "")),
            ))
    skills = [(row["name"], "") for row in _rows(files, "skills.csv") if row.get("name")]
    flagged = attach_listed_skills(bank, skills, taken)
    warnings = [] if bank.jobs else ["The export has no positions: add your jobs by hand or import your resume file too."]
    return ImportResult(bank=bank, confidence={k: {"name": v} for k, v in flagged.items()}, warnings=warnings,
                        source=filename, kind="linkedin", method="structured")
