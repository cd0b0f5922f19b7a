"""The summary at the top of a tailored resume, and the check that keeps a generated one honest.

Offline, the summary is the person's own sentences (from `bank.person.summary`) that best serve the
posting, quoted verbatim in their original order. With a language model, a short summary is
generated from the selected bank text only, then checked: every number, capitalised name (employer,
title, product) and vocabulary skill it mentions must occur in the bank; anything else is flagged
for the user, and the line is marked "edited" rather than "bank".
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from resume_core.engines.base import Engine, ExtractRequest
from resume_core.errors import EngineError
from resume_core.model import Bank, Line
from resume_core.page_budget import PageMetrics, summary_lines
from resume_core.scoring import ScoreTable, concepts

SUMMARY_ID = "person-summary"
"""`Line.item_id` of a summary drawn from `bank.person.summary` (the person has no item id)."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"\b[A-Z][A-Za-z0-9&+#.-]*[A-Za-z0-9+#]|\b[A-Z]\b")
_COMMON = frozenset("I A An The And Or But With For At In On Of To As By My Our Over Across".split())


class SummaryReply(BaseModel):
    """What the model returns for `tailored_summary`: a flat schema small models can follow."""

    model_config = ConfigDict(extra="forbid")
    summary: str = Field(description="Two or three sentences, no more than 60 words.")


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text.strip()) if s.strip()]


def pick_summary(bank: Bank, table: ScoreTable, metrics: PageMetrics) -> Line | None:
    """The person's own sentences most relevant to the posting, verbatim, within the summary lines."""
    sentences = split_sentences(bank.person.summary)
    if not sentences:
        return None
    weights = {r.id: r.weight for r in table.requirements}
    scored = []
    for index, sentence in enumerate(sentences):
        covers = table.cover_text(sentence)
        scored.append((-sum(weights[r] * c for r, c in covers.items()), index, sentence, sorted(covers)))
    chosen: list[tuple[int, str, list[str]]] = []
    for neg_value, index, sentence, covers in sorted(scored):
        trial = " ".join(s for _, s, _ in sorted([*chosen, (index, sentence, covers)]))
        if summary_lines(trial, metrics) <= metrics.summary_max_lines and (neg_value < 0 or not chosen):
            chosen.append((index, sentence, covers))
    if not chosen:
        return None
    chosen.sort()
    text = " ".join(s for _, s, _ in chosen)
    covered = sorted({r for _, _, cs in chosen for r in cs})
    # Top score: the PDF fit loop drops the lowest-scored lines first, and the summary should go last.
    return Line(item_id=SUMMARY_ID, text=text, provenance="bank", score=1.0, covers=covered)


def bank_text(bank: Bank) -> str:
    """All the text of the bank in one string: the ground truth a generated summary is checked against."""
    return bank.model_dump_json(by_alias=True)


def check_grounding(text: str, bank: Bank) -> list[str]:
    """Problems with a generated `text`: numbers, names and skills the bank does not contain."""
    truth = bank_text(bank)
    lowered = truth.lower()
    problems: list[str] = []
    for number in sorted(set(_NUMBER.findall(text))):
        if number not in truth:
            problems.append(f"the number {number} does not appear in your Big Resume")
    for sentence in split_sentences(text):
        for match in _NAME.finditer(sentence):
            word = match.group(0).rstrip(".")
            if match.start() == 0:
                continue  # a capital at the start of a sentence is grammar, not a name
            if word not in _COMMON and word.lower() not in lowered:
                problems.append(f"'{word}' does not appear in your Big Resume")
    for skill in sorted(concepts(text) - concepts(truth)):
        problems.append(f"the skill '{skill}' is not in your Big Resume")
    return list(dict.fromkeys(problems))


def generate_summary(
    engine: Engine,
    bank: Bank,
    offline: Line | None,
    requirements: list[str],
    facts: list[str],
) -> tuple[Line | None, list[str]]:
    """Ask `engine` for a summary grounded in `facts`; returns the line and flags for the user."""
    fallback = offline.text if offline else bank.person.label
    request = ExtractRequest(
        prompt="tailored_summary",
        variables={
            "label": bank.person.label or "(none)",
            "requirements": requirements,
            "facts": facts,
        },
        schema=SummaryReply,
        offline=lambda: SummaryReply(summary=fallback),
    )
    try:
        reply = engine.extract(request)
    except EngineError as error:
        return offline, [f"The AI summary failed ({error.message}); your own summary sentences are used."]
    text = " ".join(reply.summary.split())
    if not text or (offline and text == offline.text):
        return offline, []
    flags = [f"Summary: {p}." for p in check_grounding(text, bank)]
    return Line(item_id=SUMMARY_ID, text=text, provenance="edited", covers=offline.covers if offline else []), flags
