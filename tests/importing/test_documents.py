"""Reading text out of uploaded files: the reasons a file is refused, and what is kept."""

import io

import pytest
from pypdf import PdfWriter

from resume_core.importing.documents import DocumentProblem, decode_text, markdown_to_text, read_pdf_text


def _blank_pdf(password: str = "") -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=612, height=792)
    if password:
        writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_text_in_common_encodings_is_decoded():
    assert decode_text("Café crème".encode("utf-16")) == "Café crème"
    assert decode_text("\ufeffCafé".encode("utf-8")) == "Café"
    assert decode_text("Café".encode("cp1252")) == "Café"


def test_binary_bytes_are_refused_whatever_the_name():
    with pytest.raises(DocumentProblem) as caught:
        decode_text(bytes(range(256)) * 8)
    assert caught.value.reason == "binary"


def test_markdown_keeps_words_and_optionally_link_addresses():
    source = "# Jordan Reyes\n* **Go** and `Kafka`, see [my site](https://jr.example)\n---\nEnd"
    assert markdown_to_text(source).splitlines() == ["Jordan Reyes", "• Go and Kafka, see my site https://jr.example", "", "End"]
    assert "https" not in markdown_to_text(source, keep_urls=False)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"just some text pretending", "not_pdf"),
        (_blank_pdf(), "no_text"),
        (_blank_pdf(password="secret"), "encrypted"),
        (b"%PDF-1.7\n" + b"\x00garbage" * 50, "damaged"),
    ],
)
def test_unreadable_pdfs_say_why(data, reason):
    with pytest.raises(DocumentProblem) as caught:
        read_pdf_text(data, max_pages=5)
    assert caught.value.reason == reason


def test_pdf_over_the_page_limit_is_refused_with_its_page_count():
    writer = PdfWriter()
    for _ in range(3):
        writer.add_blank_page(width=612, height=792)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(DocumentProblem) as caught:
        read_pdf_text(out.getvalue(), max_pages=2)
    assert (caught.value.reason, caught.value.detail) == ("too_many_pages", "3")
