"""Layout rules of the PDF reader (round four), each on a small PDF printed in the test by WeasyPrint:
a name and a title set in one large line, the education grammar on PDF rows, a margin of headings
and dates read as labels of the rows beside them."""

from __future__ import annotations

import pytest

from resume_core.importing import import_resume

pytestmark = pytest.mark.timeout(60)


def _pdf(body: str) -> bytes:
    from weasyprint import HTML

    return HTML(string=f'<html><body style="font: 10pt sans-serif">{body}</body></html>').write_pdf()


_WORK = """<h2>Experience</h2><p>Infobip, Senior Backend Engineer | 2021-03 - Present</p>
<ul><li>Led the migration of the billing service to Kotlin microservices</li></ul>"""


@pytest.mark.parametrize("separator", [", ", " | ", " – "])
def test_a_name_and_a_title_in_one_large_line_are_the_name_then_the_label(separator):
    body = f'<p style="font-size:20pt">Mirela Kovačević{separator}Senior Backend Engineer</p>' \
           f"<p>mirela@example.com</p>{_WORK}"
    person = import_resume("cv.pdf", _pdf(body)).bank.person
    assert person.name == "Mirela Kovačević"
    assert person.label == "Senior Backend Engineer"


def test_a_large_line_that_is_only_a_name_stays_whole():
    body = f'<p style="font-size:20pt">Aoife Ní Bhriain</p><p>aoife@example.com</p>{_WORK}'
    assert import_resume("cv.pdf", _pdf(body)).bank.person.name == "Aoife Ní Bhriain"


def _schools(body: str) -> list[tuple[str, str, str]]:
    bank = import_resume("cv.pdf", _pdf(f'<p style="font-size:20pt">Mira Horvat</p>{_WORK}<h2>Education</h2>{body}')).bank
    return [(e.institution, e.start_date, e.end_date) for e in bank.education]


def test_a_school_wrapped_in_the_cell_beside_its_dates_is_whole():
    # The degree and school fill the cell up to the dates; the school's last word goes on the next line.
    row = '<div style="display:flex; width:400pt"><span style="flex:1">{}</span>' \
          '<span style="margin-left:8pt">Oct 2009 - Jun 2014</span></div>'
    body = row.format("Master of Arts Finance and Accounting at Cracow University of Economics")
    assert _schools(body) == [("Cracow University of Economics", "2009-10", "2014-06")]


def test_a_degree_at_a_school_without_a_school_word_names_the_school():
    body = "<p>Bachelor Culinary Arts at Basque Culinary Center | Sept 2009 - Feb 2013</p>" \
           "<p>Certificate Bar School at École de Formation du Barreau | Jan 2013 - Dec 2013</p>"
    assert [s[0] for s in _schools(body)] == ["Basque Culinary Center", "École de Formation du Barreau"]


def test_years_over_a_school_in_a_narrow_column_are_its_dates():
    # Dates first, each year on a line, then the school (wrapped), its degree and its subject.
    cell = '<div style="width:120pt; margin-top:10pt">{}</div>'
    body = cell.format("2007<br>2009<br>Benjamin Franklin<br>Cummings Institute of<br>Technology<br>"
                       "Associate Degree<br>Electrical Technology") + \
        cell.format("2013<br>2013<br>École de Formation du Barreau<br>Certificate<br>Bar School")
    assert [s[0] for s in _schools(body)] == ["Benjamin Franklin Cummings Institute of Technology",
                                               "École de Formation du Barreau"]


def test_headings_and_dates_in_a_left_margin_label_the_rows_beside_them():
    # Paper-like: a margin column of letter-spaced headings and dates; the first job's
    # dates sit under the heading, beside its first bullet; a list set inside wraps under its bullet.
    margin = 'style="width:150pt; vertical-align:top; letter-spacing:1.5pt"'
    items = '<ul style="list-style-position:inside; margin:0; padding:0">{}</ul>'
    led = "Led the migration of the billing service from a monolith to Kotlin microservices on AWS ECS"
    body = f"""<table style="width:440pt">
    <tr><td {margin}>Work Experience<br><b>2021-03 to Present</b></td><td style="vertical-align:top">
    <b>Senior Backend Engineer</b> at <b>Infobip</b>{items.format(f"<li>{led}</li><li>Mentored four engineers</li>")}
    </td></tr>
    <tr><td {margin}><b>2018-06 to 2021-02</b></td><td style="vertical-align:top">
    <b>Backend Engineer</b> at <b>Span</b>{items.format("<li>Built the delivery report pipeline</li>")}</td></tr>
    </table>"""
    bank = import_resume("cv.pdf", _pdf(f'<p style="font-size:20pt">Mira Horvat</p>{body}')).bank
    assert [(job.name, p.title, p.start_date) for job in bank.jobs for p in job.positions] == [
        ("Infobip", "Senior Backend Engineer", "2021-03"), ("Span", "Backend Engineer", "2018-06")]
    assert [a.text for a in bank.jobs[0].accomplishments] == [led, "Mentored four engineers"]


def test_at_inside_a_school_name_stays_in_the_name():
    text = "Mira Horvat\n\nEducation\nMaster of Science, State University of New York at New Paltz, 2010\n"
    bank = import_resume("cv.txt", text.encode()).bank
    # The school is not the campus after "at" (the campus itself is still cut off, as before this round).
    assert [e.institution[:28] for e in bank.education] == ["State University of New York"]
