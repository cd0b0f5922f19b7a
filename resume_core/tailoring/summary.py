"""The summary at the top of a tailored resume, and the check that keeps a generated one honest.

Offline, the summary is the person's own sentences (from `bank.person.summary`) that best serve the
posting, quoted verbatim in their original order: the first paragraph's lead when it is about as
relevant as the best sentence, never a few-word aside that merely shares a word with the posting. With a language model, a short summary is
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
from resume_core.interview.grounding import bank_truth, check_grounding
from resume_core.bank.model import Bank, Line
from resume_core.tailoring.page_budget import PageMetrics, summary_lines
from resume_core.tailoring.scoring import ScoreTable

SUMMARY_ID = "person-summary"
"""`Line.item_id` of a summary drawn from `bank.person.summary` (the person has no item id)."""

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


class SummaryReply(BaseModel):
    """What the model returns for `tailored_summary`: a flat schema small models can follow."""

    model_config = ConfigDict(extra="forbid")
    summary: str = Field(description="Two or three sentences, no more than 60 words.")


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`; a paragraph break ends a sentence too."""
    return [sentence for _, sentence in _paragraph_sentences(text)]


MIN_WORDS = 6  # a shorter sentence ("I also like data work.") opens a thought, it does not make a point
LEAD_SENTENCES = 2  # how many opening sentences of the first paragraph count as its lead
LEAD_CLOSE = 0.75  # a lead sentence at least this relevant, relative to the best one, goes first
MIN_SHARE = 0.25  # any other sentence must be at least this relevant, relative to the best one


def _paragraph_sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph number, sentence) for each sentence of `text`; paragraphs are split by blank lines."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return [(number, sentence.strip()) for number, paragraph in enumerate(paragraphs)
            for sentence in _SENTENCE.split(paragraph.strip()) if sentence.strip()]


def pick_summary(bank: Bank, table: ScoreTable, metrics: PageMetrics) -> Line | None:
    """The person's own sentences most relevant to the posting, verbatim, in their order, within the
    summary lines.

    A sentence under `MIN_WORDS` words is never picked for sharing a word with the posting (unless
    the whole summary is that terse). The first paragraph's lead sentences, which usually say who the
    person is, go first when they are nearly as relevant as the best sentence (`LEAD_CLOSE`); other
    sentences at least `MIN_SHARE` as relevant follow, best first, while they fit. Nothing relevant
    at all: the lead alone."""
    sentences = _paragraph_sentences(bank.person.summary)
    if not sentences:
        return None
    weights = {r.id: r.weight for r in table.requirements}
    value: dict[int, float] = {}
    covers: dict[int, list[str]] = {}
    for index, (_, sentence) in enumerate(sentences):
        cover = table.cover_text(sentence)
        value[index] = sum(weights[r] * c for r, c in cover.items())
        covers[index] = sorted(cover)
    eligible = [i for i, (_, text) in enumerate(sentences) if len(text.split()) >= MIN_WORDS] or list(value)
    best = max(value[i] for i in eligible)
    lead: list[int] = []
    for index in eligible[:LEAD_SENTENCES]:
        if sentences[index][0] != 0 or index != len(lead) or value[index] < LEAD_CLOSE * best - 1e-12:
            break
        lead.append(index)
    ranked = lead + sorted((i for i in eligible if i not in lead), key=lambda i: (-value[i], i))
    chosen: list[int] = []
    for index in ranked:
        if chosen and index not in lead and (value[index] <= 0 or value[index] < MIN_SHARE * best - 1e-12):
            continue  # filler that merely fits: the line is better spent on a bullet
        trial = " ".join(sentences[i][1] for i in sorted([*chosen, index]))
        if summary_lines(trial, metrics) <= metrics.summary_max_lines:
            chosen.append(index)
    if not chosen:
        return None
    chosen.sort()
    text = " ".join(sentences[i][1] for i in chosen)
    covered = sorted({r for i in chosen for r in covers[i]})
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
