"""Jobs and projects out of the lines of an experience or projects section.

A job is anchored by a date range ("Jan 2020 - Present") on a short line. The one to three short
lines just above it, and the rest of the date line, are its header: pieces split on " - ", "|",
"," and ":" and sorted into title (a word like Engineer, Manager, Analyst), company (Inc, Ltd,
Technologies...), and location ("Denver, CO"); what is left fills the gaps in the usual order,
with a lower confidence. Everything below the header, up to the next job's header, is its body:
bullets and sentences become accomplishments, "Environment: Java, SQL" lines become skills.
When a section has no dates at all, its first short lines are taken as one job's header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.importing.dates import DateRange, find_date_range
from resume_core.importing.sections import Line
from resume_core.importing.skills import split_skill_list

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
                         r"achievements|key achievements|duties|tasks|description)\s*:?$", re.IGNORECASE)
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
        and not _TECH_LINE.match(text)
        and "http" not in text
    )


def _pieces(text: str) -> list[str]:
    # "(Houston, TX)" is a location even though it holds a comma.
    text = re.sub(r"\(([^()]{3,40},[^()]{2,30})\)", lambda m: f" | {m.group(1)} | " if _is_location(m.group(1).strip()) else m.group(0), text)
    parts = re.split(r"\s+[-–—|@]\s+|\s*[|•]\s*|\s+at\s+|:\s+|\s*\t\s*|\s-$|^-\s", text)
    out: list[str] = []
    for part in parts:
        part = part.strip(" ,;:-–()")
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


def _apply_dates(draft: JobDraft, found: DateRange | None, confidence: float | None = None) -> None:
    if found is None:
        draft.confidence["dates"] = 0.3
        return
    draft.start, draft.end = found.start, found.end
    draft.confidence["dates"] = confidence if confidence is not None else found.confidence


def _fill_body(draft: JobDraft, body: list[Line]) -> None:
    seen_bullet = False
    for line in body:
        text = line.text.strip()
        tech = _TECH_LINE.match(text)
        role = _ROLE_LINE.match(text)
        if tech:
            draft.skills.extend(split_skill_list(tech.group(1)))
            continue
        if role and len(role.group(1).split()) <= 8:
            draft.roles.append(role.group(1).strip(" ."))
            if not draft.title:
                draft.title, draft.confidence["title"] = role.group(1).strip(" ."), 0.75
            continue
        if _SUBHEAD.match(text):  # "Role and Responsibilities:" introduces bullets; it is not one
            continue
        if line.bullet or seen_bullet or len(text.split()) >= 6:
            seen_bullet = seen_bullet or line.bullet
            if line.bullet or draft.bullets:
                draft.bullets.append(text)
            else:
                draft.description.append(text)
        else:
            draft.description.append(text)


def _anchor(line: Line) -> DateRange | None:
    found = find_date_range(line.text)
    if found is None:
        return None
    rest = (line.text[: found.begin] + line.text[found.stop:]).strip(" ,:-–|()")
    short = len(rest.split()) <= 12
    if _titled_head(line.text, found) or _narrative_title(line.text, found):
        return found  # "- SQL BI Developer (2016 - 2018): Built ...", "Worked as a Baker from 2008 - 2012, ..."
    if line.bullet:  # "- HELP DESK ADMINISTRATOR (2012 - 2015)": a dated bullet that ends in its dates
        ends = not line.text[found.stop:].strip(" .,;:)]")
        return found if (found.begin <= 2 or ends) and short else None
    return found if short or found.begin <= 2 else None


_HEAD_BREAK = re.compile(r"^\s*[)\]]?\s*(?:[:,;.]|[-–—]\s)")
_VERB_START = re.compile(r"^[^\W\d_]{1,40}(?:ed|ing)\b", re.IGNORECASE)


_LEAD_OUT = {"from", "between", "since", "in", "during", "for", "until", "(", "[", "-", "–", "—"}


def _narrative_title(text: str, found: DateRange) -> str:
    """The role a sentence names just before its dates: "Worked as a Baker from 2008 - 2012, ...",
    "Served as Documentation Program Manager (2014 - 2016). Handled ..." -> "Baker", "Documentation
    Program Manager" ("" when the sentence names none). Plain string work: linear in the text."""
    head = text[: found.begin]
    at = head.lower().rfind(" as ")
    if at < 0 or len(head[:at].split()) > 12:
        return ""
    words = head[at + 4:].replace("(", " ( ").replace("[", " [ ").split()
    if words and words[0].lower() in ("a", "an", "the"):
        words = words[1:]
    while words and words[-1].lower().strip(",:") in _LEAD_OUT:
        words = words[:-1]
    if len(words) >= 3 and words[-3].lower() == "for" and words[-1].lower().startswith(("year", "month")):
        words = words[:-3]  # "Paralegal for 4 years (2010 - 2014)"
    title = " ".join(words).strip(" ,;:-–")
    if not 1 <= len(title.split()) <= 8 or not title[:1].isalpha() or is_prose(title) or title.endswith("."):
        return ""
    return title


def _titled_head(text: str, found: DateRange) -> bool:
    """A header with its text run on after the dates: "Title (2016 - 2018): what was done" or
    "Title, Company (2013 - 2016), did ...". The part before the dates is a short name, not a sentence
    (no leading verb such as "Led" or "Managing"), and a colon, comma or dash ends the dates."""
    head = text[: found.begin].strip(" -–—*•([")
    tail = text[found.stop:]
    words = head.split()
    if not 1 <= len(words) <= 10 or not tail.strip() or not _HEAD_BREAK.match(tail):
        return False
    if is_prose(head) or head.endswith((".", ";")) or _VERB_START.match(head) and _kind(head) != "title":
        return False
    return True


def parse_jobs(lines: list[Line], *, dated_only: bool = False) -> list[JobDraft]:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    """Jobs from the (wrap-joined) lines of an experience section."""
    lines = [line for line in lines if not FIELD_LABEL.match(line.text.strip())]
    anchors = [i for i, line in enumerate(lines) if _anchor(line) is not None]
    if not anchors:
        return [] if dated_only else _undated_job(lines)
    # Each job's header starts up to two header lines above its date line.
    starts: list[int] = []
    for n, i in enumerate(anchors):
        floor = anchors[n - 1] + 1 if n else 0
        start = i
        while start - 1 >= floor and i - (start - 1) <= 2 and _is_header_line(lines[start - 1]):
            start -= 1
        starts.append(start)
    jobs: list[JobDraft] = []
    place_under_dates = False
    for n, i in enumerate(anchors):
        end = starts[n + 1] if n + 1 < len(anchors) else len(lines)
        draft = JobDraft()
        found = _anchor(lines[i])
        assert found is not None  # an anchor is a line with dates
        anchor_text = lines[i].text
        rest = anchor_text[: found.begin] + " | " + anchor_text[found.stop:]
        # Run-on work after the dates ("Title (2016 - 2018): Built ...") is the job's first bullet.
        long_rest = len(rest.split()) > 14 or (
            len(anchor_text[found.stop:].split()) >= 4 and _titled_head(anchor_text, found))
        per_line = [_pieces(lines[j].text) for j in range(starts[n], i)]
        narrative = _narrative_title(anchor_text, found)
        if narrative:  # the role named in a sentence; the sentence is the job's first bullet
            long_rest = True
            per_line.append(_pieces(narrative))
        else:
            per_line.append(_pieces(rest if not long_rest else re.split(r"[.;]", rest)[0]))
        pieces = [p for line_pieces in _title_with_comma(per_line, [lines[j].text for j in range(starts[n], i)])
                  for p in line_pieces]
        unknown = assign_header(pieces, draft)
        after = i + 1
        if (jobs and place_under_dates and draft.title and not draft.company and not unknown and starts[n] == i - 1
                and after < end and _is_place_word(lines[after])):
            # The previous job printed a bare place under its dates; this one does too and names no
            # employer: a further position under the same employer (grouped positions).
            draft.location, draft.company = lines[after].text.strip(), jobs[-1].company
            draft.confidence["company"] = 0.5
            after += 1
        # Title or company on the lines just under the date ("Jan 2020 - Now / Acme Corp / Engineer"):
        # typed pieces first, so "Rising Sun" above and "Teacher" below end up company and title.
        while after < end and after - i <= 2 and (not draft.title or not draft.company) and _is_header_line(lines[after]):
            before = (draft.title, draft.company)
            more = assign_header(_pieces(lines[after].text), draft)
            if (draft.title, draft.company) == before and not unknown and draft.title and len(more) == 2 \
                    and after == i + 1 and len(lines[after].text.split()) <= 6:
                # "Senior Civil Engineer | 03/2018 - Present" over "Arup, Dublin": employer, then place.
                draft.company, draft.confidence["company"] = more[0], 0.55
                draft.location = draft.location or more[1]
                after += 1
                break
            if (draft.title, draft.company) == before and (unknown or len(more) != 1):
                break
            unknown += more
            after += 1
        fill_header(unknown, draft)
        if draft.title and not draft.company and draft.location.count(",") == 1:
            # "Arup, Dublin" under a title: a job names its employer, so "X, Place" is employer and place
            # ("Denver, CO" with a state code stays a place).
            first, place = (part.strip() for part in draft.location.split(","))
            if not _STATE.match(place):
                draft.company, draft.location = first, place
                draft.confidence["company"] = 0.45
        _apply_dates(draft, found)
        place_under_dates = after == i + 1 and after < end and bool(draft.company) and _is_place_word(lines[after])
        if place_under_dates and not draft.location:
            draft.location = lines[after].text.strip()
            after += 1
        body = lines[after:end]
        if narrative:
            body = [Line(anchor_text.strip(" -–—*•"), bullet=True), *body]
        elif long_rest:
            body = [Line(anchor_text[found.stop:].lstrip(" :;,.-–—)]").rstrip(), bullet=True), *body]
        _fill_body(draft, body)
        jobs.append(draft)
    # Lines above the first header (an intro paragraph) belong to the first job's description.
    if starts and starts[0] > 0:
        jobs[0].description[:0] = [line.text for line in lines[: starts[0]]]
    return jobs


def _title_with_comma(per_line: list[list[str]], texts: list[str]) -> list[list[str]]:
    """"Charge Nurse, Intensive Care" over "Aarhus University Hospital": when the header prints one
    field a line and another line names the employer, a line that is a title, a comma and words that
    are neither title, company nor place is one title (its comma is part of it)."""
    if len(texts) < 2:
        return per_line
    out = list(per_line)
    for n, text in enumerate(texts):
        pieces = per_line[n]
        if "," in text and len(pieces) == 2 and _kind(pieces[0]) == "title" and not _kind(pieces[1]) \
                and not _is_location(pieces[1]) and pieces[1][:1].isupper() and len(text.split()) <= 8 \
                and any(len(per_line[m]) == 1 and _kind(per_line[m][0]) != "title" and not _is_location(per_line[m][0])
                        for m in range(len(texts)) if m != n):
            out[n] = [text.strip(" ,;:-–")]
    return out


def _is_place_word(line: Line) -> bool:
    """A bare place printed under a job's dates: one to three capitalised words ("Zagreb", "New York")
    or "City, Country", with no title or company word."""
    text = line.text.strip()
    words = text.replace(",", " ").split()
    return (not line.bullet and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
            and find_date_range(text) is None and not _kind(text) and not text.endswith((".", ":")))


def _undated_job(lines: list[Line]) -> list[JobDraft]:
    """A section without dates: its leading short lines are one job's header, the rest its body."""
    header_end = 0
    while header_end < min(3, len(lines)) and _is_header_line(lines[header_end]):
        header_end += 1
    if header_end == 0:
        return []
    draft = JobDraft()
    fill_header(assign_header([p for line in lines[:header_end] for p in _pieces(line.text)], draft), draft)
    body = lines[header_end:]
    found = next((d for d in (find_date_range(line.text) for line in body) if d), None)
    _apply_dates(draft, found, 0.4 if found else None)
    _fill_body(draft, body)
    for key in ("title", "company"):
        draft.confidence[key] = min(draft.confidence.get(key, 0.4), 0.5)
    return [draft] if draft.company or draft.title else []


def parse_projects(lines: list[Line]) -> list[JobDraft]:
    """Projects: each short non-bullet line (or short numbered item) starts one."""
    projects: list[JobDraft] = []
    for line in lines:
        text = line.text.strip()
        starts_new = (not line.bullet or line.numbered) and len(text.split()) <= 10 and not text.endswith(".")
        starts_new = starts_new and not _TECH_LINE.match(text) and not _ROLE_LINE.match(text)
        if starts_new and not re.match(r"^(client|duration|team size|description)\s*[:\-]", text, re.IGNORECASE):
            name = re.sub(r"^(?:project\s*(?:name|title)?\s*[:\-#]?\s*\d*\s*[:\-]?\s*)", "", text, flags=re.IGNORECASE)
            found = find_date_range(name)
            draft = JobDraft(company=(name[: found.begin] + name[found.stop:]).strip(" ,:-|()") if found else name)
            if not draft.company:
                continue
            draft.confidence["company"] = 0.7
            if found:
                draft.start, draft.end = found.start, found.end
            projects.append(draft)
        elif projects:
            _fill_body(projects[-1], [line])
    return projects
