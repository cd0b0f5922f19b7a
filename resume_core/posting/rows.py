"""Requirement rows of a posting analysis: the collector that keeps the strongest reading of each
skill, the calibrated confidence of each source, and the short line a requirement sentence becomes.
The passes (`posting.stated`, `posting.implied`, `posting.merge`) all add rows through `Collector`;
`resume_core.posting.analysis` is the public face.
"""

from __future__ import annotations

import re

from pydantic import Field

from resume_core.bank.model import Requirement, Strict, new_id
from resume_core.vocab.vocabulary import load_vocabulary

KIND_ORDER = {"required": 0, "preferred": 1, "implied": 2}
# Confidence of each source, calibrated on the SkillSpan development postings (bench/bench_analysis.py,
# hold-out apart): the share of its skills that the posting's labelled spans or tags name. A skill
# under a requirements heading is right 0.90 of the time (preferred 0.96, kept equal so a heading
# never outranks the other), in text without headings 0.74, under Responsibilities 0.81; guesses
# from tools, phrases and the occupation are right 0.05 or less by the labels, shown as "maybe"; a
# tool the company says it builds with is labelled a skill of the posting in 2 of 7 cases ("stack").
# In a posting with a requirements section, a skill its introduction names in a sentence that asks
# for nothing ("Our data lake holds terabytes in S3") is a skill of the posting 0.60 of the time ("aside").
CONFIDENCE = {"requirements": 0.9, "preferred": 0.9, "responsibilities": 0.8, "intro": 0.75,
              "tool": 0.15, "phrase": 0.1, "occupation": 0.05, "llm": 0.8, "facts": 0.9, "stack": 0.4, "aside": 0.6}
# What an employer lists as a posting's skills is its named tools and technologies: of the skills a
# requirement sentence names on the Dice development postings, those written as a name ("Python",
# "SQL Server", "C#") are on the employer's list 0.31-0.44 of the time, plain words ("database",
# "cloud", "testing") 0.08-0.12, soft skills 0.01-0.03. By SkillSpan's labels (every skill of the
# text) plain words and soft skills are right a little less often than names too (0.73-0.89, 0.84-0.88
# against 0.80-0.94), so a mention's wording lowers its source's confidence by this much (never into
# "maybe": the sentence does ask for it), and a posting's named tools rank first.
SOFT_DROP = 0.25
PLAIN_DROP = 0.1


def mention_confidence(base: float, category: str, surface: str) -> float:
    """The confidence of a skill as one sentence names it: its source's (`base`), lowered for a soft
    skill and for a plain lower-case word ("database", "web services"); a guess (< 0.5) stays as it is."""
    if base < 0.5:
        return base
    if category in SOFT_CATEGORIES:
        return max(0.5, base - SOFT_DROP)
    if surface == surface.lower() and surface.replace(" ", "").replace("-", "").isalpha():
        return max(0.5, base - PLAIN_DROP)
    return base


MAX_TEXT = 240
MAX_QUOTE = 400
DUTY = "a duty of the role"  # rationale of a skill a responsibility names: implied, never capped
STACK = "the company builds with it"  # rationale of a skill the company's own stack names: the same
INTRO = "the introduction names it"  # ... and of one the introduction names without asking for it
CERTIFIED = "the degree or certificate asked for names it"  # "ITIL v3 certified": implied (a guess, capped)
DEGREE_FIELD = "the field of the degree asked for"  # "Bachelor's in Computer Science": a guess, shown as "maybe"
SHORT_WORDS = 12  # a requirement's own line is at most this many words; its sentence is the quote
SOFT_CATEGORIES = ("Soft skills", "Transversal skill", "Languages")


class PostingAnalysis(Strict):
    """What a posting asks for: its facts and its requirements (explicit and implied)."""

    title: str = ""
    company: str = ""
    seniority: str = ""
    years_experience: str = ""
    degree: str = ""
    location: str = ""
    remote: str = ""
    summary: str = ""
    occupation: str = Field("", description="O*NET occupation the title maps to, if any.")
    requirements: list[Requirement] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


def _strength(kind: str, confidence: float) -> tuple[bool, float, int]:
    """Smaller is stronger. A stated skill beats an implied one; of two statements the surer source
    wins, so "preferably Snowflake" under Requirements beats "load data into Snowflake" under
    Responsibilities: what the role touches is not all the candidate must bring."""
    return kind == "implied", -confidence, KIND_ORDER[kind]


class Collector:
    """Requirements keyed by canonical skill (or text), keeping the strongest reading of each."""

    def __init__(self) -> None:
        self.items: dict[str, Requirement] = {}
        self.taken: set[str] = set()
        self.sources: dict[str, float] = {}  # key -> the confidence of the source of its reading

    def add(self, text: str, kind: str, skill: str = "", rationale: str = "", confidence: float = 1.0,
            source: str = "offline", *, quote: str = "", aspect: str = "skill", years_min: float | None = None,
            group: str = "", key: str = "", source_confidence: float | None = None) -> None:
        """Add a reading; of two readings of one skill the stronger stays. `source_confidence` is how
        sure the reading's source is (its section) before the mention's own wording lowers `confidence`
        ("python" written as a plain word): the source decides which reading wins, so a required
        "python" is not outranked by a preferred "Python"; of equal sources the surer mention counts."""
        vocab = load_vocabulary()
        key = key or (skill.lower() if skill else " ".join(text.lower().split()))
        old = self.items.get(key)
        surety = confidence if source_confidence is None else source_confidence
        if old is not None:
            before, now = _strength(old.kind, self.sources.get(key, old.confidence)), _strength(kind, surety)
            if before == now and confidence > old.confidence:
                self.items[key] = old.model_copy(update={"confidence": round(confidence, 2)})
            if before <= now:
                return
        self.sources[key] = surety
        rid = old.id if old is not None else new_id("requirement", self.taken)
        self.taken.add(rid)
        self.items[key] = Requirement(
            id=rid, text=shorten(text), kind=kind, skill=skill, category=vocab.category(skill) if skill else "",
            rationale=rationale, confidence=round(confidence, 2), source=source, aspect=aspect,
            years_min=years_min, alternatives_group=group, quote=shorten(quote, MAX_QUOTE) if quote else "",
        )

    def has(self, skill: str) -> bool:
        return skill.lower() in self.items

    def result(self) -> list[Requirement]:
        """Stated requirements first, in the order the posting states them (rows of one sentence sit
        together), then the implied ones, surest first."""
        items = list(self.items.values())
        first: dict[tuple[str, str], int] = {}
        for i, r in enumerate(items):
            first.setdefault((r.kind, r.quote or r.text), i)
        # The order the table shows (posting_edits.requirement_rows): by kind, a sentence's rows together.
        return [r for _, r in sorted(enumerate(items), key=lambda p: (
            KIND_ORDER[p[1].kind], first[p[1].kind, p[1].quote or p[1].text], p[0]))]


def shorten(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(text.split()).strip(" -*•,;")
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


_FILLER = re.compile(
    r"^(?:(?:you|candidates?|the (?:ideal )?candidate|applicants?)\s+(?:must|should|will)?\s*(?:have|has|be|possess|bring)\s+"
    r"|(?:you|we)\s+(?:have|are|expect|require|need|bring)\s+|must\s+(?:have|be|possess)\s+|required:\s*|"
    r"requirements?:\s*|ideally,?\s+|preferably,?\s+|(?:a|an)\s+(?=\w))", re.IGNORECASE)
_TRAIL_CUE = re.compile(r"[\s,(]*(?:is|are|would be|will be)?\s*(?:an? )?(?:big |huge |strong )?"
                        r"(?:plus|bonus|advantage|preferred|desired|required|a must|nice to have|desirable)[\s.!)]*$",
                        re.IGNORECASE)


def short_line(sentence: str) -> str:
    """A requirement sentence as a short line: without "You have" / "is a plus" and at most ~12 words."""
    text = " ".join(sentence.split()).strip(" -*•,;.")
    for _ in range(2):
        text = _FILLER.sub("", text, count=1)
    text = _TRAIL_CUE.sub("", text).strip(" ,;.")
    words = text.split()
    if len(words) > SHORT_WORDS:
        cut = " ".join(words[:SHORT_WORDS])
        text = (cut.rsplit(",", 1)[0] if cut.count(",") and len(cut.rsplit(",", 1)[0].split()) >= 5 else cut) + "…"
    return text[:1].upper() + text[1:] if text else text
