"""How a gap (a not-met requirement, or a set of alternatives counted as one) is worded: the topic an
interview about it starts from, and the skills named in the order the posting names them."""

from __future__ import annotations

from resume_core.tailoring.coverage import CoverageRow


def gap_skills(group: list[CoverageRow]) -> list[str]:
    """The skills of a gap's rows, in the order the requirement sentence names them (unnamed last)."""
    words = group[0].requirement.lower()
    return sorted((row.skill for row in group if row.skill),
                  key=lambda skill: words.find(skill.lower()) if skill.lower() in words else len(words))


def gap_topic(group: list[CoverageRow]) -> str:
    """What 'Interview me about this' asks about: 'Rust or eBPF' for alternatives, else the skill, else
    the requirement's words."""
    skills = gap_skills(group)
    if len(skills) > 1:
        return ", ".join(skills[:-1]) + " or " + skills[-1]
    return group[0].skill or group[0].requirement


def gap_names_requirement(row: CoverageRow) -> bool:
    """Whether the requirement's words are just the skill's name (then the page says it once)."""
    return row.requirement.strip().lower() == row.skill.lower()
