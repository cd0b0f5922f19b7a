"""Reading one spoken sentence for work: who did what, or what came of it, in the person's own words.

A rule-based clause reader (no model to download, linear time): `read_sentence` strips the fillers a
spoken answer opens with ("yes so basically"), finds the grammatical subject and its verb, and says
what the sentence is:

- "own": the person did something ("I built...", "Me I organise...", a bare "Won the account");
  the bullet text starts at the verb ("Built ...").
- "team": a "we"/"our team" action; the bullet says so ("As part of the team, moved ..."), since
  only the person's own words may turn "we" into their part.
- "part": "My part was the routing design" -> "Responsible for the routing design".
- "role": "I was site engineer on a six storey building" -> "Site engineer on a six storey building".
- "outcome": a result or a measure with another subject ("The pass rate went from 61% to 84%",
  "It handles two million events a day", "The managers used it to call customers").
- "situation": the problem before ("We had a lot of falls", "everything was manual").
- "topic": what the next action is about ("The biggest thing was a case with 400,000 documents" ->
  "Case with 400,000 documents"); the action told next continues it.
- "other": nothing to keep.

A sentence with a "we" clause and an "I" clause (", I owned the consumers") is read as two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume_core.interview.text import has_number, has_result, skills_in
from resume_core.interview.lexicon import (  # the reader's word lists, under their old names
    FILLERS as _FILLERS, ADVERBS as _ADVERBS, ADVERBIAL as _ADVERBIAL, SUBORDINATE as _SUBORDINATE,
    NOT_ACTION as _NOT_ACTION, GERUND_SUBJECT as _GERUND_SUBJECT, STATIVE as _STATIVE, MODAL as _MODAL,
    DISTINCTION as _DISTINCTION, CREDENTIAL as _CREDENTIAL, GOT_OBJECT as _GOT_OBJECT, PARTICIPLE as _PARTICIPLE,
    IRREGULAR_PAST as _IRREGULAR_PAST, ING_PAST as _ING_PAST,
)

TEAM_FRAME = "As part of the team, "
MAX_WORDS = 120  # longer spoken run-ons are read up to here: a bullet never needs more

_TOKEN = re.compile(r"[$€£]?\d{1,15}(?:[.,]\d{1,15}){0,5}[A-Za-z%+\-]{0,20}|[A-Za-z$€£][A-Za-z0-9'’%$€£+#./\-]{0,40}|[,;:]")
_PROBLEM = re.compile(
    r"\b(problems?|mess|messy|slow|losing|lost|late|broken|broke|hated|complain\w*|nobody|no one|never|manual(ly)?|"
    r"issues?|struggl\w*|chaos|chaotic|behind|backlog|errors?|bugs?|angry|unhappy|failing|failed|low|too many|"
    r"a lot of)\b",
    re.IGNORECASE,
)
_BENEFIT = re.compile(r"\b(use[sd]?|using|rel(?:y|ied|ies) on|depend(?:s|ed)? on|let|lets|allowed|helped|"
                      r"could|can now|were able|was able|so that|thanks to|because of (?:it|that|this))\b",
                      re.IGNORECASE)
_CONTEXT_OBJECT = {"it", "that", "this", "them", "those", "these", "so", "too", "one", "there", "here"}
_I = {"i", "i'd", "i've", "i'm", "i’ve", "i’m"}
_WE_ONE = {"we", "we've", "we’ve", "us"}
_WE_TWO = {("our", "team"), ("my", "team"), ("the", "team"), ("our", "group"), ("my", "group"), ("our", "crew"),
           ("my", "crew"), ("our", "department"), ("the", "department")}


@dataclass(frozen=True)
class Clause:
    """One reading of a sentence: its kind (see the module docstring) and the text a bullet would use."""

    kind: str
    text: str
    needs_context: bool = False  # "Presented it to the council": continues the action before it
    first_person: bool = False  # told with "I" as the subject: "You said you ..." reads right


def sounds_like_problem(text: str) -> bool:
    """Does the sentence tell a problem ("it was a mess", "we kept finding bugs")?"""
    return _PROBLEM.search(text) is not None


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)[:MAX_WORDS]


def read_sentence(sentence: str, owner_name: str = "") -> list[Clause]:
    """The clauses of one sentence, in order (usually one)."""
    words = tokens(sentence)
    while words and (words[0].lower() in _FILLERS or words[0] in ",;:"):
        words.pop(0)
    if len(words) < 2:
        return []
    # "We switched the routing, I trained everyone": the team's action, then the person's own.
    for i in range(1, len(words) - 1):
        if words[i] in {",", ";", "and"} and words[i + 1].lower() in _I and _subject_at(words, 0)[0] == "team" \
                and _subject_at(words, 0)[1] < i:  # not "My team and I built ...": one clause, shared work
            left = words[:i - 1] if words[i - 1] == "," and words[i] == "and" else words[:i]
            return [c for part in (left, words[i + 1:]) for c in _read(part, owner_name)]
    return _read(words, owner_name)


def _read(words: list[str], owner_name: str) -> list[Clause]:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    if len(words) < 2:
        return []
    lower = [w.lower() for w in words]
    text = " ".join(words)
    measured = has_number(text) or has_result(text)
    # "My part was X", "My job was to X", "My role was X".
    if lower[0] == "my" and len(lower) > 3 and lower[1] in {"part", "job", "role", "task"} and lower[2] == "was":
        rest = words[4:] if lower[3] == "to" else words[3:]
        if lower[3] == "to":
            return [Clause("own", _join(rest))] if rest else []
        return [Clause("part", "Responsible for " + _join(rest, capital=False))] if rest else []
    topic = _topic(lower)
    if topic:  # "The biggest thing was a case with 400,000 documents": what the next action is about
        rest = words[topic:]
        return [Clause("topic", _join(rest[1:] if rest[0].lower() in {"a", "an"} else rest))]
    start, prefix = _find_subject(words)
    if start is None:
        if _bare_verb(words[0]) and not (lower[1:2] and (lower[1] in _GERUND_SUBJECT or lower[0].endswith("ing")
                                                         and lower[1].endswith("ed"))):
            body = words
            if lower[0].endswith("ing") and lower[0] in _ING_PAST:
                body = [_ING_PAST[lower[0]], *words[1:]]
            return [Clause("own", _join(body), _context_object(body))]
        if not measured and any(w in _I for w in lower) and len(words) >= 5 and _inner_action(lower):
            return [Clause("own", _join(words))]  # "Fathom is a log search tool I wrote in Rust"
        return [_other(text, measured)]
    kind, after = _subject_at(words, start)
    body = words[after:]
    if lower[after - 1] in {"i'm", "i’m"} and body and body[0].lower() != "responsible" \
            and not body[0].lower().endswith("ing"):
        body = ["am", *body]  # "I'm in charge of four baristas": the "am" reading below
    if kind == "team" and len(body) > 2 and body[0].lower() == "and" and body[1].lower() in {"i", "me"}:
        body = body[2:]  # "My team and I built ...": team work the person shared in
    while body and body[0].lower() in _ADVERBS:
        body = body[1:]
    if not body:
        return []
    verb = body[0].lower()
    following = body[1].lower() if len(body) > 1 else ""
    if verb in _MODAL and kind and (following in {"finally", "now", "then"} or verb in {"could", "can", "would"}):
        return [_other(text, measured)]  # "so we could fly one extra route": what the work let happen
    if verb in {"had", "have", "'ve", "’ve", "has"} and (following.endswith("ed") or following in _PARTICIPLE):
        body, verb = body[1:], following  # "I had planned" -> "Planned"
    elif verb in {"was", "were", "am", "'m", "’m", "is", "are"}:
        if following.endswith("ing") and len(following) > 5:
            body = [_past(body[1]), *body[2:]]  # "I was developing the portal" -> "Developed the portal"
        elif following == "responsible":
            return [Clause("part", _join(body[1:]))]
        elif following == "able" and len(body) > 3 and body[2].lower() == "to":
            body = body[3:]
        elif kind == "own" and (measured or body[-1].lower() in _CREDENTIAL or following in _DISTINCTION) \
                and not _PROBLEM.search(text):
            rest = body[1:]
            while len(rest) > 2 and rest[0].lower() in {"also", "still", "now", "currently", "really", "just"}:
                rest = rest[1:]
            return [Clause("role", _join(rest))]  # "I was site engineer on a $14 million building"
        else:
            return [_other(text, measured)]
    elif verb == "got" and following in _GOT_OBJECT and kind == "own":
        pass  # "I got my EPA certification", "got the owner to buy two scan tools": an action of theirs
    elif verb in _STATIVE or verb in _NOT_ACTION or not re.match(r"^[a-z][a-z'’\-]*$", verb):
        return [_other(text, measured)]
    if kind == "team" and _PROBLEM.search(text) and not has_result(text):
        return [Clause("situation", _join(words))]
    tail = _prefix_tail(prefix, owner_name)
    body_text = _join(body, capital=kind == "own") + tail
    if kind == "team":
        return [Clause("team", TEAM_FRAME + body_text, _context_object(body))]
    return [Clause("own", body_text, _context_object(body), first_person=True)]


def _topic(lower: list[str]) -> int:
    """Where the noun phrase starts in "the (main|biggest) thing was X", or 0."""
    if lower[0] not in {"the", "my", "our"}:
        return 0
    for i in range(1, min(len(lower) - 4, 4)):
        if lower[i] in {"thing", "project", "job", "win", "achievement", "one"} and lower[i + 1] in {"was", "is"}:
            return i + 2 if lower[i + 2] not in {"that", "when", "where", "how", "i", "we"} else 0
    return 0


def _other(text: str, measured: bool) -> Clause:
    if _PROBLEM.search(text) and not has_result(text):
        return Clause("situation", _join(tokens(text)))
    if measured or _BENEFIT.search(text):
        return Clause("outcome", _outcome_text(text))
    return Clause("other", text)


def _outcome_text(text: str) -> str:
    words = tokens(text)
    while words and words[0].lower() in {"so", "and", "then", "also", "after", "that", ",", "which"}:
        if words[0].lower() == "after" and len(words) > 1 and words[1].lower() != "that":
            break
        words.pop(0)
    if words and words[0].lower() == "that" and len(words) > 1:
        words.pop(0)
    return _join(words, capital=False)


def _find_subject(words: list[str]) -> tuple[int | None, list[str]]:
    """Where the subject starts, and the adverbial words before it ("Every month", "At Fidelity")."""
    lower = [w.lower() for w in words]
    if _subject_at(words, 0)[0]:
        return 0, []
    if lower[0] in _SUBORDINATE:
        # "When I joined, everything was manual": the main clause starts after the comma.
        if "," in words:
            cut = words.index(",")
            start, prefix = _find_subject(words[cut + 1:]) if len(words) > cut + 2 else (None, [])
            return (None if start is None else start + cut + 1), prefix
        return None, []
    if lower[0] not in _ADVERBIAL:
        return None, []
    for i in range(1, min(len(words), 9)):
        if _subject_at(words, i)[0]:
            return i, [w for w in words[:i] if w != ","]
    return None, []


def _subject_at(words: list[str], i: int) -> tuple[str, int]:
    """("own" | "team" | "", index of the word after the subject)."""
    if i >= len(words):
        return "", i
    w = words[i].lower()
    if w == "me" and i + 1 < len(words) and words[i + 1].lower() == "i":
        return "own", i + 2
    if w in _I and not (w == "i" and words[i] not in {"I", "i"}):
        return "own", i + 1
    if w in _WE_ONE and w != "us":
        return "team", i + 1
    if i + 1 < len(words) and (w, words[i + 1].lower()) in _WE_TWO:
        return "team", i + 2
    return "", i


def _bare_verb(word: str) -> bool:
    """A sentence that opens with a past-tense or -ing verb: "Won the account", "Dispatching trucks"."""
    w = word.lower()
    return (w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) or (w.endswith("ing") and len(w) > 5)) \
        and w not in _NOT_ACTION and w not in {"based", "need", "red", "bed", "indeed", "interesting", "nothing",
                                               "something", "everything", "anything", "morning", "evening",
                                               "during", "according", "regarding", "including"}


def _inner_action(lower: list[str]) -> bool:
    for i, w in enumerate(lower[:-1]):
        if w in _I:
            nxt = lower[i + 1]
            return nxt not in _NOT_ACTION and nxt not in _STATIVE and (nxt.endswith("ed") or nxt in _IRREGULAR_PAST)
    return False


def _past(word: str) -> str:
    w = word.lower()
    if w in _ING_PAST:
        return _ING_PAST[w]
    stem = w[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
        return stem + "ed"  # mapping -> mapped
    if stem.endswith("y") and len(stem) > 2 and stem[-2] not in "aeiou":
        return stem[:-1] + "ied"
    if stem.endswith("e"):
        return stem + "d"
    return stem + "ed"


def _context_object(body: list[str]) -> bool:
    """Does the action's object need the sentence before it ("Presented it", "Did that with two others")?"""
    if len(body) < 2:
        return False
    last = body[-1].lower().strip(",.!?")
    return body[1].lower().strip(",.") in _CONTEXT_OBJECT or (len(body) <= 5 and last in {"it", "them", "that"})


def _prefix_tail(prefix: list[str], owner_name: str) -> str:
    """The adverbial moved behind the action ("Every month I pulled" -> "Pulled ..., every month"); a
    prefix that only names the job ("At Fidelity") is dropped: the bullet lives under that job."""
    if not prefix:
        return ""
    phrase = " ".join(prefix)
    if owner_name and phrase.lower().split()[-len(owner_name.split()):] == owner_name.lower().split() \
            and len(prefix) <= len(owner_name.split()) + 1:
        return ""
    first = prefix[0]
    if first[:1].isupper() and first[1:2].islower():
        phrase = first.lower() + phrase[len(first):]
    return ", " + phrase


def _join(words: list[str], capital: bool | None = True) -> str:
    """Words back into text ("a , b" -> "a, b"); first letter upper (True), lower when safe (False), or as is."""
    text = re.sub(r"\s+([,;:])", r"\1", " ".join(words)).strip(" ,;:.")
    text = re.sub(r"[.!?]+$", "", text)
    if not text:
        return ""
    if capital:
        return text[0].upper() + text[1:]
    first = text.split()[0]
    if capital is None or first == "I" or not re.fullmatch(r"[A-Z][a-z'’\-]*", first) or skills_in(first):
        return text
    return text[0].lower() + text[1:]
