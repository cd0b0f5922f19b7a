"""Resume text into a bank fragment, offline: the one text parser every reader feeds.

Lines are cut into sections by heading; each section has its own parser (experience, education,
skills, projects, certificates, summary). The preamble above the first heading gives the name,
contacts and often an untitled summary. Skills from a skills section are attached to the jobs
whose text mentions them, otherwise to the most recent job with a low confidence so the preview
asks the user where they belong; the skill vocabulary also finds skills inside bullet text.
"""

from __future__ import annotations

import re
import unicodedata

from resume_core.importing.dates import find_date_range
from resume_core.importing.education import parse_education, parse_listed
from resume_core.importing.experience import TITLE_WORDS, JobDraft, parse_jobs, parse_projects
from resume_core.importing.result import ImportResult
from resume_core.importing.sections import Line, Section, heading_kind, join_wrapped, split_lines, split_sections
from resume_core.importing.unplaced import unplaced_lines
from resume_core.importing.skills import attach_listed_skills, find_skills, normalise, split_skill_list
from resume_core.bank.model import (
    Accomplishment, Award, Bank, Certificate, Education, Job, Link, Person, Position, Project, Publication, Skill,
    new_id,
)
from resume_core.text_edge import clean_text

# Bounded repeats keep every rule linear on one long word (RFC 5321: local part <= 64, domain <= 255).
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,190}")
_PHONE = re.compile(r"(?:\+?\(?\d[\d ().-]{7,30}\d)")
_URL = re.compile(r"(?:https?://|www\.)[^\s,;)]{1,2000}", re.IGNORECASE)
_CONTACT_LABEL = re.compile(r"^(?:phone|mobile|cell|e-?mail|tel|telephone|website|web|address|location|"
                            r"profiles?|links?|linkedin|github)\s*:?$", re.IGNORECASE)
_PLACE = re.compile(r"^[A-Z][A-Za-z .'-]{1,30},\s*[A-Z][A-Za-z .'-]{1,30}$")
_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*['’.-]?[^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*['’.-]?[^\W\d_'’.-]*){1,4}$")
# Letters after a name: "Angel Veum, PMP, MBA", "Priya Raman, CPA", "Lee Chan, Ph.D.".
_CREDENTIALS = re.compile(r"(?:,\s{0,3}(?:[A-Z][A-Za-z.]{0,2}[A-Z.]|[A-Z][a-z]?\.[A-Z][a-z]?\.?|Ph\.?D\.?|M\.?D\.?)){1,4}\s{0,3}$")
_NAME_PREFIX = re.compile(r"^(?:(?:resume|résumé|cv|curriculum vitae)\s{1,3}of|name)\s{0,3}[:\-]?\s{1,3}", re.IGNORECASE)
_DOCUMENT = re.compile(r"(?:curriculum vitae|resume|résumé|cv)\b", re.IGNORECASE)  # printed above the name
_NAME_LABEL = re.compile(r"^\s*(?:full\s+)?name\s*[:\-]\s*(\S.{0,60}?)\s*$", re.IGNORECASE)


def _looks_like_name(body: str) -> bool:
    """Two to four words (five with a particle), capitalised in any script, no digits: "Aoife Ní Bhriain", "Adébáyọ̀"."""
    words = body.split()
    bare = "".join(c for c in unicodedata.normalize("NFD", body) if not unicodedata.combining(c))  # "Adébáyọ̀"
    if len(body) > 50 or not _NAME.match(bare) or _DOCUMENT.match(body):
        return False
    small = {"de", "da", "van", "von", "der", "den", "del", "la", "le", "di", "du", "bin", "al", "ní", "nic", "mac"}
    five = len(words) < 5 or any(w.lower() in small for w in words)  # five with a particle: "Ana María de la Cruz"
    return five and all(w[0].isupper() or w.lower() in small for w in words) and words[0][0].isupper()


def _name_and_label(body: str) -> tuple[str, str]:
    """A name with something beside it on the first lines: letters after it ("Angel Veum, PMP, MBA"),
    a title after a bar or dash ("Jane Doe | Data Engineer"), or a lead-in ("Resume of Kwame Mensah").
    Returns the name and the title ("" for either when the line holds none)."""
    body = _NAME_PREFIX.sub("", body, count=1)
    body = _CREDENTIALS.sub("", body).strip(" ,")
    head = re.split(r"\s[|–—-]\s", body, maxsplit=1)[0]
    tail = body[len(head):].strip(" |–—-")
    if not _looks_like_name(head) or TITLE_WORDS.search(head) or heading_kind(head) is not None:
        return "", ""
    label = tail if tail and TITLE_WORDS.search(tail) and len(tail.split()) <= 8 else ""
    if tail and not label:
        return "", ""
    return (head.title() if head.isupper() else head), label


def _person(preamble: list[Line], text: str, confidence: dict[str, float]) -> tuple[Person, list[Line]]:
    """Name, label, contacts and location from the preamble; returns the lines left for the summary."""
    person = Person()
    email = _EMAIL.search(text)
    person.email = email.group(0).rstrip(".") if email else ""
    leftover: list[Line] = []
    for n, line in enumerate(preamble):
        body = line.text.strip()
        lowered = body.lower()
        label = _NAME_LABEL.match(body)
        if label and not person.name:
            person.name = label.group(1).strip(" ,")
            person.name = person.name.title() if person.name.isupper() else person.name
            confidence["name"] = 0.9
            continue
        if n < 3 and not person.name and _looks_like_name(body) and not TITLE_WORDS.search(body) \
                and heading_kind(body) is None:
            person.name = body.title() if body.isupper() else body
            confidence["name"] = 0.75
            continue
        name, label_text = _name_and_label(body) if n < 3 and not person.name else ("", "")
        if name:  # "Angel Veum, PMP, MBA", "Jane Doe | Data Engineer", "Resume of Kwame Mensah"
            person.name, confidence["name"] = name, 0.7
            if label_text and not person.label:
                person.label, confidence["label"] = label_text, 0.6
            continue
        if not person.label and not line.bullet and n < 4 and TITLE_WORDS.search(body) and len(body.split()) <= 8 \
                and find_date_range(body) is None:  # a dated line is a job, not the person's label
            person.label = body.strip(" -")
            confidence["label"] = 0.6
            continue
        if _CONTACT_LABEL.match(body):  # "Phone" / "Email" over the value, in a sidebar
            continue
        if _EMAIL.search(body) or _URL.search(body) or re.search(r"\b(phone|mobile|cell|home|e-?mail|tel)\b", lowered) \
                or _PHONE.fullmatch(body):
            phone = _PHONE.search(body)
            if phone and not person.phone:
                person.phone = phone.group(0).strip()
            for piece in re.split(r"\s{1,20}[-·•|]\s{1,20}|\s{0,20}[·•|]\s{0,20}", body):
                if not person.location and _PLACE.match(piece.strip()):
                    person.location = piece.strip()
            continue
        if n < 8 and not line.bullet and len(body.split()) <= 6 and not person.location and re.search(r",\s*[A-Z]", body):
            person.location = body
            confidence["location"] = 0.5
            continue
        if lowered.startswith(("willing to relocate", "curriculum vitae", "resume", "name:", "address:")):
            continue
        leftover.append(line)
    for url in dict.fromkeys(_URL.findall(text)):
        url = url.rstrip(".")
        network = next((n for n in ("LinkedIn", "GitHub", "Indeed", "Twitter", "GitLab") if n.lower() in url.lower()), "Website")
        person.links.append(Link(network=network, url=url if url.startswith("http") else f"https://{url}"))
    return person, leftover


def _skill_pairs(lines: list[Line]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    # Skill lists wrap mid-item ("ESSBASE" / "(Less than 1 year)"): re-join before splitting.
    merged: list[str] = []
    for line in lines:
        if merged and not line.bullet and (merged[-1].rstrip().endswith(",") or line.text.startswith(("(", ","))):
            merged[-1] += " " + line.text
        else:
            merged.append(line.text)
    for text in merged:
        found = split_skill_list(text)
        pairs.extend(found)
        if not found or len(text.split()) > 12:
            pairs.extend(find_skills(text))
    return pairs


def _owner_text(draft: JobDraft) -> str:
    return " ".join([draft.title, draft.company, *draft.description, *draft.bullets])


class _Builder:
    """Turns drafts into bank items with fresh ids, recording confidence per item and field."""

    def __init__(self) -> None:
        self.bank = Bank()
        self.taken: set[str] = set()
        self.confidence: dict[str, dict[str, float]] = {}

    def id(self, kind: str) -> str:
        value = new_id(kind, self.taken)
        self.taken.add(value)
        return value

    def skills(self, pairs: list[tuple[str, str]], confidence: float, existing: list[Skill]) -> list[Skill]:
        seen = {normalise(s.name) for s in existing}
        out: list[Skill] = []
        for name, category in pairs:
            key = normalise(name)
            if key and key not in seen:
                seen.add(key)
                skill = Skill(id=self.id("skill"), name=name, category=category)
                if confidence < 1.0:
                    self.confidence[skill.id] = {"name": confidence}
                out.append(skill)
        return out

    def owner(self, draft: JobDraft, kind: str) -> Job | Project:
        bullets = draft.bullets or [d for d in draft.description if len(d.split()) >= 6]
        description = [d for d in draft.description if d not in bullets]
        accomplishments = []
        seen: set[str] = set()
        for text in bullets:
            if normalise(text) and normalise(text) not in seen:
                seen.add(normalise(text))
                accomplishments.append(Accomplishment(id=self.id("accomplishment"), text=text))
        name = draft.company or draft.title or "Unnamed"
        item_id = self.id(kind)
        fields = dict(draft.confidence)
        if not draft.company:
            fields["company"] = 0.2
        if kind == "job":
            title = draft.title or "Untitled role"
            if not draft.title:
                fields["title"] = 0.2
            owner: Job | Project = Job(
                id=item_id, name=name, location=draft.location, description=" ".join(description),
                positions=[Position(title=title, start_date=draft.start, end_date=draft.end)],
                accomplishments=accomplishments,
            )
        else:
            owner = Project(
                id=item_id, name=name, description=" ".join(description), roles=draft.roles,
                technologies=[s for s, _ in draft.skills], start_date=draft.start, end_date=draft.end,
                accomplishments=accomplishments,
            )
        owner.skills = self.skills(draft.skills, 0.9, [])
        owner.skills += self.skills(find_skills(_owner_text(draft)), 0.75, owner.skills)
        self.confidence[item_id] = fields
        return owner


def parse_resume_text(text: str, *, source: str = "", kind: str = "text", paragraphs: bool = False) -> ImportResult:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    """The offline parse of one resume's text. `paragraphs`: every line is a whole paragraph already
    (Word paragraphs, PDF lines the layout reader joined), so wrapped lines are not re-joined."""
    text = clean_text(text)  # a lone surrogate cannot be saved in any field: callers other than import_resume too
    source_lines = split_lines(text)
    sections = split_sections([Line(x.text, x.bullet, x.blank_before, x.numbered) for x in source_lines])
    by_kind: dict[str, list[Section]] = {}
    for section in sections:
        if not paragraphs:
            section.lines = join_wrapped(section.lines)
        by_kind.setdefault(section.kind, []).append(section)

    def lines_of(name: str) -> list[Line]:
        return [line for s in by_kind.get(name, []) for line in s.lines]

    build = _Builder()
    person_conf: dict[str, float] = {}
    person, leftover = _person(lines_of("preamble"), text, person_conf)
    if not person.phone:  # a phone number alone on its line, in a sidebar's Contact section
        person.phone = next((x.text.strip() for x in source_lines[:60] if _PHONE.fullmatch(x.text.strip())), "")
    if not person.name:  # "## Personal Information / Name: Jori Smith": a labelled name under a heading
        for line in source_lines[:15]:
            label = _NAME_LABEL.match(line.text)
            if label:
                person.name, person_conf["name"] = label.group(1).strip(" ,"), 0.9
                break
    warnings: list[str] = []

    jobs: list[JobDraft] = []
    jobless: list[str] = []  # experience sections of prose with no job header: their skills still count
    for section in by_kind.get("experience", []):
        found = parse_jobs(section.lines)
        jobs += found
        if not found:
            jobless += [line.text for line in section.lines]
    if not jobs:
        # No experience heading, or none with dates: look for dated jobs in the untitled text and in
        # sections whose heading the parser did not take for experience.
        jobs = parse_jobs(leftover, dated_only=True)
        if jobs:
            leftover = []
        for section_kind in ("summary", "other", "awards"):
            for section in by_kind.get(section_kind, []):
                found = parse_jobs(section.lines, dated_only=True)
                if found:
                    jobs += found
                    section.lines = []
    summary_lines = [line.text for line in leftover] + [line.text for line in lines_of("summary")]
    person.summary = " ".join(summary_lines).strip()
    build.bank.person = person

    build.bank.jobs += [job for draft in jobs if isinstance(job := build.owner(draft, "job"), Job)]
    build.bank.projects += [p for draft in parse_projects(lines_of("projects"))
                            if isinstance(p := build.owner(draft, "project"), Project)]

    listed = _skill_pairs(lines_of("skills"))
    # Skills named in the summary or in untitled sections are claims too; place them like listed ones.
    listed += find_skills(" ".join([person.summary, *(line.text for line in lines_of("other")), *jobless]))
    for skill_id, value in attach_listed_skills(build.bank, listed, build.taken).items():
        build.confidence[skill_id] = {"name": value}

    for entry in parse_education(lines_of("education")):
        school = Education(
            id=build.id("education"), institution=entry.institution, study_type=entry.study_type,
            area=entry.area, start_date=entry.start, end_date=entry.end, score=entry.score,
        )
        build.bank.education.append(school)
        build.confidence[school.id] = entry.confidence
    for name, date, issuer in parse_listed(lines_of("certifications")):
        item = Certificate(id=build.id("certificate"), name=name, date=date, issuer=issuer)
        build.bank.certificates.append(item)
        build.confidence[item.id] = {"name": 0.7}
    for name, date, issuer in parse_listed(lines_of("awards")):
        build.bank.awards.append(Award(id=build.id("award"), title=name, date=date, awarder=issuer))
    for name, date, issuer in parse_listed(lines_of("publications")):
        build.bank.publications.append(Publication(id=build.id("publication"), name=name, release_date=date, publisher=issuer))

    unplaced = unplaced_lines(source_lines, build.bank, (_EMAIL, _URL, _CONTACT_LABEL))
    if not build.bank.jobs:
        warnings.append("No job with dates was found: check the preview and add your jobs by hand if needed.")
    if person_conf:
        build.confidence["person"] = person_conf
    return ImportResult(bank=build.bank, confidence=build.confidence, warnings=warnings, source=source, kind=kind,
                        unplaced=unplaced)
