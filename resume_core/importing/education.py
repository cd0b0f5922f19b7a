"""Education, certificates, awards and publications out of their sections' lines.

Education lines are grouped around institutions ("University", "College", "Institute"...) and
degrees ("B.E.", "Bachelor of Science", "MBA", "Ph.D."): a new institution or a second degree
starts a new entry; the year closest to them is the end date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.importing.dates import find_date_range, find_year
from resume_core.importing.sections import Line

INSTITUTION = re.compile(
    r"\b(universit\w*|college|institute|school|academy|iit|nit|iim|polytechnic|vidyalaya|vidyapeeth|"
    r"vidyapith|conservatory|seminary|campus|board|universidad|universidade|université|universität|"
    r"università|universiteit|uniwersytet|instituto|istituto|institut|école|ecole|escuela|hochschule|"
    r"politecnico|politécnico|polytechnique|colegio|coláiste|lycée|gymnasium|academia|akademie)\b",
    re.IGNORECASE,
)
DEGREE = re.compile(
    r"(?<![\w.])(b\.?\s?e\.?|b\.?\s?tech|m\.?\s?tech|b\.?\s?sc|m\.?\s?sc|b\.?\s?com|m\.?\s?com|b\.?\s?c\.?\s?a|"
    r"m\.?\s?c\.?\s?a|b\.?\s?b\.?\s?a|m\.?\s?b\.?\s?a|b\.?\s?s\.?|b\.?\s?a\.?|m\.?\s?s\.?|m\.?\s?a\.?|"
    r"ph\.?\s?d|m\.?\s?phil|ll\.?\s?[bm]|bachelor\w*|master\w*|doctor\w*|diploma|associate(?:'s)?\s+(?:in|of|degree)|"
    r"high school|secondary|higher secondary|hsc|ssc|sslc|12th|10th|intermediate|matriculation|"
    r"pgdm|pgdca|post graduat\w*|graduat\w*|certificate in)(?![\w])",
    re.IGNORECASE,
)


_DEGREE_NAME = re.compile(r"\b(?:Bachelor|Master|Doctor|Associate|Diploma|Ph\.?D|MBA|BBA|B\.?Sc|M\.?Sc|B\.?Tech|M\.?Tech|"
                          r"B\.?Eng|M\.?Eng|B\.?A|B\.?S|M\.?A|M\.?S|LL\.?[BM])\b")


@dataclass
class EducationDraft:
    institution: str = ""
    study_type: str = ""
    area: str = ""
    start: str = ""
    end: str = ""
    score: str = ""
    confidence: dict[str, float] = field(default_factory=dict)


def _school_after_at(text: str) -> str:
    """The grammar "what at where": the school of "Degree ... at School" whatever it is called
    ("Bachelor Culinary Arts at Basque Culinary Center"), or of "Course at School" when the school
    is named as one ("Certificate Bar School at École de Formation du Barreau")."""
    what, at, rest = text[:300].partition(" at ")
    school = re.split(r"[,|]", rest, maxsplit=1)[0].strip(" .()")
    if not at or not what.strip() or not school[:1].isupper() or len(school.split()) > 10:
        return ""
    if INSTITUTION.search(what) and not INSTITUTION.search(school):  # "State University of New York at New Paltz"
        return ""
    if DEGREE.search(what) or INSTITUTION.search(school):
        return school
    return ""


def _institution_piece(text: str) -> str:
    if school := _school_after_at(text):
        return school
    for piece in re.split(r"\s*[,|:]\s*|\s+[-–]\s+|\bfrom\b|\bat\b", text):
        if named := INSTITUTION.search(piece):
            # "Indian Institute of Technology Madras Master of Science": the degree after the school
            # (a line whose breaks were lost) is not part of its name.
            degree = _DEGREE_NAME.search(piece, named.end())
            if degree and degree.start() > 0 and piece[degree.start():][:1].isupper():
                piece = piece[: degree.start()]
            return piece.strip(" .()")
    return text.strip()


def _degree_parts(text: str) -> tuple[str, str]:
    text = re.split(r"\s*[,|]\s*|\s+[-–]\s+|\bfrom\b|\bat\b", text)[0].strip(" .:()")
    match = re.match(r"^(.*?)\s+(?:in|of)\s+(.+)$", text, re.IGNORECASE)
    if match and not re.match(r"^(bachelor|master|doctor)\w*$", match.group(1), re.IGNORECASE):
        return match.group(1).strip(), match.group(2).strip()
    match = re.match(r"^((?:bachelor|master|doctor)\w*(?:'s)?\s+of\s+\w+)(?:\s+in\s+(.+))?$", text, re.IGNORECASE)
    if match:
        return match.group(1).strip(), (match.group(2) or "").strip()
    return text, ""


_CONNECTOR_END = re.compile(r"\s(?:of|de|del|da|do|du|des|di|der|für|and|&|for|la|le|the)$", re.IGNORECASE)
_CONNECTOR_START = re.compile(r"^(?:of|de|del|da|do|di|der|für|and|&|for)\s")


def _join_wrapped_names(lines: list[Line]) -> list[Line]:
    """A school's name wrapped in a narrow column ("Benjamin Franklin Cummings Institute" / "of
    Technology", "Instituto Tecnológico Autónomo de" / "México") back on one line: the first part
    ends in a joining word, or the second starts with one in lower case; neither holds a date."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        text = line.text.strip()
        if prev is not None and not line.bullet and len(text.split()) <= 6 and len(prev.text.split()) <= 10 \
                and (_CONNECTOR_END.search(prev.text.rstrip()) or _CONNECTOR_START.match(text)) \
                and find_date_range(prev.text) is None and find_date_range(text) is None and not DEGREE.search(text):
            out[-1] = Line(f"{prev.text.rstrip()} {text}", prev.bullet, prev.blank_before, prev.numbered)
            continue
        out.append(line)
    return out


def _names_a_school(text: str) -> bool:
    """A short capitalised line that is not a sentence: a school whose name has no school word."""
    words = text.split()
    return 1 <= len(words) <= 8 and all(w[:1].isupper() or w.lower() in ("of", "de", "and", "&", "for", "the")
                                        for w in words) and not text.endswith((".", ":"))


def parse_education(lines: list[Line]) -> list[EducationDraft]:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    entries: list[EducationDraft] = []
    current: EducationDraft | None = None
    pending = ""  # "Basque Culinary Center" over "Bachelor in Culinary Arts": the school of the next degree
    pending_dates = None  # the dates printed beside that school
    lead_years: list[str] = []
    led: EducationDraft | None = None  # the entry whose dates stood over it (a subject may follow its degree)
    after_dates, previous_text = False, ""  # the line before held a date (a new entry's dates over its school)
    for n, line in enumerate(_join_wrapped_names(lines)):
        text = line.text.strip()
        after_dates, found = n > 0 and find_year(previous_text) != "", find_date_range(text)
        previous_text = text
        # "2013" / "2015" / "University of Galway": a start and an end year on lines of their own over a
        # school are its dates (one year alone under an entry is that entry's, as before).
        lead_years = (lead_years if after_dates or pending else []) if not re.fullmatch(r"[\d\s./–-]{4,20}", text) \
            else [*lead_years, find_year(text)]
        if found:
            text_wo = (text[: found.begin] + text[found.stop:]).strip(" ,:-|()")
        else:
            text_wo = text
        has_inst = bool(INSTITUTION.search(text_wo)) and len(text_wo.split()) <= 16
        has_degree = bool(DEGREE.search(text_wo)) and len(text_wo.split()) <= 16
        if not has_inst and not has_degree:
            starts_entry = current is None or bool(current.institution and current.study_type)
            if pending_dates is not None and found is None and not line.bullet and _names_a_school(text):
                continue  # "Basque Culinary Center | 2009 - 2013" / "Culinary Arts" / "Bachelor": the subject
            pending, pending_dates = "", None
            if not line.bullet and starts_entry and found is None and _names_a_school(text):
                pending = text
            elif not line.bullet and starts_entry and found is not None and text_wo and _names_a_school(text_wo) \
                    and (current is None or current.end):
                pending, pending_dates = text_wo, found  # a dated school name over its degree
            if current is not None and not current.institution and found is not None \
                    and 1 <= len(text_wo.split()) <= 8 and text_wo[:1].isupper():
                # "Bachelor in Culinary Arts" / "Basque Culinary Center, 2009 - 2013": a dated line
                # under a degree names its school, whatever the school is called.
                current.institution = text_wo
                current.confidence["institution"] = 0.5
            if current is not None:
                year = find_year(text)
                if year and not current.end:
                    current.end = year
                score = re.search(r"(\d{1,2}(?:\.\d+)?\s*%|\d\.\d{1,2}\s*/\s*\d+(?:\.\d+)?|(?:cgpa|gpa)\s*:?\s*\d+(?:\.\d+)?)", text, re.IGNORECASE)
                if score and not current.score:
                    current.score = score.group(1)
            continue
        # "2013" / "2013" / "École de Formation du Barreau" / "Certificate" / "Bar School": an undated school
        # word with no degree, straight under an entry whose dates stood over it, is that entry's subject.
        subject = has_inst and not has_degree and found is None and not line.blank_before and not after_dates \
            and current is not None and current is led \
            and bool(current.institution and current.end) and not current.area and text_wo[:1].isupper()
        if subject and current is not None:
            current.area = text_wo
            continue
        need_new = current is None or (has_inst and current.institution) or (
            has_degree and not has_inst and current.study_type and current.institution
        )
        # An undated name line straight over an undated line with a school word: one name, wrapped.
        wrapped_school = pending if has_inst and found is None and pending_dates is None and not line.blank_before \
            and not has_degree and not INSTITUTION.match(text_wo) else ""  # ("University of ..." starts a name)
        if need_new:
            current = EducationDraft()
            entries.append(current)
            years = [y for y in lead_years if y]
            if has_inst and found is None and len(years) == 2 and years[0] <= years[1]:  # a start and an end
                current.start, current.end = years
                led = current
            if pending and has_degree and not has_inst:
                current.institution, current.confidence["institution"] = pending, 0.5
                if pending_dates is not None and not found:
                    found = pending_dates
        pending, pending_dates = "", None
        assert current is not None  # need_new made one when there was none
        if has_degree and not current.study_type and (degree_at := DEGREE.search(text_wo)):
            current.study_type, current.area = _degree_parts(text_wo[degree_at.start():])
            current.confidence["study_type"] = 0.75
        if has_inst and not current.institution:
            current.institution = _institution_piece(text_wo)
            current.confidence["institution"] = 0.8
            if wrapped_school and current.institution == text_wo:  # "Benjamin Franklin" / "Cummings Institute of Technology"
                current.institution = f"{wrapped_school} {text_wo}"
        elif has_degree and not has_inst and not current.institution and (school := _school_after_at(text_wo)):
            current.institution = school  # "Bachelor Culinary Arts at Basque Culinary Center"
            current.confidence["institution"] = 0.6
        elif has_degree and not has_inst and not current.institution:
            # "Culinary Arts, Bachelor, Basque Culinary Center": the piece that is neither the degree
            # nor its subject is the school, whatever it is called.
            pieces = [p.strip(" .()") for p in re.split(r"\s*[,|]\s*|\s+[-–]\s+|\s+at\s+", text_wo) if p.strip(" .()")]
            others = [p for p in pieces if not DEGREE.search(p) and p != current.area and p[:1].isupper()]
            if len(pieces) >= 3 and others:
                current.institution = others[-1]
                current.confidence["institution"] = 0.5
        if found:
            current.start, current.end = found.start if found.end != found.start else "", found.end or found.start
        elif not current.end:
            current.end = find_year(text)
    # "Institute/Board" column headers and the like: no degree and no year is no entry.
    entries = [e for e in entries if e.study_type or e.end]
    for entry in entries:
        if not entry.institution:
            entry.institution = entry.study_type or "Unknown institution"
            entry.confidence["institution"] = 0.3
    return entries


def parse_listed(lines: list[Line]) -> list[tuple[str, str, str]]:
    """(name, date, issuer-or-rest) for certificate, award and publication lines."""
    out: list[tuple[str, str, str]] = []
    for line in lines:
        text = line.text.strip()
        if len(text.split()) > 30:
            continue
        year = find_year(text)
        name = re.sub(rf"[\s,(–-]*\b{year}\b[\s)]*", " ", text).strip(" ,:-–") if year else text
        issuer = ""
        split = re.split(r"\s+[-–|]\s+|\s+by\s+|\s+from\s+", name, maxsplit=1)
        if len(split) == 2 and len(split[1].split()) <= 6:
            name, issuer = split[0].strip(), split[1].strip(" .()")
        if name:
            out.append((name, year, issuer))
    return out
