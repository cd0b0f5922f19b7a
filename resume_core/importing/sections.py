"""Resume text into lines and sections by their usual headings.

Text from PDFs, Word files and copy-paste arrives in many shapes: bullets as •, -, *, ➢, or as
mangled glyphs; and some extractors flatten a whole resume into one line where runs of spaces are
all that is left of the line breaks. `split_lines` undoes that (two spaces were a line break, four a
blank line, six or more a lost bullet) and `split_sections` cuts the lines at headings such as
"Work Experience", "EDUCATION" or "Technical Skills:" into a preamble and named sections.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.importing.dates import _DATE, _NOW
from resume_core.importing.one_line import looks_one_line, unfold_one_line

BULLET_CHARS = "•●○◦▪▫■□►▶➢➤✓✔❖◆◇♦∙·⁃‣*-–—"
# The Kaggle/Indeed exports carry bullets as mis-decoded private-use glyphs, sometimes as escape text.
# A "Ø" inside a word is a letter (Østerkilde), not a bullet.
_GLYPHS = re.compile(r"\\x[0-9a-f]{2}(?:\\x[0-9a-f]{2})*|[\uf000-\uf8ff]|(?<![^\W\d_])Ø(?![^\W\d_])|§", re.IGNORECASE)
_BULLET = re.compile(rf"^\s*(?:[{re.escape(BULLET_CHARS)}]+|(?P<num>\(?\d{{1,2}}[.)]|\(?[a-z][.)]))\s+")

HEADINGS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience", "work experience", "professional experience", "work history", "employment",
        "employment history", "career history", "career experience", "job history", "experience details",
        "relevant experience", "professional background", "organisational experience",
        "organizational experience", "work experience details", "career experience job history",
        "professional experience details", "employment details", "industrial experience",
        "experience summary", "working experience", "internships", "internship", "positions held",
        "academic career", "career", "academic experience", "teaching experience", "research experience",
        "prior experience", "previous experience", "work", "professional history", "employment record",
    ),
    "education": (
        "education", "academic qualifications", "academic qualification", "educational qualifications",
        "educational qualification", "academics", "academic profile", "education and training",
        "academic credentials", "qualifications", "academic details", "education details",
        "educational background", "scholastics", "education qualifications",
    ),
    "skills": (
        "skills", "technical skills", "key skills", "core competencies", "areas of expertise", "skill set",
        "skillset", "it skills", "technical proficiency", "competencies", "key skills and competencies",
        "personal skills", "software skills", "technologies", "technical expertise", "core skills",
        "tools", "technical skill set", "skills and abilities", "computer skills", "professional skills",
        "tools and technologies", "technical competencies", "expertise", "skill highlights",
        "software", "programming languages", "technical summary", "it skill set",
    ),
    "projects": (
        "projects", "academic projects", "key projects", "project details", "projects undertaken",
        "personal projects", "project experience", "project profile", "projects handled",
        "major projects", "project", "side projects", "open source",
    ),
    "certifications": (
        "certifications", "certification", "certificates", "licenses", "licenses and certifications",
        "licences and certifications", "certifications and trainings", "trainings", "training",
        "courses", "professional certifications", "certifications and training", "training and certifications",
    ),
    "summary": (
        "summary", "professional summary", "profile", "objective", "career objective", "about me", "about",
        "summary of qualification", "summary of qualifications", "qualifications summary",
        "personal summary", "executive summary", "professional profile", "career summary", "overview",
        "profile summary", "career profile", "professional overview", "objectives",
    ),
    "awards": ("awards", "achievements", "honors", "honours", "awards and achievements", "honors and awards",
               "key achievements", "accomplishments", "recognition", "awards and recognition"),
    "publications": ("publications", "papers", "research"),
    "patents": ("patents",),
    "other": (
        "additional information", "links", "languages", "interests", "hobbies", "personal details",
        "references", "declaration", "personal information", "strengths", "personal profile",
        "extra curricular activities", "extracurricular activities", "activities", "volunteer",
        "volunteering", "contact", "contact information", "personal data", "affiliations",
    ),
}
_LOOKUP = {phrase: kind for kind, phrases in HEADINGS.items() for phrase in phrases}
_GLUED = re.compile(
    r"^((?i:(?:work |professional |relevant )?experience|employment history|work history))\s*:?\s+([A-Z].{3,})$"
)
_DATE_GAP = re.compile(rf"(?P<a>{_DATE})\s{{2,}}(?P<b>{_DATE}|{_NOW})(?=\W|$)", re.IGNORECASE)


@dataclass
class Line:
    """One logical line: its text without the bullet mark, and whether it was a bullet."""

    text: str
    bullet: bool = False
    blank_before: bool = False
    numbered: bool = False


@dataclass
class Section:
    kind: str  # a key of HEADINGS, or "preamble"
    heading: str
    lines: list[Line] = field(default_factory=list)


def _unflatten(text: str) -> str:
    """Restore line breaks in text flattened to one line, where runs of spaces mark them."""
    body = text.strip().strip('"')
    # "2001  Present:" lost its dash, not a line break.
    body = _DATE_GAP.sub(lambda m: f"{m.group('a')} - {m.group('b')}", body)
    body = re.sub(r" {6,}", "\n• ", body)
    body = re.sub(r" {4,5}", "\n\n", body)
    return re.sub(r" {2,3}", "\n", body)


def _is_flat(text: str) -> bool:
    lines = text.count("\n")
    return len(text) > 300 and lines < len(text) / 400 and text.count("  ") > 10


# Inside a job these name a sub-list of the job ("Tools: Maven, Jenkins"), not a new section.
_WEAK_IN_JOB = {"tools", "software", "technologies", "technology", "expertise", "project", "training", "courses"}


def heading_kind(text: str, *, in_job: bool = False) -> str | None:
    """The section a line names ('experience', 'skills', ...) or None when it is not a heading.

    `in_job`: the line sits inside an experience or projects section, where only a full heading
    ("EDUCATION", "Technical Skills") ends the section.
    """
    raw = text.strip()
    if not raw or len(raw) > 60:
        return None
    norm = re.sub(r"[^a-z& ]+", " ", raw.lower()).replace("&", " and ")
    norm = re.sub(r"\s+", " ", norm).strip()
    if not norm or len(norm.split()) > 6:
        return None
    if in_job and norm in _WEAK_IN_JOB:
        return None
    if norm in _LOOKUP:
        return _LOOKUP[norm]
    if "/" in raw and raw.count("/") <= 2:  # "Berufserfahrung / Experience": a heading in two languages
        parts = [re.sub(r"\s+", " ", re.sub(r"[^a-z& ]+", " ", part.lower())).strip() for part in raw.split("/")]
        for key in parts:  # the other language's heading is one word ("Last Used / Experience" is a table)
            if _LOOKUP.get(key) in ("experience", "education") and all(" " not in other for other in parts if other != key):
                return _LOOKUP[key]
    # "WORK EXPERIENCE:" / "Technical Skills -" are caught above; an all-caps short line that ends
    # in a heading word ("SAP EXPERIENCE", "PROFESSIONAL CERTIFICATIONS") is a heading too.
    if raw.rstrip(":").isupper() or raw.endswith(":"):
        last = norm.split()[-1]
        for phrase, kind in _LOOKUP.items():
            # In a job, "SAP MODULES/ TOOLS:" is a sub-list; only "... EXPERIENCE" / "... EDUCATION" end it.
            if " " not in phrase and last == phrase and kind != "other" and (not in_job or kind in ("experience", "education")):
                return kind
    return None


def split_lines(text: str) -> list[Line]:
    """Logical lines with bullets marked; glyph bullets and flattened text repaired."""
    # Some extractors leave escapes as text: a literal backslash-t is a tab.
    text = text.replace("\\t", "  ").replace("\\r", "")
    # "20122016" and "2016to date" lost their dash or space.
    text = re.sub(r"(?<!\d)((?:19|20)\d\d)((?:19|20)\d\d)(?!\d)", r"\1 - \2", text)
    text = re.sub(r"(?<!\d)((?:19|20)\d\d)(to|till)\b", r"\1 \2", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "  ").replace("\u00a0", " ")
    if _is_flat(text):
        text = _unflatten(text)
    elif looks_one_line(text):
        text = unfold_one_line(text)
    text = _GLYPHS.sub("\n• ", text)
    out: list[Line] = []
    blank = False
    for raw in text.split("\n"):
        stripped = raw.strip()
        if not stripped or not re.search(r"\w", stripped):
            blank = True
            continue
        match = _BULLET.match(stripped)
        bullet = match is not None and len(stripped) > match.end()
        # "-" starting a date range ("- Present") or a negative number is not a bullet.
        if bullet and stripped[0] in "-–—" and re.match(rf"^[-–—]\s*(?:{_NOW}|\d)", stripped, re.IGNORECASE):
            bullet = False
        body = stripped[match.end():].strip() if bullet and match else stripped
        body = re.sub(r"\s{2,}", " ", body)
        numbered = bullet and match is not None and bool(match.group("num"))
        out.append(Line(body, bullet=bullet, blank_before=blank, numbered=numbered))
        blank = False
    return out


def split_sections(lines: list[Line]) -> list[Section]:
    """The preamble (name, contacts, untitled summary) then one section per heading."""
    sections = [Section("preamble", "")]
    for line in lines:
        in_job = sections[-1].kind in ("experience", "projects")
        kind = None if line.bullet else heading_kind(line.text, in_job=in_job)
        glued = None if kind or line.bullet else _GLUED.match(line.text)
        if glued:  # "Work Experience Carnegie Mellon University": heading and content on one line
            sections.append(Section("experience", glued.group(1), [Line(glued.group(2))]))
            continue
        if kind is None:
            # "Skills: Python, SQL" carries the heading and the first content on one line.
            head, sep, rest = line.text.partition(":")
            # Inside a job, "Technologies: Java, SQL" belongs to the job, not to a new section.
            if sep and rest.strip() and not line.bullet and not in_job:
                head_kind = heading_kind(head)
                if head_kind in ("skills", "summary", "certifications"):
                    sections.append(Section(head_kind, head.strip(), [Line(rest.strip())]))
                    continue
            sections[-1].lines.append(line)
        else:
            sections.append(Section(kind, line.text.strip().rstrip(":")))
    return [s for s in sections if s.lines or s.kind != "preamble"]


_PAST_IRREGULAR = {"led", "built", "ran", "cut", "set", "wrote", "made", "won", "grew", "drove", "took", "kept", "met",
                   "sold", "taught", "brought", "began", "chose", "gave", "held", "oversaw", "spoke", "went"}


def _opens_with_past_verb(text: str) -> bool:
    """"Introduced a sepsis checklist ...": a capitalised past-tense verb followed by a lower-case word
    opens a new bullet (an action line), never the wrapped end of the line above."""
    words = text.split(None, 2)
    if len(words) < 2 or not words[0][:1].isupper() or not words[1][:1].islower():
        return False
    first = words[0].lower()
    return (len(first) > 4 and first.endswith("ed") and first.isalpha()) or first in _PAST_IRREGULAR


def join_wrapped(lines: list[Line]) -> list[Line]:
    """Join the lines a PDF or a narrow column wrapped back into their bullet or paragraph.

    A line continues the previous one when the previous is a bullet or long prose that did not
    end a sentence (or the line starts in lower case), and the line is not itself a short header
    with a date: "ABC Corp" over "2001 - 2006: Engineer" are two header lines, not one sentence.
    """
    from resume_core.importing.dates import find_date_range

    # Text pasted from a PDF keeps its line width: a line that stopped well short of it, when the
    # next line's first word would have fitted, ended its paragraph (the next line is a new bullet).
    lengths = sorted(len(line.text) for line in lines)
    width = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 6 else 0
    hard_wrapped = width >= 40 and sum(1 for n in lengths if n >= 0.85 * width) >= 3
    out: list[Line] = []
    last_physical = 0
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and not line.bullet and not line.blank_before:
            words = len(line.text.split())
            prose_before = prev.bullet or len(prev.text.split()) > 8
            open_end = not re.search(r"[.!?;:]$", prev.text)
            lower_start = line.text[:1].islower() or line.text[:1] in "(&,"
            dated_header = words <= 10 and find_date_range(line.text) is not None
            # "Title, Company, 2017 - 2020" over "Title, Company, 2014 - 2017": a line that ends in its
            # dates is an entry header; whatever comes next starts a line of its own.
            ends_dated = _ends_with_dates(prev.text)
            ended_short = hard_wrapped and last_physical + 1 + len(line.text.split(" ", 1)[0]) < 0.9 * width
            if prose_before and (open_end or lower_start) and not dated_header and not ends_dated and heading_kind(line.text) is None \
                    and (lower_start or not ended_short) and not _opens_with_past_verb(line.text):
                prev.text = f"{prev.text} {line.text}"
                last_physical = len(line.text)
                continue
        out.append(Line(line.text, line.bullet, line.blank_before, line.numbered))
        last_physical = len(line.text)
    return out


def _ends_with_dates(text: str) -> bool:
    """Whether a line ends in a date range ("..., 2017 - 2020", "Lodging managers (2018 - 2019)")."""
    from resume_core.importing.dates import find_date_range

    tail = text[-40:]
    found = find_date_range(tail)
    return found is not None and not tail[found.stop:].strip(" .,;:)]*_")
