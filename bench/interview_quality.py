"""How a suggested bullet reads on a resume, judged the way a careful editor would (for `bench_interview`).

Each check takes one bullet's text and says whether it passes:

- `resume_start`: it opens with a verb or a noun phrase ("Cut ...", "Month-end close for 30 clients"),
  after the product's own frame ("As part of the team, "), not with a pronoun, a filler or a conjunction;
- `clean`: no spoken fillers ("um", "you know", "I mean", a filler "like") and no first-person pronoun;
- `short`: at most 35 words;
- `digits`: numbers are written as digits ("twenty-five percent" -> "25%"; "1" spelled as "one" is fine);
- `corrected`: none of the values the speaker took back (`retracted` labels) is in it.
"""

from __future__ import annotations

import re

from resume_core.interview.grounding import quantities

MAX_WORDS = 35
_FRAMES = ("as part of the team, ",)
_BAD_START = {
    "i", "i'm", "i've", "i'd", "me", "my", "we", "we'd", "we've", "us", "our", "you", "he", "she", "they", "it", "it's",
    "its", "this", "that", "these", "those", "there", "so", "and", "but", "or", "um", "uh", "umm", "erm", "like", "yeah",
    "yes", "well", "basically", "okay", "ok", "oh", "because", "which", "also", "then", "actually", "just", "really",
    "what", "when", "while", "if", "though", "although", "anyway", "honestly", "sorry", "no", "wait", "hmm", "right",
}
_FILLER = re.compile(r"\b(?:um+|uh+|erm|hmm+|you know|i mean|kind of|sort of|so yeah|yeah|okay|basically)\b", re.I)
_LIKE = re.compile(r"(?:^|[,;]\s*|\b(?:and|so|but|was|is|were|are|about|around)\s+)like\b|\blike\s+(?:\d|a\b|an\b|the\b|"
                   r"this\b|that\b|i\b|we\b|you\b|it\b|um\b|uh\b|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|"
                   r"eight\b|nine\b|ten\b|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|me|my|mine|myself|we|we're|we've|we'd|us|our|ours|ourselves)\b", re.I)
_WORD = re.compile(r"[A-Za-z0-9$%][\w'%$,.\-]*")
_SPELLED_PERCENT = re.compile(r"\d\s?(?:percent|per cent)\b", re.I)


def resume_start(text: str) -> bool:
    body = text
    for frame in _FRAMES:
        if body.lower().startswith(frame):
            body = body[len(frame):]
    first = _WORD.findall(body)[:1]
    return bool(first) and first[0].lower().strip(",.") not in _BAD_START


def clean(text: str) -> bool:
    return not (_FILLER.search(text) or _LIKE.search(text) or _FIRST_PERSON.search(text))


def short(text: str) -> bool:
    return len(_WORD.findall(text)) <= MAX_WORDS


def digits(text: str) -> bool:
    if _SPELLED_PERCENT.search(text):
        return False
    for written, _, _ in quantities(text):
        if written[:1].isalpha() and written.lower() not in {"one", "half", "double", "doubled", "halved", "tripled",
                                                             "triple", "dozen"}:
            return False
    return True


def corrected(text: str, retracted: list[str]) -> bool:
    said = quantities(text)
    for value in retracted:
        for _, number, kind in quantities(value):
            if any(abs(n - number) < 1e-9 and (k == kind or "%" not in (k, kind)) for _, n, k in said):
                return False
    return True


def judge(bullets: list[str], retracted: list[str]) -> dict[str, int]:
    """Counts of bullets passing each check (and how many bullets; `corrected` only where values were taken back)."""
    out = {"bullets": len(bullets), "resume_start": 0, "clean": 0, "short": 0, "digits": 0, "corrected": 0,
           "corrected_of": len(bullets) if retracted else 0}
    for text in bullets:
        out["resume_start"] += resume_start(text)
        out["clean"] += clean(text)
        out["short"] += short(text)
        out["digits"] += digits(text)
        out["corrected"] += bool(retracted) and corrected(text, retracted)
    return out


def key_in(bullet: str, key: str) -> bool:
    """Is a fact's key in the bullet: as written, or its numbers by value ("62%" <- "sixty two percent")
    with its other words as written ("fifteen minutes" <- "15 minutes")?"""
    if re.search(r"(?<![\w])" + re.escape(key) + r"(?![\w])", bullet):
        return True
    wanted = quantities(key)
    if not wanted:
        return False
    said = quantities(bullet)
    for _, number, kind in wanted:
        if not any(abs(n - number) < 1e-9 and (k == kind or "%" not in (k, kind)) for _, n, k in said):
            return False
    rest = key
    for written, _, _ in wanted:
        rest = rest.replace(written, " ")
    return all(re.search(r"(?<![\w])" + re.escape(w) + r"(?![\w])", bullet) for w in rest.split())
