"""Every output of tailoring the bench's banks, as JSON: a refactor or speed-up must leave it unchanged.

    python -m bench.tailor_snapshot OUT.json [PAIRS]   then   cmp BEFORE.json AFTER.json

Tailors the first PAIRS (default 40) real CV/posting pairs of bench_tailor and synthetic banks of 100 and
1,000 items against the longest posting; writes each result (resume, coverage, gaps, why-not) and the
coverage and why-not of the tailored page recomputed from the bank.
"""

from __future__ import annotations

import json
import sys

from bench.bench_tailor import TODAY, load_pairs, synthetic_bank
from resume_core.posting.analysis import build_posting
from resume_core.bank.model import Posting
from resume_core.tailoring.pipeline import coverage_for, tailor, why_not_for


def stable_posting(posting: Posting) -> Posting:
    """The posting with requirement ids numbered in order: analysis draws random ids, and ties break by id."""
    reqs = [r.model_copy(update={"id": f"req-{n:08x}"}) for n, r in enumerate(posting.requirements)]
    return posting.model_copy(update={"id": "pst-00000000", "requirements": reqs})


def snapshot(limit: int) -> dict:
    pairs = load_pairs(limit)
    cases = [(cv_id, bank, raw["text"]) for cv_id, bank, raw in pairs]
    longest = max((raw for _, _, raw in pairs), key=lambda p: len(p["knowledge"]))["text"]
    banks = [bank for _, bank, _ in pairs]
    cases += [(f"synthetic-{size}", synthetic_bank(banks, size), longest) for size in (100, 1_000)]
    out = {}
    for name, bank, text in cases:
        posting = stable_posting(build_posting(text))
        result = tailor(bank, posting, today=TODAY)
        out[name] = {
            "result": result.model_dump(mode="json"),
            "coverage_for": [r.model_dump(mode="json") for r in coverage_for(result.resume, bank, posting, TODAY)],
            "why_not_for": [r.model_dump(mode="json") for r in why_not_for(result.resume, bank, posting, TODAY)],
        }
    return out


if __name__ == "__main__":
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    text = json.dumps(snapshot(limit), indent=1, sort_keys=True)
    with open(sys.argv[1], "w", encoding="utf-8") as fh:
        fh.write(text)
