"""Layout rules of the PDF reader (round four), each on a small PDF printed in the test by WeasyPrint:
a name and a title set in one large line, the education grammar on PDF rows, a margin of headings
and dates read as labels of the rows beside them."""

from __future__ import annotations

import pytest

from resume_core.importers import import_resume

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
