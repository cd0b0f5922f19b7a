"""Run-together posting text apart: job boards (Dice) strip a posting's markup and glue its bullets,
headings and sentences together. `unglue` puts the line breaks back before anything reads the text;
it only inserts newlines (and turns a glued bullet mark into one), so every sentence stays a verbatim
quote of the posting.
"""

from __future__ import annotations

import re

from resume_core.posting.headings import heading_kind

# "Must Have:5+ years of enterprise experience in c#, .NetBuilding REST services using Microsoft
# WebApi/MVCExperience writing Unit Tests": a word is split where a capital or a sentence start is glued on.
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
    from resume_core.vocab.vocabulary import load_vocabulary

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
