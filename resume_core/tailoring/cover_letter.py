"""A cover letter for one posting, written from the Big Resume: three short paragraphs, first person.

Offline (`build_cover_letter`) it is assembled, never invented:
1. the role and company from the posting, and who the person is now (their latest title and employer
   from the bank);
2. the strongest evidence for the posting's top requirements: for each, the highest-scored bullet of
   the tailored resume that covers it, turned into a first-person sentence ("At Acme, I cut ...");
3. the bank's own skill names the posting asks for, and a closing line.

`check_cover_letter` flags every number, tool, employer, title or other name the text states that is
in neither the bank nor the posting (the same grounding check the interview's suggestions use), so an
AI draft or the user's edit is shown with what to verify. `cover_letter_markdown` gives the letter in
the resume's Markdown dialect, so the PDF (same templates), DOCX and text exports reuse the resume's.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from resume_core.interview.grounding import bank_truth, check_grounding
from resume_core.bank.model import Bank, Posting, TailoredResume
from resume_core.output.render import CONTACT_SEPARATOR, contact_items, escape_markdown

MAX_EVIDENCE = 3
# Past-tense verbs that open a resume bullet and read as "I <verb> ..." once lower-cased.
_IRREGULAR = frozenset(
    "built led ran won cut made wrote grew set drove taught began found brought kept sold took gave spoke chose "
    "held oversaw rewrote shipped split sped fed met paid put read sent spent stood struck swept upheld".split())
_TITLE_WORD = re.compile(r"^[A-Z][a-z]+$")


class CoverLetter(BaseModel):
    """A cover letter as editable text, with where its claims come from."""

    model_config = ConfigDict(extra="forbid")

    posting_id: str = ""
    paragraphs: list[str] = Field(default_factory=list, description="The body, one string per paragraph.")
    evidence_ids: list[str] = Field(default_factory=list, description="Bank ids of the bullets it quotes.")

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def first_person(text: str, employer: str) -> str:
    """A resume bullet as a first-person sentence: 'Cut CI time ...' -> 'At Acme, I cut CI time ...'."""
    text = " ".join(text.split()).rstrip(".;")
    first, _, rest = text.partition(" ")
    verb = first.lower()
    if _TITLE_WORD.match(first) and (verb.endswith("ed") or verb in _IRREGULAR):
        sentence = f"I {verb} {rest}".rstrip()
    else:
        sentence = f"my work included this: {text}"
    return f"At {employer}, {sentence}." if employer else sentence[0].upper() + sentence[1:] + "."


def _evidence(resume: TailoredResume, posting: Posting) -> list[tuple[str, str, str]]:
    """(bank id, bullet text, employer) of the strongest bullet per top requirement, best requirement first."""
    order = {"required": 0, "preferred": 1, "implied": 2}
    requirements = sorted((r for r in posting.requirements if r.keep), key=lambda r: order.get(r.kind, 3))
    bullets = [(line, entry.name) for entry in (*resume.experience, *resume.projects) for line in entry.bullets]
    chosen: list[tuple[str, str, str]] = []
    used: set[str] = set()
    for requirement in requirements:
        covering = [(line, name) for line, name in bullets if requirement.id in line.covers and line.text not in used]
        if not covering:
            continue
        line, name = max(covering, key=lambda pair: pair[0].score)
        used.add(line.text)
        chosen.append((line.item_id, line.text, name))
        if len(chosen) == MAX_EVIDENCE:
            break
    if not chosen:  # no coverage recorded: the highest-scored bullets
        for line, name in sorted(bullets, key=lambda pair: -pair[0].score)[:MAX_EVIDENCE]:
            chosen.append((line.item_id, line.text, name))
    return chosen


def build_cover_letter(bank: Bank, posting: Posting, resume: TailoredResume) -> CoverLetter:
    """The offline letter: every claim is the bank's or the posting's own words (see the module docstring)."""
    role = posting.title or "this role"
    company = posting.company or "your company"
    opening = f"I am applying for the {role} position at {company}."
    latest = next((job for job in bank.jobs if job.positions), None)
    if latest is not None:
        opening += f" I work as {_article(latest.positions[0].title)} {latest.positions[0].title} at {latest.name}."
    elif bank.person.label:
        opening += f" I am {_article(bank.person.label)} {bank.person.label}."
    evidence = _evidence(resume, posting)
    sentences, previous = [], None
    for _id, text, employer in evidence:  # "At Acme, I ..." once per employer, then "I also ..."
        sentence = first_person(text, "" if employer == previous else employer)
        if employer == previous and sentence.startswith("I ") and not any(s.startswith("I also") for s in sentences):
            sentence = "I also " + sentence[2:]
        sentences.append(sentence)
        previous = employer
    middle = " ".join(sentences)
    bank_skills = {s.name.casefold(): s.name for owner in bank.owners() for s in owner.skills}
    wanted = [r.skill for r in posting.requirements if r.keep and r.kind != "implied" and r.skill]
    skills = list(dict.fromkeys(bank_skills[s.casefold()] for s in wanted if s.casefold() in bank_skills))[:4]
    closing = ""
    if skills:
        closing = f"I would bring my experience with {_join(skills)} to the team at {company}. "
    closing += "I would welcome the chance to talk about how I can help."
    paragraphs = [opening, middle, closing] if middle else [opening, closing]
    return CoverLetter(posting_id=posting.id, paragraphs=paragraphs, evidence_ids=[i for i, _t, _e in evidence])


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def check_cover_letter(text: str, bank: Bank, posting: Posting) -> list[str]:
    """One sentence per number, tool or name in `text` that is in neither the bank nor the posting."""
    truth = "\n".join([bank_truth(bank), bank.person.name, posting.company, posting.title])
    return [f"'{token}' is not in your Big Resume: check it, or take it out."
            for token in check_grounding(text, truth)]


def _paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, each joined into one line (no regex over user text)."""
    out: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            out[-1].append(line.strip())
        elif out[-1]:
            out.append([])
    return [" ".join(lines) for lines in out if lines]


def cover_letter_markdown(letter_text: str, bank: Bank, posting: Posting) -> str:
    """The letter in the resume's Markdown dialect: name, contact line, addressee, paragraphs, sign-off."""
    person = bank.person
    out = [f"# {escape_markdown(person.name or 'Your Name')}", ""]
    contacts = contact_items(person)
    if contacts:
        out += [CONTACT_SEPARATOR.join(escape_markdown(c) for c in contacts), ""]
    out += [f"Dear {escape_markdown(posting.company)} hiring team," if posting.company else "Dear hiring team,", ""]
    for paragraph in _paragraphs(letter_text):
        out += [escape_markdown(paragraph), ""]
    out += ["Sincerely,", "", escape_markdown(person.name or "")]
    return "\n".join(out).rstrip() + "\n"


def export_cover_letter_pdf(markdown_text: str, template: str = "classic", paper: str = "letter") -> bytes:
    """The letter as a PDF in one of the resume templates (WeasyPrint behind the font-only fetcher)."""
    from resume_core.output.pdf_layout import layout_html
    from resume_core.output.render import render_html

    return layout_html(render_html(markdown_text, template, paper, letter=True)).write_pdf()


def export_cover_letter_docx(markdown_text: str, paper: str = "letter") -> bytes:
    from resume_core.output.docx_export import export_docx_from_markdown

    return export_docx_from_markdown(markdown_text, paper)


def export_cover_letter_text(markdown_text: str) -> bytes:
    """Plain text: the name, contact line and paragraphs, a blank line apart."""
    from resume_core.output.render import markdown_blocks

    return ("\n\n".join(block.text for block in markdown_blocks(markdown_text)) + "\n").encode("utf-8")


class LetterReply(BaseModel):
    """What the model returns for the `cover_letter` prompt: a flat schema small models can follow."""

    model_config = ConfigDict(extra="forbid")
    paragraphs: list[str] = Field(description="Three paragraphs, first person, no greeting or sign-off.")


def generate_cover_letter(engine, bank: Bank, posting: Posting, resume: TailoredResume) -> tuple[CoverLetter, list[str]]:
    """The letter written by `engine` from the bank's facts, and what to verify in it.

    The offline letter is the facts the model gets and the fallback: when the engine fails, or its text
    states something the bank and posting do not, the flags say so (the text is still offered, to be
    checked and edited, as the interview's suggestions are)."""
    from resume_core.engines.base import ExtractRequest
    from resume_core.errors import EngineError

    offline = build_cover_letter(bank, posting, resume)
    facts = [*offline.paragraphs[:1], *[line.text for entry in (*resume.experience, *resume.projects)
                                        for line in entry.bullets][:12]]
    facts += [f"Skills: {', '.join(line.text for line in resume.skills[:20])}"] if resume.skills else []
    requirements = [r.text for r in posting.requirements if r.keep and r.kind != "implied"][:12]
    request = ExtractRequest(
        prompt="cover_letter",
        variables={"role": posting.title or "(not given)", "company": posting.company or "(not given)",
                   "requirements": requirements, "facts": facts},
        schema=LetterReply,
        offline=lambda: LetterReply(paragraphs=offline.paragraphs),
    )
    try:
        reply = engine.extract(request)
    except EngineError as error:
        return offline, [f"The AI letter failed ({error.message}); the letter from your Big Resume is shown."]
    paragraphs = [" ".join(p.split()) for p in reply.paragraphs if p.strip()][:4]
    if not paragraphs:
        return offline, []
    letter = CoverLetter(posting_id=posting.id, paragraphs=paragraphs, evidence_ids=offline.evidence_ids)
    return letter, check_cover_letter(letter.text, bank, posting)
