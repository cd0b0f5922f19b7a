"""Reverse-chronological order, as a resume lists jobs, projects and certificates.

Dates are ISO (`2021`, `2021-03`, `2021-03-15`); an empty end date means "present" and sorts first.
"""

from __future__ import annotations

from resume_core.bank.model import Job, Project


def neg_date(value: str) -> tuple[int, int, int]:
    """Sort key putting later ISO dates first, and '' (present) before any date."""
    if not value:
        return (-10000, 0, 0)
    parts = [int(p) for p in value.split("-")] + [0, 0]
    return (-parts[0], -parts[1], -parts[2])


def chronological(owners: list[Job] | list[Project]) -> list:
    """Reverse-chronological order (current first), keeping the bank's order where dates tie."""
    return sorted(owners, key=lambda o: (neg_date(o.end_date), neg_date(o.start_date)))
