"""The person's name at the head of a one-line CV (line breaks lost): which leading words are the name.

A name is the first run of two to four capitalised words, after any document title printed above it
("Curriculum Vitae", "Senior Editor Resume Template", "Resume - Experienced Teacher"). Particles in
lower case belong to it when a capitalised word follows ("Joaquín de la Fuente", "Ludwig van Beethoven").
A third word is kept when the e-mail address spells it, or when it looks like a name (capitalised,
letters only, no title, heading or company word) and no place comma follows it.
"""

from __future__ import annotations

import re
import unicodedata


_DOCUMENT_WORDS = {"curriculum", "vitae", "resume", "résumé", "cv", "template", "sample", "example"}
_PARTICLES = {"de", "la", "del", "della", "di", "da", "dos", "das", "do", "du", "le", "van", "von", "der", "den",
              "ter", "bin", "binti", "ibn", "al", "el", "y", "zu"}
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]{0,30}(?:['’-][^\W\d_]{1,30}){0,3}$")
_DATED_TOKEN = re.compile(r"\d[/.]|[/.]\d")  # "1/2014", "no.1"
_SEPARATORS = {"-", "–", "—", ":", "|", "•", "·"}
MAX_PREFIX_WORDS = 10


def _plain(word: str) -> str:
    return unicodedata.normalize("NFKD", word.lower()).encode("ascii", "ignore").decode().strip(".,")


def name_start(words: list[str], headings: set[str]) -> int:
    """Words before the name: a document title ("Curriculum Vitae", "Art Editor Resume Template",
    "Education Resume Example - Experienced Teacher") printed above it."""
    lead = 0
    while lead < min(len(words), 3) and not any(c.isalnum() or c == "#" for c in words[lead]):
        lead += 1  # a quote mark or a rule before the name
    return lead + _title_end(words[lead:lead + 3 * MAX_PREFIX_WORDS], headings)


def _title_end(words: list[str], headings: set[str]) -> int:
    """How many leading words are a document title and what goes with it (0 if none)."""
    last_doc = -1
    for i, word in enumerate(words[:MAX_PREFIX_WORDS]):
        if word.strip('"\'“:()').lower() in _DOCUMENT_WORDS:
            last_doc = i
        elif "@" in word or word[:1].isdigit():
            break
    first = next((i for i, w in enumerate(words[:MAX_PREFIX_WORDS]) if w.strip('"\'“:()').lower() in _DOCUMENT_WORDS), -1)
    if first in (2, 3) and all(_name_like(w.lstrip('"“'), headings) for w in words[:first]):
        return 0  # "Boyd Buckridge Resume ...": the name printed before the document's title
    start = last_doc + 1
    while start and start < len(words) and (words[start].lower() in ("of", "name:") or _DATED_TOKEN.search(words[start])):
        start += 1  # "RESUME OF Darell Cormier", "Curriculum Vitae Name: ...", "Curriculum Vitae 1/2014"
    if start and start < len(words) and words[start].lower() == "for":
        start = _after_role(words, start + 1)  # "Sample Resume for Education Coordinator Pearl Greenfelder"
    # "(JANUARY, 2016)" after the title, a separator and the role the document is for ("- Experienced Teacher").
    if start < len(words) and words[start].startswith("("):
        close = next((j for j in range(start, min(len(words), start + 4)) if words[j].endswith(")")), -1)
        start = close + 1 if close >= 0 else start
    if start and start < len(words) and words[start] in _SEPARATORS:
        start = _after_role(words, start + 1)
    return start if start < len(words) else 0


def _after_role(words: list[str], start: int) -> int:
    """After "- Experienced Teacher" or "for Education Coordinator": the word after the role's last title
    word, when two capitalised words (the name) follow it."""
    from resume_core.importing.entry_header import TITLE_WORDS  # entry_header -> sections -> this module

    run = start
    while run < min(len(words), start + 6) and words[run][:1].isupper():
        run += 1
    titled = [j for j in range(start, run) if TITLE_WORDS.fullmatch(words[j].strip(",").lower())]
    return titled[-1] + 1 if titled and titled[-1] + 2 <= run else start


def name_length(words: list[str], text: str, headings: set[str]) -> int:
    """How many leading words are the person's name (0 if they are not capitalised name words)."""
    email = re.search(r"([\w.+-]{1,64})@[\w-]{1,63}\.[\w.-]{1,190}", text)
    local = _plain(email.group(1)) if email else ""
    size = named = 0
    for n, raw in enumerate(words[:6]):
        word = raw.lstrip('"“')
        if word.lower() in _PARTICLES and named and _particles_then_name(words[n:n + 4]):
            continue
        if not word[:1].isupper() or named >= 4 or named >= 2 and word == words[0]:
            break  # "Molly Bartoletti Molly Bartoletti": the name said twice
        plain = _plain(word)
        if named < 2 or (local and len(plain) >= 2 and plain in local):
            size, named = n + 1, named + 1
        elif named == 2 and _name_like(word, headings) and not raw.endswith(",") and _ends_name(words[n + 1:n + 4]):
            size, named = n + 1, 3  # "Lionel Leigh White 3748 Bee Street", "Maryanne Elin Jacobs Decisive, ..."
            break
        else:
            break
    return size if named >= 2 else 0


def _particles_then_name(words: list[str]) -> bool:
    """"de la Fuente": lower-case particles, then a capitalised word."""
    for word in words:
        if word.lower() not in _PARTICLES:
            return word[:1].isupper()
    return False


_PLACE_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "drive", "dr", "lane", "ln", "flat", "apt", "suite",
                "house", "close", "court", "way", "place", "square", "limited", "ltd"}


def _ends_name(after: list[str]) -> bool:
    """What follows a third name word: contact details (a number, an e-mail, a separator, "Sr."), or a
    capitalised run with no title word in it ("Jacobs Decisive, Data-driven ..."); not a lower-case
    word ("Marketing assistant", "Looking for"), a street ("Reverie Road") or a headline ("Program Manager")."""
    from resume_core.importing.entry_header import TITLE_WORDS

    word = after[0] if after else ""
    if not word:
        return False
    if word[:1].isdigit() or word[:1] == "(" and word[1:2].isdigit() or "@" in word or word in _SEPARATORS \
            or len(word) <= 4 and word.endswith(".") and word[:1].isupper() and word[1:2].islower() \
            or not any(c.isalnum() for c in word) or word.lower().startswith(("http", "www.")):
        return word.strip(".,").lower() not in _PLACE_WORDS  # contact details, a rule line, a link
    for n, later in enumerate(after):
        if not later[:1].isupper():
            return n > 0
        bare = later.strip(".,").lower()
        if TITLE_WORDS.fullmatch(bare) or bare in _PLACE_WORDS and n == 0:
            return False
    return True


def _name_like(word: str, headings: set[str]) -> bool:
    """A word that could be a name: capitalised, then lower-case letters (a hyphen or apostrophe allowed),
    at least three letters, and no title, company or heading word."""
    from resume_core.importing.entry_header import COMPANY_WORDS, TITLE_WORDS

    bare = word.strip(".")
    if len(bare) < 3 or not _NAME_WORD.match(bare) or bare.isupper() or not bare[1:2].islower():
        return False
    lower = bare.lower()
    return not (TITLE_WORDS.fullmatch(lower) or COMPANY_WORDS.fullmatch(lower) or lower in headings
                or lower in _DOCUMENT_WORDS)
