"""A spoken answer made readable before it is read for work: what a careful listener would write down.

Dictated or transcribed answers come without capitals or punctuation, with fillers, false starts,
self-corrections and numbers in words. `tidy(text)` returns the same answer, in the person's words:

- numbers in digits (`numbers.digits_in`): "sixty two percent" -> "62%";
- self-corrections keep the value the person settled on (`numbers.corrections`): "fifteen no sixteen agents" -> "16 agents",
  "fifteen percent, actually no it was more like twelve percent" -> "12%", "in 2018 - no, 2019" ->
  "in 2019", "forty minutes, no actually closer to fifty" -> "50 minutes", "forty, forty-five" -> "45";
- fillers and hedges dropped (with their commas): "um", "you know", "I mean", "basically", a filler "like"
  (not "tools like Excel"), "I think it was"; false starts: "the the", "on the uh on the", "I also I did";
- run-ons split where a new action starts: "... and so I", "so I", "and then I", "and I also", "so yeah",
  "oh and"; a "so we"/"and we" stays with the action before it (it is usually what came of it);
- "What I did was", "the thing is", "so what happened was" dropped: they only announce the sentence.

It only drops and re-spells words: the transcript itself is stored whole, and the grounding check
reads the person's numbers from both the words as said and this tidied text. Linear time: one tokeniser
regex without nested quantifiers, then passes over the token list.
"""

from __future__ import annotations

import re

from resume_core.interview.lexicon import ADVERBS, IRREGULAR_PAST, PARTICIPLE as _PARTICIPLE
from resume_core.interview.numbers import corrections, digits_in, restarted_numbers

_TOKEN = re.compile(r"[$€£]?\d{1,20}(?:,\d{3}){0,6}(?:\.\d{1,9})?(?:%|[A-Za-z]{1,12}|-[A-Za-z0-9]{1,20})?|[A-Za-z][A-Za-z0-9'’+#&/\-]{0,60}|\S")
_FILLERS = {"um", "uh", "umm", "uhh", "uhm", "erm", "er", "hmm", "mm", "ah", "sorry", "basically", "literally",
            "honestly", "actually", "yeah", "yep", "okay", "ok", "anyways", "anyway", "oh"}
_PHRASES = [  # dropped wherever said (each a tuple of lowercase words)
    ("i", "mean"), ("that", "kind", "of", "thing"), ("that", "sort", "of", "thing"), ("and", "stuff"),
    ("and", "everything"), ("or", "something"), ("and", "all", "that"), ("i", "think", "it", "was"),
    ("i", "think", "that"), ("i", "think"), ("i", "guess"), ("i", "want", "to", "say"), ("i'd", "say"),
    ("i", "would", "say"), ("i", "don't", "know"), ("i", "dont", "know"), ("i", "dunno"), ("i", "believe"),
    ("if", "i", "remember", "right"), ("if", "i", "remember", "correctly"), ("what", "was", "it"),
    ("let", "me", "think"), ("so", "to", "speak"), ("i", "suppose"), ("the", "thing", "is"),
    ("what", "happened", "was"), ("it", "was", "like"), ("the", "other", "thing", "is"),
]
_THE_ONE_WHO = {("the", "one", "who"), ("the", "person", "who"), ("the", "guy", "who"), ("the", "one", "that")}
_ANNOUNCE = {"thing", "things", "project", "part", "win", "achievement"}  # "the main thing I did was ..."
_NOT_BEFORE_YOU_KNOW = {"do", "did", "don't", "dont", "if", "would", "to", "you", "they", "we", "i"}
_LIKE_AFTER = {"and", "so", "but", "was", "is", "were", "are", "about", "around", "of", "with", "had", "have", "for",
               "took", "from", "to", "by", "got", "did", "it's", "like", "just", "maybe", "then", "or", "went",
               "at", "in", "on", "do", "does", "made", "sold", "saved", "cut", "raised", "handle", "handled", "has",
               "also", "still", "really", "who", "that"}
_LIKE_BEFORE = {"a", "an", "the", "this", "that", "these", "those", "i", "we", "you", "it", "they", "he", "she",
                "um", "uh", "so", "and", "half", "every", "all", "most", "some", "maybe", "almost", "over", "under",
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty",
                "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "couple", "really",
                "super", "very", "totally", "way", "more", "less", "nobody", "everybody", "everyone", "no"}
_SUBJECT = {"i", "i've", "i'd"}
_KINDS = {"tools", "things", "systems", "stuff", "apps", "programs", "software", "languages", "platforms", "skills"}
_LIKE_VERB = {"felt", "feel", "feels", "look", "looks", "looked", "sound", "sounds", "seemed", "seems", "would", "'d"}
_CONNECTORS = {"and", "so", "but", "then", "also", "oh", "plus"}
_RELATIVE = {"that", "which", "who", "where", "when", "what", "because", "since", "as", "if", "than"}
_SPLIT_AFTER = {"and", "so", "but", "then"}  # "... so I replaced": a new sentence starts at "I"
_BREAK = "."


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def tidy(text: str) -> str:
    """The answer with numbers in digits, corrections applied, fillers dropped and run-ons split; line by
    line, as a line break ends a sentence."""
    return "\n".join(_tidy_line(line) for line in text.split("\n"))


def _tidy_line(text: str) -> str:
    words = tokens(text)
    words = restarted_numbers(words)
    words = digits_in(words)
    words = corrections(words)
    words = _drop_fillers(words)
    words = _collapse_repeats(words)
    words = _split_run_ons(words)
    return _join(words)


def _numeric(token: str) -> bool:
    plain = token.lstrip("$€£").rstrip("%").replace(",", "")
    return bool(plain) and plain.replace(".", "", 1).isdigit()


def _drop_fillers(words: list[str]) -> list[str]:  # noqa: C901 - one pass, each filler a line
    out: list[str] = []
    lower = [w.lower() for w in words]
    i = 0
    while i < len(words):
        w = lower[i]
        before = out[-1].lower() if out else ""
        if w in _FILLERS and not (w == "actually" and before in {"was", "is"}):
            i = _past_comma(words, i + 1, out)  # "had, like, 40" -> "had 40"
            continue
        if w == "so" and i + 1 < len(words) and lower[i + 1] == "yeah":
            while out and out[-1].lower() in _CONNECTORS | {","}:
                out.pop()
            out.append(_BREAK)  # "so yeah": the speaker closes one story
            i += 2
            continue
        if w == "well" and (not out or before in {",", ".", "and", "so", "but", _BREAK}):
            i += 1
            continue
        if w == "you" and i + 1 < len(words) and lower[i + 1] == "know" and before not in _NOT_BEFORE_YOU_KNOW \
                and not (i + 2 < len(words) and lower[i + 2] in {"how", "what", "that", "the", "where", "who"}):
            i = _past_comma(words, i + 2, out)
            continue
        if w in {"kind", "sort"} and i + 1 < len(words) and lower[i + 1] == "of" and before not in {
                "a", "the", "some", "any", "what", "that", "this", "which", "every", "one", "no"}:
            i += 2
            continue
        if w in {"something", "more"} and i + 1 < len(words) and lower[i + 1] == "like" and i + 2 < len(words) \
                and _numeric(words[i + 2]):
            out.append("about")  # "more like 12%", "something like 40" -> "about"
            i += 2
            continue
        verb = _verb_like(lower, i, out) if w == "like" else None
        if w == "like" and before not in _LIKE_VERB and verb is not True and not (len(out) > 1 and out[-2].lower() in _KINDS) and (verb is False or not out or before in _LIKE_AFTER or before in {",", ".", ";", "-", _BREAK}
                            or (i + 1 < len(words) and (lower[i + 1] in _LIKE_BEFORE or _numeric(words[i + 1])))):
            i = _past_comma(words, i + 1, out)
            continue
        if (w in {"was", "am"} and before == "i" or w == "i'm") and tuple(lower[i + 1:i + 4]) in _THE_ONE_WHO:
            out += ["i"] if w == "i'm" else []
            i += 5 if i + 4 < len(words) and lower[i + 4] == "like" else 4  # "I was the one who set it up" -> "I set it up"
            continue
        phrase = _phrase_at(lower, i)
        if phrase:
            i = _past_comma(words, i + phrase, out)
            continue
        announce = _announcement_at(lower, i)
        if announce:
            while out and out[-1].lower() in _CONNECTORS | {","}:
                out.pop()
            if out and out[-1] not in {_BREAK, "."}:
                out.append(_BREAK)
            i += announce
            continue
        out.append(words[i])
        i += 1
    return out


_PRONOUN = {"i", "we", "they", "you", "he", "she"}
_OBJECT = {"the", "a", "an", "our", "my", "their", "his", "her", "all", "every", "this", "that", "these", "those",
           "it", "them"}


def _verb_like(lower: list[str], i: int, out: list[str]) -> bool | None:
    """After a subject (and an adverb), whether "like" is the verb ('I really like the team', 'we like to keep
    it simple') or a filler: a past tense, an adverb or a number follows ("we like moved", "they like totally
    changed") or a bare verb with its object ("we like move the trucks"). None elsewhere."""
    said = [w.lower() for w in out[-2:]]
    if not (said[-1:] and said[-1] in _PRONOUN or len(said) == 2 and said[0] in _PRONOUN and said[1] in ADVERBS):
        return None
    following = lower[i + 1] if i + 1 < len(lower) else ""
    if following in {"", ",", "."}:
        return True  # "that's what I like."
    if _numeric(following) or following in ADVERBS or following.endswith("ly") or following in IRREGULAR_PAST \
            or (following.endswith("ed") and len(following) > 4):
        return False
    after = lower[i + 2] if i + 2 < len(lower) else ""
    return not (after in _OBJECT and following not in _OBJECT and not following.endswith(("ing", "s")))


def _past_comma(words: list[str], j: int, out: list[str]) -> int:
    """After a dropped filler between commas, both commas go too ("had, like, 40" -> "had 40")."""
    if out and out[-1] == "," and j < len(words) and words[j] == ",":
        out.pop()
        return j + 1
    return j


_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _PHRASES:
    _BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


def _phrase_at(lower: list[str], i: int) -> int:
    for phrase in _BY_FIRST.get(lower[i], ()):
        if tuple(lower[i:i + len(phrase)]) == phrase:
            if phrase == ("i", "think") and i + 2 < len(lower) and lower[i + 2] in {"of", "about"}:
                return 0  # "I think of": a real verb
            return len(phrase)
    return 0


def _announcement_at(lower: list[str], i: int) -> int:
    """"(so) what I did was (that)", "the biggest thing I did was", "one thing we did is": words that
    only announce the sentence after them. The length to drop, or 0."""
    if lower[i] not in {"the", "one", "another", "so", "what"}:
        return 0
    j = i
    if j < len(lower) and lower[j] in {"the", "one", "another", "so"}:
        j += 1
    if lower[i] == "so" and j < len(lower) and lower[j] in {"the", "one"}:
        j += 1
    if j < len(lower) and lower[j] == "what":
        j += 1
    else:
        while j < len(lower) and j - i < 4 and lower[j] not in _ANNOUNCE and lower[j].isalpha() \
                and lower[j] not in {"i", "we", "was", "is"}:
            j += 1
        if j >= len(lower) or lower[j] not in _ANNOUNCE or lower[i] not in {"the", "one", "another", "so"}:
            return 0
        j += 1
        if j < len(lower) and lower[j] == "that":
            j += 1
    if j + 2 < len(lower) and lower[j] in {"i", "we"} and lower[j + 1] in {"did", "do"}:
        j += 2
        while j < len(lower) and j - i < 12 and lower[j] in {",", "basically", "really", "um", "uh", "like", "actually"}:
            j += 1  # "what we did, basically, was"
        if j >= len(lower) or lower[j] not in {"was", "is", "were"}:
            return 0
        j += 1
        if j < len(lower) and lower[j] == "that":
            j += 1
        return j - i
    return 0


def _collapse_repeats(words: list[str]) -> list[str]:
    """"the the" -> "the", "on the on the" -> "on the", "I also I did" -> "I also did"."""
    out: list[str] = []
    for word in words:
        out.append(word)
        if not word.isalpha():
            if word == "," and len(out) >= 2 and (out[-2] in {",", ".", "-", "—"} or out[-2].lower() in _CONNECTORS):
                del out[-1]  # ", ," and "and, errors went down" (a filler was between)
            continue
        for n in (3, 2, 1):
            if len(out) >= 2 * n and all(a.lower() == b.lower() and a.isalpha() for a, b in zip(out[-2 * n:-n], out[-n:])):
                del out[-n:]
                break
        if len(out) >= 3 and out[-2] in {",", "-", "—"} and out[-1].isalpha() and out[-1].lower() == out[-3].lower():
            del out[-2:]  # "to, to one" -> "to one"
        elif len(out) >= 3 and out[-1].lower() in _SUBJECT and out[-1].lower() == out[-3].lower() \
                and out[-2].lower() in {"also", "then", "just", "really", "first", "and"}:
            del out[-1]  # "I also I did" -> "I also did"
    return out


def _split_run_ons(words: list[str]) -> list[str]:
    """A break before "(and) so I", "and then I", "but I" when both sides have a few words."""
    out: list[str] = []
    since_break = 0
    i = 0
    while i < len(words):
        lower = words[i].lower()
        if lower == "," and i + 1 < len(words) and words[i + 1].lower() in _SUBJECT and since_break >= 3 and \
                sum(w.isalnum() for w in words[i + 1:i + 5]) >= 3:
            while out and out[-1].lower() in _CONNECTORS:
                out.pop()
            out.append(_BREAK)  # "moving the service to Kubernetes, I wrote the charts": two sentences
            since_break = 0
            i += 1
            continue
        if lower in {"i've", "i’ve"} and since_break >= 3 and i + 1 < len(words) and out and out[-1].isalpha() \
                and out[-1].lower() not in _RELATIVE and (words[i + 1].lower().endswith("ed") or words[i + 1].lower()
                                                          in _PARTICIPLE):
            out.append(_BREAK)  # "I precept the new grads I've precepted eleven so far": a new sentence
            since_break = 0
        if lower in _SPLIT_AFTER or lower == "oh":
            j = i
            while j < len(words) and words[j].lower() in _CONNECTORS:
                j += 1
            if j < len(words) and words[j].lower() in _SUBJECT and since_break >= 3 and \
                    sum(w.isalnum() for w in words[j:j + 4]) >= 3 and (j > i + 1 or lower != "and" or _and_splits(words, j)):
                out.append(_BREAK)
                since_break = 0
                i = j
                continue
        if words[i] in {_BREAK, ".", "!", "?"}:
            since_break = 0
        elif words[i][:1].isalnum():
            since_break += 1
        out.append(words[i])
        i += 1
    return out


def _and_splits(words: list[str], j: int) -> bool:
    """"and I" starts a new action unless "I" shares the action before ("my team and I built")."""
    return not (j >= 2 and words[j - 2].lower() in {"team", "crew", "group", "manager", "boss", "partner", "me"})


def _join(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r" ([,.;:!?%)\]”’])", r"\1", text)
    text = re.sub(r"([(\[“‘]) ", r"\1", text)
    text = re.sub(r"([.,;])(?:[ ]?[.,;]){1,50}", lambda m: "." if "." in m.group() else m.group(1), text)
    return text.strip(" ,;")
