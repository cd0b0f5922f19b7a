"""The header of a job or project entry: the words that mark a title, a company or a place, and how the
pieces of the lines above a date range are sorted into them (`assign_header`, `fill_header`); the parsed
entry itself (`JobDraft`). Used by `experience`, which finds the entries."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.importing.dates import find_date_range
from resume_core.importing.sections import Line

TITLE_WORDS = re.compile(
    r"\b(engineer|developer|manager|analyst|consultant|intern|internship|technician|assistant|director|lead|"
    r"architect|specialist|officer|administrator|admin|designer|executive|associate|coordinator|scientist|"
    r"head|president|vp|tester|programmer|trainee|supervisor|representative|accountant|teacher|professor|"
    r"nurse|counsel|lawyer|attorney|advisor|adviser|clerk|agent|operator|founder|co-founder|owner|partner|"
    r"researcher|fellow|lecturer|instructor|trainer|writer|editor|recruiter|secretary|cashier|driver|"
    r"chef|mechanic|electrician|practitioner|member|volunteer|sde|cto|ceo|cfo|coo|principal|senior|sr|jr|"
    r"junior|staff|apprentice|auditor|controller|strategist|planner|buyer|marketer|salesman|mentor|"
    r"support|sme|expert|professional|handler|inspector|estimator|surveyor|pharmacist|therapist|"
    r"physician|doctor|dentist|solicitor|paralegal|receptionist|bookkeeper|underwriter|banker|"
    r"technologist|scrum master|product owner|devops|qa)\b",
    re.IGNORECASE,
)
COMPANY_WORDS = re.compile(
    r"\b(inc|ltd|llc|llp|plc|corp|corporation|company|pvt|private|limited|gmbh|bv|technologies|"
    r"technology|solutions|services|systems|software|group|bank|labs?|consulting|consultancy|infotech|"
    r"infosys|tcs|wipro|accenture|cognizant|capgemini|ibm|oracle|microsoft|google|amazon|deloitte|"
    r"university|college|institute|hospital|agency|partners|associates|enterprises|industries|"
    r"international|global|networks|foundation|commission|council|department|ministry|school|"
    r"center|centre|studio|media|motors|pharma|healthcare|financial|insurance|airlines|telecom)\b",
    re.IGNORECASE,
)
_LOCATION = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,30},\s*(?:[A-Z]{2}\b|[A-Z][A-Za-z .'-]{2,30})(?:\s+\d{5,6})?$"
)
_STATE = re.compile(r"^(?:[A-Z]{2}|[A-Z]{2}\s+\d{5})$")
_TECH_LINE = re.compile(
    r"^(?:environment|technologies|technology|tech stack|tools|tools used|skills used|languages|platform|"
    r"software|technologies used|key skills|skills)\s*[:\-]\s*(.+)$",
    re.IGNORECASE,
)
_ROLE_LINE = re.compile(r"^(?:role|designation|position)\s*[:\-]\s*(.+)$", re.IGNORECASE)
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[^\W\d_]{1,3}\.){2,3}$")  # "Span d.d.", "freee K.K.": a company, not a sentence
_DURATION = re.compile(r"^\(?\d{1,2}\+?\s*(?:years?|yrs?|months?|mos?)(?:,?\s*\d{1,2}\s*(?:months?|mos?))?\)?$", re.IGNORECASE)
_SUBHEAD = re.compile(r"^[^.]{0,50}:$")
FIELD_LABEL = re.compile(r"^(?:highlights|responsibilities|key responsibilities|roles? and responsibilities|"
                         r"achievements|key achievements|duties|tasks|description)\s*:?\s*-?$", re.IGNORECASE)
"""A label over a job's bullets ("Highlights"), never a title, company or accomplishment."""
MAX_HEADER_WORDS = 10


@dataclass
class JobDraft:
    """A job or project as parsed, with per-field confidence."""

    company: str = ""
    title: str = ""
    location: str = ""
    start: str = ""
    end: str = ""
    description: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    skills: list[tuple[str, str]] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)


_SMALL_WORDS = {"of", "and", "the", "in", "at", "for", "de", "del", "la", "le", "du", "van", "von", "&", "-", "–", "|", "to", "on"}


def is_prose(text: str) -> bool:
    """A sentence, not a header: five or more words, most of them (small words aside) in lower case.
    "Coordinate a team of twelve nurses across three night shifts" is prose; "Teacher of Mathematics
    and Physics" and "Software engineer at Xyz Pvt Ltd" are not."""
    if find_date_range(text) is not None:  # a dated line is judged as a header by its dates
        return False
    words = [w for w in text.split() if w.lower() not in _SMALL_WORDS]
    if len(words) < 5:
        return False
    lower = sum(1 for w in words[1:] if w[:1].islower())
    return lower >= 0.6 * (len(words) - 1)


def _is_header_line(line: Line) -> bool:
    text = line.text
    return (
        not line.bullet
        and not is_prose(text)
        and len(text.split()) <= MAX_HEADER_WORDS
        and (not text.rstrip().endswith((".", ";")) or bool(_COMPANY_SUFFIX.search(text[-8:]))
             or bool(_ABBREVIATION_END.search(text)))
        and not _TECH_LINE.match(text.lstrip(" -–*•"))  # "-Tools : ANT, Toad": a dash stuck to the label
        and "http" not in text
    )


def _pieces(text: str) -> list[str]:
    # "(Houston, TX)" is a location even though it holds a comma.
    text = re.sub(r"\(([^()]{3,40},[^()]{2,30})\)", lambda m: f" | {m.group(1)} | " if _is_location(m.group(1).strip()) else m.group(0), text)
    # "Data Analyst (Kestrel Insurance)": an employer in parentheses after the title is a piece of its own.
    text = re.sub(r"^([^()]{2,60}?)\s*\(([^()]{2,40})\)", lambda m: f"{m.group(1)} | {m.group(2)} | "
                  if _kind(m.group(1)) == "title" and _kind(m.group(2)) == "company" else m.group(0), text)
    parts = re.split(r"\s+[-–—|@]\s+|\s*[|•]\s*|\s+at\s+|:\s+|\s*\t\s*|\s-$|^-\s", text)
    out: list[str] = []
    for part in parts:
        part = part.strip(" ,;:-–()")
        part += ")" * (part.count("(") == part.count(")") + 1)  # "Engineer (Python/Java)": keep its closing bracket
        part = re.sub(r"\s(?:from|since|between|during|in)$", "", part, flags=re.IGNORECASE)  # "Analyst from 2019"
        if not part or _DURATION.match(part):  # "3 years 8 months" printed beside the dates
            continue
        if _is_location(part):
            out.append(part)
            continue
        # "Eurokas, Cleveland, OH": a trailing "City, ST" pair is one location piece.
        # "Embie Technical Solutions, Inc." is one name: never split before a company suffix.
        commas = [c.strip() for c in re.split(r",(?!\s*(?:inc|llc|ltd|l\.l\.c|corp|co\.|plc|gmbh)\b)", part, flags=re.IGNORECASE)
                  if c.strip()]
        if len(commas) >= 3 and _STATE.match(commas[-1]):
            out.extend(commas[:-2] + [f"{commas[-2]}, {commas[-1]}"])
        elif len(commas) >= 2 and all(len(c.split()) <= 6 for c in commas):
            out.extend(commas)
        else:
            out.append(part)
    return out


def _is_location(piece: str) -> bool:
    city = piece.split(",")[0].strip()
    if city.isupper() and len(city) > 3 and " " in city:  # "ABC STORE, Example City" is a company first
        return False
    return bool(_LOCATION.match(piece)) and not COMPANY_WORDS.search(piece) and not TITLE_WORDS.search(piece)


_COMPANY_SUFFIX = re.compile(
    r"\b(?i:inc|ltd|llc|llp|plc|corp|corporation|company|pvt|private limited|limited|gmbh|bv)\b\.?|\b(?:Co\.|AG|S\.A\.)",
)


def _kind(piece: str) -> str:
    """'title', 'company' or '' for one header piece, from the words it holds."""
    words = re.findall(r"[A-Za-z][\w&.-]*", piece)
    last = words[-1] if words else ""
    title = (2 if TITLE_WORDS.fullmatch(last.rstrip(".")) else 0) + (1 if TITLE_WORDS.search(piece) else 0)
    company = (3 if _COMPANY_SUFFIX.search(piece) else 0) + (1 if COMPANY_WORDS.search(piece) else 0)
    if title > company:
        return "title"
    if company > title:
        return "company"
    return ""


def assign_header(pieces: list[str], draft: JobDraft) -> list[str]:
    """Put the pieces whose words say title, company or location in place; return the unknown ones."""
    rest: list[str] = []
    for piece in pieces:
        if len(piece.split()) > 12:
            continue
        kind = _kind(piece)
        if not draft.location and not kind and _is_location(piece):
            draft.location = piece
            draft.confidence["location"] = 0.7
        elif kind == "title" and not draft.title:
            draft.title = piece
            draft.confidence["title"] = 0.85
        elif kind == "company" and not draft.company:
            draft.company = piece
            draft.confidence["company"] = 0.85
        else:  # unknown, or a second title-like piece ("SAP" under "Support Engineer"): fills a gap later
            rest.append(piece)
    return rest


def fill_header(rest: list[str], draft: JobDraft) -> None:
    """Fill title and company gaps from the unknown pieces, in the usual order, with low confidence."""
    for piece in rest:
        if not draft.title and not draft.company:
            draft.title, draft.confidence["title"] = piece, 0.45
        elif not draft.company:
            draft.company, draft.confidence["company"] = piece, 0.55
        elif not draft.title:
            draft.title, draft.confidence["title"] = piece, 0.5
