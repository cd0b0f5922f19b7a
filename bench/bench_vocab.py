"""The skill matcher: the trie `Vocabulary.find` against the plain matcher it replaced.

Texts: every SkillSpan posting (`skillspan_traindev.jsonl`), Dice posting (`postings/dice_dev.jsonl`)
and dotin CV (`resumes/dotin_train.jsonl`) in bench/data, whole and line by line. Figures:
- texts where the two matchers disagree (must be 0: same skills, same offsets, same order), per
  fixed id-hash split (dev / hold-out);
- CPU time of each matcher over all texts, the two run in turns (old, new, old, new, ...) so that the
  load of a shared machine falls on both alike; median of 5 turns.
"""

from __future__ import annotations

import json
import statistics
import time
import zlib
from pathlib import Path

from bench.vocab_reference import name_lengths, reference_find
from resume_core.vocab.vocabulary import load_vocabulary

DATA = Path(__file__).parent / "data"
FILES = ("skillspan_traindev.jsonl", "postings/dice_dev.jsonl", "resumes/dotin_train.jsonl")
TURNS = 5


def holdout(doc_id: str) -> bool:
    """A fixed fifth of the documents, by a hash of their id."""
    return zlib.crc32(doc_id.encode("utf-8")) % 5 == 0


def load_texts() -> dict[str, list[str]]:
    split: dict[str, list[str]] = {"dev": [], "hold-out": []}
    for name in FILES:
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                texts = split["hold-out" if holdout(doc["id"]) else "dev"]
                texts.append(doc["text"])
                texts.extend(part for part in doc["text"].splitlines() if part.strip())
    return split


def run(print_table: bool = True) -> dict:
    vocab = load_vocabulary()
    lengths = name_lengths(vocab)
    split = load_texts()
    figures: dict[str, float | int] = {}
    for part, texts in split.items():
        figures[f"texts, {part}"] = len(texts)
        figures[f"texts where old and new matcher disagree, {part}"] = sum(
            vocab.find(t) != reference_find(vocab, t, lengths) for t in texts
        )
    everything = split["dev"] + split["hold-out"]
    old, new = [], []
    for _ in range(TURNS):
        started = time.process_time()
        for text in everything:
            reference_find(vocab, text, lengths)
        old.append(time.process_time() - started)
        started = time.process_time()
        for text in everything:
            vocab.find(text)
        new.append(time.process_time() - started)
    figures["all texts, old matcher (CPU ms, median)"] = statistics.median(old) * 1000
    figures["all texts, new matcher (CPU ms, median)"] = statistics.median(new) * 1000
    figures["new / old CPU time"] = statistics.median(new) / statistics.median(old)
    if print_table:
        for key, value in figures.items():
            print(f"{key:60} {value:,.3f}" if isinstance(value, float) else f"{key:60} {value}")
    return figures


if __name__ == "__main__":
    run()
