"""Readers for PDF, DOCX, Markdown and text on real CVs, and every kind of bad file refused with a fix."""

from __future__ import annotations

import html
import io
import json
import zipfile

import docx
import pytest
from cv_fixtures import dotin, fixture_bytes

from resume_core.errors import ImportProblem, UserError
from resume_core.importing import MAX_IMPORT_BYTES, import_resume

pytestmark = pytest.mark.timeout(60)
CVS = dotin()


def render_pdf(text: str) -> bytes:
    """A one-column PDF of `text`, one paragraph per line, as a word processor would print it."""
    from weasyprint import HTML

    body = "".join(f"<p>{html.escape(line) or '&nbsp;'}</p>" for line in text.splitlines())
    page = f"<html><body style='font: 10pt sans-serif'>{body}</body></html>"
    return HTML(string=page).write_pdf()


def render_docx(text: str) -> bytes:
    """A DOCX of `text` with real Word bullets for lines starting with a bullet mark."""
    document = docx.Document()
    for line in text.splitlines():
        if line.startswith(("• ", "- ")):
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _summary(result):
    return [(j.name, j.positions[0].title, j.start_date, j.end_date, len(j.accomplishments)) for j in result.bank.jobs]


def test_pdf_of_a_real_cv_parses_like_its_text():
    text = CVS["dotin-train-6"]["text"]
    from_pdf = import_resume("cv.pdf", render_pdf(text))
    from_text = import_resume("cv.txt", text.encode())
    assert from_pdf.kind == "pdf"
    assert _summary(from_pdf)[0][:4] == ("Accenture", "Software Engineer", "2015-12", "")
    assert _summary(from_pdf)[0][:4] == _summary(from_text)[0][:4]
    assert from_pdf.bank.person.email == "Clark.White@mwaf.biz"


def test_docx_of_a_real_cv_keeps_bullets_and_jobs():
    text = CVS["dotin-train-1"]["text"] + "\n\nEXPERIENCE\n\nSenior Engineer\n\nTrigent Software Pvt Ltd\n\nJan 2015 - Aug 2017\n\n• Wrote Python automation for Hyperion."
    result = import_resume("cv.docx", render_docx(text))
    assert result.kind == "docx"
    names = [j.name for j in result.bank.jobs]
    assert "Trigent Software Pvt Ltd" in names
    trigent = result.bank.jobs[names.index("Trigent Software Pvt Ltd")]
    assert (trigent.start_date, trigent.end_date) == ("2015-01", "2017-08")
    assert [a.text for a in trigent.accomplishments] == ["Wrote Python automation for Hyperion."]


def test_docx_table_layout_is_read():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "EXPERIENCE"
    table.cell(0, 1).text = "Engineer\nGlobex Corporation\n2018 - 2020"
    out = io.BytesIO()
    document.save(out)
    result = import_resume("table.docx", out.getvalue())
    assert [j.name for j in result.bank.jobs] == ["Globex Corporation"]


def test_markdown_and_text_with_bom_and_crlf():
    text = "Pat Doe\r\n\r\nEXPERIENCE\r\nEngineer, Initech Inc.\r\n2019 - 2021\r\n- Shipped the billing service.\r\n"
    result = import_resume("pat.txt", b"\xef\xbb\xbf" + text.encode())
    assert [(j.name, j.start_date) for j in result.bank.jobs] == [("Initech Inc.", "2019")]
    assert result.bank.jobs[0].accomplishments[0].text == "Shipped the billing service."


def _refused(filename: str, data: bytes) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        import_resume(filename, data)
    problem = caught.value
    assert isinstance(problem, UserError) and problem.message and problem.fix
    return problem


def test_encrypted_pdf_is_refused_with_a_fix():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(render_pdf("Ada Example\nEXPERIENCE\nEngineer"))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    problem = _refused("locked.pdf", out.getvalue())
    assert "password" in problem.message
    assert "without a password" in problem.fix


def test_scanned_pdf_without_text_layer():
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    problem = _refused("scan.pdf", out.getvalue())
    assert problem.message.startswith("This PDF has no text - export it as text or run OCR first")
    assert "OCR" in problem.fix


@pytest.mark.parametrize("name", ["empty.pdf", "empty.docx", "empty.txt", "empty.md", "empty.json", "empty.zip"])
def test_empty_files(name):
    assert "empty" in _refused(name, b"").message


@pytest.mark.parametrize("name", ["resume.pdf", "resume.docx", "resume.txt", "resume.md"])
def test_binary_file_with_a_resume_extension(name):
    junk = bytes(range(256)) * 40
    problem = _refused(name, junk)
    assert "not" in problem.message


def test_huge_file_is_refused_before_parsing(monkeypatch):
    import pypdf

    def explode(*args, **kwargs):
        raise AssertionError("the PDF reader must not be reached")

    monkeypatch.setattr(pypdf, "PdfReader", explode)
    problem = _refused("big.pdf", b"%PDF-1.7\n" + b"0" * (50 * 1024 * 1024))
    assert "50 MB" in problem.message
    assert MAX_IMPORT_BYTES < 50 * 1024 * 1024


def test_zip_that_is_not_a_linkedin_export():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("holiday/photo.txt", "not a resume")
    assert "not a LinkedIn data export" in _refused("photos.zip", out.getvalue()).message


def test_zip_bomb_is_not_unpacked():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Profile.csv", b"0" * (40 * 1024 * 1024))
    assert len(out.getvalue()) < MAX_IMPORT_BYTES
    assert "far more than a LinkedIn export" in _refused("bomb.zip", out.getvalue()).message


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b'{"name": "my-app", "version": "1.0.0", "dependencies": {}}', "not a JSON Resume"),
        (b"[1, 2, 3]", "not a JSON Resume"),
        (b'{"basics": {"name": "Ada"', "not valid JSON"),
    ],
)
def test_json_that_is_not_json_resume(data, words):
    assert words in _refused("resume.json", data).message


def test_unknown_extension():
    problem = _refused("resume.pages", b"whatever")
    assert ".docx" in problem.fix or "DOCX" in problem.fix


def test_docx_bomb_is_not_opened():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (60 * 1024 * 1024))
    assert "far more than a resume" in _refused("bomb.docx", out.getvalue()).message


def test_docx_named_file_that_is_not_word():
    assert "not a Word document" in _refused("resume.docx", b"PK\x03\x04 truncated").message


def test_json_resume_fixture_imports_structured():
    result = import_resume("jordan.json", fixture_bytes("jordan_reyes.resume.json"))
    assert result.method == "structured"
    assert [j.name for j in result.bank.jobs][:2] == ["Northwind Analytics Inc.", "Blue Mesa Software LLC"]
    assert any("interests" in w for w in result.warnings)
    json.dumps(result.model_dump())  # the result travels to the UI and the CLI as plain data


RECIPE = b"""Grandma's Banana Bread

Mash three ripe bananas with a fork. Stir in melted butter, one cup of sugar and an egg.
Fold in a cup and a half of flour with a teaspoon of baking soda. Bake for an hour at 175 C.
"""


@pytest.mark.parametrize("name", ["recipe.txt", "recipe.md"])
def test_a_document_with_nothing_resume_like_is_refused(name):
    with pytest.raises(ImportProblem) as problem:
        import_resume(name, RECIPE)
    assert "doesn't look like a resume" in problem.value.message and "nothing was added" in problem.value.message
    assert "Experience, Education and Skills" in problem.value.fix


def test_a_short_resume_with_one_job_is_not_refused():
    text = b"Sam Example\n\nExperience\nEngineer, Initech, 2019 - Present\n- Kept the lights on.\n"
    assert import_resume("sam.txt", text).counts()["jobs"] == 1
