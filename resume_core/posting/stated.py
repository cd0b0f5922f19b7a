"""The stated passes of a posting analysis: what the posting asks for in so many words (skills with
their years and alternatives, requirement lines that name no skill, duties that imply a skill) and
its facts (degree, certification, clearance, travel, work mode and place), each a row of its aspect.
"""

from __future__ import annotations

import re

from resume_core.posting import facts as pf
from resume_core.posting import sections as ps
from resume_core.posting.cues import (
    LIST_ITEM_DROP,
    company_field,
    degree_field,
    list_items,
    not_needed,
    organisation,
    other_before,
    team_name,
)
from resume_core.posting.rows import (
    CERTIFIED,
    CONFIDENCE,
    DEGREE_FIELD,
    DUTY,
    INTRO,
    MAX_TEXT,
    SOFT_CATEGORIES,
    STACK,
    Collector,
    mention_confidence,
    short_line,
)
from resume_core.posting.sentence_roles import REQUIREMENT_WORDS, reads_as_ask
from resume_core.posting.phrases import asked_phrases, preferred_after
from resume_core.posting.sentence_roles import asks as asks_for_something
from resume_core.vocab.vocabulary import load_vocabulary

# A requirement line that names no skill is kept as a text requirement only if it reads like one.
_REQUIREMENT_WORDS = REQUIREMENT_WORDS

_LIST_GLUE = re.compile(r"\s*(?:,|/|&)?\s*(?:(?:and|or|and/or)\s+)?")


def _alternatives(clause: ps.Clause, matches: list, counter: list[int]) -> dict[int, str]:
    """Groups of skills a clause offers as alternatives ("Istio or Linkerd", "one of Java, Go or
    Rust"): match index -> group id. Only "or", "either" and "one of" make alternatives; a list with
    commas or "and" is so many separate requirements."""
    groups: dict[int, str] = {}
    chain: list[int] = []
    has_or = False

    def close() -> None:
        nonlocal chain, has_or
        lead = clause.line[max(0, matches[chain[0]].start - 24):matches[chain[0]].start].lower() if chain else ""
        if len(chain) >= 2 and (has_or or re.search(r"\b(?:one of|either|any of)\b", lead)):
            counter[0] += 1
            for i in chain:
                groups[i] = f"alt-{counter[0]}"
        chain, has_or = [], False

    for i, match in enumerate(matches):
        if chain:
            between = clause.line[matches[chain[-1]].end:match.start].lower()
            if re.fullmatch(r"\s*(?:,\s*)?(?:or|and/or)\s+(?:\w+\s+)?", between) and len(between) < 24:
                chain.append(i)
                has_or = True
                continue
            if re.fullmatch(r"\s*,\s*", between):
                chain.append(i)
                continue
            close()
        chain = [i]
    close()
    return groups


def stated_pass(found: Collector, sections: list[ps.Section], clauses: list[ps.Clause], title_line: str) -> None:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    """What the posting says in so many words: skills (with their years and alternatives) and the
    requirement lines that name no skill. A duty (under Responsibilities) that names a skill implies it."""
    vocab = load_vocabulary()
    # With a requirements section, the text before the first heading is a blurb, not requirements.
    blurb = any(s.kind in ("requirements", "preferred") for s in sections)
    in_line: dict[str, list] = {}
    groups = [0]
    for clause in clauses:
        if (title_line and " ".join(clause.line.split()) == title_line) or _TITLE_LABEL.match(clause.text):
            # "Senior Platform Engineer at Northwind" names the role and asks for nothing in so many
            # words: a tool in it ("Python Developer") is implied, and the line itself is no requirement.
            for match in vocab.find(clause.line):
                if match.category not in SOFT_CATEGORIES:
                    found.add(match.canonical, "implied", match.canonical, f"the title names it ({' '.join(clause.line.split())})",
                              CONFIDENCE["tool"], quote=clause.line)
            continue
        # Skills are found in the whole line, where the words around a name show it is meant as one
        # ("a cloud data warehouse, preferably Snowflake"), and counted in the clause that names them.
        if clause.line not in in_line:
            in_line[clause.line] = vocab.find(clause.line)
        end = clause.start + len(clause.text)
        matches = [m for m in in_line[clause.line] if clause.start <= m.start < end]
        technical = [m for m in matches if m.category not in SOFT_CATEGORIES]
        # A skill named in a bare fragment ("preferably Snowflake") is quoted with its whole line.
        fragment = clause.text[:1].islower() and len(clause.text.split()) <= 3 and len(clause.line) <= MAX_TEXT
        quote = clause.line if fragment else clause.text
        # Each years ask goes with the first skill named soon after it ("3+ years running Kubernetes").
        asks = pf.years_asks(clause.text)
        years_of: dict[int, tuple[float, str, int]] = {}
        for ask in asks:
            after = [m for m in technical if m.start >= clause.start + ask[2] and id(m) not in years_of]
            if after and after[0].start - (clause.start + ask[2]) < 60:
                years_of[id(after[0])] = ask
                # "3 years with Terraform, GCP and Kubernetes": the years go with the whole list.
                for before, nxt in zip(after, after[1:]):
                    if not _LIST_GLUE.fullmatch(clause.line[before.end:nxt.start]):
                        break
                    years_of[id(nxt)] = ask
        degree = pf.degree_ask(clause.text).lower() if clause.section != "responsibilities" else ""
        degree += " " + pf.certification_ask(clause.text).lower() if clause.section != "responsibilities" else ""
        alternatives = _alternatives(clause, matches, groups)
        # With a requirements section, an introduction sentence that asks for nothing ("Our data lake
        # holds terabytes in S3") says what the role touches, as a duty does.
        # Without one, an introduction sentence that reads as no ask at all ("We majorly work in Java 8
        # for the backend"), or the company speaking of itself ("We rely heavily on Terraform"), does the same.
        aside = clause.section == "intro" and not clause.stack and (
            not asks_for_something(clause.text) if blurb else (
                not reads_as_ask(clause.text)
                or (not asks_for_something(clause.text) and bool(_COMPANY_SAYS.match(clause.text)))))
        duty = clause.section == "responsibilities" or clause.stack or aside or bool(_WILL_DO.match(clause.text))
        for i, match in enumerate(matches):
            if blurb and clause.section == "intro" and match.category in SOFT_CATEGORIES[:2]:
                continue  # "a direct line of communication" in a company blurb asks for nothing
            if degree and match.canonical.lower() in degree and id(match) not in years_of:
                # "Degree in computer science", "ITIL Foundation certified": one requirement, not also a
                # skill asked for; what a certificate names its holder knows (implied).
                found.add(match.canonical, "implied", match.canonical, f"{CERTIFIED}: {short_line(clause.text)}",
                          CONFIDENCE["aside"], quote=quote)
                continue
            if degree and degree_field(clause.line, match.start, match.end):
                # "Bachelor's in Business, Computer Science or a related field": the degree's field, which
                # the degree row asks for; as a skill of its own only a guess.
                found.add(match.canonical, "implied", match.canonical, f"{DEGREE_FIELD}: {short_line(clause.text)}",
                          CONFIDENCE["tool"], quote=quote)
                continue
            if not_needed(clause.line, match.start) or company_field(clause.line, match.start):
                continue
            if match.category == "Business" and (organisation(clause.line, match.start, match.end) or (
                    clause.section not in ("requirements", "preferred") and not asks_for_something(clause.text))):
                # "Trident Consulting is hiring", "our Sales and Marketing areas": a name, not an ask; a
                # business field counts where the posting asks ("consulting experience"), not in its prose.
                continue
            if other_before(clause.line, match.start):
                continue  # "Python and other programming languages": the named ones are the ask  # "a job where you do not have to speak Danish" asks for the opposite
            aspect = "language" if match.category == "Languages" else "skill"
            source = CONFIDENCE["stack" if clause.stack else "aside" if aside else clause.section]
            confidence = mention_confidence(source, match.category, match.surface)
            if team_name(clause.line, match.start, match.end):
                # "join our Backend Engineering team": the team's name says what the role touches, it
                # asks for nothing in so many words.
                found.add(match.canonical, "implied", match.canonical, f"the team's name: {short_line(clause.text)}",
                          CONFIDENCE["tool"], quote=quote, aspect=aspect)
                continue
            if duty:
                found.add(match.canonical, "implied", match.canonical,
                          f"{STACK if clause.stack else INTRO if aside else DUTY}: {short_line(clause.text)}",
                          confidence, quote=quote, aspect=aspect, group=alternatives.get(i, ""),
                          source_confidence=source)
            elif id(match) in years_of:
                years = years_of[id(match)][0]
                found.add(f"{years:g}+ years of {match.canonical}", clause.kind_at(match.start), match.canonical,
                          confidence=confidence, quote=quote, aspect="years", years_min=years,
                          group=alternatives.get(i, ""), source_confidence=source)
            else:
                found.add(match.canonical, clause.kind_at(match.start), match.canonical, confidence=confidence,
                          quote=quote, aspect=aspect, group=alternatives.get(i, ""), source_confidence=source)
        if duty:
            continue
        # "Technical Support, Windows, Software Support, Diagnosing Technical Customer Issues": an item of
        # a skill list the vocabulary does not know is a requirement of its own, in the list's words.
        lists = clause.section in ("requirements", "preferred") or not blurb
        for start, item in list_items(clause.text) if lists else ():
            if not any(clause.start + start <= m.start < clause.start + start + len(item) for m in matches):
                line = short_line(item)
                line = item[:1] + line[1:] if line[:1] == item[:1].upper() else line  # "eSite/SIS" as spelled
                found.add(line, clause.kind, confidence=CONFIDENCE[clause.section] - LIST_ITEM_DROP,
                          quote=clause.text, aspect="other")
        if lists and matches:
            _phrase_rows(found, clause, matches)
        loose = [ask for ask in asks if ask not in years_of.values()]
        for years, shown, _ in loose:  # "2 years as an Application Interface Manager"
            found.add(shown, clause.kind, confidence=CONFIDENCE[clause.section], quote=clause.text,
                      aspect="years", years_min=years, key=f"years:{shown.lower()}")
        if loose:
            pass
        # A business field ("supply chain", "sales") is one part of a bullet that asks more
        # ("Background in logistics, supply chain or transportation"): the bullet stays a row too.
        elif (clause.is_item and all(m.category == "Business" for m in technical)
              and _asks_for_something(clause, matches) and not _is_fact(clause.text)):
            found.add(short_line(clause.text), clause.kind, confidence=CONFIDENCE[clause.section], quote=clause.text,
                      aspect="other")


# "You will visit customers and ...", "In this role you'll build ...": what the role does, a duty
# wherever it stands ("You will need / have / bring ..." still asks).
_WILL_DO = re.compile(r"(?:in this (?:role|position),?[ \t]{1,3})?(?:you[ \t]{1,3}will|you'll|you[ \t]{1,3}are[ \t]{1,3}going[ \t]{1,3}to)"
                      r"[ \t]{1,3}(?!(?:(?:also|ideally)[ \t]{1,3})?(?:need|have|bring|possess|hold|be expected to have)\b|ideally\b)",
                      re.IGNORECASE)
# In a posting without headings, a sentence about the company or its client ("Our client is going through
# a major Data Governance initiative", "Our fleet consists of ...") says what the role touches.
_COMPANY_SAYS = re.compile(r"(?:our|the|this)[ \t]{1,3}(?:client|company|firm|fleet|team|organi[sz]ation|group|platform|"
                           r"product|environment|customers?)\b|(?:founded|headquartered)\b|"
                           r"we\b(?![ \t]{1,3}(?:expect|require|need|want|would|seek|are[ \t]{1,3}(?:looking|seeking|hiring)))",
                           re.IGNORECASE)
# "Position: IVR Automation Tester", "Job Title: Data Engineer": a labelled title line names the role.
_TITLE_LABEL = re.compile(r"(?:position|job title|title|role|job)[ \t]{0,3}:[ \t]{0,3}(?:[^\s.:;]{1,40}[ \t]{1,3}){0,7}"
                          r"[^\s.:;]{1,40}[ \t.]{0,3}$", re.IGNORECASE)
PHRASE_DROP = 0.25  # a phrase the vocabulary cannot name is less sure than a named skill or a list's name


def _phrase_rows(found: Collector, clause: ps.Clause, matches: list) -> None:
    """"Familiarity with CCAR reports", "knowledge of housing policy": what a sentence that also names
    known skills asks experience or knowledge of in words no vocabulary name covers, each its own row."""
    for start, phrase in asked_phrases(clause.text):
        begin, end = clause.start + start, clause.start + start + len(phrase)
        if any(m.start < end and begin < m.end for m in matches):
            continue
        line = re.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.IGNORECASE)
        first = line.split(" ", 1)[0]
        line = line[:1].upper() + line[1:] if first.isalpha() and first.islower() else line  # not "eSite", "iOS"
        if not found.has(line):  # a skill or a list's name of these words already has its row
            kind = "preferred" if preferred_after(clause.text, start + len(phrase)) else clause.kind_at(begin)
            found.add(line, kind, confidence=CONFIDENCE[clause.section] - PHRASE_DROP,
                      quote=clause.text, aspect="other", key=f"phrase:{line.lower()}")


def _is_fact(sentence: str) -> bool:
    return bool(pf.degree_ask(sentence) or pf.certification_ask(sentence) or pf.clearance_ask(sentence)
                or pf.travel_ask(sentence))


def facts_pass(found: Collector, text: str, clauses: list[ps.Clause]) -> None:
    """Degree, certification, clearance and travel asks of the requirement sentences, and the work
    mode and place of the whole posting, each as a requirement of its own aspect."""
    for clause in clauses:
        if clause.section not in ("requirements", "preferred", "intro"):
            continue
        confidence = CONFIDENCE[clause.section]
        for aspect, ask in (("degree", pf.degree_ask), ("certification", pf.certification_ask),
                            ("clearance", pf.clearance_ask), ("travel", pf.travel_ask)):
            line = ask(clause.text)
            if line:
                found.add(line, clause.kind, confidence=confidence, quote=clause.text, aspect=aspect,
                          key=f"{aspect}:{line.lower()}")
    mode, said = pf.work_mode(text)
    place = pf.find_location(text)
    if mode:
        line = {"remote": "Remote", "hybrid": "Hybrid", "onsite": "On-site"}[mode]
        if place and mode != "remote":
            line += f" in {place}"
        found.add(line, "required", confidence=CONFIDENCE["facts"], quote=said, aspect="work_mode", key="work_mode")
    elif place:
        at = text.find(place)
        found.add(f"Based in {place}", "required", confidence=CONFIDENCE["facts"],
                  quote=pf.sentence_at(text, at) if at >= 0 else place, aspect="location", key="location")


def title_pass(found: Collector, title: str) -> None:
    """A tool the posting's own title names ("Platform Engineer - AWS, DevOps, PHP") that the text never
    asks for is implied by the title, as when the title is the text's first line."""
    for match in load_vocabulary().find(title):
        if match.category not in SOFT_CATEGORIES and not found.has(match.canonical):
            found.add(match.canonical, "implied", match.canonical, f"the title names it ({' '.join(title.split())})",
                      CONFIDENCE["tool"], quote=title)


def first_line_title(text: str) -> str:
    """The first line, when it is the posting's title ("Senior Platform Engineer at Northwind")."""
    first = " ".join(next((ln for ln in text.splitlines() if ln.strip()), "").split())
    title = pf.find_title(first)
    return first if title and first.startswith(title) and len(first.split()) <= 10 else ""


def _asks_for_something(clause: ps.Clause, matches: list) -> bool:
    """A requirement clause that names no technical skill reads as a requirement to keep as text."""
    words = len(clause.text.split())
    if matches:
        # "Good written English" is the skill English, not also a text requirement; what the clause
        # says beyond its soft skills must be a requirement of its own ("leading a team of 5+ engineers").
        rest = clause.text
        for match in sorted(matches, key=lambda m: -m.start):  # offsets are in the line
            rest = rest[: match.start - clause.start] + " " + rest[match.end - clause.start :]
        return len(re.findall(r"[A-Za-z]{2,}", rest)) >= 3 and _REQUIREMENT_WORDS.search(clause.text) is not None
    # A bullet under a requirements heading is one, whatever its wording ("Open-source contributions.");
    # a fragment of one ("preferably Snowflake") needs more words.
    if clause.bulleted and words >= (2 if clause.start == 0 else 4) and not clause.text.endswith("?"):
        return True
    return words >= 3 and _REQUIREMENT_WORDS.search(clause.text) is not None
