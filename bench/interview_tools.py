"""Tools said in lower case: which reader finds them (`data/interview/spoken_tools.jsonl`).

48 spoken sentences written for this benchmark across fields (dental, legal, trades, retail, farming,
teaching, software), each with the tools a careful reader hears in it, and sentences naming none (people
"worked with", places, seasons, common nouns after "a"). A third (sha1 of the id mod 3 == 0) is the
hold-out. Readers compared, each on top of what the interview found before (vocabulary names as
`find` takes them, capitalised names after with/using):
- `before`: nothing more;
- `vocabulary`: the grammar reader (`interview.tools.tools_said`) taking only vocabulary names;
- `hand list`: the grammar reader taking any other word the interview's own word lists do not know;
- `wordfreq`: the grammar reader taking any other word rare in English (the shipped reader).
Figures: precision and recall of the tools named, per split.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from resume_core.importing.skills import normalise
from resume_core.interview import lexicon
from resume_core.interview.suggest import tools_used
from resume_core.interview.text import skills_in
from resume_core.interview.tools import _PLAIN, tools_said

DATA = Path(__file__).parent / "data" / "interview" / "spoken_tools.jsonl"
_HAND = {*_PLAIN, *lexicon.FILLERS, *lexicon.ADVERBS, *lexicon.NOT_ACTION, *lexicon.ADVERBIAL, *lexicon.SUBORDINATE,
         *lexicon.IRREGULAR_PAST, *lexicon.PARTICIPLE, *lexicon.ING_PAST, *lexicon.GOT_OBJECT}
READERS = {
    "before": lambda text: [],
    "vocabulary": lambda text: tools_said(text, common=lambda word: True),
    "hand list": lambda text: tools_said(text, common=lambda word: word in _HAND),
    "wordfreq": lambda text: tools_said(text),
}


def split_of(case_id: str) -> str:
    return "holdout" if int(hashlib.sha1(case_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def run(print_table: bool = True) -> dict:
    cases = [json.loads(line) for line in DATA.read_text().splitlines() if line.strip()]
    figures: dict[str, object] = {}
    for split in ("dev", "holdout"):
        chosen = [c for c in cases if split_of(c["id"]) == split]
        for reader, extra in READERS.items():
            hits = found = wanted = 0
            for case in chosen:
                names = {normalise(n) for n in (*skills_in(case["text"]), *tools_used(case["text"]), *extra(case["text"]))}
                gold = {normalise(n) for n in case["tools"]}
                hits += len(names & gold)
                found += len(names)
                wanted += len(gold)
            figures[f"spoken tools {split} {reader} precision"] = round(hits / max(found, 1), 3)
            figures[f"spoken tools {split} {reader} recall"] = round(hits / max(wanted, 1), 3)
    if print_table:
        for key, value in figures.items():
            print(f"{key:45} {value}")
    return figures


if __name__ == "__main__":
    run()
