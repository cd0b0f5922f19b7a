"""What the Tailor page's tables and choice lists show, as plain rows and labels.

The coverage table (verdict with its icon, reason, evidence ids, years found of years asked), the
lines a user can edit or add (each label saying where the line is), and long choices cut at a word, so
a list reads as sentences. The page only draws these.
"""

from __future__ import annotations

from resume_core.tailoring.coverage import CoverageRow
from resume_core.bank.model import Bank, TailoredResume
from resume_core.tailoring.review import bank_texts
from resume_core.tailoring.verdicts import VERDICT_LABEL
from resume_core.tailoring.years import format_years

VERDICT_ICON = {"met": "✅", "not_on_page": "➖", "partly_met": "◐", "not_met": "❌"}
LABEL_CHARS = 110  # a choice in a list reads as a sentence up to about here


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` on one line, cut at a word boundary with an ellipsis when longer than `limit`."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    if text[limit - 1] != " " and " " in head:  # the last word is cut: leave it out
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-–—") + "…"


def verdict_label(row: CoverageRow) -> str:
    """'✅ Met', '❌ Not met', ..."""
    return f"{VERDICT_ICON[row.verdict]} {VERDICT_LABEL[row.verdict]}"


def years_text(row: CoverageRow) -> str:
    """'2 years 1 month of 3 asked' for a years ask, '' otherwise."""
    if row.years_needed is None:
        return ""
    return f"{format_years(row.years_found or 0.0)} of {row.years_needed:g} asked"


def coverage_table(rows: list[CoverageRow]) -> list[dict[str, object]]:
    """The coverage table as the page shows it: a verdict, a reason and evidence ids for every row."""
    return [{"Skill": r.skill, "Requirement": r.requirement, "Kind": r.kind, "Verdict": verdict_label(r),
             "Reason": r.reason, "Evidence": ", ".join(r.evidence), "Years": years_text(r),
             "On the page": r.verdict == "met"} for r in rows]


def editable_lines(resume: TailoredResume) -> dict[str, tuple[str, str]]:
    """{line id: (label, text)} for every bullet and skill of the page, each label saying where it is
    (the summary has its own box)."""
    out = {}
    for entry in (*resume.experience, *resume.projects):
        out.update({line.item_id: (f"{entry.name}: {line.text}", line.text) for line in entry.bullets})
    out.update({line.item_id: (f"Skill: {line.text}", line.text) for line in resume.skills})
    return out


def addable_items(resume: TailoredResume, bank: Bank) -> dict[str, str]:
    """{item id: 'Where: text'} for every bank line not on the page, in bank order."""
    on_page = {line.item_id for line in resume.lines()}
    owner_of = {i: o.name for o in bank.owners()
                for i in [o.id, *(a.id for a in o.accomplishments), *(s.id for s in o.skills)]}
    owner_of.update({s.id: "Skills" for s in bank.skills})  # the person's own skills, tied to no job
    return {i: f"{owner_of.get(i, '')}: {text}" for i, text in bank_texts(bank).items() if i not in on_page}
