"""Coverage: for each requirement of a posting, the best evidence in the bank and whether it is on the page.

A requirement is covered when a line of the tailored page proves it (a cover of at least `COVERED`);
"not_selected" when the bank holds such proof but the page does not show it; a gap otherwise, with
the closest evidence, if any, so the user knows what to tell the interviewer. Lines the user typed
count by what they say: their text is scored like any other, and so are the page's education,
certificates and the title lines of its jobs and projects ("B.S. Computer Science" proves "a degree in
computer science"; "Software Engineer, Haulpath Logistics" says something about logistics).

A sentence that offers alternatives ("Istio or Linkerd") is answered by any one of them
(`sentence_options`): the others are marked covered by it, and when none is there the sentence is one
gap (`gap_groups`), not one per skill. Alternatives are read conservatively from the words between two
skills: "or" or "/" makes them alternatives, "and", commas and brackets keep them together, anything else
("operators in Go") ends the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from resume_core import clock
from resume_core.bank.chronology import chronological
from resume_core.tailoring.evidence import EvidenceIndex, evidence_units
from resume_core.bank.model import Bank, Certificate, Education, Entry, Job, Posting, Project, Requirement, TailoredResume
from resume_core.tailoring.scoring import ScoreTable
from resume_core.tailoring.selection import COVERS
from resume_core.tailoring.summary import SUMMARY_ID
from resume_core.tailoring.verdicts import judge
from resume_core.vocab.vocabulary import load_vocabulary

COVERED = COVERS  # a cover at least this strong counts as evidence for a requirement
VERDICT_RANK = {"met": 3, "not_on_page": 2, "partly_met": 1, "not_met": 0}
Status = Literal["covered", "not_selected", "gap"]
STATUS_OF: dict[str, Status] = {"met": "covered", "not_on_page": "not_selected", "partly_met": "gap", "not_met": "gap"}
HEADER_KINDS = ("entry", "education", "certificate")
OR = re.compile(r"(?<![\w-])or(?![\w-])", re.I)
ONE_OF = re.compile(r"\b(?:one of|either)\b", re.I)  # "one of Go, Rust, Zig": the commas offer alternatives
FILLER_WORDS = 3  # "Rust, or experience with eBPF": a few words may follow the "or"
TOGETHER = re.compile(r"(?:\s|[,:;&()/]|\band\b|-\w+\b)*", re.I)  # "X and Y", "X (Y)", "eBPF-based networking"


class CoverageRow(BaseModel):
    """One requirement: its best evidence in the bank and whether it is on the page."""

    model_config = ConfigDict(extra="forbid")

    requirement_id: str
    requirement: str
    kind: str
    skill: str = ""
    status: Literal["covered", "not_selected", "gap"]
    evidence_id: str = ""
    evidence_kind: str = ""
    evidence_text: str = ""
    job_id: str = ""
    job: str = ""
    cover: float = 0.0
    in_resume: bool = False
    best_owner_id: str = ""
    alternatives: list[str] = Field(default_factory=list, description=(
        "Skills the same sentence offers instead of this one ('Istio or Linkerd'): any of them would do."))
    covered_by_alternative: str = Field("", description=(
        "The alternative whose evidence stands for this requirement (e.g. 'Istio'), if it is not proven itself."))
    verdict: Literal["met", "partly_met", "not_met", "not_on_page"] = Field("not_met", description=(
        "'met': the page proves it; 'not_on_page': the bank proves it, the page does not show it; "
        "'partly_met': only part of it is shown (some of its words, fewer years, a lower degree); 'not_met'."))
    reason: str = Field("", description="One line the user can check, e.g. \"'Terraform' in your skills at Acme\".")
    evidence: list[str] = Field(default_factory=list, description="Bank ids of the lines the verdict rests on.")
    years_needed: float | None = Field(None, description="For a years ask: the minimum years the posting asks.")
    years_found: float | None = Field(None, description=(
        "For a years ask: the years the bank shows (or the user's own figure)."))


@dataclass(frozen=True)
class _Fact:
    """Evidence that is not a bank candidate: a line of the page, or a title line, school or certificate."""

    id: str
    kind: str
    text: str
    owner_id: str = ""
    owner_name: str = ""


def entry_line(source: Entry | Job | Project) -> str:
    """A job's or project's title line as a reader sees it: its titles, then its name."""
    return ", ".join([*(p.title for p in getattr(source, "positions", [])), source.name])


def _header_facts(entries: list, education: list[Education], certificates: list[Certificate]) -> list[_Fact]:
    owner_ids = [getattr(e, "source_id", None) or e.id for e in entries]  # a page's Entry, or a bank Job/Project
    out = [_Fact(i, "entry", entry_line(e), i, e.name) for i, e in zip(owner_ids, entries)]
    # A school's or issuer's name says nothing the person can do ("The Linux Foundation"): the degree and
    # the certificate's name do.
    out += [_Fact(s.id, "education", " ".join(x for x in (s.study_type, s.area) if x)) for s in education]
    out += [_Fact(c.id, "certificate", c.name) for c in certificates]
    return [fact for fact in out if fact.text.strip()]


def coverage_rows(resume: TailoredResume, bank: Bank, posting: Posting, table: ScoreTable, today: str = "",
                  corrections: dict[str, float] | None = None) -> list[CoverageRow]:
    """Each kept requirement with its verdict and best evidence, on the page or not (see `CoverageRow`).
    `corrections` maps requirement ids to the years the user says they have (they replace the count)."""
    by_id = {c.id: c for c in table.candidates}
    facts: dict[str, _Fact] = {}
    on_page: dict[str, dict[str, float]] = {}
    for line in resume.lines():
        if line.provenance == "bank" and line.item_id in table.cover:
            on_page[line.item_id] = table.cover[line.item_id]
        elif line.provenance != "bank" or line.item_id == SUMMARY_ID:
            kind = "summary" if line.item_id == SUMMARY_ID and line.provenance == "bank" else "edited"
            facts[f"line:{line.text}"] = _Fact("", kind, line.text)
            on_page[f"line:{line.text}"] = table.cover_text(line.text)
    # The page's headers and the bank's (for "in the bank, not on the page") are scored like bullets.
    page_headers = _header_facts([*resume.experience, *resume.projects], resume.education, resume.certificates)
    bank_headers = _header_facts([*bank.jobs, *bank.projects], bank.education, bank.certificates)
    in_bank_cover = dict(table.cover)
    shown_headers = set(page_headers)
    for header in [*page_headers, *bank_headers]:
        key = f"{header.kind}:{header.id}:{header.text}"
        facts[key] = header
        covers = table.cover_text(header.text)
        in_bank_cover[key] = covers
        if header in shown_headers:
            on_page[key] = covers
    newest_job = chronological(bank.jobs)[0].id if bank.jobs else ""
    skills = {r.id: r.skill for r in posting.requirements}
    requirements = {r.id: r for r in posting.requirements}
    # Every bank line, not only those sharing an exact word with the posting: "independent working" proves
    # "Work Independently" (the index finds candidates by the first letters of words, as verdicts match them)
    units = EvidenceIndex(evidence_units(resume, bank))
    today = today or clock.today()

    # Strongest evidence first; among equals, the more recent job's; then by id.
    def rank(pair: tuple[float, str]) -> tuple[float, float, str]:
        if pair[1] in by_id:
            recency = by_id[pair[1]].recency
        else:  # a line of the page wins a tie with the bank; a header loses it to a bullet that says more
            recency = 0.0 if facts[pair[1]].kind in HEADER_KINDS else 1.0
        return (-pair[0], -recency, pair[1])

    def best(covers: dict[str, dict[str, float]]) -> dict[str, tuple[float, str]]:
        # The first by `rank` of each requirement, in one pass over the covers (not one per requirement).
        keys: dict[str, tuple] = {}
        out: dict[str, tuple[float, str]] = {}
        for item, cover_of in covers.items():
            for req_id, value in cover_of.items():
                if req_id in out and value < out[req_id][0]:
                    continue  # weaker evidence never ranks first
                key = rank((value, item))
                if req_id not in keys or key < keys[req_id]:
                    keys[req_id], out[req_id] = key, (value, item)
        return out

    best_in_bank, best_here = best(in_bank_cover), best(on_page)
    rows = []
    for req in table.requirements:
        in_bank = [best_in_bank[req.id]] if req.id in best_in_bank else []
        here = [best_here[req.id]] if req.id in best_here else []
        if here and here[0][0] >= COVERED:
            status, (cover, evidence) = "covered", here[0]
        else:
            status = "not_selected" if in_bank and in_bank[0][0] >= COVERED else "gap"
            cover, evidence = in_bank[0] if in_bank else (0.0, "")
        cand = by_id.get(evidence)
        fact = _Fact(cand.id, cand.kind, cand.text, cand.owner_id, cand.owner_name) if cand else facts.get(evidence)
        first = in_bank[0][1] if in_bank else ""
        best_owner = by_id[first].owner_id if first in by_id else (facts[first].owner_id if first in facts else "")
        found = judge(requirements[req.id], units, bank, resume, today, cover, status, fact.id if fact else "",
                      fact.text if fact else "", (corrections or {}).get(req.id))
        status = STATUS_OF[found.verdict]
        rows.append(
            CoverageRow(
                requirement_id=req.id, requirement=req.text, kind=req.kind, skill=skills.get(req.id, ""),
                status=status, evidence_id=fact.id if fact else "", evidence_kind=fact.kind if fact else "",
                evidence_text=fact.text if fact else "", job_id=fact.owner_id if fact else "",
                job=fact.owner_name if fact else "", cover=round(cover, 4), in_resume=status == "covered",
                best_owner_id=best_owner or newest_job, verdict=found.verdict, reason=found.reason,
                evidence=found.evidence, years_needed=found.years_needed, years_found=found.years_found,
            )
        )
    return _apply_alternatives(rows, requirements)


def _apply_alternatives(rows: list[CoverageRow], requirements: dict[str, Requirement]) -> list[CoverageRow]:
    """Within a set of alternatives, the best-proven option stands for the others: the analysis's
    `alternatives_group` when it set one, else the sentence's own words (`sentence_options`)."""
    out = list(rows)
    by_group: dict[str, list[int]] = {}
    by_text: dict[str, list[int]] = {}
    for n, row in enumerate(rows):
        group = requirements[row.requirement_id].alternatives_group if row.requirement_id in requirements else ""
        if group:
            by_group.setdefault(group, []).append(n)
        elif row.skill and not any(r.alternatives_group for r in requirements.values()):
            by_text.setdefault(row.requirement, []).append(n)
    for members in by_group.values():
        if len(members) > 1:
            _stand_in(rows, out, [[n] for n in members])
    for text, members in by_text.items():
        for options in sentence_options(text, [rows[n].skill for n in members]):
            groups = [[n for n in members if rows[n].skill.lower() in {s.lower() for s in opt}] for opt in options]
            _stand_in(rows, out, groups)
    return out


def _stand_in(rows: list[CoverageRow], out: list[CoverageRow], groups: list[list[int]]) -> None:
    """Mark the rows of each option (`groups` of row indices) with their alternatives, and let the best
    proven option lend its evidence to the options proven less well."""
    def level(group: list[int]) -> int:
        return min(VERDICT_RANK[rows[n].verdict] for n in group)

    best = max(groups, key=level)  # among equals the first, in reading order
    lent = rows[max(best, key=lambda n: (rows[n].cover, -n))]
    for group in groups:
        others = [rows[n].skill for g in groups if g is not group for n in g]
        for n in group:
            update: dict[str, object] = {"alternatives": others}
            if group is not best and VERDICT_RANK[rows[n].verdict] < level(best):
                update.update({f: getattr(lent, f) for f in (
                    "status", "in_resume", "evidence_id", "evidence_kind", "evidence_text", "job_id", "job", "cover",
                    "verdict", "evidence", "years_found")})
                via = " and ".join(rows[i].skill or rows[i].requirement for i in best)
                update["covered_by_alternative"] = via
                update["reason"] = f"via {via}, an alternative the posting offers: {lent.reason}"
            out[n] = out[n].model_copy(update=update)


def gap_groups(rows: list[CoverageRow]) -> list[list[CoverageRow]]:
    """The not-met requirements as a reader counts them: one per set of alternatives ("Rust, or eBPF (Cilium)" is one
    gap), one per skill or requirement otherwise (a skill asked for twice is one gap); in table order."""
    alternatives = {(r.requirement, r.skill.lower()): r.alternatives for r in rows}
    groups: dict[tuple[str, ...], list[CoverageRow]] = {}
    for row in rows:
        if row.verdict != "not_met":
            continue
        if row.alternatives:
            # Every skill of the set: this row's, its alternatives', and theirs (which include this option's).
            skills = {row.skill.lower(), *(a.lower() for a in row.alternatives)}
            for other in row.alternatives:
                skills.update(a.lower() for a in alternatives.get((row.requirement, other.lower()), []))
            key = ("one of", row.requirement, *sorted(skills))
        else:
            key = ("topic", (row.skill or row.requirement).lower())
        groups.setdefault(key, []).append(row)
    return list(groups.values())


def sentence_options(text: str, skills: list[str]) -> list[list[list[str]]]:
    """The sets of alternatives a requirement sentence offers among `skills`: each set is a list of
    options, each option the skills it needs together, in reading order. "Datadog, or Prometheus and
    Grafana" gives [[["Datadog"], ["Prometheus", "Grafana"]]]; "Go, Python and Rust" gives []."""
    wanted = {s.lower() for s in skills}
    sets: list[list[list[str]]] = []
    names: list[str] = []
    links: list[str] = []  # between names[i] and names[i + 1]: "or", "and", "and-word" or "comma"

    def close() -> None:
        if "or" in links or (one_of and "comma" in links):
            # A bare comma lists alternatives in "A, B or C", not in "A, B and C or D".
            comma = "and" if "and-word" in links and not one_of else "or"
            options = [[names[0]]]
            for name, link in zip(names[1:], links):
                if (comma if link == "comma" else link) == "or":
                    options.append([name])
                else:
                    options[-1].append(name)
            found = [opt for opt in ([n for n in o if n.lower() in wanted] for o in options) if opt]
            if len(found) > 1:
                sets.append(found)
        names.clear()
        links.clear()

    one_of = bool(ONE_OF.search(text))
    mentions = load_vocabulary().find(text)
    for before, mention in zip([None, *mentions], mentions):
        between = text[before.end:mention.start] if before else ""
        if before is None:
            pass
        elif OR.search(between) and len(re.findall(r"[a-z]+", OR.sub(" ", between), re.I)) <= FILLER_WORDS:
            if "or" not in links and "and-word" in links:
                # "Kubernetes and Terraform or Pulumi": what came before the "and" is needed anyway.
                cut = len(links) - links[::-1].index("and-word")
                del names[:cut], links[:cut]
            links.append("or")
        elif re.fullmatch(r"\s*,\s*", between):
            links.append("comma")
        elif TOGETHER.fullmatch(between) and not re.search(r",\s*(?:and|&)", between, re.I):
            links.append("and-word" if re.search(r"\band\b|&", between, re.I) else "and")
        else:  # "operators in Go", "Kafka, and Kubernetes": the list ended
            close()
        names.append(mention.canonical)
    close()
    return sets
