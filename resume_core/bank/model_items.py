"""The parts of a Big Resume: the person, jobs and projects with their skills, accomplishments and
anecdotes, and the rest of a resume (education, certificates, awards, patents, publications).

Re-exported by `resume_core.bank.model`, which is where callers import them from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from resume_core.bank.model_base import IsoDate, ItemId, Strict

# --- the person -----------------------------------------------------------------------------


class Link(Strict):
    """A profile or web page (JSON Resume: basics.profiles)."""

    network: str = Field("", description="Site name, e.g. 'LinkedIn', 'GitHub' or 'Website'.")
    url: str = Field(description="Full address, e.g. 'https://github.com/ada'.")
    username: str = Field("", description="User name on that site, if any.")


class Person(Strict):
    """Who the Big Resume is about (JSON Resume: basics)."""

    name: str = Field("", description="Full name as it should appear on a resume.")
    label: str = Field("", description="Headline, e.g. 'Senior Platform Engineer'.")
    email: str = ""
    phone: str = ""
    location: str = Field("", description="City and region, e.g. 'Denver, CO'.")
    url: str = Field("", description="Personal website.")
    links: list[Link] = Field(default_factory=list)
    summary: str = Field(
        "", description="A long self-description in the person's own words; tailoring quotes from it."
    )


# --- items that live inside jobs and projects -----------------------------------------------


class Skill(Strict):
    """One skill, as the user names it; tailoring matches it through the skill vocabulary."""

    id: ItemId
    name: str = Field(min_length=1, description="The skill as the user writes it, e.g. 'Terraform'.")
    category: str = Field("", description="Optional grouping, e.g. 'Cloud' or 'Leadership'.")
    source_anecdote_id: str = Field("", description="Id of the anecdote it was suggested from, if any.")


class Accomplishment(Strict):
    """One resume bullet, written to be used verbatim."""

    id: ItemId
    text: str = Field(min_length=1, description="The bullet text, e.g. 'Cut deploy time from 40 to 6 minutes'.")
    source_anecdote_id: str = Field("", description="Id of the anecdote it was suggested from, if any.")


class Turn(Strict):
    """One turn of an interview transcript."""

    role: Literal["assistant", "user"]
    text: str
    at: str = Field("", description="ISO timestamp of the turn.")


class Anecdote(Strict):
    """An interview about a job or project: the full transcript and the summary the user edited."""

    id: ItemId
    title: str = Field("", description="A short name for the story, e.g. 'The 2022 billing migration'.")
    summary: str = Field("", description="The user's edited summary of the conversation.")
    transcript: list[Turn] = Field(default_factory=list)
    status: Literal["in_progress", "saved"] = Field(
        "saved", description="'in_progress' while the interview is still going; resumable later."
    )
    topic: str = Field("", description="What the interview was asked to probe, e.g. a posting gap.")
    posting_id: str = Field("", description="Id of the posting whose gaps it probes, if any; kept to resume it.")
    created: str = ""
    updated: str = ""


class Position(Strict):
    """One title held at a job, with its dates."""

    title: str = Field(min_length=1)
    start_date: IsoDate = ""
    end_date: IsoDate = Field("", description="Empty means 'present'.")


class Job(Strict):
    """An employer and everything done there (JSON Resume: work; `name` is the company)."""

    id: ItemId
    name: str = Field(min_length=1, description="Company or organisation name.")
    location: str = ""
    url: str = ""
    description: str = Field("", description="What the company does and what the role was about.")
    positions: list[Position] = Field(default_factory=list)
    skills: list[Skill] = Field(default_factory=list)
    accomplishments: list[Accomplishment] = Field(default_factory=list)
    anecdotes: list[Anecdote] = Field(default_factory=list)

    @property
    def start_date(self) -> str:
        """Earliest position start, or ''."""
        starts = [p.start_date for p in self.positions if p.start_date]
        return min(starts) if starts else ""

    @property
    def end_date(self) -> str:
        """Latest position end; '' when any position is current."""
        if not self.positions or any(not p.end_date for p in self.positions):
            return ""
        return max(p.end_date for p in self.positions)


class Project(Strict):
    """A side, open-source or client project (JSON Resume: projects)."""

    id: ItemId
    name: str = Field(min_length=1)
    url: str = ""
    description: str = ""
    roles: list[str] = Field(default_factory=list, description="E.g. ['Maintainer'].")
    technologies: list[str] = Field(default_factory=list, description="JSON Resume: keywords.")
    start_date: IsoDate = ""
    end_date: IsoDate = ""
    skills: list[Skill] = Field(default_factory=list)
    accomplishments: list[Accomplishment] = Field(default_factory=list)
    anecdotes: list[Anecdote] = Field(default_factory=list)


# --- the rest of a resume -------------------------------------------------------------------


class Education(Strict):
    """JSON Resume: education."""

    id: ItemId
    institution: str = Field(min_length=1)
    url: str = ""
    area: str = Field("", description="Field of study, e.g. 'Computer Science'.")
    study_type: str = Field("", description="Degree, e.g. 'B.S.'.")
    start_date: IsoDate = ""
    end_date: IsoDate = ""
    score: str = ""
    courses: list[str] = Field(default_factory=list)


class Certificate(Strict):
    """JSON Resume: certificates."""

    id: ItemId
    name: str = Field(min_length=1)
    date: IsoDate = ""
    issuer: str = ""
    url: str = ""


class Award(Strict):
    """JSON Resume: awards."""

    id: ItemId
    title: str = Field(min_length=1)
    date: IsoDate = ""
    awarder: str = ""
    summary: str = ""


class Patent(Strict):
    """A patent (not in JSON Resume)."""

    id: ItemId
    title: str = Field(min_length=1)
    number: str = ""
    date: IsoDate = ""
    url: str = ""
    summary: str = ""


class Publication(Strict):
    """JSON Resume: publications."""

    id: ItemId
    name: str = Field(min_length=1)
    publisher: str = ""
    release_date: IsoDate = ""
    url: str = ""
    summary: str = ""
