"""Word resumes made the ways people make them (python-docx): Heading styles or bold paragraphs for
headings, List Bullet / List Paragraph / plain bullets, dates after a tab, a table, Word's resume
templates that wrap each section in a content control, a sidebar drawn as a text box. Each must give
the same jobs, titles, dates and bullets."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from resume_core.importing import import_resume, read_resume_text

JOBS = [
    ("Brightline Dental Group", "IT Support Specialist", "2016-04", "",
     ["Supported 140 users across nine clinics by phone and remote desktop",
      "Rolled out Microsoft 365 and multi-factor authentication to every clinic"]),
    ("Cherokee Nation Businesses", "Help Desk Administrator", "2012-01", "2015-12",
     ["Resolved about forty tickets a day in ServiceNow", "Imaged and deployed Windows 10 laptops for new hires"]),
]
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _month(iso: str) -> str:
    return f"{_MONTHS[int(iso[5:]) - 1]} {iso[:4]}" if iso else "Present"


def _save(document) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _styled() -> bytes:
    """Heading 1 sections, a Heading 2 entry line, List Bullet bullets."""
    document = docx.Document()
    document.add_heading("Jori Smith", level=0)
    document.add_paragraph("jori.smith@example.com | (555) 201-3344")
    document.add_heading("Work Experience", level=1)
    for company, title, start, end, bullets in JOBS:
        document.add_heading(f"{title} | {company}", level=2)
        document.add_paragraph(f"{_month(start)} – {_month(end)}")
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Bullet")
    document.add_heading("Education", level=1)
    document.add_paragraph("Associate of Applied Science, Tulsa Community College, 2010 – 2012")
    return _save(document)


def _bold() -> bytes:
    """No Heading styles: bold paragraphs for headings, the employer bold with the dates after a tab,
    the title in italics, List Paragraph bullets."""
    document = docx.Document()
    document.add_paragraph().add_run("Jori Smith").bold = True
    document.add_paragraph("jori.smith@example.com | (555) 201-3344")
    document.add_paragraph().add_run("PROFESSIONAL EXPERIENCE").bold = True
    for company, title, start, end, bullets in JOBS:
        line = document.add_paragraph()
        line.add_run(company).bold = True
        line.add_run(f"\t{_month(start)} – {_month(end)}")
        document.add_paragraph().add_run(title).italic = True
        for bullet in bullets:
            document.add_paragraph(bullet, style="List Paragraph")
    document.add_paragraph().add_run("EDUCATION").bold = True
    document.add_paragraph("Associate of Applied Science, Tulsa Community College, 2010 – 2012")
    return _save(document)


def _table() -> bytes:
    """Each job a table row: employer and title on the left, dates on the right; bullets below."""
    document = docx.Document()
    document.add_paragraph("Jori Smith")
    document.add_paragraph("jori.smith@example.com")
    document.add_paragraph("Experience")
    for company, title, start, end, bullets in JOBS:
        cells = document.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text = f"{title}, {company}"
        cells[1].text = f"{_month(start)} - {_month(end)}"
        for bullet in bullets:
            document.add_paragraph(f"• {bullet}")
    document.add_paragraph("Education")
    document.add_paragraph("Associate of Applied Science, Tulsa Community College, 2010 – 2012")
    return _save(document)


def _in_content_controls() -> bytes:
    """Word's resume templates: every section inside a content control (w:sdt)."""
    body = docx.Document(io.BytesIO(_styled()))
    element = body.element.body
    blocks = [child for child in element.iterchildren() if not child.tag.endswith("sectPr")]
    sdt = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtPr/><w:sdtContent/></w:sdt>")
    blocks[0].addprevious(sdt)
    content = sdt[1]
    for block in blocks:
        content.append(block)  # moves the paragraph into the control
    return _save(body)


@pytest.mark.parametrize("make", [_styled, _bold, _table, _in_content_controls],
                         ids=["heading-styles", "bold-headings", "table-rows", "content-controls"])
def test_every_word_style_gives_the_same_jobs(make):
    bank = import_resume("cv.docx", make()).bank
    assert bank.person.name == "Jori Smith"
    got = [(j.name, p.title, p.start_date, p.end_date) for j in bank.jobs for p in j.positions]
    assert got == [(c, t, s, e) for c, t, s, e, _ in JOBS]
    for job, (_, _, _, _, bullets) in zip(bank.jobs, JOBS):
        assert [a.text for a in job.accomplishments] == bullets
    assert [e.institution for e in bank.education] == ["Tulsa Community College"]


def test_a_sidebar_in_a_text_box_is_read_once():
    document = docx.Document(io.BytesIO(_styled()))
    box = parse_xml(
        f"<w:r {nsdecls('w')} xmlns:v=\"urn:schemas-microsoft-com:vml\"><w:pict><v:shape><v:textbox><w:txbxContent>"
        "<w:p><w:r><w:t>Skills</w:t></w:r></w:p><w:p><w:r><w:t>ServiceNow, Active Directory, PowerShell</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    document.paragraphs[1]._p.append(box)
    data = _save(document)
    assert read_resume_text("cv.docx", data).count("ServiceNow, Active Directory, PowerShell") == 1
    result = import_resume("cv.docx", data)
    names = {s.name for s in result.bank.all_skills()}
    assert {"ServiceNow", "Active Directory", "PowerShell"} <= names
    assert len(result.bank.jobs) == 2
