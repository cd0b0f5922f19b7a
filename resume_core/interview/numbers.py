"""Numbers as people say them, written as a resume writes them: "sixty two percent" -> "62%".

`digits_in(tokens)` works on the word tokens of `spoken.tokens` (linear time, no regex over the text):

- cardinals: "twenty six" -> "26", "a hundred and twenty" -> "120", "twelve thousand five hundred" ->
  "12,500", "eighty thousand" -> "80,000", "a dozen" -> "12", "a couple of thousand" -> "2,000";
- decimals and scales: "one point two million" -> "1.2 million", "a million" -> "1 million";
- percentages and money: "twenty-five percent" -> "25%", "88 percent" -> "88%", "eight thousand
  dollars" -> "$8,000", "eight point five million dollars" -> "$8.5 million";
- years after "in", "since", "from"...: "twenty twenty two" -> "2022", "nineteen ninety eight" -> "1998";
- two numbers said back to back that do not compose are a range: "fifteen twenty students" -> "15 to 20";
- a lone "one" stays a word ("one other guy", "this one office"), as do "half", "a third", "twice".

`corrections(tokens)` keeps the number a speaker settled on ("fifteen no sixteen" -> "16", "40 minutes,
no actually closer to 50" -> "50 minutes"); `restarted_numbers` drops a number word said again as
the start of the one meant ("forty, forty-five" -> "forty-five").

The grounding check reads the same values from the person's words (`grounding.quantities` on the
tidied text), so a bullet holding "62%" is grounded in "sixty two percent".
"""

from __future__ import annotations

UNITS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * n for n, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if n > 1}
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_KEEP_SCALE = {"million", "billion"}  # "1.2 million" reads better than "1,200,000"
_YEAR_BEFORE = {"in", "since", "until", "till", "from", "by", "of", "year", "around", "circa", "summer", "spring",
                "fall", "autumn", "winter", "early", "late", "mid", "to", "through"}
_PAUSE = {"um", "uh", "umm", "uhm", "erm", "er", "like", "about", "around", ","}
_MONEY = {"dollars": "$", "dollar": "$", "bucks": "$", "euros": "€", "euro": "€"}


def _is_number_word(word: str) -> bool:
    return word in UNITS or word in TENS or word == "hundred" or word in SCALES


def _split_hyphens(tokens: list[str]) -> list[str]:
    """"twenty-five" -> "twenty", "five"; "six-month" -> "6-month" ("one-on-one" stays)."""
    out: list[str] = []
    for token in tokens:
        parts = token.lower().split("-")
        lead = next((n for n, p in enumerate(parts) if not _is_number_word(p)), len(parts))
        if len(parts) > 1 and lead == len(parts):
            out.extend(parts)
        elif 0 < lead < len(parts) and parts[:lead] != ["one"] and all(p.isalpha() for p in parts[lead:]):
            out.append(_format(words_value(parts[:lead])) + "-" + "-".join(token.split("-")[lead:]))  # "six-month" -> "6-month"
        else:
            out.append(token)
    return out


def words_value(words: list[str]) -> float:
    """The value of one compositional run ("two hundred and fifty" -> 250)."""
    total, current = 0.0, 0.0
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
    return total + current


def _composes(prev: str, word: str, run: list[str]) -> bool:
    """Can `word` continue a number whose last word is `prev` ("twenty" + "six" yes, "fifteen" + "twenty" no)?"""
    if word == "hundred":
        return prev in UNITS and prev != "zero"
    if word in SCALES:
        return not any(w in SCALES and SCALES[w] <= SCALES[word] for w in run)
    if word in UNITS:
        return prev in TENS and UNITS[word] < 10 or prev in {"hundred", *SCALES, "and"}
    if word in TENS:
        return prev in {"hundred", *SCALES, "and"}
    return False


def _format(value: float) -> str:
    if value == int(value):
        number = int(value)
        return f"{number:,}" if number >= 1000 else str(number)
    return f"{value:g}"


def _year(words: list[str]) -> str | None:
    """"twenty twenty two" -> "2022", "nineteen ninety eight" -> "1998", "twenty ten" -> "2010"."""
    if len(words) < 2 or words[0] not in {"nineteen", "twenty"}:
        return None
    rest = words[1:]
    if rest == ["hundred"]:
        return "1900" if words[0] == "nineteen" else "2000"
    if rest[0] == "oh" and len(rest) == 2 and rest[1] in UNITS and UNITS[rest[1]] < 10:
        return f"{words[0] == 'nineteen' and 19 or 20}0{UNITS[rest[1]]}"
    if len(rest) > 2 or not all(w in UNITS or w in TENS for w in rest) or rest[0] in UNITS and (
            UNITS[rest[0]] < 10 or len(rest) > 1):
        return None
    tail = int(words_value(rest))
    return f"{19 if words[0] == 'nineteen' else 20}{tail:02d}" if 10 <= tail < 100 else None


def digits_in(tokens: list[str]) -> list[str]:  # noqa: C901 - one pass over the words, each case a few lines
    """The tokens with every spoken number written in digits, "%" and currency signs (see module docstring)."""
    tokens = _split_hyphens(tokens)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        lower = tokens[i].lower()
        start = i
        run: list[str] = []
        if lower == "half" and i + 2 < len(tokens) and tokens[i + 1].lower() == "a" and tokens[i + 2].lower() in SCALES:
            out.append(_format(SCALES[tokens[i + 2].lower()] / 2))  # "half a million" -> "500,000"
            i = _unit(tokens, i + 3, out)
            continue
        if lower == "a" and i + 1 < len(tokens) and tokens[i + 1].lower() in {"hundred", *SCALES, "dozen", "couple"}:
            nxt = tokens[i + 1].lower()
            if nxt == "dozen":
                out.append("12")
                i += 2
                continue
            if nxt == "couple":  # "a couple of hundred" -> 200; "a couple" alone stays words
                j = i + 3 if i + 2 < len(tokens) and tokens[i + 2].lower() == "of" else i + 2
                if j < len(tokens) and tokens[j].lower() in {"hundred", *SCALES}:
                    run, i = ["two", tokens[j].lower()], j + 1
                else:
                    out.append(tokens[i])
                    i += 1
                    continue
            else:
                run, i = ["one"], i + 1
        while i < len(tokens):
            word = tokens[i].lower()
            if not run and _is_number_word(word) and word not in SCALES and word != "hundred":
                run.append(word)
            elif run and word == "and" and i + 1 < len(tokens) and run[-1] in {"hundred", *SCALES} \
                    and tokens[i + 1].lower() in {**UNITS, **TENS}:
                run.append("and")
            elif run and _is_number_word(word) and _composes(run[-1], word, run):
                run.append(word)
            else:
                break
            i += 1
        if not run:
            if out and (_numeric(out[-1]) or out[-1] in _KEEP_SCALE and len(out) > 1 and _numeric(out[-2])) \
                    and not out[-1].endswith("%") and _unit_follows(tokens, i):
                i = _unit(tokens, i, out)  # "88 percent" -> "88%", "2 million dollars" -> "$2 million"
                continue
            out.append(tokens[i])
            i += 1
            continue
        words = [w for w in run if w != "and"]
        before = next((w.lower() for w in reversed(out[-3:]) if w.lower() not in _PAUSE), "")  # "in uh twenty ten"
        said_year = any(len(w) == 4 and w[:2] in {"19", "20"} and w.isdigit() for w in out[-4:])  # "2019, no twenty twenty"
        if (before in _YEAR_BEFORE or said_year) and words[0] in {"nineteen", "twenty"} and len(words) <= 2:
            year = None
            for extra in (2, 1, 0):  # "twenty" + "twenty two": the run stopped where a year goes on
                following = [w.lower() for w in tokens[i:i + extra]]
                if len(following) == extra and (year := _year([*words, *following])):
                    i += extra
                    break
            if year:
                out.append(year)
                continue
        # "one point two million": a decimal part of single digits
        decimals = ""
        if i + 1 < len(tokens) and tokens[i].lower() == "point" and words[-1] not in SCALES:
            j = i + 1
            while j < len(tokens) and tokens[j].lower() in UNITS and UNITS[tokens[j].lower()] < 10:
                decimals += str(UNITS[tokens[j].lower()])
                j += 1
            if decimals:
                i = j
        scale = ""
        if decimals and i < len(tokens) and tokens[i].lower() in _KEEP_SCALE:
            scale, i = tokens[i].lower(), i + 1
        elif words[-1] in _KEEP_SCALE and len(words) >= 1 and not any(w in SCALES for w in words[:-1]):
            scale, words = words[-1], words[:-1] or ["one"]
        if words == ["one"] and not decimals and not scale and not _unit_follows(tokens, i):
            out.extend(tokens[start:i])  # a lone "one": a pronoun as often as a number
            continue
        if not decimals and tokens[i:i + 3] and [w.lower() for w in tokens[i:i + 3]] == ["and", "a", "half"]:
            decimals, i = "5", i + 3  # "two and a half months" -> "2.5 months"
        text = _format(words_value(words)) + (f".{decimals}" if decimals else "")
        if out and _numeric(out[-1]) and not scale and not decimals and float(_plain(out[-1])) < words_value(words):
            out.extend(["to", text])  # "fifteen twenty students" -> "15 to 20 students"
        else:
            out.append(text)
        if scale:
            out.append(scale)
        i = _unit(tokens, i, out)
    return out


def _unit_follows(tokens: list[str], i: int) -> bool:
    word = tokens[i].lower() if i < len(tokens) else ""
    return word in {"percent", "pc"} or word in _MONEY or (
        word == "per" and i + 1 < len(tokens) and tokens[i + 1].lower() == "cent")


def _unit(tokens: list[str], i: int, out: list[str]) -> int:
    """Attach a "percent" or "dollars" that follows the number just written; the index after it."""
    if i >= len(tokens):
        return i
    word = tokens[i].lower()
    if word == "k" and not out[-1].endswith("%"):
        out[-1] += "k"  # "thirty k" -> "30k"
        return i + 1
    if word == "percent" or word == "pc":
        out[-1] += "%"
        return i + 1
    if word == "per" and i + 1 < len(tokens) and tokens[i + 1].lower() == "cent":
        out[-1] += "%"
        return i + 2
    if word in _MONEY:
        at = -2 if out[-1] in _KEEP_SCALE else -1
        if not out[at].startswith(("$", "€", "£")):
            out[at] = _MONEY[word] + out[at]
        return i + 1
    return i


def _plain(token: str) -> str:
    return token.lstrip("$€£").rstrip("%").replace(",", "")


def _numeric(token: str) -> bool:
    plain = _plain(token)
    return bool(plain) and plain.replace(".", "", 1).isdigit() and "-" not in token


def restarted_numbers(words: list[str]) -> list[str]:
    """"forty, forty-five" -> "forty-five": a number word said again as the start of the one meant."""
    out: list[str] = []
    for i, word in enumerate(words):
        nxt = words[i + 2].lower() if i + 2 < len(words) and words[i + 1] == "," else ""
        if word.isalpha() and nxt.startswith(word.lower() + "-") and len(word) > 2:
            continue
        if word == "," and out and i + 1 < len(words) and words[i + 1].lower().startswith(words[i - 1].lower() + "-") \
                and words[i - 1].isalpha() and len(words[i - 1]) > 2:
            continue
        out.append(word)
    return out


_STRONG = {"no", "sorry", "actually", "wait", "rather", "correction", "nope", "scratch"}
_WEAK = {",", "-", "—", "–", "i", "mean", "it", "was", "more", "like", "closer", "to", "make", "that", "or", "um",
         "uh", "well", "oh", "maybe", "about", "around", "nearly", "almost", "say", "let", "me", "think", "what",
         "it's", "than", "over", "the", "number", "is", "not", "hmm", "sorry", "no", "wasn't", "so", "yeah",
         "i'd", "guess", "actually", "wait", "rather", "nope", "correction", "scratch", "okay", "ok"}
_AFTER_NUMBER = {"and", "or", "but", "so", "then", "in", "a", "an", "per", "each", "every", "for", "of", "to", "from",
                 "at", "on", "with", "by", "which", "that", "now", "after", "before", "last", "this"}


def corrections(words: list[str]) -> list[str]:
    """A number, maybe its unit, words that take it back ("no", "sorry", "actually ... more like"), a
    number: the first number and the words taking it back go; the unit moves to the kept number."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if _numeric(words[i]):
            unit = 1 if i + 1 < len(words) and words[i + 1].isalpha() and words[i + 1].lower() not in _WEAK \
                and words[i + 1].lower() not in {"million", "billion"} else 0
            if i + 1 < len(words) and words[i + 1].lower() in {"million", "billion"}:
                unit = 1
            j = i + 1 + unit
            strong = False
            while j < len(words) and j - i <= 10 and words[j].lower() in _WEAK:
                strong = strong or words[j].lower() in _STRONG
                j += 1
            if strong and j < len(words) and _numeric(words[j]):
                out.append(words[j])
                after = words[j + 1].lower() if j + 1 < len(words) else ""
                if unit and (not after[:1].isalpha() or after in _AFTER_NUMBER):  # "closer to six," -> "6 minutes"
                    out.append(words[i + 1])
                i = j + 1
                continue
            if _range_at(words, i):
                out += [words[i], "to"]  # "eighteen, twenty loans" -> "18 to 20 loans"
                i += 2
                continue
        out.append(words[i])
        i += 1
    return out


def _range_at(words: list[str], i: int) -> bool:
    """"18, 20 loans": two plain numbers a comma apart, the second a bit larger and followed by what they
    count; not a list ("3, 5, 8") and not a number closing a clause ("in 2019, 40 people")."""
    if i + 3 >= len(words) or words[i + 1] != "," or not (words[i].isdigit() and words[i + 2].isdigit()):
        return False
    low, high = int(words[i]), int(words[i + 2])
    listed = i >= 2 and words[i - 1] == "," and _numeric(words[i - 2]) or i + 4 < len(words) and words[i + 3] == ","
    return low < high <= 2 * low + 10 and not listed and words[i + 3].isalpha() and words[i + 3].lower() not in _WEAK
