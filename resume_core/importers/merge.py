"""Merge an imported bank fragment into the user's bank without overwriting or duplicating.

Matching is by meaning, not id: a job matches an existing job of the same company (normalised) whose
dates overlap, and is merged into it; an accomplishment whose text is already somewhere in the bank,
or a skill its owner already has (after normalising case, whitespace and punctuation), is skipped.
Projects match by name, education by institution and degree, the rest by name or title. Existing
values are never changed; empty person fields are filled. Importing the same file twice adds nothing.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from resume_core.importers.dates import overlaps
from resume_core.importers.skills import normalise
from resume_core.model import Bank, Job, Position, Project, new_id


class MergeReport(BaseModel):
    """The merged bank and what happened to each incoming item."""

    model_config = ConfigDict(extra="forbid")

    bank: Bank
    added: dict[str, int] = Field(default_factory=dict, description="Kind -> number added.")
    skipped: dict[str, int] = Field(default_factory=dict, description="Kind -> number already there.")
    details: list[str] = Field(default_factory=list, description="One line per added or merged item.")

    @property
    def added_total(self) -> int:
        return sum(self.added.values())


class _Merge:
    def __init__(self, base: Bank) -> None:
        self.bank = base.model_copy(deep=True)
        self.ids = self.bank.ids()
        self.added: dict[str, int] = {}
        self.skipped: dict[str, int] = {}
        self.details: list[str] = []
        self.texts = {normalise(a.text) for o in self.bank.owners() for a in o.accomplishments}

    def count(self, kind: str, added: bool) -> None:
        target = self.added if added else self.skipped
        target[kind] = target.get(kind, 0) + 1

    def fresh(self, item, kind: str):
        """The item with an id the bank does not use yet."""
        if item.id in self.ids:
            item = item.model_copy(update={"id": new_id(kind, self.ids)})
        self.ids.add(item.id)
        return item

    def into_owner(self, target: Job | Project, incoming: Job | Project) -> None:
        have = {normalise(s.name) for s in target.skills}
        for skill in incoming.skills:
            key = normalise(skill.name)
            if key in have or not key:
                self.count("skills", False)
                continue
            have.add(key)
            target.skills = [*target.skills, self.fresh(skill, "skill")]
            self.count("skills", True)
        for acc in incoming.accomplishments:
            key = normalise(acc.text)
            if key in self.texts or not key:
                self.count("accomplishments", False)
                continue
            self.texts.add(key)
            target.accomplishments = [*target.accomplishments, self.fresh(acc, "accomplishment")]
            self.count("accomplishments", True)

    def job(self, incoming: Job) -> None:
        match = next(
            (j for j in self.bank.jobs if normalise(j.name) == normalise(incoming.name)
             and overlaps(j.start_date, j.end_date, incoming.start_date, incoming.end_date)),
            None,
        )
        if match is None:
            shell = self.fresh(incoming.model_copy(update={"skills": [], "accomplishments": [], "anecdotes": []}), "job")
            self.bank.jobs = [*self.bank.jobs, shell]
            self.count("jobs", True)
            self.details.append(f"added job {shell.name}")
            target = self.bank.jobs[-1]
        else:
            self.count("jobs", False)
            target = match
            titles = {normalise(p.title) for p in target.positions}
            new_positions = [p for p in incoming.positions if normalise(p.title) not in titles]
            if new_positions:
                target.positions = [*target.positions, *(Position(**p.model_dump()) for p in new_positions)]
                self.details.append(f"merged {len(new_positions)} position(s) into {target.name}")
            for name in ("location", "url", "description"):
                if not getattr(target, name) and getattr(incoming, name):
                    setattr(target, name, getattr(incoming, name))
        self.into_owner(target, incoming)

    def project(self, incoming: Project) -> None:
        match = next((p for p in self.bank.projects if normalise(p.name) == normalise(incoming.name)), None)
        if match is None:
            shell = self.fresh(incoming.model_copy(update={"skills": [], "accomplishments": [], "anecdotes": []}), "project")
            self.bank.projects = [*self.bank.projects, shell]
            self.count("projects", True)
            self.details.append(f"added project {shell.name}")
            match = self.bank.projects[-1]
        else:
            self.count("projects", False)
        self.into_owner(match, incoming)

    def listed(self, field: str, kind: str, items: list, key) -> None:
        have = {key(item) for item in getattr(self.bank, field)}
        for item in items:
            if key(item) in have:
                self.count(field, False)
                continue
            have.add(key(item))
            setattr(self.bank, field, [*getattr(self.bank, field), self.fresh(item, kind)])
            self.count(field, True)


def merge_banks(base: Bank, incoming: Bank) -> MergeReport:
    """`base` with what `incoming` adds; `base` itself is left unchanged."""
    merge = _Merge(base)
    person = merge.bank.person
    for name in ("name", "label", "email", "phone", "location", "url", "summary"):
        if not getattr(person, name) and getattr(incoming.person, name):
            setattr(person, name, getattr(incoming.person, name))
    urls = {normalise(link.url) for link in person.links}
    person.links = [*person.links, *(link for link in incoming.person.links if normalise(link.url) not in urls)]
    for job in incoming.jobs:
        merge.job(job)
    for project in incoming.projects:
        merge.project(project)
    merge.listed("education", "education", incoming.education,
                 lambda e: (normalise(e.institution), normalise(e.study_type)))
    merge.listed("certificates", "certificate", incoming.certificates, lambda c: normalise(c.name))
    merge.listed("awards", "award", incoming.awards, lambda a: normalise(a.title))
    merge.listed("patents", "patent", incoming.patents, lambda p: normalise(p.number or p.title))
    merge.listed("publications", "publication", incoming.publications, lambda p: normalise(p.name))
    bank = Bank.model_validate(merge.bank.model_dump())  # re-check id uniqueness over the whole result
    return MergeReport(bank=bank, added=merge.added, skipped=merge.skipped, details=merge.details)
