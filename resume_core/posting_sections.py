"""Read the shape of a job posting: its sections and its requirement clauses.

Lines a posting's source wrapped (an e-mail, a web page copied at 80 columns, a bullet indented
onto a second line) are joined back first. The posting is then cut into sections by its headings
("Requirements", "Nice to have", "What we offer", "About us", ...), each with a kind.
Requirement-bearing sections give clauses, each marked required or preferred by its section and its
own words ("... is a plus"). Benefits and about-the-company sections and closing lines give none.
The facts (title, company, years, ...) are read by `posting_facts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.sentence_roles import company_stack, sentence_role  # noqa: F401  (ps.sentence_role)

SectionKind = str  # "intro", "requirements", "preferred", "responsibilities", "about", "benefits", "other"
REQUIREMENT_KINDS = ("intro", "requirements", "preferred", "responsibilities")

_HEADINGS: list[tuple[SectionKind, str]] = [
    ("preferred", r"nice[- ]to[- ]haves?|preferred(?: qualifications| skills| experience)?|bonus(?: points)?|"
     r"(?:it'?s |would be )?a (?:big )?plus|pluses|desirable(?: skills)?|good to have|extra credit|"
     r"would be (?:great|nice)|ideally(?: you (?:also )?have)?|not required,? but\b.*|even better if.*"),
    ("requirements", r"(?:(?:job|key|minimum|basic|required|essential|technical|core|desired|additional|mandatory)\s+){0,2}(?:requirements?|"
     r"qualifications?|skills(?: (?:and|&) (?:experience|qualifications|requirements))?|experience)|what (?:you'?ll|you will) "
     r"(?:need|bring)|what you (?:need|have|bring)(?: for this (?:position|role|job))?(?: to succeed)?|what you bring(?: to the table)?|what we(?:'re| are) looking for|who you are|"
     r"(?:about )?your (?:profile|background|skills|experience)|about you|you (?:have|are|bring|should have)|"
     r"must[- ]haves?|we expect|profile|(?:our |the )?(?:core |current |main )?(?:tech(?:nology)? )?stack|technologies(?: we use)?|"
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
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣+●○■□►➢✓✔]|\d{1,2}[.)])\s+")
_PREFERRED_CUE = re.compile(
    r"\b(?:nice[- ]to[- ]have|(?:is|are|would be|will be|as) an? (?:big |huge |strong )?(?:plus|bonus|advantage)|"
    r"a plus\b|bonus\b|preferred|preferably|ideally|desirable|advantageous|an advantage|not required|"
    r"not a must|good to have|beneficial)\b",
    re.IGNORECASE,
)
# A line under a company heading that still asks for skills ("We'd like someone with experience in ...").
_ASKS = re.compile(r"\bexperience (?:with|in)\b|\bknowledge of\b|\bproficien|\bfamiliar(?:ity)? with\b|"
                   r"\byou (?:have|bring|know)\b|\byears of\b|\bfollowing (?:skills|experience)\b", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(
    r";\s+|(?<=[a-z)])[.!?]\s+(?=[A-Z])|,\s+(?=(?:and |or )?(?:ideally|preferably|bonus)\b)|"
    r"(?<!\s)\s+(?=(?:It|This|That) (?:is|would be|will be) an? (?:big |huge )?(?:plus|bonus|advantage))"
)
_ASIDE = re.compile(r"\(([^()]{1,120})\)")
# The closing lines of a posting, often under its last heading: they ask for an application, not a skill.
# Matched against lower-cased text (faster than IGNORECASE).
_CLOSING = re.compile(r"\b(?:equal (?:employment )?opportunit|your application|apply (?:now|today|here|online|via)|"
                      r"looking forward to|sounds? interesting|send (?:us )?your (?:cv|resume|application)|"
                      r"we hope (?:you|to hear))")


# --- run-together text -------------------------------------------------------------------------
# Job boards (Dice) strip the markup of a posting and glue its bullets and headings together:
# "Must Have:5+ years of enterprise experience in c#, .NetBuilding REST services using Microsoft
# WebApi/MVCExperience writing Unit Tests". `unglue` puts the line breaks back (it only inserts
# newlines, so every sentence stays a verbatim quote of the posting) before anything reads the text.
_WORD = re.compile(r"[A-Za-z][A-Za-z.#+!?]{2,60}")
# Short words that start a sentence or bullet, glued to the word before ("schoolsIf you are").
_SHORT_START = r"(?:If|It|In|As|At|We|Our|The|You|Your|This|Job|Key|Top|Who|Why|How|All|Any|Are|Has|Must)(?![a-z])"
_GLUE_INSIDE = re.compile(
    rf"(?<=[A-Za-z][a-z])(?=[A-Z][a-z]{{3}}|{_SHORT_START})"  # "levelCompliance", "UsDesign", "schoolsIf"
    r"|(?<=[A-Z]{2})(?=[A-Z][a-z]{3})"  # "MVCExperience", "NHDuration"
    r"|(?<=[a-z]{3})(?=[A-Z]{2,}(?![a-z]))"  # "Unit TestsSQL Server"
    rf"|(?<=[A-Z]{{2}})(?={_SHORT_START})"  # "AWSOur patent technology"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z])"  # "schedules.Familiarity", "read on!Based"
    r"|(?<=[A-Z]{2}[.])(?=[A-Z][a-z]{2}|A(?![A-Za-z]))"  # "such as SSIS.Experience with", "Maven and ANT.A highly"
)
# Words a requirement bullet starts with, glued on with a dash: "etc.)-MUST be able", "them-Must be".
_LEAD = (r"(?:MUST|Must|Strong|Experience|Experienced|Knowledge|Ability|Able|Excellent|Familiarity|Proven|"
         r"Minimum|Bachelor|Bachelors|Master|Degree|Demonstrated|Solid|Understanding|Proficiency|Proficient|"
         r"Working|Expert|Expertise|Hands|Good|Background|Ideally|Preferred|Required|Nice)\b")
_DASH_BULLET = re.compile(rf"(?<=[a-z)])-(?={_LEAD})|(?<=\))-(?=[A-Z])|(?<=[a-z.])-[ \t]{{1,8}}(?=[A-Z])|(?<=[^ \t])[ \t]{{1,8}}-[ \t]{{1,8}}(?=[A-Z])")
_INLINE_BULLET = re.compile(r"(?<=[^ \t])[ \t]{1,8}(?:[•·▪◦‣●○■□►➢✓✔]|\*(?=[ \t]))[ \t]{0,8}|(?<=[:.;a-zA-Z0-9)])[•·▪◦‣●○■□►➢✓✔][ \t]{0,8}")
# A new sentence after a word with no full stop ("... integration experience We offer excellent benefits").
_SENTENCE_GLUE = re.compile(r"(?<=[a-z0-9)])[ \t]{1,8}(?=(?:We (?:offer|provide|are|have)|Here's what|Please|Our (?:company|client|benefits|team|"
                            r"mission)|Benefits|Compensation|Salary|Apply|Equal Opportunity)\b)"
                            # Offer lines written as orders, glued: "... as a working language Work with
                            # our modern tech-stack ... Docker and GCP Enjoy home office possibilities".
                            r"|(?<=[A-Za-z0-9)])[ \t]{1,8}(?=(?:Enjoy|Work with|Be part of|Take advantage of|Benefit from) )")
_COLON_GLUE = re.compile(r"(?<=[A-Za-z)]):(?=[A-Z0-9(])")
# A lead-in and its first bullet on one line: "Do you have what it takes: • C#/.NET or similar".
_COLON_BULLET = re.compile(r":[ \t]{0,8}[•▪◦‣●○■□►➢✓✔]")


def unglue(text: str) -> str:
    """The posting with line breaks put back where its source glued bullets, headings and sentences
    together. Only line breaks change (a glued "-" or "•" bullet mark becomes one); the words stay
    the posting's own, and a line that already reads well is left as it is."""
    from resume_core.vocab import load_vocabulary

    vocab = load_vocabulary()
    out = []
    for line in text.splitlines():
        if len(line) < 120 and not _COLON_GLUE.search(line) and not _COLON_BULLET.search(line):
            out.append(line)
            continue
        line = _INLINE_BULLET.sub("\n• ", line)
        line = _DASH_BULLET.sub("\n", line)
        line = _SENTENCE_GLUE.sub("\n", line)

        def split_word(match: re.Match) -> str:
            word = match.group(0)
            if not _GLUE_INSIDE.search(word) or vocab.knows(word.strip(".")):
                return word  # "JavaScript", "WebSphere", "PowerShell" are names, not glue
            return "\n".join(_names_kept(_GLUE_INSIDE.split(word), vocab))

        line = _WORD.sub(split_word, line)
        line = _headings_apart(line)
        out.append(line)
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


def _names_kept(pieces: list[str], vocab) -> list[str]:
    """Pieces of a glued word with those that together spell a known name put back together:
    "BootstrapTypeScript" -> "Bootstrap", "TypeScript"."""
    # A short word before a capital ("WebMethods", "GitLab") is more likely a name than glue, unless
    # what follows starts a bullet ("NetBuilding REST services", ".NetExperience").
    merged: list[str] = []
    for piece in pieces:
        lead = re.match(r"[A-Z][a-z]+", piece)
        if (merged and lead and merged[-1][-1:].islower() and len(re.sub(r".*[^A-Za-z]", "", merged[-1])) < 4
                and not re.match(_LEAD, piece) and not lead.group(0).endswith("ing")
                and not re.fullmatch(_SHORT_START, piece)):  # "Angular.jsIf you are"
            merged[-1] += piece
        else:
            merged.append(piece)
    pieces = merged
    out, i = [], 0
    while i < len(pieces):
        for j in range(min(len(pieces), i + 4), i + 1, -1):
            if vocab.canonical("".join(pieces[i:j]).strip(".")) is not None:
                break
        else:
            j = i + 1
        out.append("".join(pieces[i:j]))
        i = j
    return out


_HEAD_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'&/")


_LIST_HEADINGS = ("requirements", "preferred", "responsibilities", "benefits", "about")


def _words_before(line: str, end: int, floor: int) -> int:
    """Where the (at most five, letters-only) words just before `end` start: a bounded look back."""
    start = j = end
    for _ in range(5):
        k = j
        while k > floor and j - k < 30 and line[k - 1] in _HEAD_LETTERS:
            k -= 1
        if k == j:
            break
        start = k
        if k - 1 <= floor or line[k - 1] not in " \t":
            break
        j = k - 1
    return start


def _headings_apart(line: str) -> str:
    """Break before and after a heading that ends in a colon in mid-line ("... SQL Server Must Have:5+
    years"), and after a glued label ("Job Description:The project")."""
    pieces = []
    last = 0
    colon = line.find(":")
    while colon != -1:
        begin = _words_before(line, colon, last)
        if begin < colon:
            words = line[begin:colon].split()
            head_start, kind = None, None
            for n in range(len(words), 0, -1):  # the longest run of last words that is a heading
                candidate = " ".join(words[-n:])
                kind = heading_kind(candidate) if candidate[:1].isupper() else None
                if kind is not None:
                    head_start = colon - len(candidate) if line[colon - len(candidate):colon] == candidate else None
                    break
            glued = colon + 1 < len(line) and line[colon + 1] not in " \t" and line[colon + 1].isalnum() | (line[colon + 1] == "(")
            glued = glued and (line[colon + 1].isupper() or line[colon + 1].isdigit() or line[colon + 1] == "(")
            if head_start is not None or glued:
                if head_start is not None and head_start > last:
                    pieces.append(line[last:head_start].rstrip() + "\n")
                    last = head_start
                # A section heading ends its line; a one-line fact ("Location: Boston, MA",
                # "Duration: 6 months") keeps its value, so it opens no section for what follows.
                if kind in _LIST_HEADINGS:
                    pieces.append(line[last:colon + 1] + "\n")
                    last = colon + 1
        colon = line.find(":", colon + 1)
    pieces.append(line[last:])
    return "".join(pieces)


@dataclass
class Section:
    kind: SectionKind
    heading: str
    lines: list[str] = field(default_factory=list)
    bulleted: list[bool] = field(default_factory=list)  # per line: it was a bullet or numbered item

    def add(self, line: str, bullet: bool) -> None:
        self.lines.append(line)
        self.bulleted.append(bullet)


def heading_kind(line: str) -> SectionKind | None:
    """The section kind a heading line opens, or None when the line is not a heading."""
    text = DECOR.sub("", line).strip().rstrip("?").rstrip()  # "Who are we looking for?"
    if not text or len(text) > 70 or len(text.split()) > 9:
        return None
    for kind, pattern in _HEADING_RES:
        if pattern.fullmatch(text):
            return kind
    return None


_SENTENCE_END = re.compile(r"[.!?:;][\"')\]]?$")
# A line ending like this is cut mid-sentence: "... including 3+ years running Kubernetes in".
_OPEN_END = re.compile(r"(?:\b(?:and|or|with|in|of|the|a|an|to|for|on|at|by|from|as|including|such as|like|"
                       r"via|using|plus|e\.g\.?|i\.e\.?|incl\.?)|[,&/(+]|\w-)$", re.IGNORECASE)


def _wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text was wrapped at (e-mail, a web page copied at ~80 columns), else 0.

    Wrapped text has several lines that stop mid-sentence within a word's length of the widest line,
    and some of them plainly mid-sentence (after "and", "of", a comma, or before a lower-case word).
    Text with one sentence or bullet per line has open-ended lines of all lengths, or lines of one
    length that each end a thought ("... for web apps" over "Knowledge of PostgreSQL").
    """
    rows = [ln for ln in map(str.rstrip, lines) if ln]
    if not rows:
        return 0
    width = max(map(len, rows))
    is_open = [not _SENTENCE_END.search(ln[-2:]) for ln in rows]
    near = [i for i, ln in enumerate(rows) if is_open[i] and len(ln) >= width - 12]
    long = sum(1 for i, ln in enumerate(rows) if is_open[i] and len(ln) >= width * 0.6)
    cut = any(_OPEN_END.search(rows[i], max(0, len(rows[i]) - 16))
              or (i + 1 < len(rows) and rows[i + 1].lstrip()[:1].islower()) for i in near)
    return width if 40 <= width <= 140 and len(near) >= 2 and len(near) >= 0.5 * long and cut else 0


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _continues(prev: str, raw: str, bullet_indent: int | None, width: int) -> bool | None:
    """Whether `raw` continues the line before it: True, False, or None (yes, unless it is a heading).

    `prev` is the physical line before, `bullet_indent` the indentation of the bullet being
    continued (None when that line was no bullet).
    """
    line, before = raw.strip(), prev.rstrip()
    if bullet_indent is not None and _indent(raw) > bullet_indent:
        return True  # indented under its bullet
    if line[:1].islower() or line[:1] in "(&":
        # After "We use:" or a one-word line, a lower-case line is the next item of a list; a short
        # one may be a heading typed in lower case ("requirements:").
        if before.endswith(":") or (bullet_indent is None and len(before.split()) < 3):
            return False
        return None if len(line.split()) <= 4 else True
    at_width = width and len(before) >= width - 15 and not _SENTENCE_END.search(before[-2:])
    return None if at_width or _OPEN_END.search(before, max(0, len(before) - 16)) else False


def split_sections(text: str) -> list[Section]:
    """The posting as sections; text before the first heading is the "intro".

    Hard-wrapped lines are joined back into the bullet or sentence they continue.
    """
    raw_lines = text.splitlines()
    width = _wrap_width(raw_lines)
    sections = [Section("intro", "")]
    prev = ""  # the physical line before, while the last line of the last section may go on
    bullet_indent: int | None = None
    for raw in raw_lines:
        line = raw.strip()
        if not line:
            prev = ""
            continue
        bullet = _BULLET.match(line) is not None
        joins = _continues(prev, raw, bullet_indent, width) if prev and not bullet else False
        if joins is None:
            joins = heading_kind(line) is None
        if joins:
            last = sections[-1].lines[-1]
            glue = "" if re.search(r"[a-z]-$", last) and line[:1].islower() else " "
            sections[-1].lines[-1] = last + glue + line
            prev = raw
            continue
        prev, bullet_indent = raw, (_indent(raw) if bullet else None)
        kind = None if ":" in line[:60] and line.split(":", 1)[1].strip() else heading_kind(line)
        if kind is None and ":" in line[:60]:
            # "Requirements: Python, SQL" - a heading with its content on the same line. A one-line
            # fact ("Salary: ...", "Location: ...") does not open a section for the lines after it.
            head, rest = line.split(":", 1)
            kind = heading_kind(head)
            if kind is not None and rest.strip():
                previous = sections[-1]
                sections.append(Section(kind, head.strip(), [rest.strip()], [False]))
                if kind in ("benefits", "other"):
                    sections.append(Section(previous.kind, previous.heading))
                    prev = ""
                continue
        if kind is not None:
            sections.append(Section(kind, DECOR.sub("", line)))
            prev = ""
        else:
            sections[-1].add(_BULLET.sub("", line), bullet)
    return [s for s in sections if s.lines or s.heading]


@dataclass(frozen=True)
class Clause:
    text: str
    section: SectionKind
    kind: str  # "required" or "preferred"
    is_item: bool  # from a line in a requirements or preferred section
    bulleted: bool = False  # from a bullet or numbered item
    line: str = ""  # the whole line the clause was cut from: context for skills named in it
    start: int = 0  # where the clause starts in that line
    # Spans of the line (start, end) whose skills are preferred in a required clause:
    # "relational databases (PostgreSQL preferred)".
    preferred_spans: tuple[tuple[int, int], ...] = ()
    stack: bool = False  # the company says what it builds with ("Our dashboard is built with React")

    def kind_at(self, offset: int) -> str:
        """The kind of a skill named at `offset` of the line."""
        return "preferred" if any(a <= offset < b for a, b in self.preferred_spans) else self.kind


def _preferred_asides(part: str, start: int) -> tuple[tuple[tuple[int, int], ...], str]:
    """Asides that prefer what they name ("(PostgreSQL preferred)"): their spans in the line, and the
    part without them. An aside that is only the cue ("(a plus)") is left in: it speaks for the part."""
    spans = []
    for aside in _ASIDE.finditer(part):
        inner = aside.group(1)
        if _PREFERRED_CUE.search(inner) and re.search(r"\w", _PREFERRED_CUE.sub("", inner)):
            spans.append((start + aside.start(), start + aside.end()))
    rest = part
    for begin, end in reversed(spans):
        rest = rest[: begin - start] + " " + rest[end - start :]
    return tuple(spans), rest


def clauses(sections: list[Section]) -> list[Clause]:
    """Requirement clauses with their kind; nothing from about, benefits or other sections."""
    out: list[Clause] = []
    for section in sections:
        if section.kind not in REQUIREMENT_KINDS and section.kind != "about":
            continue
        for line, bulleted in zip(section.lines, section.bulleted):
            if section.kind == "about" and not _ASKS.search(line):
                continue  # company text, unless a line plainly asks for something
            start = 0
            for part in _CLAUSE_SPLIT.split(line):
                start = line.index(part, start)
                # Company text counts only where a sentence plainly asks for something; "We look
                # forward to your application!" under the last heading asks for no skill.
                if (part.strip() and (section.kind != "about" or _ASKS.search(part))
                        and not (len(part) < 300 and _CLOSING.search(part.lower()))
                        and not sentence_role(part)):
                    spans, rest = _preferred_asides(part, start)
                    preferred = section.kind == "preferred" or bool(_PREFERRED_CUE.search(rest))
                    kind = "intro" if section.kind == "about" else section.kind
                    out.append(Clause(part.strip(), kind, "preferred" if preferred else "required",
                                      kind in ("requirements", "preferred"), bulleted, line,
                                      start + len(part) - len(part.lstrip()), spans, company_stack(part)))
                start += len(part)
    return out
