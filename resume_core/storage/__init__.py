"""Where banks, postings and snapshots live: the storage rules written once (version tokens,
conflicts, history) over a local folder or the session. In: models; out: saved files, `Conflict`s.
"""

# No public names: ui/, pages/ and the CLI import nothing from this stage.
__all__: list[str] = []
