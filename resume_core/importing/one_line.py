"""A resume whose line breaks were lost (one long line of single-spaced words) cut back into lines.

Many real CVs arrive flattened: copied from a web form, or a PDF whose text layer has no line ends.
The cues that are left are typographic and grammatical, and this module uses only those: a heading
word in capitals where a section starts ("Work", "EDUCATION"), date ranges (a job's header ends in
its dates), a "City, ST" place after them, sentence ends, a capitalised past-tense verb after a
lower-case word (a new bullet: "... remote desktop Rolled out ..."), and a job-title word followed
by a capitalised word (the company: "IT Support Specialist Brightline Dental Group"). Word by word,
so the cost is linear in the text.
"""

from __future__ import annotations

import re

from resume_core.importing.dates import find_date_range
from resume_core.importing.one_line_header import cut_header
from resume_core.importing.one_line_name import name_length, name_start

_HEADINGS = (
    "work experience", "professional experience", "employment history", "work history", "experience",
    "employment", "work", "education", "skills", "technical skills", "certificates", "certifications",
    "projects", "summary", "profile", "languages", "awards", "interests", "publications", "volunteer",
    "references", "objective", "about", "contact",
)
# Verbs that open resume bullets but do not end in "-ed" ("Led", "Built", "Support", "Coordinate").
_VERBS = {
    "led", "built", "ran", "cut", "set", "wrote", "made", "won", "grew", "drove", "took", "kept", "met", "sold",
    "taught", "brought", "read", "held", "sent", "oversaw", "gave", "began", "spoke", "rebuilt", "rewrote", "lead", "build", "run", "manage", "support", "coordinate", "design", "develop", "teach",
    "install", "maintain", "deliver", "plan", "train", "write", "create", "handle", "oversee", "supervise",
    "prepare", "advise", "draft", "care", "serve", "monitor", "test", "analyse", "analyze", "implement",
    "launch", "negotiate", "own", "drive", "mentor", "cover", "audit", "reduce", "increase", "improve",
}
_SMALL = {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "&"}
_STRONG = {"education", "skills", "certificates", "certifications", "projects", "experience", "languages",
           "awards", "publications", "employment"}
_TITLE_END = re.compile(
    r"^(?:engineer|developer|manager|analyst|consultant|intern|technician|assistant|director|architect|"
    r"specialist|officer|administrator|designer|executive|associate|coordinator|scientist|supervisor|"
    r"representative|accountant|teacher|nurse|lawyer|attorney|advisor|clerk|agent|operator|founder|"
    r"chef|electrician|installer|planner|lead|head|president)$", re.IGNORECASE)
_PLACE = re.compile(r"^[A-Z][a-z]+,$")
# "St. Joseph's", "IBM India Pvt. Ltd.", "freee K.K.": no sentence end
_ABBREVIATION = re.compile(r"^(?:St|Dr|Mr|Mrs|Ms|Mt|Ft|Jr|Sr|Prof|Pvt|Pte|Pty|No)\.$|^(?:[^\W\d_]{1,2}\.){2,3}$")
_GRADE = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3})[,.]?$")  # "Analyst II": a grade, part of the title
_STATE = re.compile(r"^[A-Z]{2}$|^[A-Z][a-z]+$")


MAX_ONE_LINE_CHARS = 30_000
"""A flattened CV is a few thousand characters; longer text is left as it is (bounded cost)."""


def looks_one_line(text: str) -> bool:
    """Over 400 characters on at most three lines, or over 120 with two capitalised section headings
    in them: the line breaks were lost."""
    if len(text) > MAX_ONE_LINE_CHARS:
        return False
    lines = [line for line in text.split("\n") if line.strip()]
    longest = max((len(line) for line in lines), default=0)
    if len(lines) > 3 or longest <= 120 or longest > 400:
        return len(lines) <= 3 and longest > 400
    # A short CV on one line: two section headings in capitals inside it ("WORK EXPERIENCE ... EDUCATION").
    # "## Education ... ## Skills", "Education: ... Skills:" mark their headings too.
    # With a date range in it, two headings in any case ("Work ... Education") are enough.
    words = text.split()
    dated = find_date_range(text) is not None
    return sum(1 for i, word in enumerate(words) if _heading_at(words, i) and (
        dated or word.isupper() or i and set(words[i - 1]) <= set("#")
        or words[i + _heading_at(words, i) - 1].endswith(":"))) >= 2


def _heading_at(words: list[str], i: int) -> int:
    """How many words from i form a capitalised section heading (0 if none)."""
    for size in (2, 1):
        chunk = words[i:i + size]
        if len(chunk) < size or not all(w[:1].isupper() for w in chunk):
            continue
        phrase = " ".join(w.strip(":").lower() for w in chunk)
        if phrase in _HEADINGS:
            return size
    return 0


def _split_trailing_title(line: list[str]) -> list[list[str]]:
    """"... client vice presidents Research Intern": the capitalised run ending in a title word starts
    the next job's header."""
    start = len(line) - 1
    while start > 0 and (line[start - 1][:1].isupper() or line[start - 1].lower() in ("of", "and", "&")):
        start -= 1
    if 0 < start and line[start - 1][:1].islower() and len(line) - start <= 5:
        return [line[:start], line[start:]]
    return [line]


def _join_spaced(words: list[str]) -> list[str]:
    """Letter-spaced headings ("E D U C AT I O N", "S U M M A RY") joined back into their word when
    the joined letters spell a heading."""
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and j - i < 16 and len(words[j]) <= 2 and words[j].isalpha() and words[j].isupper():
            j += 1
        for end in range(j, i + 2, -1):
            if "".join(words[i:end]).lower() in _HEADINGS:
                out.append("".join(words[i:end]))
                i = end
                break
        else:
            out.append(words[i])
            i += 1
    return out


_BULLET_MARKS = set("•●○◦▪▫■□►▶➢➤✓✔❖◆◇♦∙‣*")
_LABELS = {"name:", "email:", "e-mail:", "phone:", "mobile:", "tel:", "address:", "location:", "linkedin:", "github:",
           "website:", "nationality:", "dob:"}
_NOT_JOBS = re.compile(r"educat|certif|award|publication|course|training|qualification|licen[cs]e|language|skill")
_LABEL_HEADS = {"email", "e-mail", "phone", "mobile", "name"}
_LABEL_GLUED = re.compile(r"(?i)^(?:e-?mail|phone|mobile|tel):\S")
_NUMBERED = re.compile(r"^\d{1,2}[.)]$")
_YEAR = re.compile(r"(?:19|20)\d\d")
_MARK_WORDS = _BULLET_MARKS | {"-", "–"}


def _closed_range(current: list[str], nxt: str) -> bool:
    """The line so far ends in a whole date range ("... DevOps, 2015 - 2018") and the word after the dash
    starts no date: the dash opens the next list item ("- Full Stack Engineer")."""
    joined = " ".join(current[-5:]).rstrip(",.;")
    found = find_date_range(joined)
    return bool(found and found.end and found.stop >= len(joined) - 1 and find_date_range(nxt) is None
                and re.search(r"[-–—]|\bto\b", joined[found.begin:found.stop]) is not None
                and not re.match(r"(?i)^(?:present|current|now|today|date)\b", nxt))


def _marker_at(words: list[str], i: int, current: list[str]) -> int:
    """Does word i start a line by a mark the writer typed: a bullet sign, "#" before a heading, a
    field label ("Name:"), a list dash? 0 if not, 1 for a line start, n > 1 for "#" and the n - 1
    heading words after it (the marks and the heading are one line)."""
    word = words[i]
    if set(word) <= set("#") and i + 1 < len(words):
        from resume_core.importing.sections import heading_kind  # sections imports this module

        for size in (4, 3, 2, 1):
            chunk = words[i + 1:i + 1 + size]
            if len(chunk) == size and all(w[:1].isalpha() for w in chunk) and heading_kind(" ".join(chunk)) is not None:
                return size + 1
        return 1
    if not current:
        return 0
    if word in _BULLET_MARKS or word[:1] in _BULLET_MARKS and word[1:2].isupper():
        return 1
    if _NUMBERED.match(word) and current[-1].endswith((".", "!", "?")):
        return 1  # "... quality metrics. 2. Built ...": a numbered list item
    if word.lower() in _LABELS or _LABEL_GLUED.match(word) or word.lower() in _LABEL_HEADS and i + 1 < len(words) \
            and (words[i + 1] in ("-", ":") or words[i + 1].lower() in ("id:", "address:", "id", "address")):
        return 1  # "Email: ...", "Email:jo@x.com", "Email id: ...", "Email - ..."
    if word in ("-", "–") or word[:1] == "-" and word[1:2].isupper():
        prev, nxt = current[-1], (word[1:] or (words[i + 1] if i + 1 < len(words) else ""))
        if not word[1:] and _dates_first(words, i + 1) and not _YEAR.search(prev):
            return 1  # "... Metal and plastic - 2012 - 2014: Mobile ...": an item that opens with its dates
        if not nxt[:1].isupper() or _YEAR.search(prev) and not prev.endswith(")") and not _closed_range(current, nxt):
            return 0  # a date range's dash ("2012 - 2015"), or a dash inside a sentence
        closed = prev.endswith((".", ")", "!", "?", ":")) and not _ABBREVIATION.match(prev) \
            and prev.lower() not in ("ltd.", "inc.", "co.", "corp.", "llc.", "plc.")  # "Acme Ltd. - Pune - 2016"
        listed = current[0][:1] in "-–" and len(current) >= 3 and not _YEAR.search(" ".join(words[i + 1:i + 7]))
        return 1 if closed or listed or _closed_range(current, nxt) else 0
    return 0


def _ends_line(joined: str, stop: int, nxt: str) -> bool:
    """The date range ends the words so far but for one mark, or two closing a header before a capital ("(2007 -
    2011): Ensured ..."); before a lower-case word the sentence goes on ("(2014 - 2015), handling ...")."""
    tail = joined[stop:]
    return len(tail) <= 1 or len(tail) == 2 and set(tail) <= set(")]:,;.") and not nxt[:1].islower()


def _dates_first(words: list[str], i: int) -> bool:
    """Words from i are a date range closed by a colon ("2013 - 2017:"): a list item that opens with its dates."""
    joined = " ".join(words[i:i + 5])
    found = find_date_range(joined)
    return bool(found and found.begin == 0 and found.end and joined[found.stop:found.stop + 1] == ":")


def _dated_header_ahead(words: list[str], i: int) -> bool:
    """The capitalised run from word i reaches a date range within a few words: the header is cut at the
    dates (`_cut_header`), by grammar and vocabulary, not here."""
    for j in range(i, min(len(words), i + 8)):
        found = find_date_range(" ".join(words[j:j + 3]))
        if found is not None and found.begin <= 1:
            return True
        if not (words[j][:1].isupper() or words[j].lower() in ("of", "in", "and", "&", "for", "de", "la", "del")):
            return False
    return False


def _place_after(words: list[str], i: int) -> int:
    """How many words after a date range name the place ("Berlin", "St Andrews") before the first bullet
    opens with its verb ("Run Kubernetes clusters ..."): at most three capitalised words, none a heading."""
    for size in (1, 2, 3):
        if i + size >= len(words):
            return 0
        place = words[i:i + size]
        if not all(w[:1].isupper() and w.isalpha() or w[:1].isupper() and w[:-1].isalpha() and w.endswith(",")
                   for w in place) or any(_heading_at(words, i + k) for k in range(size)):
            return 0
        if any(_is_verb(w) for w in place):
            return 0
        if _is_verb(words[i + size]):
            return size
    return 0


def _is_verb(word: str) -> bool:
    """A capitalised word that opens a bullet: a past tense ("Audited") or a resume verb ("Run", "Lead")."""
    lower = word.lower()
    return word[:1].isupper() and word.isalpha() and (lower.endswith("ed") and len(lower) > 4 or lower in _VERBS)


def unfold_one_line(text: str) -> str:
    words = _join_spaced(text.split())
    skip = name_start(words, set(_HEADINGS))
    name = name_length(words[skip:], text, set(_HEADINGS))
    lines: list[list[str]] = [words[:skip]] if skip else []
    lines += [[w.lstrip('"“') for w in words[skip:skip + name]], []] if name else [[]]
    i = skip + name
    section = ""
    while i < len(words):
        word = words[i]
        current = lines[-1]
        size = _heading_at(words, i)
        if size and not words[i].isupper() and i + size + 1 < len(words) and _TITLE_END.match(words[i + size]) \
                and not words[i + size + 1][:1].isupper() and words[i].lower() != "work":
            size = 0  # "Education Teacher - ...", "Projects Manager (2019": a title, not a heading
        if size and not words[i].isupper() and current and current[-1][:1].isupper() and i + size < len(words) \
                and words[i + size][:1] in "(0123456789":
            size = 0  # "Postsecondary Education (2002 - 2004)": the end of a name before its dates
        strong = size == 2 or words[i].isupper() or words[i].strip(":").lower() in _STRONG
        if size and (not current or not current[-1][:1].isupper() or current[-1].endswith((".", ":")) or strong):
            lines.append(words[i:i + size])
            lines.append([])
            section = " ".join(words[i:i + size]).lower()
            i += size
            continue
        marked = _marker_at(words, i, current)
        if marked:  # "## Experience", "• Led ...", "Name: Jori Smith", "... 2015) - Recreation Worker"
            if current:
                lines.append([])
            if marked > 1:  # a heading after "#": a line of its own
                lines[-1] += words[i:i + marked]
                section = " ".join(words[i:i + marked]).lower()
                lines.append([])
                i += marked
                continue
            lines[-1].append(word)
            i += 1
            continue
        prev = current[-1] if current else ""
        new_line = bool(prev) and not _ABBREVIATION.match(prev) and prev not in _MARK_WORDS and not (
            len(current) == 1 and _NUMBERED.match(prev)) and (
            (prev.endswith((".", "!", "?")) and (word[:1].isupper() or _dates_first(words, i)))
            or (word[:1].isupper() and (word.endswith("ed") and len(word) > 4 or word.lower() in _VERBS)
                and i + 1 < len(words) and words[i + 1][:1].islower() and prev.lower() not in _SMALL
                and not (_TITLE_END.match(word) and _TITLE_END.match(prev)))  # "Quality Engineer Lead from 2011"
            or (_TITLE_END.match(prev.strip(",")) and word[:1].isupper() and not _TITLE_END.match(word) and not _GRADE.match(word)
                and not (i + 1 < len(words) and _TITLE_END.match(words[i + 1])) and not _dated_header_ahead(words, i)
                and not _dates_first(current[current[0] in _MARK_WORDS:], 0))  # "2006 - 2010: Specialist, Appzboyz"
        )
        if new_line:
            if _TITLE_END.match(prev.strip(",")):
                lines[-1:] = _split_trailing_title(lines[-1])
            lines.append([])
        lines[-1].append(word)
        i += 1
        # A date range ends a header line; a "City, ST" place after it too.
        joined = " ".join(lines[-1][-6:])
        found = find_date_range(joined)
        if found and _ends_line(joined, found.stop, words[i] if i < len(words) else "") and (found.end or re.search(r"(?i)present|current|now|date$", joined)):
            nxt = words[i] if i < len(words) else ""
            # A range inside a sentence stays in it ("as a Rigger from 2014 - 2018, overseeing ...").
            date_at = max(len(lines[-1]) - 6, 0) + joined[:found.begin].count(" ")
            before = lines[-1][date_at - 1] if date_at else ""
            inside = nxt[:1].islower() and before.lower() in ("from", "in", "since", "between", "during", "of")
            inside = inside or set(lines[-1][:date_at]) <= _MARK_WORDS and joined.endswith((":", "]")) and bool(nxt)  # "- 2014 - 2015: Title", "• [2016 - 2018] Title"
            if not re.match(r"(?i)^(?:[-–—]|to|until|present|current|now)$", nxt) and not inside:
                if not _NOT_JOBS.search(section):  # schools and certificates keep their own order
                    lines[-1:] = cut_header(lines[-1], joined[:found.begin].count(" "), _MARK_WORDS)
                lines.append([])
                if i + 1 < len(words) and _PLACE.match(words[i]) and _STATE.match(words[i + 1]):
                    lines[-1] += [words[i], words[i + 1]]
                    lines.append([])
                    i += 2
                else:
                    place = _place_after(words, i)
                    if place:
                        lines[-1] += words[i:i + place]
                        lines.append([])
                        i += place
    # A blank line between lines: each is whole (never re-joined as a wrapped line).
    return "\n\n".join(" ".join(line) for line in lines if line)
