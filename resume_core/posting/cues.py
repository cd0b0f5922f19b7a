"""What the words around a skill's name say about it in a requirement sentence: that it is not needed
("you do not have to speak Danish"), that it only stands for others ("and other languages"), that it
names a team or a firm ("our Backend Engineering team", "Paladin Consulting") or the field a company
leads ("a global leader in financial services"), and which items of a
comma list of names the vocabulary does not know ("Software Support, TIRKS, eSite/SIS"). Read by
`posting.stated`; every pattern is bounded, so no input can stall it.
"""

from __future__ import annotations

import re

from resume_core.posting.sentence_roles import sentence_role

# "You do not have to speak Danish", "no need to know Kotlin": what follows is explicitly not asked for.
_NOT_NEEDED = re.compile(r"\b(?:(?:do|does|will) ?n[o']?t (?:have|need) to|don't (?:have|need) to|no need to|"
                         r"(?:is|are) not (?:required|needed|necessary) to)\b([^.;:?!]{0,60})$", re.IGNORECASE)
_OTHER_BEFORE = re.compile(r"\b(?:and|or|&|,)[ \t]{1,3}(?:other|similar|comparable)[ \t]{1,3}(?:modern[ \t]{1,3})?$",
                           re.IGNORECASE)
_TURN = re.compile(r"\b(?:but|however|instead|though|although|while)\b", re.IGNORECASE)


def not_needed(line: str, start: int) -> bool:
    """Whether the skill at line[start] follows "do not have to" in the same thought (not after "but")."""
    cue = _NOT_NEEDED.search(line, max(0, start - 80), start)
    return bool(cue and not _TURN.search(cue.group(1)))


_TEAM_AFTER = re.compile(r"[ \t]{1,3}(?:(?:engineering|development|platform|solutions?)[ \t]{1,3})?"
                         r"(?:team|department|squad|division|tribe|practice|unit)\b", re.IGNORECASE)
_TEAM_BEFORE = re.compile(r"\b(?:our|the)[ \t]{1,3}(?:[\w-]{1,30}[ \t]{1,3}){0,2}$", re.IGNORECASE)


# A business word names an organisation, not a skill, when a proper name goes before it ("Paladin
# Consulting", "Digital Transformation Sales") or an organisation word after it ("the sales force").
_ORG_BEFORE = re.compile(r"(?<![.!?;•\-\n])[ \t](?:[A-Z][\w&'-]{0,30}|[A-Z]{2,10})[ \t]{1,3}$")
_ORG_AFTER = re.compile(r"[ \t]{0,3}(?:(?:and|&|/)[ \t]{0,3}(?:marketing|service|account)\w*[ \t]{1,3})?(?:team|department|"
                        r"organi[sz]ation|force|areas?|group|compan(?:y|ies)|firm|agenc(?:y|ies)|division|office|"
                        r"services?|offerings?|industry|cloud|manager|representative|people|staff|is|are|has)\b",
                        re.IGNORECASE)


def organisation(line: str, start: int, end: int) -> bool:
    """Whether the business word at line[start:end] names an organisation or a department."""
    return bool(_ORG_AFTER.match(line, end) or _ORG_BEFORE.search(line[max(0, start - 40):start]))


_ITEM = re.compile(r"[^,;]{1,80}")
_ITEM_GLUE = re.compile(r"^\s*(?:(?:and|or|and/or|&)\s+)?|[\s.]+$", re.IGNORECASE)
LIST_ITEM_DROP = 0.15  # an unknown name is less sure than a known one
MIN_LIST_ITEMS = 3
MAX_ITEM_WORDS = 6


def list_items(text: str) -> list[tuple[int, str]]:
    """The items of a clause that is a comma list of short names (at least three, each of at most six
    words, none a sentence), with their offsets; nothing for any other clause."""
    if "@" in text or sentence_role(text):
        return []  # "Please forward resumes to Tim Rose, trose@...", "Holiday parties, Casual dress, ..."
    items = []
    for match in _ITEM.finditer(text):
        glue = _ITEM_GLUE.match(match.group())
        item = _ITEM_GLUE.sub("", match.group())
        words = item.split()
        if not words or len(words) > MAX_ITEM_WORDS or not item[:1].isalnum():
            return []
        items.append((match.start() + (glue.end() if glue else 0), item))
    if len(items) < MIN_LIST_ITEMS or text.count(",") < MIN_LIST_ITEMS - 1:
        return []
    out = []
    for n, (start, item) in enumerate(items):
        lead = _LEAD_IN.match(item)
        if lead:
            start, item = start + lead.end(), item[lead.end():]
        if _name_like(item, first=n == 0 and not lead):
            out.append((start, item))
    return out


# "Experience with IEEE 61850, ...": the lead-in of a list's first item is not part of the name.
_LEAD_IN = re.compile(r"(?:(?:strong|solid|good|working|deep|in-depth|proven|hands-on)\s+)?(?:experience|knowledge|"
                      r"familiarity|proficiency|expertise|understanding)\s+(?:with|of|in)\s+", re.IGNORECASE)


def _name_like(item: str, first: bool) -> bool:
    """Whether a list item reads as a name ("Software Support", "TAL", "eSite/SIS", "Pingdom"), not as
    words of a sentence ("developing", "Excellent design", "well-organized"): a capital, digit or sign
    inside it, or a capital first letter where no sentence starts (after the list's first item)."""
    if not re.search(r"[A-Za-z]{2}", item) or "@" in item or ":" in item or item.count("(") != item.count(")") or item.lower() in ("etc", "others"):
        return False
    return bool(re.search(r"[A-Z0-9/#+.]", item[1:])) or (item[:1].isupper() and not first)


def team_name(line: str, start: int, end: int) -> bool:
    """Whether the skill at line[start:end] is part of a team's name ("our Backend Engineering team")."""
    return bool(_TEAM_AFTER.match(line, end) and _TEAM_BEFORE.search(line[max(0, start - 80):start]))


# "Acme is a global leader in financial services": the company's own field, even glued to an ask
# ("Knowledge of finance would be a plus Acme is a global leader in financial services").
_COMPANY_FIELD = re.compile(r"\b(?:is|are)[ \t]{1,3}(?:a|an|the|one of the)[ \t]{1,3}(?:[\w-]{1,30}[ \t]{1,3}){0,3}"
                            r"(?:leader|provider|pioneer|supplier)s?[ \t]{1,3}(?:in|of|for)[ \t]{1,3}[^.;:!?]{0,60}$",
                            re.IGNORECASE)


def company_field(line: str, start: int) -> bool:
    """Whether the skill at line[start] names the field a company says it leads ("a global leader in ...")."""
    return _COMPANY_FIELD.search(line, max(0, start - 120), start) is not None


def other_before(line: str, start: int) -> bool:
    """Whether "and other" / "or similar" goes just before line[start] ("Python and other languages")."""
    return _OTHER_BEFORE.search(line, max(0, start - 30), start) is not None


# "Bachelor's degree in Business, Computer Science or a related field", "B.S. Computer Science",
# "Computer Science degree": a field of study is what the degree is in, not a skill asked for.
_DEGREE_BEFORE = re.compile(
    r"(?:\b(?:degrees?|bachelor'?s?|masters?|master's|diploma|mba|ph\.?d)|(?<![\w.])[bm]\.?[ \t]?s\.?|(?<!\w)b\.?[ \t]?a\.?)"
    r"(?![\w'])[ \t]{0,3}(?:(?:degree|of science|of arts)[ \t]{1,3})?(?:(?:in|of|(?:with[ \t]{1,3})?(?:an?[ \t]{1,3})?major[ \t]{1,3}in)[ \t]{1,3}"
    r"(?:[\w'()-]{1,30}[ \t,/&]{1,4}){0,10})?$", re.IGNORECASE)
_DEGREE_AFTER = re.compile(
    r"[ \t]{0,3}(?:(?:degree|major)\b|[^.;:!?\n]{0,60}?\b(?:or|and)[ \t]{1,3}(?:an?[ \t]{1,3})?(?:other[ \t]{1,3})?"
    r"(?:closely[ \t]{1,3})?related(?:[ \t/]{1,3}[\w/-]{1,15}){0,3}?[ \t]{1,3}(?:fields?|disciplines?|degrees?|majors?|areas?|subjects?|stud))",
    re.IGNORECASE)
_WORK_WORDS = re.compile(r"\b(?:experience|years?|yrs|worked|working|skills?|knowledge|plus|strong|required|preferred|"
                         r"and[ \t]{1,3}(?:an?|the))\b", re.IGNORECASE)


def degree_field(line: str, start: int, end: int) -> bool:
    """Whether the name at line[start:end] is the field of a degree the line asks for ("Bachelor's degree
    in Computer Science", "Computer Science or related field"), not a skill of its own."""
    before = _DEGREE_BEFORE.search(line[max(0, start - 110):start])
    if before and not _WORK_WORDS.search(before.group()):
        return True
    after = _DEGREE_AFTER.match(line, end)
    return bool(after and not _WORK_WORDS.search(after.group()))
