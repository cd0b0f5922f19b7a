"""The facts of a job posting: title, company, seniority, years, degree, location, remote.

Each comes from a handful of patterns over the text and its sections; a fact the posting does not
state stays empty rather than guessed.
"""

from __future__ import annotations

import re

from resume_core.posting_sections import DECOR, Section, heading_kind

ROLE = (r"(?:engineer|developer|manager|analyst|designer|scientist|architect|lead|specialist|consultant|"
        r"administrator|programmer|tester|devops|sre|director|head|officer|owner|intern|technician|"
        r"coordinator|expert|strategist|researcher|writer|recruiter|accountant|representative|associate)s?")
_TITLE_IN_TEXT = re.compile(
    r"(?:looking for|hiring|seeking|searching for|recruiting|join (?:us|our team) as|position of|role of|"
    r"as (?:an?|our))\s+(?:(?:an?|our|the|new|next|talented|experienced|passionate|motivated|skilled|"
    rf"enthusiastic|dedicated|driven|great|strong)\s+)*((?:[\w+#./-]+[ \t]+){{0,4}}?{ROLE})\b",
    re.IGNORECASE,
)
_ROLE_RE = re.compile(rf"\b{ROLE}\b", re.IGNORECASE)
_SENIORITY = [
    ("Intern", r"intern(?:ship)?|trainee|apprentice"), ("Junior", r"junior|jr\.?|entry[- ]level|graduate"),
    ("Principal", r"principal|distinguished"), ("Staff", r"staff"), ("Lead", r"lead|tech lead"),
    ("Director", r"director|head of|vp|vice president|chief"), ("Senior", r"senior|sr\.?|experienced"),
    ("Mid-level", r"mid[- ]level|intermediate|medior|mid"),
]
_YEARS = re.compile(
    r"(?:(at least|minimum(?: of)?|min\.?|over|more than)\s+)?(\d{1,2})\s*(\+|\s*(?:-|–|to)\s*\d{1,2})?\s*\+?\s*"
    r"(?:years?|yrs?)\b",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"(?<!\w)(ph\.?\s?d\.?|doctorate|master'?s?|m\.?\s?sc|bachelor'?s?|b\.?\s?sc|mba|university degree|"
    r"(?:college |academic )?degree|"
    r"(?<!\d\s)[bm]\.?\s?s\.?(?=\s*(?:or\b|/|in\b|degree\b)))(?!\w)",  # "BS/MS", "B.S. in", not "5 ms"
    re.IGNORECASE,
)
_OR_DEGREE = re.compile(r"\s*(?:or|/|and)\s*")
_FIELD = re.compile(r"\s*in\s+((?:[A-Za-z&]+ ?){1,4}?)(?=[ \t]*(?:[,.;(\n]|\bor\b|\band\b|\bfrom\b|\bwith\b|$))")
_LOCATION = re.compile(r"^(?:location|based in|office|work location)\s*[:\-]\s*(.{2,60})$", re.IGNORECASE | re.M)
_BASED = re.compile(r"\b(?:based in|located in|offices? in|position in)\s+([A-Z<][\w<>.\- ]{1,40}?)(?:[,.;)]|\s+(?:and|or|with)\b|$)")


def find_title(text: str) -> str:
    first = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    first = DECOR.sub("", re.sub(r"^(?:job )?title\s*:\s*", "", first, flags=re.I))
    if first and len(first.split()) <= 10 and _ROLE_RE.search(first) and heading_kind(first) is None:
        return re.split(r"\s+(?:at|@|-|–|—|\|)\s+", first)[0].strip()
    match = _TITLE_IN_TEXT.search(text[:3000])
    if not match:
        return ""
    title = match.group(1).strip()
    return title if any(c.isupper() for c in title) else title.title()


_HEADER_SPLIT = re.compile(r"(?<!\s)\s+[·|•\-–—]\s+")  # from a run's start only: linear
_NOT_COMPANY_WORDS = re.compile(r"\b(?:remote|hybrid|on-?site|full[- ]time|part[- ]time|contract|permanent|"
                                r"temporary|freelance|salary|location)\b", re.IGNORECASE)
_CORPORATE = re.compile(r",\s*(?:Inc\b|LLC\b|Ltd\b|GmbH\b|B\.V\.|Corp\b|PLC\b|Co\.)")
_NOT_COMPANY = ("us", "you", "the company", "the team", "the role", "the job", "this role", "this job",
                "the position", "the opportunity", "our company", "the business")


def find_company(text: str, sections: list[Section]) -> str:
    for section in sections:
        match = re.fullmatch(r"about ([A-Z<][\w&<>.\- ]{1,40})", section.heading, re.IGNORECASE)
        if match and match.group(1).strip().lower() not in _NOT_COMPANY:
            return match.group(1).strip()
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:3]
    match = re.search(r"\s(?:at|@)\s+([A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3})", lines[0] if lines else "")
    if match:
        return match.group(1)
    # A job-board header line: "Google · Mountain View, CA · Hybrid", "Acme Analytics - Austin, TX".
    for line in lines[1:]:
        parts = [p.strip() for p in _HEADER_SPLIT.split(line)]
        if (len(parts) >= 2 and len(parts[0].split()) <= 5 and parts[0][:1].isupper() and not _place(parts[0])
                and not _NOT_COMPANY_WORDS.search(parts[0]) and not _ROLE_RE.search(parts[0])):
            return parts[0]
    # Blank space before "company" stays on its line, and the gap after the colon is bounded:
    # otherwise every line start would rescan the same run of blank lines (quadratic time).
    match = re.search(r"^[^\S\n]*company[^\S\n]*:\s{0,40}(.{2,60})$", text, re.I | re.M)
    return match.group(1).strip() if match else ""


def find_seniority(title: str, text: str) -> str:
    for source in (title, text[:400]):
        for label, pattern in _SENIORITY:
            if re.search(rf"\b(?:{pattern})\b", source, re.IGNORECASE):
                return label
    return ""


def find_years(text: str) -> str:
    match = _YEARS.search(text)
    if not match:
        return ""
    floor, number, tail = match.group(1), match.group(2), (match.group(3) or "").strip()
    if tail and tail != "+":
        return f"{number}-{re.sub(r'[^0-9]', '', tail)}"
    return f"{number}+" if tail == "+" or floor else number


def find_degree(text: str) -> str:
    match = _DEGREE.search(text)
    if not match:
        return ""
    word = match.group(1).lower().replace(" ", "").replace(".", "")
    level = ("PhD" if word in ("phd", "doctorate") else "Master's" if word.startswith(("master", "ms", "mba"))
             else "Bachelor's" if word.startswith(("bachelor", "bs")) else "Degree")
    tail = text[match.end() : match.end() + 80]
    also = _OR_DEGREE.match(tail)  # "MS or PhD in Physics": the field follows the second degree
    second = _DEGREE.match(tail, also.end()) if also else None
    tail = tail[second.end():] if second else tail
    field_match = _FIELD.match(tail.replace(" degree", "", 1))
    return f"{level} in {field_match.group(1).strip(' ,')}" if field_match else level


def find_location(text: str) -> str:
    match = _LOCATION.search(text) or _BASED.search(text)
    if match:
        return match.group(1).strip(" .,")
    # "Mountain View, CA" or "Austin, TX (hybrid, 3 days in office)" in a job-board header line.
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:3]
    places = [_place(part) for line in lines[1:] for part in _HEADER_SPLIT.split(line)]
    places += [_place(part) for part in _HEADER_SPLIT.split(lines[0])[1:]] if lines else []
    return next((place for place in places if place), "")


def _place(part: str) -> str:
    """A "City, Region" header part without its trailing remark, else ""."""
    place = re.sub(r"\s{0,20}\([^()]{0,200}\)$", "", part.strip())  # bounded: linear on "((((" runs
    bare = re.sub(r"\s{0,20}\([^()]{0,200}\)", "", place)
    if re.fullmatch(r"[A-Z][\w .'-]+, [A-Z][\w .'-]+", bare) and not _CORPORATE.search(bare):
        return place
    return ""


def find_remote(text: str) -> str:
    lowered = text.lower()
    if re.search(r"\bhybrid\b", lowered):
        return "hybrid"
    if re.search(r"\b(?:fully |100% )?remote\b|work from home|\bwfh\b|work from anywhere", lowered):
        return "remote"
    if re.search(r"\bon[- ]?site\b|\bin[- ]office\b|\bin the office\b", lowered):
        return "onsite"
    return ""
