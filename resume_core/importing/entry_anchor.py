"""Which lines of an experience section start an entry (`_anchor`), and the role a dated line names:
a header with its text run on after the dates ("Title (2016 - 2018): what was done", `_titled_head`) or
a sentence that names the role ("Worked as a Baker from 2008 - 2012, ...", `_narrative_title`). Used by
`experience`, which builds the entries."""

from __future__ import annotations

import re

from resume_core.importing.dates import DateRange, find_date_range
from resume_core.importing.entry_header import _kind, is_prose
from resume_core.importing.sections import Line


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
        sentence = line.text[: found.begin].rstrip(" ([").endswith(".")  # "... Scripting. (September 2017 onwards)"
        return found if (found.begin <= 2 or ends and not sentence) and short else None
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
