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
    # Dates in a left margin, "to" set much smaller between them, all a little below the baseline of
    # the entry's first line (which, in larger type, opens the row): the range labels the entry beside it.
    row = "display:flex; align-items:baseline; margin:0 0 8pt"
    small = '<span style="font-size:5pt">to</span>'
    entries = (("2019-01", "Present", "Coordinate a team of twelve nurses across three night shifts", "Charge Nurse",
                "Aarhus University Hospital"),
               ("2014-08", "2018-12", "Cared for up to six patients per shift on the surgical ward", "Staff Nurse",
                "Regional Hospital Randers"))
    body = "<h1>Mira Horvat</h1><h2>Work Experience</h2>" + "".join(
        f"""<p style="margin:0 0 0 110pt; font-size:12pt">{title} at {company}</p>
        <div style="{row}"><span style="font-size:8pt; width:110pt; position:relative; top:5pt">{start} {small} {end}</span>
        <span style="font-size:12pt">{item}</span></div>""" for start, end, item, title, company in entries)
    assert _jobs(body) == [(company, title, f"{start[:7]}", [item]) for start, _, item, title, company in entries]


def test_a_two_column_list_beside_a_sidebar_is_not_taken_for_the_page_columns():
    # The gap between the list's two columns is wider than the sidebar's gutter: the page is still
    # main column | sidebar, and each item stays whole under its job.
    grid = "list-style:none; padding:0; margin:0; display:grid; grid-template-columns:1fr 1fr; column-gap:30pt"
    entries = (("Senior Backend Engineer", "Mar 2021 - Present", "Infobip", [_TWO, _FOUR]),
               ("Backend Engineer", "Jun 2018 - Feb 2021", "Span", [_THREE, "Built the SMS delivery report pipeline on Kafka"]),
               ("Junior Developer", "Sep 2016 - May 2018", "Ericsson", [
                   "Maintained Spring Boot services for a public sector archive", "Automated nightly backups with Bash"]))
    jobs = "".join(f"""<p style="margin:8pt 0 0"><b>{title}</b> | {dates}<br>{company} | Zagreb</p>
        <ul style="{grid}">{"".join(f"<li>· {text}</li>" for text in items)}</ul>""" for title, dates, company, items in entries)
    side = "".join(f"<p style='margin:0 0 6pt'>{s}</p>" for s in (
        "mira@example.com", "+385 91 555 0142", "Zagreb, Croatia", "Skills", "Java", "Kotlin", "Kafka", "Redis",
        "PostgreSQL", "Docker", "Education", "Master of Science", "University of Zagreb"))
    body = f"""<h1>Mira Horvat</h1><div style="display:flex; gap:24pt"><div style="width:360pt"><h2>Experience</h2>{jobs}</div>
    <div style="width:90pt">{side}</div></div>"""
    found = _jobs(body)
    assert [(c, t, s) for c, t, s, _ in found] == [("Infobip", "Senior Backend Engineer", "2021-03"),
                                                    ("Span", "Backend Engineer", "2018-06"),
                                                    ("Ericsson", "Junior Developer", "2016-09")]
    assert [sorted(bullets) for *_, bullets in found] == [sorted(items) for *_, items in entries]


def test_grid_rows_whose_cells_wrap_keep_title_and_first_item_whole():
    # Title and dates are blocks beside the first highlight; the title wraps in its cell and the
    # highlight's text flows on under the cells, back to the entry's left edge.
    def entry(company: str, title: str, dates: str, first: str, second: str) -> str:
        return f"""<p style="margin:6pt 0 0"><b>{company}</b></p><div style="width:420pt; margin:0">
        <span style="float:left; width:100pt">{title}</span><span style="float:left; width:110pt; margin-left:10pt">{dates}</span>
        <span>{first}</span></div><p style="clear:both; margin:0 0 0 20pt">{second}</p>"""
    body = "<h1>Mira Horvat</h1><h2>Work</h2>" + entry(
        "Baker Hughes", "Mechanical Design Engineer", "2019-08 - Present",
        "Designed compressor casings in SolidWorks and checked their stresses with ANSYS before every release",
        "Reduced part count of a pump assembly by 15 percent") + entry(
        "Cameron", "Field Engineer", "2016-06 - 2019-07",
        "Commissioned subsea valves on offshore platforms in the Gulf of Mexico with the client's crews",
        "Wrote root cause reports for equipment failures")
    assert _jobs(body) == [
        ("Baker Hughes", "Mechanical Design Engineer", "2019-08", [
            "Designed compressor casings in SolidWorks and checked their stresses with ANSYS before every release",
            "Reduced part count of a pump assembly by 15 percent"]),
        ("Cameron", "Field Engineer", "2016-06", [
            "Commissioned subsea valves on offshore platforms in the Gulf of Mexico with the client's crews",
            "Wrote root cause reports for equipment failures"])]


def test_a_double_barrelled_name_wrapped_at_its_hyphen_is_one_name():
    # As Chromium prints a large name that wraps at its hyphen: the hyphen ends the first line.
    from resume_core.importing.pdf_fragments import Fragment
    from resume_core.importing.pdf_name import name_in_large_type

    large = [Fragment("Fọlárìn Ọ̀ṣun-", 28, 344, 762, 790, 40.0, False), Fragment("Adébáyọ̀", 26, 189, 710, 738, 40.0, False)]
    body = [Fragment(f"line {n} of the body text", 28, 300, 600 - 12 * n, 609 - 12 * n, 10.0, False) for n in range(9)]
    assert name_in_large_type(large + body) == "Fọlárìn Ọ̀ṣun-Adébáyọ̀"


class _TextPage:
    """Character boxes as pypdfium2's text page gives them."""

    def __init__(self, boxes):
        self.boxes = boxes

    def get_charbox(self, index, loose=False):
        return self.boxes[index]


def test_a_small_glyph_drawn_back_over_its_word_is_a_repeat_not_a_letter():
    from resume_core.importing.pdf_fragments import Fragment, _drawn_back

    word = Fragment("ỌṢ", 164.0, 200.6, 727.3, 752.1, 34.2, False)
    mark = (173.1, 748.5, 176.6, 753.6)  # a combining mark's glyph over the first letter, mapped to "Ọ"
    onward = (204.0, 732.4, 220.1, 751.7)  # the next letter
    accent_ahead = (201.0, 748.5, 205.0, 753.6)  # small, but after the word: not drawn back
    page = _TextPage([mark, onward, accent_ahead])
    assert _drawn_back(page, 0, word, last_left=185.8)
    assert not _drawn_back(page, 1, word, last_left=185.8)
    assert not _drawn_back(page, 2, word, last_left=185.8)


def test_a_hyphen_that_ends_a_line_stays_in_the_word():
    item = "Wrote the on-call runbooks and the post-incident review template used by every team"
    for width in range(150, 260, 12):  # some width breaks the line at one of the hyphens
        body = f"""<h1>Mira Horvat</h1><h2>Work</h2><p><b>Backend Engineer</b>, Infobip, 2019 – 2021</p>
        <ul style="width:{width}pt"><li>{item}</li></ul>"""
        jobs = _jobs(body)
        assert jobs[0][3] == [item], width


def test_a_page_that_goes_on_with_the_main_column_follows_it_not_the_side_column():
    # Page one: the main column and a side column of skills; page two goes on with the main column
    # (a last job and no heading): it belongs after the jobs of page one, not in the side column's last section.
    def job(title: str, company: str, dates: str, item: str) -> str:
        return f"""<p style="margin:10pt 0 0"><b>{title}</b> | {dates}<br>{company} | Oslo</p><ul style="margin:0"><li>{item}</li></ul>"""
    first = "".join(job(f"Engineer {n}", f"Company {n}", f"Jan {2020 - 2 * n} - Dec {2021 - 2 * n}",
                        f"Built the billing platform number {n} for the product teams") for n in range(1, 4))
    side = "".join(f"<p style='margin:0 0 5pt'>{s}</p>" for s in (
        "mira@example.com", "+47 555 0100", "Skills", "Java", "Kotlin", "Kafka", "Redis", "Docker", "Links",
        "github.com/mira", "Education", "Master of Science", "University of Oslo"))
    body = f"""<h1>Mira Horvat</h1><div style="display:flex; gap:24pt"><div style="width:340pt"><h2>Experience</h2>{first}</div>
    <div style="width:110pt">{side}</div></div>
    <div style="page-break-before:always; width:340pt">{job("Intern", "Adventure Works", "Jun 2010 - Aug 2012",
                                                       "Automated nightly backups with Bash scripts")}</div>"""
    jobs = _jobs(body)
    assert [(company, title) for company, title, _, _ in jobs] == [
        ("Company 1", "Engineer 1"), ("Company 2", "Engineer 2"), ("Company 3", "Engineer 3"), ("Adventure Works", "Intern")]
    assert jobs[-1][3] == ["Automated nightly backups with Bash scripts"]


def test_a_title_cell_wrapped_over_three_lines_beside_a_flowed_list():
    # The title wraps in its cell over three lines; the list items flow beside the cells, each on its line.
    items = ["Cut build times from 40 to 9 minutes", "Ran the on-call rota",
             "Wrote the platform's public API guidelines, adopted by thirty teams across the agency and its suppliers"]
    body = f"""<h1>Mira Horvat</h1><h2>Work</h2><p style="margin:0"><b>Statens vegvesen</b></p>
    <div style="width:420pt"><span style="float:left; width:95pt">Senior Principal Infrastructure Engineer</span>
    <span style="float:left; width:110pt; margin-left:16pt">2019-01 - Present</span>
    <ul style="list-style:none; margin:0; padding:0">{"".join(f"<li>{i}</li>" for i in items)}</ul></div>
    <p style="clear:both; margin:8pt 0 0"><b>Equinor</b></p><p style="margin:0">Lead Engineer | 2014-08 - 2018-12</p>"""
    jobs = _jobs(body)
    assert jobs[0] == ("Statens vegvesen", "Senior Principal Infrastructure Engineer", "2019-01", items)
    assert [(company, title) for company, title, _, _ in jobs[1:]] == [("Equinor", "Lead Engineer")]


def test_a_large_title_that_wraps_beside_a_margin_heading_is_one_title():
    # The section heading sits in a left margin on the title's first line; the title, in large type,
    # wraps with the wider line gap of its size.
    body = """<h1>Mira Horvat</h1><div style="display:grid; grid-template-columns:80pt 300pt; column-gap:20pt">
    <div style="font-size:18pt; font-weight:bold">Work</div>
    <div><div style="font-size:15pt; line-height:1.25">Senior Principal Infrastructure Engineer for Developer Platforms</div>
    <div>Statens vegvesen</div><div>Jan 2019 – Present</div>
    <ul style="margin:0"><li>Cut build times from 40 to 9 minutes</li></ul></div></div>"""
    assert _jobs(body) == [("Statens vegvesen", "Senior Principal Infrastructure Engineer for Developer Platforms", "2019-01",
                            ["Cut build times from 40 to 9 minutes"])]
