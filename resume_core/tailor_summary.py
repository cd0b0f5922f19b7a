"""The summary at the top of a tailored resume, and the check that keeps a generated one honest.

Offline, the summary is the person's own sentences (from `bank.person.summary`) that best serve the
posting, quoted verbatim in their original order. With a language model, a short summary is
generated from the selected bank text only, then checked with `grounding.check_grounding`: every
number, percentage, amount, tool and proper noun it states must be in the bank's text. A summary
with any flag never reaches the page: the person's own sentences stay, and the generated text is
shown in the flags as a suggestion the user can adopt only by editing it in. A clean one is marked
"edited" rather than "bank".
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from resume_core.engines.base import Engine, ExtractRequest
from resume_core.errors import EngineError
from resume_core.grounding import bank_truth, check_grounding
from resume_core.model import Bank, Line
from resume_core.page_budget import PageMetrics, summary_lines
from resume_core.scoring import ScoreTable

SUMMARY_ID = "person-summary"
"""`Line.item_id` of a summary drawn from `bank.person.summary` (the person has no item id)."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


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


def grounding_flags(text: str, bank: Bank) -> list[str]:
    """What a generated summary `text` states that the bank's text does not, one sentence each."""
    problems = check_grounding(text, bank_truth(bank))
    return [f"Summary: '{token}' does not appear in your Big Resume." for token in problems]


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
    flags = grounding_flags(text, bank)
    if flags:  # never on the page: the user may take it only by editing it into the summary themselves
        return offline, [*flags, f"Summary: the AI suggested \u201c{text}\u201d. It is not on your resume because of "
                                 "the problems above; to use it, correct it under Review and edit > Summary and "
                                 "press Save summary."]
    return Line(item_id=SUMMARY_ID, text=text, provenance="edited", covers=offline.covers if offline else []), []
