"""Hypothesis strategies for banks, postings and snapshots with hostile text in every string field.

Ids are numbered per draw so they are unique; text mixes every Unicode category (control characters,
the escape marker ␛, private-use characters) with whitespace-only and XML-special
strings, because those are what break naive XML round trips.
"""

from __future__ import annotations

import itertools

from hypothesis import strategies as st

from resume_core.bank import model as m

TRICKY = [
    "", " ", "  \n\t ", "\r\n", "\r", "a\rb", "&amp;", "<tag>", "]]>", "\"'", "\x00", "\x1f\x7f",
    "\ufffe\uffff", "\u241b", "\u241bd;", "\u241b41;", " lead", "trail ", "\n\nboth\n",
    "Ünïcödé 日本語 🎯", "&#13;", "<!-- c -->", "<![CDATA[x]]>",
]

text = st.one_of(
    st.sampled_from(TRICKY),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
    st.lists(st.sampled_from(TRICKY), max_size=3).map("".join),
)
non_empty = text.filter(bool)
dates = st.sampled_from(["", "2021", "2021-03", "1999-12-31", "2024-02-29"])
floats = st.floats(allow_nan=False, allow_infinity=False)


@st.composite
def banks(draw) -> m.Bank:
    counter = itertools.count()

    def ident(prefix: str) -> str:
        return f"{prefix}-{next(counter)}"

    def skill():
        return m.Skill(id=ident("skl"), name=draw(non_empty), category=draw(text),
                       source_anecdote_id=draw(text))

    def accomplishment():
        return m.Accomplishment(id=ident("acc"), text=draw(non_empty), source_anecdote_id=draw(text))

    def anecdote():
        turns = [m.Turn(role=draw(st.sampled_from(["assistant", "user"])), text=draw(text), at=draw(text))
                 for _ in range(draw(st.integers(0, 3)))]
        return m.Anecdote(id=ident("anc"), title=draw(text), summary=draw(text), transcript=turns,
                          status=draw(st.sampled_from(["in_progress", "saved"])), topic=draw(text),
                          posting_id=draw(text), created=draw(text), updated=draw(text))

    def items(make, most=2):
        return [make() for _ in range(draw(st.integers(0, most)))]

    def job():
        return m.Job(
            id=ident("job"), name=draw(non_empty), location=draw(text), url=draw(text), description=draw(text),
            positions=[m.Position(title=draw(non_empty), start_date=draw(dates), end_date=draw(dates))
                       for _ in range(draw(st.integers(0, 2)))],
            skills=items(skill), accomplishments=items(accomplishment), anecdotes=items(anecdote, 1),
        )

    def project():
        return m.Project(
            id=ident("prj"), name=draw(non_empty), url=draw(text), description=draw(text),
            roles=draw(st.lists(text, max_size=2)), technologies=draw(st.lists(text, max_size=2)),
            start_date=draw(dates), end_date=draw(dates),
            skills=items(skill), accomplishments=items(accomplishment), anecdotes=items(anecdote, 1),
        )

    person = m.Person(
        name=draw(text), label=draw(text), email=draw(text), phone=draw(text), location=draw(text),
        url=draw(text), summary=draw(text),
        links=[m.Link(network=draw(text), url=draw(text), username=draw(text)) for _ in range(draw(st.integers(0, 2)))],
    )
    return m.Bank(
        person=person, jobs=items(job), projects=items(project, 1),
        education=[m.Education(id=ident("edu"), institution=draw(non_empty), url=draw(text), area=draw(text),
                               study_type=draw(text), start_date=draw(dates), end_date=draw(dates),
                               score=draw(text), courses=draw(st.lists(text, max_size=2)))
                   for _ in range(draw(st.integers(0, 1)))],
        certificates=items(lambda: m.Certificate(id=ident("crt"), name=draw(non_empty), date=draw(dates),
                                                 issuer=draw(text), url=draw(text)), 1),
        awards=items(lambda: m.Award(id=ident("awd"), title=draw(non_empty), date=draw(dates),
                                     awarder=draw(text), summary=draw(text)), 1),
        patents=items(lambda: m.Patent(id=ident("pat"), title=draw(non_empty), number=draw(text),
                                       date=draw(dates), url=draw(text), summary=draw(text)), 1),
        publications=items(lambda: m.Publication(id=ident("pub"), name=draw(non_empty), publisher=draw(text),
                                                 release_date=draw(dates), url=draw(text), summary=draw(text)), 1),
    )


@st.composite
def postings(draw) -> m.Posting:
    requirements = [
        m.Requirement(id=f"req-{i}", text=draw(non_empty), kind=draw(st.sampled_from(["required", "preferred", "implied"])),
                      skill=draw(text), category=draw(text), rationale=draw(text),
                      confidence=draw(st.floats(0.0, 1.0)), keep=draw(st.booleans()),
                      source=draw(st.sampled_from(["offline", "llm", "user"])),
                      aspect=draw(st.sampled_from(["skill", "years", "degree", "work_mode", "other"])),
                      years_min=draw(st.none() | st.floats(0.0, 40.0)), alternatives_group=draw(text),
                      quote=draw(text))
        for i in range(draw(st.integers(0, 3)))
    ]
    fields = {name: draw(text) for name in ("company", "title", "url", "text", "saved_at", "notes", "seniority",
                                            "years_experience", "degree", "location", "remote", "summary", "analyzed_at")}
    status = draw(st.sampled_from(["saved", "applied", "interviewing", "rejected", "offer"]))
    return m.Posting(id="pst-1", status=status, requirements=requirements, **fields)


@st.composite
def lines(draw) -> m.Line:
    return m.Line(item_id=draw(text), text=draw(text), provenance=draw(st.sampled_from(["bank", "edited", "user"])),
                  score=draw(floats), covers=draw(st.lists(text, max_size=2)))


@st.composite
def snapshots(draw) -> m.Snapshot:
    entries = [
        m.Entry(source_id=draw(text), kind=draw(st.sampled_from(["job", "project"])), name=draw(text),
                location=draw(text), url=draw(text),
                positions=[m.Position(title=draw(non_empty), start_date=draw(dates))],
                start_date=draw(dates), end_date=draw(dates), bullets=draw(st.lists(lines(), max_size=2)),
                collapsed=draw(st.booleans()))
        for _ in range(draw(st.integers(0, 2)))
    ]
    resume = m.TailoredResume(
        posting_id=draw(text), person=m.Person(name=draw(text)), summary=draw(st.none() | lines()),
        experience=entries, projects=entries[:1], skills=draw(st.lists(lines(), max_size=2)),
        education=[m.Education(id="edu-1", institution=draw(non_empty), courses=draw(st.lists(text, max_size=2)))],
        certificates=[m.Certificate(id="crt-1", name=draw(non_empty))] if draw(st.booleans()) else [],
    )
    return m.Snapshot(id="snp-1", posting_id=draw(text), created=draw(text), template=draw(text),
                      note=draw(text), resume=resume)
