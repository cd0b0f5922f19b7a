"""What a posting's sentence is for when it asks for nothing: what the company offers ("benefit"),
how to apply ("process"), legal text ("legal"), what the candidate could grow into ("growth"), and
the company's description of itself ("blurb"); and whether a company sentence names the stack the
role uses ("Our dashboard is built with React"). Read by `posting.sections` for every clause.
Every pattern is matched against at most 600 lower-cased characters and its repeats are bounded or
over classes that do not overlap, so no input can stall a match.
"""

from __future__ import annotations

import re

# Sentences that ask for nothing, wherever they stand (a run-together posting has no headings): what
# the company offers, how to apply, legal text, what the candidate could grow into, and the company's
# description of itself. Matched against lower-cased text.
_ROLES = [
    ("benefit", re.compile(
        r"\b(?:(?:health|dental|vision|medical|life|disability) (?:insurance|benefits|coverage|plans?)|401\s?\(?k\)?|"
        r"paid time off|\bpto\b|vacation|parental leave|flexible (?:working |work )?(?:hours|schedules?)|"
        r"stock options|competitive (?:salary|compensation|pay|benefits|rates?)|benefits? (?:package|plan)|"
        r"free (?:lunch|lunches|snacks|coffee|parking)|tuition (?:reimbursement|assistance)|bonus plan|"
        r"retirement (?:plan|savings)|we offer|our benefits|excellent benefits|great benefits|perks\b|"
        r"you(?:'ll| will) (?:work|be working) in an? [^.]{0,80}environment|"
        r"professional (?:education|development)\s?:|training (?:courses|budget)|learning (?:budget|stipend)|"
        r"gyms?\b|fitness (?:centers?|centres?|studios?|classes|membership)|discounted membership|fresh fruit|"
        r"for free\b|attractive (?:compensation|salary|remuneration|package|pay)|meal vouchers|restaurant vouchers|"
        r"lunch (?:support|allowance)|we invest in(?:to)? (?:your|the|our people|each)|"
        r"state[- ]of[- ]the[- ]art (?:laptops?|equipment|hardware)|(?:laptop|equipment|hardware) of your choice)")),
    ("process", re.compile(
        r"\b(?:send (?:us )?(?:your|an? |their )?(?:updated )?(?:cv|resume|application)|apply (?:now|today|here|online|"
        r"directly|via)|please (?:reply|contact|send|apply|call|email|read on)|click (?:here|the link|apply)|"
        r"interview process|your application|looking forward to|read on\b|reach (?:me|us) at|"
        r"(?:e-?mail|call) (?:me|us)\b|do you have what it takes|find out more|for more information|"
        r"if you(?:'re| are) interested)")),
    ("legal", re.compile(
        r"\b(?:equal (?:employment )?opportunit|\beoe\b|without regard to|race, colou?r|sexual orientation|"
        r"veteran status|sponsor(?:ship)?\b|authori[sz]ed to work|drug (?:test|screen)|background (?:check|screening)|"
        r"e-verify|reasonable accommodation|disclaimer\b)")),
    ("growth", re.compile(
        r"\b(?:opportunit(?:y|ies) to (?:learn|grow|develop|advance)|(?:chance|opportunity) to (?:grow|learn)|"
        r"(?:you|we) (?:will|'ll|could|can|may) (?:learn|grow)|grow into|room (?:to|for) grow|"
        r"(?:gain|get|offer|provide|give you)\w* (?:hands-on )?(?:exposure|experience) (?:to|in|with)|"
        r"career (?:growth|development|path|advancement)|training (?:is |will be )?provided|we will train)")),
    ("blurb", re.compile(
        r"^(?:(?:in addition|additionally|moreover|furthermore|also),? )?(?:about (?:the|our) (?:department|team|company)\b|(?:at [^,]{1,100}?,? )?we(?:'re| are| have| were)? "
        r"(?:(?:also|always|currently) )?(?:a|an|the|one|been|developing|contribute|handle|help|provide|deliver|love|"
        r"believe|strive|recognize|embrace|pride|create|proud|committed|achieve|enable|combine|empower|"
        r"passionate about (?:our|making))\b|"
        r"our (?!(?:tech(?:nology)?|tools?|stack|technologies|ideal|requirements?)\b)[a-z-]+(?: [a-z-]+){0,2} "
        r"(?:is|are|spans?|results?|include|helps?|standardises|standardizes)\b|"
        r"our (?:company|client|mission|customers|products?|culture|story|clients?|vision|values)\b|"
        r"our (?:[a-z-]+ ){0,2}(?:expertise|portfolio|offices|footprint|heritage)\b|"
        r"the (?:[\w<>&.\-]+ ){0,8}?(?:department|team|company|group|division|unit|organi[sz]ation) (?:of [^.]{0,60})?(?:is|combines|develops|builds|"
        r"delivers|helps|was)\b|"
        r"founded\b|headquartered\b|since \d{4}\b|for over \d+ years\b|"
        r"(?:the )?[\w<>&.\- ]{1,80}? (?:is|are) (?:a|an|the|one of the) (?:[\w-]+ ){0,3}"
        r"(?:leading|global|world|fast|rapidly|growing|premier|top|industry|privately|publicly|innovative|leader|"
        r"specialist|national|provider|company|firm|agency|organi[sz]ation|consultancy|part|hub|home|start-?up|"
        r"scale-?up|employer)\b)")),
    # Mission words anywhere in a sentence: "your skills, dedication and ambition help us change lives".
    ("blurb", re.compile(r"\b(?:help(?:s|ing)? (?:us )?(?:to )?change (?:people's )?lives|change the world|"
                         r"award[- ]winning|our (?:team|community|family|network) of (?:over |more than )?[\d,.]{3,}|"
                         r"our (?:goal|mission|vision|purpose|ambition)\b|(?:a|the) (?:global|world|market|industry) "
                         r"leader\b|the team (?:consists|is made up|is composed) of\b|"
                         r"(?:changing|improving) lives|make (?:a|an) (?:real |positive |lasting )?difference in "
                         r"(?:the world|people's lives|the lives))")),
]
# A sentence that asks for something is a requirement even in company words ("We are looking for
# someone with 3+ years of Go").
_ASK_CUE = re.compile(r"\b(?:looking for|seeking|must|required|requires?|experience (?:with|in)|knowledge (?:of|in)|"
                      r"qualified|strong (?:with|in)|(?:well )?versed in|someone (?:with|who)|familiar\w*|proficien\w*|"
                      r"years of|you (?:have|bring|know|are)|ability to|degree|plus|bonus|"
                      r"(?<!take )advantage|preferred|desired|ideal(?:ly)?|needs? (?:for|a|an)|need for|strengths? in)\b")

_STACK = re.compile(r"\b(?:(?:built|written|developed|running|runs|hosted) (?:with|in|on)|based on) |\b(?:uses?|using)\b|"
                    r"\b(?:tech(?:nology)? )?stack\b")


def company_stack(sentence: str) -> bool:
    """A company sentence that says what it builds with and asks for nothing ("Our dashboard is built
    with React", "We are developing a SaaS product based on a modern stack"): the role uses those
    tools, but the posting does not ask for them."""
    lowered = " ".join(sentence.lower().split())[:600]
    if _ASK_CUE.search(lowered) or not _STACK.search(lowered):
        return False
    return any(pattern.search(lowered) for role, pattern in _ROLES if role == "blurb")


# Words of a requirement that has no ask's words ("Solid understanding of OOP", "Excellent English skills").
REQUIREMENT_WORDS = re.compile(
    r"\b(?:experience|experienced|knowledge|ability|able|skills?|understanding|familiar|proficien\w*|degree|"
    r"years?|must|strong|comfortable|background|track record|passion\w*|fluent|certifi\w*|expert\w*|"
    r"you (?:have|are|can|will)|demonstrated|proven|excellent|good|solid|willing\w*|capable|hands-on)\b",
    re.IGNORECASE,
)
# A line this short is an item of a list ("GIT or SVN", "Docker ( K8s and Terraform )"), whatever its words.
LIST_LINE_WORDS = 8


def reads_as_ask(sentence: str) -> bool:
    """Whether a requirement-bearing sentence reads as asking for what it names: an ask's words
    (`asks`), a requirement's words ("skills", "knowledge", "solid"), or a list item's length. On the
    SkillSpan development postings a skill named in a longer sentence with none of them ("We majorly
    work in Java 8 for the backend") is a skill of the posting 0.73 of the time, against 0.85-0.94."""
    return (len(sentence.split()) <= LIST_LINE_WORDS or asks(sentence)
            or REQUIREMENT_WORDS.search(sentence[:600]) is not None)


def asks(sentence: str) -> bool:
    """Whether a sentence has the words of an ask ("looking for", "experience with", "you have", "a plus")."""
    return _ASK_CUE.search(" ".join(sentence.lower().split())[:600]) is not None


def sentence_role(sentence: str) -> str:
    """What a sentence is for when it asks for nothing: "benefit", "process", "legal", "growth",
    "blurb", or "" (it may ask for something)."""
    lowered = " ".join(sentence.lower().split())[:600]
    ask = _ASK_CUE.search(lowered)
    for role, pattern in _ROLES:
        if role == "blurb" and (ask or _STACK.search(lowered)):
            continue  # "Our dashboard is built with React": the company's stack is what the job uses
        if role in ("benefit", "growth") and re.search(r"\b(?:must|required)\b", lowered):
            continue
        match = pattern.search(lowered)
        # "Experience in web frameworks such as Django Here's what we offer you": a sentence glued to
        # the benefits after it still asks for what it names first.
        if match and not (role in ("benefit", "process", "growth") and ask and ask.start() < match.start()):
            return role
    return ""
