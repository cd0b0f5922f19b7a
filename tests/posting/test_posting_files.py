"""Posting files: txt, md, html and pdf into text; empty, binary, huge and unknown files refused."""

from __future__ import annotations

import io

import pytest

from resume_core.posting.files import MAX_BYTES, MAX_CHARS, PostingFileError, read_posting_file

TEXT = "Platform Engineer\n\nRequirements\n- Experience with Kubernetes and Terraform.\n- Go or Python.\n"


def test_plain_text_is_read_as_is():
    assert read_posting_file("job.txt", TEXT.encode()) == TEXT.strip()


def test_windows_encodings_and_bom_are_decoded():
    assert "café" in read_posting_file("job.txt", ("Barista at café Noir, experience with espresso machines " * 2).encode("cp1252"))
    assert read_posting_file("job.txt", "\ufeff" .encode("utf-8") + TEXT.encode()) == TEXT.strip()


def test_markdown_keeps_words_and_drops_marks():
    text = read_posting_file("job.md", b"# Platform Engineer\n\n## Requirements\n* **Kubernetes** in [production](https://x.y)\n")
    assert text.splitlines()[0] == "Platform Engineer"
    assert "Kubernetes in production" in text and "**" not in text and "https" not in text


def test_html_keeps_visible_text_by_block_and_drops_scripts_and_styles():
    html = b"""<html><head><title>Job</title><style>.a{color:red}</style></head><body>
    <script>alert('Kubernetes hidden')</script><h1>Platform Engineer</h1><p>We build freight software.</p>
    <h2>Requirements</h2><ul><li>Kubernetes &amp; Terraform</li><li>Go</li></ul><noscript>enable js</noscript></body></html>"""
    text = read_posting_file("job.html", html)
    lines = text.splitlines()
    assert "Platform Engineer" in lines and "Requirements" in lines
    assert "• Kubernetes & Terraform" in lines and "• Go" in lines
    assert "alert" not in text and "color" not in text and "enable js" not in text


def _pdf(text: str) -> bytes:
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    lines = "".join(f"({line}) Tj T* " for line in text.splitlines())
    stream = DecodedStreamObject()
    stream.set_data(f"BT /F1 11 Tf 14 TL 72 720 Td {lines} ET".encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_text_layer_is_read():
    text = read_posting_file("job.pdf", _pdf("Platform Engineer\nRequirements\nExperience with Kubernetes"))
    assert "Platform Engineer" in text and "Kubernetes" in text


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("job.txt", b"", "no readable text"),
        ("job.txt", b"   \n\n  ", "no readable text"),
        ("job.txt", bytes(range(256)) * 20, "not a text file"),
        ("job.pdf", b"just text pretending", "not a PDF"),
        ("job.pdf", b"%PDF-1.4\n garbage garbage", "damaged"),
        ("job.docx", b"PK\x03\x04", "not a posting file"),
        ("job.txt", b"@@@ ### 123 !!! ???", "no readable text"),
    ],
)
def test_unreadable_files_are_refused_with_a_fix(filename, data, message):
    with pytest.raises(PostingFileError) as error:
        read_posting_file(filename, data)
    assert message in error.value.message
    assert error.value.fix


def test_huge_files_and_texts_are_refused():
    with pytest.raises(PostingFileError, match="MB"):
        read_posting_file("job.txt", b"a" * (MAX_BYTES + 1))
    with pytest.raises(PostingFileError, match="characters long"):
        read_posting_file("job.txt", ("Kubernetes engineer wanted. " * (MAX_CHARS // 20)).encode())
