"""The facts of a job posting: title, company, seniority, years, degree, location, remote.

Each comes from a handful of patterns over the text and its sections; a fact the posting does not
state stays empty rather than guessed.
"""

from __future__ import annotations

import re

from resume_core.posting.sections import DECOR, Section, heading_kind
from resume_core.tailoring.years import years_figure  # the one years parser: coverage reads the same asks

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
    r"(?:(at least|minimum(?: of)?|min\.?|over|more than)\s{1,3})?(\d{1,2})\s{0,3}(\+|\s{0,3}(?:-|–|to)\s{0,3}\d{1,2})?"
    r"\s{0,3}\+?\s{0,3}(?:years?|yrs?)\b",
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


# --- facts a requirement sentence asks for ------------------------------------------------------
# Each returns the short line a requirement row shows, or nothing; `analysis` turns them into rows
# of their own aspect, with the sentence as the quote.
_YEARS_SUBJECT = re.compile(r"\s{0,3}(?:of|in|with|as|on|at|for|\(|'|[a-z]{2,20}ing\b)[^.;:!?()\n]{0,70}", re.IGNORECASE)


def years_asks(text: str) -> list[tuple[float, str, int]]:
    """Every years-of-experience ask of a sentence (see `years_ask`)."""
    out: list[tuple[float, str, int]] = []
    at = 0
    while at < len(text) and len(out) < 4:
        found = years_ask(text, at)
        if found is None:
            break
        out.append(found)
        at = found[2]
    return out


def years_ask(text: str, pos: int = 0) -> tuple[float, str, int] | None:
    """A years-of-experience ask in a sentence: (minimum years, the short line, where its subject
    starts). "At least 3 years of professional experience with Terraform" -> (3.0, "3+ years of
    professional experience with Terraform", ...). None when the sentence asks for no years (or
    names years that are no ask: "in business for over 30 years")."""
    found = years_figure(text, pos)
    if found is None:
        return None
    years = found.years
    subject = _YEARS_SUBJECT.match(text, found.end)
    tail = " ".join(subject.group(0).split()).rstrip(" ,-(") if subject else ""
    tail = tail.split(",")[0]  # the short line stops at the first comma; the sentence is the quote
    words = tail.split()
    if len(words) > 9:
        tail = " ".join(words[:9]) + "…"
    tail = re.sub(r",?\s*(?:ideally|preferably|required|preferred|or more|minimum|at least)\W*$", "", tail, flags=re.I)
    plus = found.floor
    shown = f"{years:g}{'+' if plus else ''} years" + (f" {tail}" if tail else " of experience")
    return years, shown, found.end


def degree_ask(text: str) -> str:
    """"Bachelor's in Computer Science or equivalent" from a sentence asking for a degree, else ""."""
    degree = find_degree(text)
    if not degree:
        return ""
    if re.search(r"\bor (?:equivalent|related|similar)\b|equivalent (?:work )?experience", text, re.IGNORECASE):
        degree += " or equivalent"
    return degree


_CERT = re.compile(
    r"\b([A-Z][\w+/-]{0,30}(?: [A-Z][\w+/-]{0,30}){0,4}) {1,3}certifi(?:cation|cations|ed)\b|"
    r"\bcertifi(?:cation|ed) {1,3}(?:in|as) {1,3}(?:an? )?([A-Z][\w+/-]{0,30}(?: [A-Z][\w+/-]{0,30}){0,4})")
_CERT_WORDS = re.compile(r"\b(?:PMP|CISSP|CISA|CISM|CCNA|CCNP|CCIE|CPA|CFA|ITIL|CSM|PMI-ACP|Security\+|"
                         r"Network\+|A\+|OSCP|RHCE|MCSE|CKA|CKAD)(?![\w+])")


def certification_ask(text: str) -> str:
    """A certification a sentence names ("PMP certification", "AWS Certified Solutions Architect"), else ""."""
    # Each pattern spells a word in lower case or as "Certified": a sentence without it skips the scan.
    match = _CERT.search(text) if "certifi" in text else None
    if match:
        name = (match.group(1) or match.group(2) or "").strip()
        if name and name.lower() not in ("a", "the", "any", "relevant", "industry"):
            return f"{name} certification" if match.group(1) else f"Certified {name}"
    match = re.search(r"\b([A-Z][\w+/-]{0,30}) Certified ([A-Z][\w+/-]{0,30}(?: [A-Z][\w+/-]{0,30}){0,3})", text) \
        if "Certified" in text else None
    if match:
        return f"{match.group(1)} Certified {match.group(2).strip()}"
    match = _CERT_WORDS.search(text)
    return f"{match.group(0)} certification" if match else ""


_CLEARANCE = re.compile(
    r"\b(top secret|ts/sci|ts ?/ ?sci|secret|public trust|security|dod|government|federal) {1,3}"
    r"(?:security {1,3})?clearance\b|\bclearance\b|\bts/sci\b", re.IGNORECASE)


def clearance_ask(text: str) -> str:
    # Every ask names "clearance" or "TS/SCI" (a "/"); without either the scan cannot match. Case-blind
    # matching of these ASCII letters (no "i" or "s", which other scripts share) is what lower() does.
    if "/" not in text and "clearance" not in text.lower():
        return ""
    match = _CLEARANCE.search(text)
    if not match:
        return ""
    level = (match.group(1) or "").strip()
    if not level and re.search(r"\bts\s*/\s*sci\b", match.group(0), re.I):
        level = "TS/SCI"
    return f"{level.upper() if level.lower().startswith('ts') else level.capitalize()} clearance".strip() if level else "Security clearance"


_TRAVEL = re.compile(
    r"(\d{1,3} {0,3}(?:-|–|to) {0,3})?(\d{1,3}) {0,3}% {0,3}(?:of (?:the )?time )?(?:travel|travelling|traveling)\b|"
    r"\btravel(?:ling|ing)?\b[^.;\n%]{0,30}?(?:up to\s+)?(\d{1,3})\s*%|"
    r"\b(?:willing(?:ness)?|able|ability) to travel\b|\btravel (?:is )?required\b|\brequires? (?:some |occasional |frequent )?travel\b",
    re.IGNORECASE)


def travel_ask(text: str) -> str:
    if "travel" not in text.lower():  # every ask names travel (ASCII letters without "i" or "s": see above)
        return ""
    match = _TRAVEL.search(text)
    if not match:
        return ""
    if match.group(2):
        low = re.sub(r"\D", "", match.group(1) or "")
        return f"Travel {low + '-' if low else 'up to '}{match.group(2)}%"
    if match.group(3):
        return f"Travel up to {match.group(3)}%"
    return "Willing to travel"


# Work mode: negations first ("not a remote position"), then the surest cue. "Remote" in "remote
# teams" or "remote monitoring" is no work mode.
_NOT_REMOTE = re.compile(r"\b(?:not (?:a )?(?:fully )?remote|no remote|non-remote|remote work is not|"
                         r"remote: ?no\b|we are an? on-?site team|on-?site team|must (?:be|work) on-?site|"
                         r"100% on-?site|fully on-?site|in (?:the )?office (?:\d|five|every|daily|full)|"
                         r"no (?:telecommut|work from home))", re.IGNORECASE)
_REMOTE = re.compile(r"\b(?:fully |100% )?remote\b(?! (?:teams?|monitoring|access|sites?|locations?|offices?|"
                     r"support|desktop|debugging|employees|colleagues|clients?|users?|workers|devices?|servers?|"
                     r"management|sensing)\b)|\bwork from home\b|\bwfh\b|\bwork from anywhere\b|\btelecommut", re.IGNORECASE)
_ONSITE = re.compile(r"\bon[- ]?site\b|\bin[- ]office\b|\bin the office\b", re.IGNORECASE)
_HYBRID = re.compile(r"\bhybrid\b(?! (?:cloud|apps?|applications?|mobile|environments?|infrastructure|"
                     r"solutions?|architecture|it)\b)", re.IGNORECASE)


def work_mode(text: str) -> tuple[str, str]:
    """("remote" | "hybrid" | "onsite" | "", the sentence that says so)."""
    for mode, pattern in (("onsite", _NOT_REMOTE), ("hybrid", _HYBRID), ("remote", _REMOTE), ("onsite", _ONSITE)):
        match = pattern.search(text)
        if match:
            return mode, sentence_at(text, match.start())
    return "", ""


def sentence_at(text: str, at: int) -> str:
    start = max(text.rfind("\n", 0, at), max((text.rfind(p, 0, at) for p in (". ", "! ", "? ")), default=-1) + 1)
    ends = [i for i in (text.find("\n", at), text.find(". ", at)) if i != -1]
    end = min(ends) + (1 if ends and text[min(ends)] == "." else 0) if ends else len(text)
    return " ".join(text[start:end].split()).strip(" -*•")
