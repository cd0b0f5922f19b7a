"""Layout rules of the PDF reader for grids inside one column, each on a small PDF printed by WeasyPrint.

Round five: a bullet list flowed in two columns inside one section is read column by column; an entry
row set as cells (title | dates | first highlight) gives the header and then the highlight as an item,
also when the highlight's text flows back under the cells; small type between two margin dates ("to")
stays on the dates' row.
"""

from __future__ import annotations

import pytest

from resume_core.importing import import_resume

pytestmark = pytest.mark.timeout(60)


def _pdf(body: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f'<html><body style="font: 10pt sans-serif">{body}</body></html>').write_pdf()


def _jobs(body: str) -> list[tuple[str, str, str, list[str]]]:
    bank = import_resume("cv.pdf", _pdf(body)).bank
    return [(job.name, p.title, p.start_date, [a.text for a in job.accomplishments])
            for job in bank.jobs for p in job.positions]


_TWO = "Led the migration of the billing service from a monolith to Kotlin microservices"
_THREE = "Mentored four junior engineers through code review and pairing every week"
_FOUR = "Cut the p99 latency of the messaging API from 800 ms to 120 ms with Redis caching"


@pytest.mark.parametrize("marker", ["text", "drawn"])
def test_a_list_flowed_in_two_columns_is_read_column_by_column(marker):
    # Items side by side in a two-column grid, each wrapping in its own half: read row by row, the
    # halves of two items would be glued together.
    style = "list-style:none; padding:0" if marker == "text" else "padding-left:14pt"
    dot = "· " if marker == "text" else ""
    items = "".join(f"<li>{dot}{text}</li>" for text in (_TWO, _THREE, _FOUR))
    body = f"""<h1>Mira Horvat</h1><h2>Experience</h2>
    <p style="margin:0"><b>Senior Backend Engineer</b> | Mar 2021 - Present<br>Infobip | Zagreb</p>
    <ul style="{style}; margin:0; width:330pt; display:grid; grid-template-columns:1fr 1fr; column-gap:14pt">{items}</ul>
    <p style="margin:10pt 0 0"><b>Backend Engineer</b> | Jun 2018 - Feb 2021<br>Span | Zagreb</p>
    <ul style="margin:0"><li>Wrote integration tests in JUnit</li></ul>"""
    jobs = _jobs(body)
    assert [(company, title, start) for company, title, start, _ in jobs] == [
        ("Infobip", "Senior Backend Engineer", "2021-03"), ("Span", "Backend Engineer", "2018-06")]
    assert sorted(jobs[0][3]) == sorted([_TWO, _THREE, _FOUR])
    assert jobs[1][3] == ["Wrote integration tests in JUnit"]


def test_a_header_row_of_cells_gives_its_last_cell_as_the_first_item():
    # Title | dates | first highlight as three cells of a grid; the highlight wraps inside its cell.
    cells = "display:grid; grid-template-columns:130pt 90pt 160pt; column-gap:16pt; margin:0"
    body = f"""<h1>Mira Horvat</h1><h2>Work</h2>
    <p style="margin:0"><b>Infobip</b></p>
    <div style="{cells}"><span>Senior Backend Engineer</span><span>2021-03 - Present</span>
    <span>Maintained Spring Boot services for a public sector document archive</span></div>
    <ul style="margin:0"><li>Automated nightly PostgreSQL backups with Bash scripts</li></ul>"""
    assert _jobs(body) == [("Infobip", "Senior Backend Engineer", "2021-03", [
        "Maintained Spring Boot services for a public sector document archive",
        "Automated nightly PostgreSQL backups with Bash scripts"])]


def test_a_highlight_flowed_after_the_header_cells_back_to_the_left_edge_stays_whole():
    # The title and dates are inline blocks; the first highlight is text after them that wraps back
    # to the paragraph's left edge, under the title.
    body = """<h1>Mira Horvat</h1><h2>Work</h2><p style="margin:0"><b>Infobip</b></p>
    <p style="margin:0; width:380pt"><span style="display:inline-block; width:140pt">Senior Backend Engineer</span>
    <span style="display:inline-block; width:100pt">2021-03 - Present</span>Led the migration of the billing
    service from a monolith to Kotlin microservices and then onto managed container hosting</p>
    <p style="margin:0 0 0 20pt">Cut the p99 latency of the messaging API with Redis caching</p>"""
    assert _jobs(body) == [("Infobip", "Senior Backend Engineer", "2021-03", [
        "Led the migration of the billing service from a monolith to Kotlin microservices and then onto managed "
        "container hosting",
        "Cut the p99 latency of the messaging API with Redis caching"])]


def test_small_type_between_margin_dates_stays_on_their_row():
    # Dates in a left margin column, "to" set smaller between them: the range labels the entry beside it.
    row = "display:grid; grid-template-columns:110pt 300pt; margin:0 0 8pt"
    small = '<span style="font-size:6pt">to</span>'
    body = f"""<h1>Mira Horvat</h1><h2>Work Experience</h2>
    <div style="{row}"><span style="font-size:8pt">2019-01 {small} Present</span>
    <div><span style="font-size:11pt">Charge Nurse at Aarhus University Hospital</span>
    <ul style="margin:0"><li>Introduced a sepsis screening checklist</li></ul></div></div>
    <div style="{row}"><span style="font-size:8pt">2014-08 {small} 2018-12</span>
    <div><span style="font-size:11pt">Staff Nurse at Regional Hospital Randers</span>
    <ul style="margin:0"><li>Trained new staff on infusion pumps</li></ul></div></div>"""
    assert _jobs(body) == [
        ("Aarhus University Hospital", "Charge Nurse", "2019-01", ["Introduced a sepsis screening checklist"]),
        ("Regional Hospital Randers", "Staff Nurse", "2014-08", ["Trained new staff on infusion pumps"])]
