"""Merge an imported bank fragment into the user's bank without overwriting, duplicating or dropping.

Matching is by meaning, not id: a job matches a job of the same company (normalised) whose dates
overlap - one already in the bank, or one added earlier in the same merge - and is combined with it.
Combining never drops anything: each position comes along with its dates unless the very same
position (title and dates) is already there. Which rows will be combined is known before the merge
(`MergeReport.combined`, the same code run on the preview), so the preview can say "3 rows -> Cisco:
3 positions", and the user can keep them separate (`separate`: incoming job ids never combined).
An accomplishment whose text is already somewhere in the bank, or a skill its owner already has
(after normalising case, whitespace and punctuation), is skipped. Projects match by name and dates,
education by institution, degree and dates, the rest by name or title. Existing values are never
changed; empty person fields are filled. Importing the same file twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Collection

from pydantic import BaseModel, ConfigDict, Field

from resume_core.importing.dates import overlaps
from resume_core.importing.skills import normalise
from resume_core.bank.model import Bank, Job, Position, Project, new_id


class Combined(BaseModel):
    """Several preview rows that become one job, or rows that go into a job the bank already has."""

    model_config = ConfigDict(extra="forbid")

    job_id: str = Field(description="Id of the job in the merged bank.")
    company: str
    rows: list[str] = Field(description="Ids of the incoming jobs (preview rows) combined, in order.")
    existing: bool = Field(description="True when they go into a job the bank held before the merge.")
    positions: int = Field(description="Positions the job holds after the merge.")

    def describe(self) -> str:
        """'3 rows -> Cisco: 3 positions', or '1 row -> your Cisco: 2 positions'."""
        rows = f"{len(self.rows)} row" + ("s" if len(self.rows) != 1 else "")
        positions = f"{self.positions} position" + ("s" if self.positions != 1 else "")
        return f"{rows} -> {'your ' if self.existing else ''}{self.company}: {positions}"


class MergeReport(BaseModel):
    """The merged bank and what happened to each incoming item."""

    model_config = ConfigDict(extra="forbid")

    bank: Bank
    added: dict[str, int] = Field(default_factory=dict, description="Kind -> number added.")
    skipped: dict[str, int] = Field(default_factory=dict, description="Kind -> number already there.")
    details: list[str] = Field(default_factory=list, description="One line per added or merged item.")
    combined: list[Combined] = Field(default_factory=list, description=(
        "Jobs that took more than one incoming row, or a row into a job the bank already had."))

    @property
    def added_total(self) -> int:
        return sum(self.added.values())


def match_key(text: str) -> str:
    """The duplicate-check key of a text: normalised, or (all symbols, which normalise to nothing)
    the text itself, so such a row is compared, never dropped."""
    return normalise(text) or " ".join(text.split())


def _position_key(position: Position) -> tuple[str, str, str]:
    return match_key(position.title), position.start_date, position.end_date


def _same_dates(a_start: str, a_end: str, b_start: str, b_end: str) -> bool:
    """Whether an incoming item's dates say nothing new: the same, or none given."""
    return (a_start, a_end) == (b_start, b_end) or not (b_start or b_end)


class _Merge:
    def __init__(self, base: Bank, separate: Collection[str]) -> None:
        self.bank = base.model_copy(deep=True)
        self.base_jobs = {j.id for j in base.jobs}
        self.separate = set(separate)
        self.ids = self.bank.ids()
        self.added: dict[str, int] = {}
        self.skipped: dict[str, int] = {}
        self.details: list[str] = []
        self.rows_of: dict[str, list[str]] = {}  # merged job id -> incoming job ids that went into it
        self.texts = {match_key(a.text) for o in self.bank.owners() for a in o.accomplishments}

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
        have = {match_key(s.name) for s in target.skills}
        for skill in incoming.skills:
            key = match_key(skill.name)
            if key in have:
                self.count("skills", False)
                continue
            have.add(key)
            target.skills = [*target.skills, self.fresh(skill, "skill")]
            self.count("skills", True)
        for acc in incoming.accomplishments:
            key = match_key(acc.text)
            if key in self.texts:
                self.count("accomplishments", False)
                continue
            self.texts.add(key)
            target.accomplishments = [*target.accomplishments, self.fresh(acc, "accomplishment")]
            self.count("accomplishments", True)

    def match(self, incoming: Job) -> Job | None:
        """The job `incoming` combines with: same company, overlapping dates, not kept separate; one
        that already holds one of its positions first (a second import lands where the first did)."""
        if incoming.id in self.separate:
            return None
        key = match_key(incoming.name)
        candidates = [
            j for j in self.bank.jobs
            if match_key(j.name) == key and overlaps(j.start_date, j.end_date, incoming.start_date, incoming.end_date)
            and not (set(self.rows_of.get(j.id, ())) & self.separate)
        ]
        mine = {_position_key(p) for p in incoming.positions}
        return next((j for j in candidates if mine & {_position_key(p) for p in j.positions}),
                    candidates[0] if candidates else None)

    def add_shell(self, incoming: Job | Project, kind: str) -> Job | Project:
        """Add `incoming` (a job or project) without its items, which `into_owner` then merges in."""
        shell = self.fresh(incoming.model_copy(update={"skills": [], "accomplishments": [], "anecdotes": []}), kind)
        setattr(self.bank, f"{kind}s", [*getattr(self.bank, f"{kind}s"), shell])
        self.count(f"{kind}s", True)
        self.details.append(f"added {kind} {shell.name}")
        return getattr(self.bank, f"{kind}s")[-1]

    def job(self, incoming: Job) -> None:
        match = self.match(incoming)
        if match is None:
            target = self.add_shell(incoming, "job")
        else:
            self.count("jobs", False)
            target = match
            have = {_position_key(p) for p in target.positions}
            new_positions = []
            for position in incoming.positions:
                if _position_key(position) not in have:  # never drop one: only the very same is skipped
                    have.add(_position_key(position))
                    new_positions.append(Position(**position.model_dump()))
            if new_positions:
                target.positions = [*target.positions, *new_positions]
                self.added["positions"] = self.added.get("positions", 0) + len(new_positions)
                self.details.append(f"merged {len(new_positions)} position(s) into {target.name}")
            for name in ("location", "url", "description"):
                if not getattr(target, name) and getattr(incoming, name):
                    setattr(target, name, getattr(incoming, name))
        self.rows_of.setdefault(target.id, []).append(incoming.id)
        self.into_owner(target, incoming)

    def project(self, incoming: Project) -> None:
        match = next((p for p in self.bank.projects if match_key(p.name) == match_key(incoming.name)
                      and _same_dates(p.start_date, p.end_date, incoming.start_date, incoming.end_date)), None)
        if match is None:
            self.into_owner(self.add_shell(incoming, "project"), incoming)
        else:
            self.count("projects", False)
            self.into_owner(match, incoming)

    def person_skills(self, incoming: Bank) -> None:
        have = {match_key(s.name) for s in self.bank.all_skills()}
        for skill in incoming.skills:
            key = match_key(skill.name)
            if key in have:
                self.count("skills", False)
                continue
            have.add(key)
            self.bank.skills = [*self.bank.skills, self.fresh(skill, "skill")]
            self.count("skills", True)

    def listed(self, field: str, kind: str, items: list, key, dates=lambda item: ()) -> None:
        """Add each item unless one with the same key and the same dates (or it has none) is there."""
        have: dict = {}
        for item in getattr(self.bank, field):
            have.setdefault(key(item), set()).add(dates(item))
        for item in items:
            when = dates(item)
            if when in have.get(key(item), ()) or (key(item) in have and not any(when)):
                self.count(field, False)
                continue
            have.setdefault(key(item), set()).add(when)
            setattr(self.bank, field, [*getattr(self.bank, field), self.fresh(item, kind)])
            self.count(field, True)

    def combined(self) -> list[Combined]:
        out = []
        for job in self.bank.jobs:
            rows = self.rows_of.get(job.id, [])
            existing = job.id in self.base_jobs
            if len(rows) > 1 or (rows and existing):
                out.append(Combined(job_id=job.id, company=job.name, rows=rows, existing=existing,
                                    positions=len(job.positions)))
        return out


def merge_banks(base: Bank, incoming: Bank, separate: Collection[str] = ()) -> MergeReport:
    """`base` with what `incoming` adds; `base` itself is left unchanged. Incoming jobs whose ids are
    in `separate` become jobs of their own, never combined with another."""
    merge = _Merge(base, separate)
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
    merge.person_skills(incoming)
    merge.listed("education", "education", incoming.education,
                 lambda e: (match_key(e.institution), normalise(e.study_type)), lambda e: (e.start_date, e.end_date))
    merge.listed("certificates", "certificate", incoming.certificates, lambda c: match_key(c.name), lambda c: (c.date,))
    merge.listed("awards", "award", incoming.awards, lambda a: match_key(a.title), lambda a: (a.date,))
    merge.listed("patents", "patent", incoming.patents, lambda p: normalise(p.number or p.title))
    merge.listed("publications", "publication", incoming.publications, lambda p: match_key(p.name), lambda p: (p.release_date,))
    bank = Bank.model_validate(merge.bank.model_dump())  # re-check id uniqueness over the whole result
    return MergeReport(bank=bank, added=merge.added, skipped=merge.skipped, details=merge.details,
                       combined=merge.combined())
