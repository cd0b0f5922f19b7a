"""Jobs and projects out of the lines of an experience or projects section.

A job is anchored by a date range ("Jan 2020 - Present") on a short line. The one to three short lines
above it, and the rest of the date line, are its header: pieces split on " - ", "|", "," and ":" and
sorted into title (Engineer, Manager...), company (Inc, Ltd...) and location ("Denver, CO"); what is
left fills the gaps in the usual order, with a lower confidence. Below the header, up to the next
header, is its body: bullets and sentences become accomplishments, "Environment: Java, SQL" lines
skills; with no dates in the section at all, its first short lines are one job's header.
"""

from __future__ import annotations

import re

from resume_core.importing.dates import DateRange, find_date_range
from resume_core.importing.entry_anchor import _VERB_START, _anchor, _narrative_title, _titled_head, lead_dates_head
from resume_core.importing.sections import Line
from resume_core.importing.skills import split_skill_list
from resume_core.importing.entry_header import (  # TITLE_WORDS re-exported for parse_text
    FIELD_LABEL,
    JobDraft,
    TITLE_WORDS as TITLE_WORDS,
    _ROLE_LINE,
    _STATE,
    _SUBHEAD,
    _TECH_LINE,
    _is_header_line,
    _is_location,
    _kind,
    _pieces,
    assign_header,
    fill_header,
    is_prose as is_prose,  # re-exported for pdf_layout
)


def _apply_dates(draft: JobDraft, found: DateRange | None, confidence: float | None = None) -> None:
    if found is None:
        draft.confidence["dates"] = 0.3
        return
    draft.start, draft.end = found.start, found.end
    draft.confidence["dates"] = confidence if confidence is not None else found.confidence


def _fill_body(draft: JobDraft, body: list[Line]) -> None:
    seen_bullet = False
    for line in body:
        text = line.text.strip()
        tech = _TECH_LINE.match(text)
        role = _ROLE_LINE.match(text)
        if tech:
            draft.skills.extend(split_skill_list(tech.group(1)))
            continue
        if role and len(role.group(1).split()) <= 8:
            draft.roles.append(role.group(1).strip(" ."))
            if not draft.title:
                draft.title, draft.confidence["title"] = role.group(1).strip(" ."), 0.75
            continue
        if _SUBHEAD.match(text):  # "Role and Responsibilities:" introduces bullets; it is not one
            continue
        if line.bullet or seen_bullet or len(text.split()) >= 6:
            seen_bullet = seen_bullet or line.bullet
            if line.bullet or draft.bullets:
                draft.bullets.append(text)
            else:
                draft.description.append(text)
        else:
            draft.description.append(text)


def parse_jobs(lines: list[Line], *, dated_only: bool = False) -> list[JobDraft]:  # noqa: C901 - one long rule chain; to split into named passes (issue 15)
    """Jobs from the (wrap-joined) lines of an experience section."""
    lines = [line for line in lines if not FIELD_LABEL.match(line.text.strip())]
    dated = {i: found for i, line in enumerate(lines) if (found := _anchor(line)) is not None}
    anchors = _drop_repeats(lines, dated)
    if not anchors:
        return [] if dated_only else _undated_job(lines)
    # Each job's header starts up to two header lines above its date line.
    starts: list[int] = []
    for n, i in enumerate(anchors):
        floor = anchors[n - 1] + 1 if n else 0
        start = i
        while start - 1 >= floor and i - (start - 1) <= 2 and _is_header_line(lines[start - 1]):
            start -= 1
        starts.append(start)
    jobs: list[JobDraft] = []
    place_under_dates = False
    for n, i in enumerate(anchors):
        end = starts[n + 1] if n + 1 < len(anchors) else len(lines)
        draft = JobDraft()
        found = dated[i]
        anchor_text = lines[i].text
        rest = anchor_text[: found.begin] + " | " + anchor_text[found.stop:]
        # Run-on work after the dates ("Title (2016 - 2018): Built ...") is the job's first bullet.
        long_rest = len(rest.split()) > 14 or (
            len(anchor_text[found.stop:].split()) >= 4 and _titled_head(anchor_text, found))
        per_line = [_pieces(lines[j].text) for j in range(starts[n], i)]
        narrative = _narrative_title(anchor_text, found)
        lead = "" if narrative else lead_dates_head(anchor_text, found)
        if lead and len(rest.split()) > 12:  # "[2018 - 2022] SAP IBP Manager - Led a team ...": name, then work
            long_rest = True
            per_line.append(_pieces(lead))
            anchor_text = anchor_text[: found.stop] + anchor_text[found.stop:].split(lead, 1)[1]
        elif (at_employer := _AT_TAIL.match(anchor_text[found.stop:])) and _titled_head(anchor_text, found):
            # "Security Analyst (2016 - 2018) at MyTech, Fortified ...": the employer, then the work.
            long_rest = True
            per_line.append(_pieces(anchor_text[: found.begin] + " | " + at_employer.group(1)))
            anchor_text = anchor_text[: found.stop] + anchor_text[found.stop + at_employer.end():]
        elif narrative:  # the role named in a sentence; the sentence is the job's first bullet
            long_rest = True
            per_line.append(_pieces(narrative))
        else:
            per_line.append(_pieces(rest if not long_rest else _SENTENCE_END.split(rest)[0]))
        pieces = [p for line_pieces in _title_with_comma(per_line, [lines[j].text for j in range(starts[n], i)])
                  for p in line_pieces]
        bar_place = _bar_place(anchor_text, found) if starts[n] < i else ""
        if bar_place:  # "Apr 2016 – Dec 2017 | Walldorf" under "Working Student, SAP": the place is after the bar
            draft.location, draft.confidence["location"] = bar_place, 0.6
            pieces = [p for p in pieces if p != bar_place]
        unknown = assign_header(pieces, draft)
        after = i + 1
        if (jobs and place_under_dates and draft.title and not draft.company and not unknown and starts[n] == i - 1
                and after < end and _is_place_word(lines[after])):
            # The previous job printed a bare place under its dates; this one does too and names no
            # employer: a further position under the same employer (grouped positions).
            draft.location, draft.company = lines[after].text.strip(), jobs[-1].company
            draft.confidence["company"] = 0.5
            after += 1
        # Title or company on the lines just under the date ("Jan 2020 - Now / Acme Corp / Engineer"):
        # typed pieces first, so "Rising Sun" above and "Teacher" below end up company and title.
        while after < end and after - i <= 2 and (not draft.title or not draft.company) and _is_header_line(lines[after]):
            before = (draft.title, draft.company)
            more = assign_header(_pieces(lines[after].text), draft)
            if (draft.title, draft.company) == before and not unknown and draft.title and len(more) == 2 \
                    and after == i + 1 and len(lines[after].text.split()) <= 6:
                # "Senior Civil Engineer | 03/2018 - Present" over "Arup, Dublin": employer, then place.
                draft.company, draft.confidence["company"] = more[0], 0.55
                draft.location = draft.location or more[1]
                after += 1
                break
            if (draft.title, draft.company) == before and not draft.title and not draft.company and len(unknown) == 1 \
                    and len(more) == 1 and after == i + 1 and starts[n] == i and len(lines[after].text.split()) <= 5 \
                    and (draft.location or "|" in anchor_text) and not _VERB_START.match(lines[after].text):
                # "Riverbend Freight | Nashville, TN | Mar 2015 - Dec 2018" over "Dispatcher": the date line
                # names the employer, the line under it the role.
                draft.company, draft.title = unknown.pop(), more[0]
                draft.confidence.update(company=0.55, title=0.5)
                after += 1
                break
            if (draft.title, draft.company) == before and (unknown or len(more) != 1):
                break
            unknown += more
            after += 1
        fill_header(unknown, draft)
        if not draft.title and not draft.company and draft.location.count(",") == 1 \
                and not _STATE.match(draft.location.split(",")[1].strip()):
            # "Tutor, Scuola Dante" is shaped like "City, Region", but a job names its role and employer.
            fill_header([part.strip() for part in draft.location.split(",")], draft)
            draft.location = ""
        _title_detail(draft, pieces + unknown, [line.text for line in lines[starts[n]:after]])
        if bar_place and not draft.company and draft.title.count(", ") == 1:  # "Working Student, SAP"
            draft.title, draft.company = (part.strip() for part in draft.title.split(", "))
            draft.confidence.update(title=0.5, company=0.5)
        if draft.title and not draft.company and draft.location.count(",") == 1:
            # "Arup, Dublin" under a title: a job names its employer, so "X, Place" is employer and place
            # ("Denver, CO" with a state code stays a place).
            first, place = (part.strip() for part in draft.location.split(","))
            if not _STATE.match(place):
                draft.company, draft.location = first, place
                draft.confidence["company"] = 0.45
        _apply_dates(draft, found)
        place_under_dates = after == i + 1 and after < end and bool(draft.company) and _is_place_word(lines[after]) \
            and not lines[after].text.startswith(draft.company)  # "Arup, Dublin" named the employer: no bare place
        if place_under_dates and not draft.location:
            draft.location = lines[after].text.strip()
            after += 1
        body = lines[after:end]
        if narrative:
            body = [Line(anchor_text.strip(" -–—*•"), bullet=True), *body]
        elif long_rest:
            body = [Line(anchor_text[found.stop:].lstrip(" :;,.-–—)]").rstrip(), bullet=True), *body]
        _fill_body(draft, body)
        jobs.append(draft)
    # Lines above the first header (an intro paragraph) belong to the first job's description.
    if starts and starts[0] > 0:
        jobs[0].description[:0] = [line.text for line in lines[: starts[0]]]
    return jobs


def _bar_place(text: str, found: DateRange) -> str:
    """The place printed after the dates and a bar ("Oct 2020 – Present | Berlin"): one to three
    capitalised words that name no title or company ("" when the date line holds none)."""
    tail = text[found.stop:].strip()
    if not tail.startswith("|"):
        return ""
    place = tail[1:].strip()
    words = place.replace(",", " ").split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or _kind(place) or "|" in place:
        return ""
    return place


def _title_detail(draft: JobDraft, pieces: list[str], texts: list[str]) -> None:
    """"Software Developer - .NET, ABC company": a short piece printed right after the title with a dash,
    that became neither company nor place, is part of the title (it is not dropped)."""
    used = {draft.title, draft.company, draft.location}
    for piece in pieces:
        if piece in used or len(piece.split()) > 3 or not draft.title:
            continue
        for dash in (" - ", " – ", " — "):
            if any(f"{draft.title}{dash}{piece}" in text for text in texts):
                draft.title = f"{draft.title}{dash}{piece}"
                return


# A full stop ends the header's sentence, but not the one of "Corp.", "Inc.", "Ltd." or "LLC.".
_SENTENCE_END = re.compile(r"(?<!\bCorp)(?<!\bInc)(?<!\bLtd)(?<!\bLLC)[.;]")
_AT_TAIL = re.compile(r"^\s{0,3}[)\]]?\s{0,3}at\s{1,3}([A-Z][^,.;:()]{0,60})")
_DATES_LABEL = re.compile(r"(?i:duration|period|tenure|dates?|time period|from|working period)")


def _drop_repeats(lines: list[Line], dated: dict[int, DateRange]) -> list[int]:
    """"January 2014 to June 2015" then "DURATION Jan-2014 to Jun-2015" a few lines below: the same range
    again, with at most a label beside it, repeats the job's dates; it starts no job of its own."""
    kept: list[int] = []
    for i, found in dated.items():
        if kept:
            last = dated[kept[-1]]
            rest = lines[i].text[: found.begin] + lines[i].text[found.stop:]
            if (last.start, last.end) == (found.start, found.end) and i - kept[-1] <= 4 \
                    and _DATES_LABEL.fullmatch(rest.strip(" :-–|()")):
                continue
        kept.append(i)
    return kept


def _title_with_comma(per_line: list[list[str]], texts: list[str]) -> list[list[str]]:
    """"Charge Nurse, Intensive Care" over "Aarhus University Hospital": when the header prints one
    field a line and another line names the employer, a line that is a title, a comma and words that
    are neither title, company nor place is one title (its comma is part of it)."""
    if len(texts) < 2:
        return per_line
    out = list(per_line)
    for n, text in enumerate(texts):
        pieces = per_line[n]
        if "," in text and len(pieces) == 2 and _kind(pieces[0]) == "title" and not _kind(pieces[1]) \
                and not _is_location(pieces[1]) and pieces[1][:1].isupper() and len(text.split()) <= 8 \
                and any(len(per_line[m]) == 1 and _kind(per_line[m][0]) != "title" and not _is_location(per_line[m][0])
                        for m in range(len(texts)) if m != n):
            out[n] = [text.strip(" ,;:-–")]
    return out


def _is_place_word(line: Line) -> bool:
    """A bare place printed under a job's dates: one to three capitalised words ("Zagreb", "New York")
    or "City, Country", with no title or company word."""
    text = line.text.strip()
    words = text.replace(",", " ").split()
    return (not line.bullet and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
            and find_date_range(text) is None and not _kind(text) and not text.endswith((".", ":")))


def _undated_job(lines: list[Line]) -> list[JobDraft]:
    """A section without dates: its leading short lines are one job's header, the rest its body."""
    header_end = 0
    while header_end < min(3, len(lines)) and _is_header_line(lines[header_end]):
        header_end += 1
    if header_end == 0:
        return []
    draft = JobDraft()
    fill_header(assign_header([p for line in lines[:header_end] for p in _pieces(line.text)], draft), draft)
    body = lines[header_end:]
    found = next((d for d in (find_date_range(line.text) for line in body) if d), None)
    _apply_dates(draft, found, 0.4 if found else None)
    _fill_body(draft, body)
    for key in ("title", "company"):
        draft.confidence[key] = min(draft.confidence.get(key, 0.4), 0.5)
    return [draft] if draft.company or draft.title else []


def parse_projects(lines: list[Line]) -> list[JobDraft]:
    """Projects: each short non-bullet line (or short numbered item) starts one."""
    projects: list[JobDraft] = []
    for line in lines:
        text = line.text.strip()
        starts_new = (not line.bullet or line.numbered) and len(text.split()) <= 10 and not text.endswith(".")
        starts_new = starts_new and not _TECH_LINE.match(text) and not _ROLE_LINE.match(text)
        if starts_new and not re.match(r"^(client|duration|team size|description)\s*[:\-]", text, re.IGNORECASE):
            name = re.sub(r"^(?:project\s*(?:name|title)?\s*[:\-#]?\s*\d*\s*[:\-]?\s*)", "", text, flags=re.IGNORECASE)
            found = find_date_range(name)
            draft = JobDraft(company=(name[: found.begin] + name[found.stop:]).strip(" ,:-|()") if found else name)
            if not draft.company:
                continue
            draft.confidence["company"] = 0.7
            if found:
                draft.start, draft.end = found.start, found.end
            projects.append(draft)
        elif projects:
            _fill_body(projects[-1], [line])
    return projects
