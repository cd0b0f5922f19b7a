"""The skill vocabulary: canonical skills and aliases with a fast matcher, the context that makes a common
word a skill, and job titles -> O*NET occupations. In: text; out: skill mentions.
"""

# No public names: ui/, pages/ and the CLI import nothing from this stage.
__all__: list[str] = []
