"""A LinkedIn data export (the ZIP from Settings > Data privacy > Get a copy of your data).

Reads Profile.csv, Positions.csv, Education.csv, Skills.csv, Projects.csv, Certifications.csv and
Email Addresses.csv
(wherever they sit in the archive; column names matched without regard to case). The archive is
checked before anything is unpacked: too many members or too many uncompressed bytes (a zip bomb)
is refused, and so is a ZIP without Profile.csv or Positions.csv, which is not a LinkedIn export.
Members are read through byte-capped streams (`resume_core.importing.bounded_zip`) whatever their headers declare.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePosixPath

from resume_core.importing.bounded_zip import open_zip, read_members
from resume_core.errors import ImportProblem
from resume_core.importing.dates import parse_date
from resume_core.importing.result import ImportResult
from resume_core.importing.skills import attach_listed_skills
from resume_core.bank.model import Accomplishment, Bank, Certificate, Education, Job, Person, Position, Project, new_id

MAX_UNPACKED_BYTES = 20 * 1024 * 1024
MAX_RATIO = 200  # compressed CSV rarely shrinks beyond 1:20; 1:200 is a bomb
WANTED = ("profile.csv", "positions.csv", "education.csv", "skills.csv", "projects.csv", "certifications.csv",
          "email addresses.csv")

_FIX = "Import the ZIP LinkedIn e-mails you (Settings > Data privacy > Get a copy of your data), unchanged."


def _open(data: bytes, filename: str) -> dict[str, str]:
    archive = open_zip(data, filename, ImportProblem(f"{filename} is not a ZIP file.", _FIX))
    with archive:
        members = archive.infolist()
        declared = sum(m.file_size for m in members)
        packed = sum(m.compress_size for m in members) or 1
        if declared > MAX_UNPACKED_BYTES or declared / packed > MAX_RATIO:
            raise ImportProblem(
                f"{filename} unpacks to {declared / 1_048_576:.0f} MB in {len(members)} files, far more than a LinkedIn export;"
                " it was not opened.",
                _FIX,
            )
        # The declared sizes may lie: the members are read through byte-capped streams all the same.
        wanted = [m for m in members if PurePosixPath(m.filename).name.lower() in WANTED and not m.is_dir()]
        raw = read_members(archive, wanted, filename, _FIX, max_total=MAX_UNPACKED_BYTES)
    files = {PurePosixPath(name).name.lower(): body.decode("utf-8-sig", errors="replace") for name, body in raw.items()}
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
    try:
        return [{(k or "").strip().lower(): (v or "").strip() if isinstance(v, str) else "" for k, v in row.items()}
                for row in reader]
    except csv.Error as exc:  # a field over csv.field_size_limit(), a stray NUL
        raise ImportProblem(f"{name} in the export cannot be read as a table ({exc}).", _FIX) from exc


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
