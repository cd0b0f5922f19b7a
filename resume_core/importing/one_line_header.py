"""The header of a job in a one-line CV: the words between the end of the text before a date range and the
range itself, cut into the end of the previous sentence, the title and the company.

"... on night shifts Healthcare Assistant Bradford Royal Infirmary Jun 2010 - Aug 2013": the header is
the capitalised run just before the dates ("Healthcare Assistant Bradford Royal Infirmary"); the lower-case
words before it end the previous bullet. Inside the run the title is found by grammar and vocabulary: a
head noun (a word that ends job titles in O*NET, "Assistant", "Midwife", "Engineer") with the modifiers
O*NET titles put before such nouns ("Healthcare", "Senior Financial") and an "in ..."/", ..." complement
("Lecturer in Marine Biology", "Team Lead, General Ledger"); the rest of the run is the company, before
the title ("Leeds Teaching Hospitals NHS Trust Clinical Midwife Manager") or after it.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import lru_cache

_CONNECTORS = {"of", "in", "and", "&", "for", "at", "de", "la", "the", "du", "y", "del", "von", "van"}
_PREPOSITIONS = {"across", "in", "with", "for", "to", "at", "from", "of", "by", "on", "into", "over", "under", "and",
                 "including", "between", "via", "using", "like", "as", "within", "throughout"}
_ABBREVIATIONS = {"st.", "inc.", "ltd.", "co.", "corp.", "llc.", "plc.", "bros.", "jr.", "sr.", "dr.", "pvt.", "pte.", "pty."}
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,2}\.){2,3}$")  # "K.K.", "d.d.", "S.A."
_EXTRA_HEADS = {"student", "lead", "associate", "fellow", "intern", "head", "partner", "founder", "volunteer",
                "executive", "officer"}
_SENIORITY = {"senior", "junior", "sr", "sr.", "jr", "jr.", "lead", "principal", "staff", "chief", "head", "deputy"}
_NOT_MODIFIERS = {"and", "&", "of", "in", "the", "for", "at"}
MAX_HEADER_WORDS = 12
_SEPARATORS = {"-", "–", "—", "|"}
_LEAD_INS = {"at", "@", "with", "for", "as", "a", "an", "the"}
_MIN_COUNT = 3
_MIN_MODIFIER_COUNT = 6
MAX_KNOWN_WORDS = 5


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(head nouns, modifiers) of job titles: words that end O*NET titles more often than they start or
    sit inside them, and words seen before the head in at least three titles."""
    from resume_core.importing.entry_header import TITLE_WORDS
    from resume_core.vocab.occupations import DATA_DIR

    data = json.loads((DATA_DIR / "occupations.json").read_text(encoding="utf-8"))
    titles = {t.lower() for row in data["occupations"] for t in [row[1], *row[2]]}
    ends = Counter(t.split()[-1] for t in titles)
    inside = Counter(w for t in titles for w in t.split()[:-1])
    heads = {w for w, n in ends.items() if n >= _MIN_COUNT and n > inside[w]} | _EXTRA_HEADS
    heads |= {w for w in TITLE_WORDS.pattern.strip("\\b()").split("|") if w.isalpha() and ends[w] > inside[w]}
    modifiers = {w for w, n in inside.items() if n >= _MIN_MODIFIER_COUNT and w.isalpha()} - _NOT_MODIFIERS
    modifiers |= {"senior", "junior", "sr", "jr", "lead", "staff", "principal", "chief", "deputy", "assistant",
                  "associate", "head", "devops", "it", "qa", "ux", "ui"}
    return frozenset(heads), frozenset(modifiers)


@lru_cache(maxsize=1)
def _known_titles() -> frozenset[str]:
    """Every O*NET title and alternate title of two to five words, lower case ("journeyman electrician",
    "chef de partie", "executive chef")."""
    from resume_core.vocab.occupations import DATA_DIR

    data = json.loads((DATA_DIR / "occupations.json").read_text(encoding="utf-8"))
    return frozenset(t.lower() for row in data["occupations"] for t in [row[1], *row[2]]
                     if 2 <= len(t.split()) <= MAX_KNOWN_WORDS)


def _known(words: list[str]) -> bool:
    return " ".join(_key(w) for w in words) in _known_titles()


def _key(word: str) -> str:
    return word.strip(",.()").lower()


def _is_head(word: str) -> bool:
    return _key(word) in _vocabulary()[0]


def _is_modifier(word: str) -> bool:
    key = _key(word)
    return key in _vocabulary()[1] or key in _vocabulary()[0]


def header_start(words: list[str]) -> int:
    """Where the capitalised header run before a date range starts in `words` (the words before the
    dates); len(words) if there is none, -1 if the header has separators of its own ("Acme - Tulsa, OK -")
    and is left whole."""
    start = len(words)
    while start > 0 and len(words) - start < MAX_HEADER_WORDS:
        word = words[start - 1]
        if word in ("-", "–", "—", "|", "·", "•", "@") or "(" in word or ")" in word:
            return -1
        if word.endswith((".", "!", "?", ":", ";")) and word.lower() not in _ABBREVIATIONS \
                and not _INITIALS.match(word):
            break
        if not (word[:1].isupper() or word[:1].isdigit() and not word.isdigit() or word.lower() in _CONNECTORS
                or _lower_case_name(words, start - 1)):
            break
        start -= 1
    while start < len(words) and words[start].lower() in _CONNECTORS:
        start += 1
    return start


MAX_NAME_ZIPF = 2.5
"""A lower-case word rarer than this in English (wordfreq's Zipf scale: 'weekly' 4.6, 'freee' 1.5) is a name."""


def _lower_case_name(words: list[str], i: int) -> bool:
    """A company that writes its name in lower case ("freee K.K.", "eBay"), right after a title's head
    noun: a word with a capital inside it, or one English hardly uses."""
    word = words[i].strip(",.")
    if not (0 < i < len(words) - 1 and _is_head(words[i - 1]) and words[i - 1][:1].isupper()) \
            or not word.isalpha() or len(word) > 30:
        return False
    if any(c.isupper() for c in word[1:]):
        return True
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") < MAX_NAME_ZIPF


def split_header(words: list[str], prev: str) -> tuple[list[str], list[list[str]]]:
    """The header words before a date range cut into (words that end the previous sentence, header lines):
    a title line and a company line when a title can be told from the company, else the run whole.
    `prev` is the word before the header ('' at a line start)."""
    heads = [i for i, w in enumerate(words) if _is_head(w) and w[:1].isupper()]
    if not heads:
        return [], [words] if words else []
    start, end = _title_span(words, heads[0])
    before, title, rest = words[:start], words[start:end], words[end:]
    tail: list[str] = []
    after_sentence = prev[:1].islower() or prev.endswith((".", "!", "?"))
    if before and after_sentence and prev.lower() in _PREPOSITIONS:
        tail, before = before, []  # "... across Chile and Peru | Senior Financial Analyst | Deloitte"
    elif before and after_sentence and rest:
        title, before = before + title, []  # "... Decision Scientist | Mu Sigma"
    elif before and not rest and (before[-1].lower() in _CONNECTORS or not _company_before(before, title)
                                  and not (len(before) >= 2 and _known(title) and not _known(before[-1:] + title))):
        title, before = before + title, []  # "Computer and Information Systems Manager": one title
    lines = [line for line in (before, title, rest) if line]
    return tail, lines


def _title_span(words: list[str], first: int) -> tuple[int, int]:
    """Where the title around its first head noun starts and ends: modifiers and head nouns up to the last
    head of that run ("Lead Solar Installer"), then a complement."""
    end = first + 1
    for j in range(first + 1, len(words)):
        if not (words[j][:1].isupper() and _is_modifier(words[j])) or words[j - 1].endswith(","):
            break
        if _is_head(words[j]) and _is_head(words[j - 1]) and j + 1 < len(words) and words[j + 1][:1].isupper() \
                and not _is_modifier(words[j + 1]) and not _known(words[j - 1:j + 1]) \
                and _key(words[j - 1]) not in _SENIORITY:  # "Executive Chef", "Lead Electrician" are titles
            break  # "Design Engineer | Baker Hughes": a head noun opening the company's name
        if _is_head(words[j]):
            end = j + 1
    start = first
    while start > 0:
        word = words[start - 1]
        if word.lower() in ("and", "&", "of") and start > 1 and words[start - 2][:1].isupper() \
                and _is_modifier(words[start - 2]):
            start -= 2  # "Computer and Information Systems Manager"
        elif word[:1].isupper() and not word.endswith(",") and (
                _is_modifier(word) or start > 1 and _key(words[start - 2]) in _SENIORITY):
            start -= 1  # "Senior Financial Analyst", "Senior Backend Engineer"
        else:
            break
    end = next((end + n for n in range(MAX_KNOWN_WORDS - 2, 0, -1) if end + n <= len(words)
                and (_known(words[start:end + n]) or _known(words[first:end + n]))), end)  # "Chef de Partie"
    if start > 0 and not _known(words[start:end]):
        # "Dagle Electrical Construction Journeyman Electrician": a company before, and the title a known
        # title ("Journeyman Electrician") after two or more modifiers that make no known title with it.
        start = next((k for k in range(start + 2, end - 1) if _known(words[k:end])
                      and not any(_key(w) in _SENIORITY for w in words[start:k])), start)
    return start, _complement_end(words, end)


def _complement_end(words: list[str], end: int) -> int:
    """A complement: "Lecturer in Marine Biology", "Teacher of Mathematics and Physics", "Team Lead, General
    Ledger": title words after "in"/"of"/"for"/a comma, up to a company word or a name."""
    if end >= len(words) or not (words[end].lower() in ("in", "of", "for") or words[end - 1].endswith(",")):
        return end
    from resume_core.importing.entry_header import COMPANY_WORDS

    stop = end + 1 if words[end].lower() in ("in", "of", "for") else end
    while stop < len(words):
        word = words[stop]
        if word.lower() in ("and", "&") and stop + 1 < len(words) and stop > end + 1:
            stop += 1
            continue
        if not (word[:1].isupper() and _is_modifier(word)) or COMPANY_WORDS.fullmatch(_key(word)):
            break
        stop += 1
    if words[stop - 1].lower() in ("and", "&", "in", "of", "for"):
        stop -= 1
    return stop if stop > end + 1 or words[end - 1].endswith(",") and stop > end else end


def _company_before(before: list[str], title: list[str]) -> bool:
    """Words before a title that ends the header are a company when the title opens with a rank ("Infobip |
    Senior Backend Engineer") or they hold an acronym (not next to the title: "Level II NOC Engineer") or a
    company word ("Leeds Teaching Hospitals NHS Trust")."""
    from resume_core.importing.entry_header import COMPANY_WORDS

    return _key(title[0]) in _SENIORITY or any(
        len(w.strip(",.")) >= 3 and w.strip(",.").isupper() and w.strip(",.").isalpha() and n < len(before) - 1
        or COMPANY_WORDS.fullmatch(_key(w)) for n, w in enumerate(before))


def cut_header(line: list[str], date_word: int, marks: set[str]) -> list[list[str]]:
    """The line that a date range ends, cut into the previous sentence's end, the title, the company and
    the dates ("... night shifts | Staff Midwife | Sep 2013 - Jan 2017")."""
    d = max(len(line) - 6, 0) + date_word
    pre = line[:d]
    if pre and pre[0] in marks:
        return [line]  # "• Ticket Agent and Travel Clerk (2002 - 2006)": a listed role, read as a line
    item = _dash_item(pre)
    if item:
        return [pre[:item], line[item:]]  # "... of company systems | - Data Security Engineer (2007 - 2011):"
    start = header_start(pre)
    if start == 0 and line[d][:1] == "(":
        return [line]  # "Salesforce Consultant (2013 - 2014),": a whole line of its own, read as it is
    if start < 0:
        return _cut_separated_header(line, d)
    if start >= len(pre) or start and pre[start - 1].lower() in _LEAD_INS \
            or any(w.lower() in ("at", "@") for w in pre[start:]):
        return [line]  # "operators at Superior": the line reads as it is
    tail, header = split_header(pre[start:], pre[start - 1] if start else "")
    if any(w.endswith(",") for w in pre[start:]) and not _complement_comma(header):
        return [line]  # "Developer, XYZ Tech Solutions (2017": the line reads as it is
    out = [pre[:start] + tail] if start or tail else []
    return [part for part in [*out, *header, line[d:]] if part]


def _dash_item(pre: list[str]) -> int:
    """Where a list dash after a lower-case word opens the header before the dates ("... company systems -
    Data Security Engineer"): the previous item's text ran into this one. 0 if it does not."""
    k = len(pre) - 1
    while k > 0 and len(pre) - k <= MAX_HEADER_WORDS and (pre[k][:1].isupper() or pre[k].lower() in _CONNECTORS
                                                          or pre[k] == "/"):
        k -= 1
    return k if 0 < k < len(pre) - 1 and pre[k] in ("-", "–") and pre[k - 1][:1].islower() else 0


def _cut_separated_header(line: list[str], d: int) -> list[list[str]]:
    """"... for AWS Software Engineer Disney - Pune, MH - September 2014 to Present": the capitalised run
    before the first separator is the header (title and company); the place and dates stay on its line."""
    pre = line[:d]
    j = len(pre)
    while j > 0 and len(pre) - j < 16 and (pre[j - 1] in _SEPARATORS or pre[j - 1][:1].isupper()
                                           or pre[j - 1].lower() in ("of", "and", "&", "in", "for", "de")):
        j -= 1
    segment = pre[j:]
    k = next((n for n, w in enumerate(segment) if w in _SEPARATORS), 0)
    run = segment[:k]
    start = header_start(run)
    prev = run[start - 1] if 0 < start <= len(run) else (pre[j - 1] if j else "")
    if not run or start < 0 or start >= len(run) or any(w.endswith(",") or "(" in w or ")" in w for w in segment) \
            or prev.lower() in _LEAD_INS:
        return [line]
    tail, header = split_header(run[start:], prev)
    if not header:
        return [line]
    out = [pre[:j] + run[:start] + tail, *header[:-1], header[-1] + segment[k:] + line[d:]]
    return [part for part in out if part]


def _complement_comma(header: list[list[str]]) -> bool:
    """A header with a comma is cut only where the comma opens the title's complement and a company
    follows ("Charge Nurse, Intensive Care | Aarhus University Hospital")."""
    return len(header) == 2 and any(w.endswith(",") for w in header[0][:-1]) and not header[0][-1].endswith(",") \
        and not any(w.endswith(",") for w in header[1])
