"""Which lines of an experience section start an entry (`_anchor`), and the role a dated line names:
a header with its text run on after the dates ("Title (2016 - 2018): what was done", `_titled_head`) or
a sentence that names the role ("Worked as a Baker from 2008 - 2012, ...", `_narrative_title`). Used by
`experience`, which builds the entries."""

from __future__ import annotations

import re

from resume_core.importing.dates import MONTHS, DateRange, find_date_range
from resume_core.importing.entry_header import _COMPANY_SUFFIX, _kind, is_prose
from resume_core.importing.sections import Line


def _anchor(line: Line) -> DateRange | None:
    found = find_date_range(line.text)
    if found is None:
        return None
    rest = (line.text[: found.begin] + line.text[found.stop:]).strip(" ,:-–|()")
    short = len(rest.split()) <= 12
    if _titled_head(line.text, found) or _narrative_title(line.text, found) or lead_dates_head(line.text, found):
        return found  # "- SQL BI Developer (2016 - 2018): Built ...", "Worked as a Baker from 2008 - 2012, ..."
    if line.bullet:  # "- HELP DESK ADMINISTRATOR (2012 - 2015)": a dated bullet that ends in its dates
        ends = not line.text[found.stop:].strip(" .,;:)]")
        sentence = line.text[: found.begin].rstrip(" ([").endswith(".")  # "... Scripting. (September 2017 onwards)"
        return found if (found.begin <= 2 or ends and not sentence) and short else None
    return found if short or found.begin <= 2 else None


_HEAD_BREAK = re.compile(r"^\s{0,3}[)\]]?\s{0,3}(?:[:,;.]|[-–—]\s|at\s+[A-Z])")  # "... (2016 - 2018) at MyTech, ..."
_LEAD_HEAD = re.compile(r"^[\s)\]:,.-]{0,6}([^:.;]{2,80}?)(?:\s{1,3}[-–—]\s{1,3}|:\s{1,3})(?=[A-Z])")
_VERB_START = re.compile(r"^[^\W\d_]{1,40}(?:ed|ing)\b", re.IGNORECASE)


_LEAD_OUT = {"from", "between", "since", "in", "during", "for", "until", "through", "(", "[", "-", "–", "—",
             "the", "year", "years", "to"}
# Words that introduce the role in a sentence: "Worked as a Baker", "Held the position of Sales Supervisor".
_ROLE_INTROS = (" as ", " position of ", " role of ")
_ARTICLES = ("a", "an", "the")
_AT_EMPLOYER = re.compile(r"^[^\W\d_]{2,20}\s+(?:at|for|with)\s+([A-Z][^()\[\]]{1,60})$")


def _role_words(words: list[str]) -> list[str]:
    """A role's words up to the clause that follows it: "Transit police working on safety" -> "Transit
    police" (a lower-case "-ing" word after the first one ends the role)."""
    for n, word in enumerate(words):
        bare = word.strip(",;:.()")
        following = words[n + 1] if n + 1 < len(words) else ""
        if n and bare.lower() == "for" and (following[:1].islower() or following[:1].isdigit()):
            return words[:n]  # "Manager for a span of 2 years", "Paralegal for 4 years"
        if n and (len(bare) > 4 and bare.islower() and bare.endswith("ing") or any(c.isdigit() for c in bare)
                  or bare.lower() in MONTHS and bare[:1].isupper()):
            return words[:n]  # "... working on safety", "Expert to Jan 2018 and as ...": the role ended
    return words


def _role_text(words: list[str]) -> str:
    """The role named by `words` (what follows "as"), "" when they do not read as one; a role "at" an
    employer keeps the employer ("Analyst at Acme"), a role at "a startup" names none."""
    if words and words[0].lower() in _ARTICLES:
        words = words[1:]
    while words:
        if len(words) >= 3 and words[-3].lower() == "for" and words[-1].lower().startswith(("year", "month")):
            words = words[:-3]  # "Paralegal for 4 years (2010 - 2014)"
        elif words[-1].lower().strip(",:") in _LEAD_OUT:
            words = words[:-1]
        else:
            break
    words = _role_words(words)
    lowered = [w.lower() for w in words]
    company = ""
    if "at" in lowered[1:]:
        at = lowered.index("at", 1)
        place = words[at + 1:]
        words = words[:at]
        if place and place[0].lower() not in _ARTICLES and place[0][:1].isupper() and len(place) <= 6:
            company = " ".join(place).strip(" ,;:-–")
    title = " ".join(words).strip(" ,;:-–")
    if not 1 <= len(title.split()) <= 10 or not title[:1].isalpha() or is_prose(title) or title.endswith("."):
        return ""
    return f"{title} at {company}" if company else title


def _narrative_title(text: str, found: DateRange, *, loose: bool = False) -> str:
    """The role a sentence names around its dates: "Worked as a Baker from 2008 - 2012, ...", "Served as
    Documentation Program Manager (2014 - 2016). Handled ...", "Held the position of Clerk from the year
    2015 to 2018", "3 years (2012 - 2015) as a Transit police officer" -> "Baker", "Documentation Program
    Manager", "Clerk", "Transit police officer" ("" when the sentence names none). `loose`: the line is one
    of a list of dated sentences, where a longer lead-in is allowed. Plain string work: linear in the text."""
    head = text[: found.begin]
    lowered = head.lower()
    at, intro = max((lowered.rfind(intro), intro) for intro in _ROLE_INTROS)
    if at >= 0 and len(head[:at].split()) <= (20 if loose else 12):
        return _role_text(head[at + len(intro):].rstrip(" ([").split())
    # The role after the dates: "2 years (2015 - 2017) as Entertainer", "2014 until 2017 served as a Manager".
    tail = text[found.stop:].lstrip(" )]:,;-–—")
    tail_words = tail.split()
    lead = [w.lower() for w in tail_words[:3]]
    # "Worked at Acme Outfitters (2019 - 2021) as a Sales Associate": the employer before the dates.
    employer = _AT_EMPLOYER.match(head.strip(" -–—*•([")) if len(head.split()) <= 8 else None
    if (len(head.split()) <= 3 or employer) and "as" in lead:
        words = tail_words[lead.index("as") + 1:][:12]
        cut = next((n for n, w in enumerate(words) if w[-1:] in ",.;:(" or w[:1] == "("), len(words))
        if cut < len(words) and words[cut][-1:] in ",.;:":
            cut += 1
        role = _role_text([w.strip(",.;:") for w in words[:cut]] if cut else [])
        return f"{role} at {employer.group(1)}" if role and employer and " at " not in role else role
    return ""


def _titled_head(text: str, found: DateRange) -> bool:
    """A header with its text run on after the dates: "Title (2016 - 2018): what was done" or
    "Title, Company (2013 - 2016), did ...". The part before the dates is a short name, not a sentence
    (no leading verb such as "Led" or "Managing"), and a colon, comma or dash ends the dates."""
    head = text[: found.begin].strip(" -–—*•([")
    tail = text[found.stop:]
    words = head.split()
    if not 1 <= len(words) <= 10 or not tail.strip() or not _HEAD_BREAK.match(tail):
        return False
    if is_prose(head) or head.endswith(";") or _VERB_START.match(head) and _kind(head) != "title":
        return False
    return not head.endswith(".") or bool(_COMPANY_SUFFIX.search(head[-8:]))  # "..., XYZ Corp. (2015 - 2020):"


def lead_dates_head(text: str, found: DateRange) -> str:
    """The entry's name after leading dates: "[2018 - 2022] SAP IBP Manager - Led a team ..." -> "SAP IBP
    Manager" ("" when the dates do not lead, or what follows is a sentence, not a name and a dash)."""
    if found.begin > 2:
        return ""
    match = _LEAD_HEAD.match(text[found.stop:])
    if not match:
        return ""
    head = match.group(1).strip()
    if not 1 <= len(head.split()) <= 10 or is_prose(head) or _VERB_START.match(head) and _kind(head) != "title":
        return ""
    return head
