"""What an import returns: a bank fragment, how sure each parsed field is, and warnings.

Confidence lives beside the bank, keyed by item id and field name, so the bank types stay clean
and the preview can flag the rows the user should check. A field that is absent was read from a
structured source (JSON Resume, LinkedIn CSV) or typed by the user: it counts as certain.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core.bank.model import Bank

CHECK_BELOW = 0.6
"""Rows whose weakest field is below this are flagged "check this" in the preview."""


class ImportResult(BaseModel):
    """A parsed resume, not yet merged into the user's bank."""

    model_config = ConfigDict(extra="forbid")

    bank: Bank = Field(description="A bank fragment with fresh ids.")
    confidence: dict[str, dict[str, float]] = Field(
        default_factory=dict, description="Item id -> field name -> confidence in 0..1."
    )
    warnings: list[str] = Field(default_factory=list)
    source: str = Field("", description="The file name the user gave.")
    kind: str = Field("", description="pdf, docx, md, txt, json, linkedin or text.")
    method: Literal["offline", "llm", "structured"] = "offline"
    unplaced: list[str] = Field(default_factory=list, description=(
        "Lines of the source the importer could not place in any field, in reading order, so the user "
        "can copy them in by hand instead of losing them."))

    def row_confidence(self, item_id: str) -> float:
        """The weakest field of one item (1.0 when nothing about it is uncertain)."""
        fields = self.confidence.get(item_id, {})
        return min(fields.values()) if fields else 1.0

    def needs_check(self, item_id: str) -> bool:
        return self.row_confidence(item_id) < CHECK_BELOW

    def counts(self) -> dict[str, int]:
        """How many jobs, projects, skills, accomplishments and education entries were found."""
        owners = self.bank.owners()
        return {
            "jobs": len(self.bank.jobs),
            "projects": len(self.bank.projects),
            "skills": sum(len(o.skills) for o in owners) + len(self.bank.skills),
            "person_skills": len(self.bank.skills),
            "accomplishments": sum(len(o.accomplishments) for o in owners),
            "education": len(self.bank.education),
            "certificates": len(self.bank.certificates),
        }
