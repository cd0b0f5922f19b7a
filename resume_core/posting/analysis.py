"""Posting analysis: a job posting's text -> its facts and requirements, explicit and implied.

Offline (always computed), in named passes: the text is first unglued (`posting.unglue.unglue`:
run-together bullets, headings and sentences of job-board postings get their line breaks back),
cut into sections by their headings (`posting.headings`) and into clauses, and every sentence that
asks for nothing (benefits, company blurb, how to apply, legal text, what one could grow into) is
left out. Then
- `stated_pass`: each requirement a sentence states becomes one row with a short line ("Kubernetes",
  "3+ years of Terraform", "Experience leading a team of 5+ engineers") and the sentence as its
  quote; "A or B" (and "one of A, B") gives an alternatives group, a list gives separate rows, and a
  name of a skill list the vocabulary does not know a row in the list's words; a skill only a
  responsibility names is implied ("a duty of the role"), and so is one that the introduction of a
  posting with a requirements section names without asking for it, or, in a posting without one, a
  sentence that reads as no ask (`posting.sentence_roles.reads_as_ask`: no ask's or requirement's
  words, longer than a list item). A named tool keeps its source's
  confidence, a plain word ("database") and a soft skill less (`posting.rows.mention_confidence`), so
  the table ranks first what an employer would list; the words around a name (`posting.cues`) tell
  a team's or a firm's name and what is not needed;
- `facts_pass`: degree, certification, clearance, travel, work mode and place, each a row of its aspect;
- `implied_by_tools`, `implied_by_phrases`, `implied_by_occupation`: implied requirements, each with
  a rationale (Kubernetes -> containers, a skill employers ask for with a stated one: messaging ->
  web services, learned from postings by tools/mine_implied.py, "on-call" -> production operations,
  the O*NET occupation's most typical tools), capped at max(3, half the stated ones), one per piece of evidence first.
Confidence is calibrated per source on the development postings (see CONFIDENCE); the table shows
low ones as "maybe". With an AI engine the model's structured reading (prompt `analyze_posting`:
the same fields as a row) is validated, normalised through the same vocabulary and merged in.

This module is the public face; the passes live in `posting.stated` (stated and facts passes, with
`posting.cues`),
`posting.implied` (implied passes and the cap), `posting.merge` (the model's reading) and
`posting.rows` (the collector, confidence and short lines they share).
"""

from __future__ import annotations

import re

from resume_core.posting import facts as pf
from resume_core.posting import sections as ps
from resume_core.engines.base import Engine, ExtractRequest
from resume_core.errors import EngineError
from resume_core.bank.model import Posting, Requirement, new_id, now_iso
from resume_core.posting.implied import cap_implied, implied_by_occupation, implied_by_phrases, implied_by_tools
from resume_core.posting.merge import ExtractedRequirement, ImpliedItem, PostingExtract, as_extract, merge_extract
from resume_core.posting.rows import CONFIDENCE, KIND_ORDER, Collector, PostingAnalysis, short_line, shorten
from resume_core.posting.stated import facts_pass, first_line_title, stated_pass, title_pass

__all__ = ["CONFIDENCE", "KIND_ORDER", "NOT_A_POSTING", "ExtractedRequirement", "ImpliedItem", "PostingAnalysis",
           "PostingExtract", "analyze_offline", "analyze_posting", "apply_analysis", "build_posting",
           "merge_extract", "posting_warnings", "short_line"]

# Long runs of blanks carry no meaning and would make the patterns over the text slow: two spaces
# inside a line and eight of indentation are kept (each run is matched once, from its start).
_SPACES = re.compile(r"(?<=[^ \t\n])[ \t\u00a0]{3,}")
_INDENT = re.compile(r"^[ \t\u00a0]{9,}", re.MULTILINE)


def analyze_offline(text: str, title: str = "") -> PostingAnalysis:
    """The deterministic analysis (no model), in named passes over the posting."""
    text = ps.unglue(_SPACES.sub("  ", _INDENT.sub("        ", text)))
    sections = ps.split_sections(text)
    clauses = ps.clauses(sections)
    found = Collector()
    stated_pass(found, sections, clauses, first_line_title(text))
    if title:
        title_pass(found, title)
    facts_pass(found, text, clauses)
    implied_by_tools(found)
    implied_by_phrases(found, clauses)
    title = title or pf.find_title(text)
    occupation = implied_by_occupation(found, title)
    cap_implied(found)
    asked = "\n".join(c.text for c in clauses if c.section in ("requirements", "preferred", "intro"))
    mode, _ = pf.work_mode(text)
    analysis = PostingAnalysis(
        title=title, company=pf.find_company(text, sections), seniority=pf.find_seniority(title, text),
        years_experience=pf.find_years(asked or text), degree=pf.find_degree(asked or text),
        location=pf.find_location(text), remote=mode,
        summary=_summary(sections), occupation=occupation.title if occupation else "",
        requirements=found.result(),
    )
    analysis.warnings.extend(posting_warnings(analysis.requirements))
    return analysis


NOT_A_POSTING = ("This doesn't look like a job posting: no requirements or skills found. Paste the whole "
                 "posting, its requirements included, and analyse it again (or delete this one).")


def posting_warnings(requirements: list[Requirement]) -> list[str]:
    """Warnings about an analysis result (a warning, not an error: the user may know better)."""
    return [] if any(r.kind != "implied" for r in requirements) else [NOT_A_POSTING]


def _summary(sections: list[ps.Section]) -> str:
    for kind in ("responsibilities", "intro"):
        for section in sections:
            if section.kind == kind and section.lines:
                return shorten(" ".join(section.lines[:2]))
    return ""


def analyze_posting(text: str, engine: Engine | None = None, title: str = "") -> PostingAnalysis:
    """Analyse a posting offline, and with `engine` (when it is not offline) merge in a model's reading."""
    analysis = analyze_offline(text, title)
    if engine is None or engine.offline:
        return analysis
    request = ExtractRequest(
        prompt="analyze_posting", variables={"posting": text}, schema=PostingExtract,
        offline=lambda: as_extract(analysis),
    )
    try:
        extract = engine.extract(request)
    except EngineError as error:  # the offline reading stands on its own; the model only adds to it
        analysis.warnings.append(f"The AI engine could not analyse this posting: {error.message} "
                                 f"This is the offline analysis. {error.fix} Then press Analyze to try again.")
        return analysis
    return merge_extract(analysis, extract, text)


def apply_analysis(posting: Posting, analysis: PostingAnalysis) -> Posting:
    """The posting with the analysis' facts filled in (typed facts win) and its requirements replaced.

    The user's own work survives a new analysis: rows they added or rewrote are kept, and a
    requirement they switched off stays off.
    """
    facts = {f: getattr(analysis, f) for f in ("title", "company", "seniority", "years_experience", "degree",
                                               "location", "remote", "summary")}
    update = {k: (getattr(posting, k) or v) if k in ("title", "company") else v for k, v in facts.items()}
    mine = [r for r in posting.requirements if r.source == "user"]
    dropped = {(r.skill or r.text).lower() for r in posting.requirements if not r.keep}
    taken = {(r.skill or r.text).lower() for r in mine}
    fresh = [r if (r.skill or r.text).lower() not in dropped else r.model_copy(update={"keep": False})
             for r in analysis.requirements if (r.skill or r.text).lower() not in taken]
    return posting.model_copy(update={**update, "requirements": [*mine, *fresh], "analyzed_at": now_iso()})


def build_posting(text: str, company: str = "", title: str = "", url: str = "",
                  engine: Engine | None = None, analyse: bool = True) -> Posting:
    """A new posting from its text, analysed (with `analyse=False` not yet: save the text first, then
    analyse, so nothing the user pasted depends on the analysis succeeding)."""
    posting = Posting(id=new_id("posting"), company=company.strip(), title=title.strip(), url=url.strip(),
                      text=text, saved_at=now_iso())
    return apply_analysis(posting, analyze_posting(text, engine, title=title.strip())) if analyse else posting
