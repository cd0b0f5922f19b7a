"""Read the shape of a job posting: its sections and its requirement clauses.

Lines a posting's source wrapped (an e-mail, a web page copied at 80 columns, a bullet indented
onto a second line) are joined back first. The posting is then cut into sections by its headings
("Requirements", "Nice to have", "What we offer", "About us", ...), each with a kind.
Requirement-bearing sections give clauses, each marked required or preferred by its section and its
own words ("... is a plus"). Benefits and about-the-company sections and closing lines give none.
The facts (title, company, years, ...) are read by `posting.facts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from resume_core.posting.headings import DECOR, SectionKind, heading_kind
from resume_core.posting.unglue import unglue  # noqa: F401  (ps.unglue: the first pass over a posting)
from resume_core.posting.sentence_roles import company_stack, sentence_role

REQUIREMENT_KINDS = ("intro", "requirements", "preferred", "responsibilities")

_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣+●○■□►➢✓✔]|\d{1,2}[.)])\s+")
_PREFERRED_CUE = re.compile(
    r"\b(?:nice[- ]to[- ]have|(?:is|are|would be|will be|as) an? (?:big |huge |strong )?(?:plus|bonus|advantage)|"
    r"a plus\b|bonus\b|preferred|preferably|ideally|desirable|advantageous|an advantage|not required|"
    r"not a must|good to have|beneficial)\b",
    re.IGNORECASE,
)
# A line under a company heading that still asks for skills ("We'd like someone with experience in ...").
_ASKS = re.compile(r"\bexperience (?:with|in)\b|\bknowledge of\b|\bproficien|\bfamiliar(?:ity)? with\b|"
                   r"\byou (?:have|bring|know)\b|\byears of\b|\byears?['\u2019]? experience\b|\bfollowing (?:skills|experience)\b", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(
    r";\s+|(?<=[a-z)])[.!?]\s+(?=[A-Z])|,\s+(?=(?:and |or )?(?:ideally|preferably|bonus)\b)|"
    r"(?<!\s)\s+(?=(?:It|This|That) (?:is|would be|will be) an? (?:big |huge )?(?:plus|bonus|advantage))"
)
# Headings that name the whole posting, not its duties: what stands under them may be asked for.
_DESCRIPTION = re.compile(r"(?:the )?(?:job|role|position) description|(?:job )?summary|the (?:job|role|position)|"
                          r"about (?:the|this) (?:role|job|position|opportunity)|the opportunity", re.IGNORECASE)
_ASIDE = re.compile(r"\(([^()]{1,120})\)")
# The closing lines of a posting, often under its last heading: they ask for an application, not a skill.
# Matched against lower-cased text (faster than IGNORECASE).
_CLOSING = re.compile(r"\b(?:equal (?:employment )?opportunit|your application|apply (?:now|today|here|online|via)|"
                      r"looking forward to|sounds? interesting|send (?:us )?your (?:cv|resume|application)|"
                      r"we hope (?:you|to hear))")


@dataclass
class Section:
    kind: SectionKind
    heading: str
    lines: list[str] = field(default_factory=list)
    bulleted: list[bool] = field(default_factory=list)  # per line: it was a bullet or numbered item

    def add(self, line: str, bullet: bool) -> None:
        self.lines.append(line)
        self.bulleted.append(bullet)


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
                    if kind == "responsibilities" and _DESCRIPTION.fullmatch(section.heading) and _ASKS.search(part):
                        # Under a bare "Job Description" the posting's asks stand among its duties:
                        # "Minimum 2 years' experience building mobile apps" is a requirement.
                        kind = "requirements"
                    out.append(Clause(part.strip(), kind, "preferred" if preferred else "required",
                                      kind in ("requirements", "preferred"), bulleted, line,
                                      start + len(part) - len(part.lstrip()), spans, company_stack(part)))
                start += len(part)
    return out
