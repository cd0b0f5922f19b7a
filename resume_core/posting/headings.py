"""Section headings of a job posting: which kind of section a heading line opens ("Requirements",
"Nice to have", "What we offer", "About us", ...). Shared by the section reader (`posting.sections`),
the unglue pass (`posting.unglue`, which finds headings glued into a line) and the facts.
"""

from __future__ import annotations

import re

SectionKind = str  # "intro", "requirements", "preferred", "responsibilities", "about", "benefits", "other"

_HEADINGS: list[tuple[SectionKind, str]] = [
    ("preferred", r"nice[- ]to[- ]haves?|preferred(?: qualifications| skills| experience)?|bonus(?: points)?|"
     r"(?:it'?s |would be )?a (?:big )?plus|pluses|desirable(?: skills)?|good to have|extra credit|"
     r"would be (?:great|nice)|ideally(?: you (?:also )?have)?|not required,? but\b.*|even better if.*"),
    ("requirements", r"(?:our|the|your) (?:(?:job|key|minimum|basic|technical|core) )?(?:requirements?|qualifications?)|(?:(?:job|key|minimum|basic|required|essential|technical|core|desired|additional|mandatory)\s+){0,2}(?:requirements?|"
     r"qualifications?|skills(?: ?(?:and|&|/) ?(?:experience|qualifications|requirements))?|experience)|what (?:you'?ll|you will) "
     r"(?:need|bring)|what you (?:need|have|bring)(?: for this (?:position|role|job))?(?: to succeed)?|what you bring(?: to the table)?|what we(?:'re| are) looking for|who you are|"
     r"(?:about )?your (?:profile|background|skills|experience)|about you|you (?:have|are|bring|should have)|"
     r"must[- ]haves?|(?:what )?we expect(?: from you)?|(?:our )?expectations|profile|(?:our |the )?(?:core |current |main )?(?:tech(?:nology)? )?stack|technologies(?: we use)?|"
     r"who (?:are )?we(?:'re| are)? looking for|who are you|what we need(?: from you)?|"
     r"(?:the )?(?:skills|experience) (?:we(?:'re| are) looking for|you(?:'ll| will)? need|needed)(?: are)?|what (?:skills|experience|qualifications) (?:do )?you (?:need|bring|have)\b.{0,50}|"
     r"tools(?: we use)?|desired (?:skills|profile)|what it takes"),
    ("responsibilities", r"about (?:the|this) (?:role|job|position|opportunity)|(?:key |main |your )?responsibilities|what (?:you'?ll|you will) (?:do|be doing|work on)|"
     r"your (?:role|tasks|mission|impact|day)|the role|role description|(?:the )?job description|duties|"
     r"day[- ]to[- ]day|in this role(?: you will)?|tasks|the job|the opportunity|the position|you will"),
    ("about", r"about (?:us|the company|the team|our company|the business)|who we are|our (?:company|mission|"
     r"story|team|culture|values)|company (?:description|overview|profile)|the company|about [A-Z<].{0,40}"),
    ("benefits", r"(?:our |the |job |employee |additional |other )?benefits(?: (?:and|&) perks)?|perks(?: (?:and|&) benefits)?|(?:what )?we offer|"
     r"what'?s in it for you|why (?:join|work|you'?ll love).*|compensation.*|salary.*|our offer|what you get|"
     r"we provide|rewards|what we can offer(?: you)?"),
    ("other", r"how to apply|(?:the |our )?(?:application|hiring|recruitment|selection) process|equal (?:employment )?opportunity.*|eeo.*|next steps|"
     r"(?:the |our )?interview(?: process)?|location|contact(?: us)?|apply(?: now)?"),
]
_HEADING_RES = [(kind, re.compile(rf"(?:{pattern})", re.IGNORECASE)) for kind, pattern in _HEADINGS]
# A trailing run is tried only from its first character ((?<!...)), so a long run of spaces inside a
# line costs linear time, not quadratic; the same for the clause split's whitespace before "It is a plus".
DECOR = re.compile(r"^[\s#*_>\-•·|=]+|(?<![\s*_:|=\-])[\s*_:|=\-]+$")


def heading_kind(line: str) -> SectionKind | None:
    """The section kind a heading line opens, or None when the line is not a heading."""
    text = DECOR.sub("", line).strip().rstrip("?").rstrip()  # "Who are we looking for?"
    if not text or len(text) > 70 or len(text.split()) > 9:
        return None
    for kind, pattern in _HEADING_RES:
        if pattern.fullmatch(text):
            return kind
    return None
