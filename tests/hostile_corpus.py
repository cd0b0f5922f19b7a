"""The hostile-upload corpus: files a visitor could send to take a shared server down.

Each entry is built at call time (the large ones are streamed, never committed) and says what the
app must answer: a `UserError` whose message contains some words and that carries a fix. Used by
`tests/test_hostile.py` and `bench/bench_hostile.py`; `python tests/hostile_corpus.py DIR` writes the
files to DIR to try them by hand.

Inputs follow issue 16: ZIP members with false size headers (LinkedIn and DOCX), bad CRC, encrypted
and unknown-compression members, DOCX with DTD entities, 5,000-deep nesting or a missing part, a CSV
field over 131,072 characters, a PDF that trips pypdf's limits, JSON nested 100k deep, a 4,300-digit
integer, a lone surrogate, an unknown XML encoding, quadratic-regex text and a text with 100k jobs.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Case:
    name: str
    filename: str
    build: object  # () -> bytes
    expect: str  # words the UserError's message contains ("" = an import that succeeds)
    target: str = "import"  # "import" (resume importer) or "bank" (Big Resume XML file) or "posting"


# --- ZIP building blocks ----------------------------------------------------------------------------

def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _zip_streamed(name: str, prefix: bytes, filler: bytes, megabytes: int, others: dict[str, bytes]) -> bytes:
    """A ZIP whose member `name` unpacks to `megabytes` MB, written 1 MB at a time."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for other, data in others.items():
            archive.writestr(other, data)
        with archive.open(name, "w", force_zip64=False) as member:
            member.write(prefix)
            chunk = filler * (1_048_576 // len(filler))
            for _ in range(megabytes):
                member.write(chunk)
    return out.getvalue()


def _patch(data: bytes, member: str, **fields: int) -> bytes:
    """Rewrite header fields of `member` in both the local header and the central directory:
    file_size, crc, flag_bits, compress_type. The data itself is left as it is."""
    buffer = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        info = archive.getinfo(member)
    local = info.header_offset
    offsets = []  # central directory records of `member`
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) >= 0:
        name_length = struct.unpack_from("<H", buffer, position + 28)[0]
        if buffer[position + 46:position + 46 + name_length] == member.encode():
            offsets.append(position)
        position += 4
    # Local header: flags@6, method@8, crc@14, size@22; central record: flags@8, method@10, crc@16, size@24.
    for key, value in fields.items():
        local_at, central_at, size = {"flag_bits": (6, 8, "<H"), "compress_type": (8, 10, "<H"),
                                      "crc": (14, 16, "<I"), "file_size": (22, 24, "<I")}[key]
        struct.pack_into(size, buffer, local + local_at, value)
        for central_position in offsets:
            struct.pack_into(size, buffer, central_position + central_at, value)
    return bytes(buffer)


_PROFILE = b"First Name,Last Name,Headline\nAda,Lovelace,Engineer\n"
_POSITIONS = (b"Company Name,Title,Description,Location,Started On,Finished On\n"
              b"Acme,Engineer,Built the analytics engine,London,Jan 2019,\n")


def linkedin_false_header() -> bytes:
    """Positions.csv really unpacks to 100 MB of zeros but declares 1,000 bytes."""
    data = _zip_streamed("Positions.csv", _POSITIONS, b"0", 100, {"Profile.csv": _PROFILE})
    return _patch(data, "Positions.csv", file_size=1000)


def _docx_parts(document_xml: bytes) -> dict[str, bytes]:
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/document.xml"] = document_xml
    return parts


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(body: bytes) -> bytes:
    return b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' + _W + b"><w:body>" + body + \
        b"</w:body></w:document>"


def docx_false_header() -> bytes:
    """word/document.xml unpacks to 100 MB but declares 2,000 bytes."""
    parts = _docx_parts(b"")
    del parts["word/document.xml"]
    prefix = b'<?xml version="1.0"?><w:document ' + _W + b"><w:body><w:p><w:r><w:t>"
    data = _zip_streamed("word/document.xml", prefix, b"A", 100, parts)
    return _patch(data, "word/document.xml", file_size=2000)


def docx_true_header() -> bytes:
    """word/document.xml unpacks to 100 MB and says so; the streamed read stops at the member limit
    whatever the header says, so this is the same as a header that lies upwards."""
    parts = _docx_parts(b"")
    del parts["word/document.xml"]
    prefix = b'<?xml version="1.0"?><w:document ' + _W + b"><w:body><w:p><w:r><w:t>"
    return _zip_streamed("word/document.xml", prefix, b"A", 100, parts)


def docx_entities() -> bytes:
    dtd = b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    xml = b'<?xml version="1.0"?>' + dtd + b"<w:document " + _W + b"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>" \
        b"</w:body></w:document>"
    return _zip(_docx_parts(xml))


def docx_deep() -> bytes:
    body = b"<w:p><w:r><w:t>Ada Lovelace</w:t></w:r></w:p>" + b"<w:tbl>" * 5000 + b"</w:tbl>" * 5000
    return _zip(_docx_parts(_document(body)))


def docx_missing_part() -> bytes:
    parts = _docx_parts(_document(b"<w:p><w:r><w:t>Ada Lovelace</w:t></w:r></w:p>"))
    del parts["word/styles.xml"]  # document.xml.rels still points at it
    return _zip(parts)


def docx_many_certificates() -> bytes:
    """A small DOCX whose certificates section lists 4,000 items: under the text limit, over the item limit."""
    item = b"<w:p><w:r><w:t>AWS Certified Solutions Architect 2021</w:t></w:r></w:p>"
    body = b"<w:p><w:r><w:t>Certifications</w:t></w:r></w:p>" + item * 4_000
    return _zip(_docx_parts(_document(body)))


def linkedin_bad_crc() -> bytes:
    data = _zip({"Profile.csv": _PROFILE, "Positions.csv": _POSITIONS})
    return _patch(data, "Positions.csv", crc=0xDEADBEEF)


def linkedin_encrypted() -> bytes:
    data = _zip({"Profile.csv": _PROFILE, "Positions.csv": _POSITIONS})
    return _patch(data, "Positions.csv", flag_bits=0x1)


def linkedin_unknown_compression() -> bytes:
    data = _zip({"Profile.csv": _PROFILE, "Positions.csv": _POSITIONS})
    return _patch(data, "Positions.csv", compress_type=99)


def linkedin_long_field() -> bytes:
    field = b'"' + b"x" * 200_000 + b'"'
    positions = b"Company Name,Title,Description\nAcme,Engineer," + field + b"\n"
    return _zip({"Profile.csv": _PROFILE, "Positions.csv": positions}, zipfile.ZIP_STORED)


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_page_cycle() -> bytes:
    """A page tree whose /Kids holds itself: pypdf raises LimitReachedError."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])


def pdf_flate_bomb() -> bytes:
    """A page whose content stream inflates to 200 MB (pypdf stops at its 75 MB limit)."""
    compressor = zlib.compressobj(9)
    stream = b"".join(compressor.compress(b" " * 1_048_576) for _ in range(200)) + compressor.flush()
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
                 b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream"])


def pdf_many_pages() -> bytes:
    """A page tree that claims 95,000 pages."""
    kids = b" ".join(b"3 0 R" for _ in range(95_000))
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count 95000 >>",
                 b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"])


_RESUME = ("Ada Lovelace\nada@example.com\n\nExperience\nAcme Corp - Senior Engineer\nJan 2019 - Present\n"
           "• Built the analytics engine in Python\n\nSkills\nPython, SQL\n")


def text_long_word() -> bytes:
    return (_RESUME + "\nSummary\n" + "a" * 190_000 + "\n").encode()


def text_email_word() -> bytes:
    return (_RESUME + "x" * 150_000 + "@" + "y" * 45_000 + "\n").encode()


def text_spaces() -> bytes:
    return (_RESUME + "Skills: Python" + " " * 150_000 + "SQL\n" + "email" + " " * 40_000 + "|\n").encode()


def text_brackets() -> bytes:
    return (_RESUME + "Skills\nJava (" + "(experience " * 8_000 + "\n" + "[a](" * 20_000 + "\n").encode()


def text_word_over_limit() -> bytes:
    """The issue's input: a 200 KB text file that is one 200,000-character word after the resume."""
    return (_RESUME + "a" * 200_000 + "\n").encode()


def text_many_jobs() -> bytes:
    job = "Acme Corp {n} - Engineer\nJan 2019 - Dec 2019\n• Built feature {n}\n\n"
    return ("Ada Lovelace\n\nExperience\n" + "".join(job.format(n=n) for n in range(100_000))).encode()


def text_jobs_under_char_limit() -> bytes:
    """Under the text limit, but more jobs than any lifetime: refused by the item limit."""
    job = "Acme {n} - Engineer\nJan 2019 - Dec 2019\n"
    return ("Ada Lovelace\n\nExperience\n" + "".join(job.format(n=n) for n in range(4_000))).encode()


def json_deep() -> bytes:
    return b'{"basics": {"name": "Ada"}, "work": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"


def json_big_int() -> bytes:
    return b'{"basics": {"name": "Ada"}, "work": [], "x": ' + b"7" * 4_300 + b"}"


def json_surrogate() -> bytes:
    return (b'{"basics": {"name": "Ada \\ud800", "summary": "bell\\u0007"}, '
            b'"work": [{"name": "Acme", "position": "Engineer", "startDate": "2019-01-01"}]}')


def json_huge_string() -> bytes:
    """A JSON Resume with a 9 MB summary: under the upload limit, over what a bank file may hold."""
    return b'{"basics": {"name": "Ada", "summary": "' + b"a" * 9_000_000 + b'"}, "work": [{"name": "Acme"}]}'


def bank_unknown_encoding() -> bytes:
    return b'<?xml version="1.0" encoding="x-unknown"?>\n<bigResume schemaVersion="2"/>\n'


def bank_surrogate_escape() -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?>\n<bigResume schemaVersion="2"><person><name>Ada \u241bd800;'
            "</name></person></bigResume>\n").encode()


CASES = [
    Case("linkedin_false_header", "export.zip", linkedin_false_header, "cannot be unpacked"),
    Case("docx_false_header", "resume.docx", docx_false_header, "cannot be unpacked"),
    Case("docx_true_header", "resume.docx", docx_true_header, "unpacks to more than"),
    Case("docx_entities", "resume.docx", docx_entities, "DTD"),
    Case("docx_deep", "resume.docx", docx_deep, "damaged"),
    Case("docx_missing_part", "resume.docx", docx_missing_part, "damaged"),
    Case("docx_many_certificates", "resume.docx", docx_many_certificates, "certificates"),
    Case("zip_bad_crc", "export.zip", linkedin_bad_crc, "damaged"),
    Case("zip_encrypted", "export.zip", linkedin_encrypted, "encrypted"),
    Case("zip_unknown_compression", "export.zip", linkedin_unknown_compression, "compression"),
    Case("csv_long_field", "export.zip", linkedin_long_field, "cannot be read as a table"),
    Case("pdf_page_cycle", "resume.pdf", pdf_page_cycle, "PDF"),
    Case("pdf_flate_bomb", "resume.pdf", pdf_flate_bomb, "PDF has no text"),
    Case("pdf_many_pages", "resume.pdf", pdf_many_pages, "pages"),
    Case("text_long_word", "resume.txt", text_long_word, ""),
    Case("text_email_word", "resume.txt", text_email_word, ""),
    Case("text_spaces", "resume.txt", text_spaces, ""),
    Case("text_brackets", "resume.txt", text_brackets, ""),
    Case("text_word_over_limit", "resume.txt", text_word_over_limit, "characters of text"),
    Case("text_many_jobs", "resume.txt", text_many_jobs, "characters of text"),
    Case("text_jobs_over_item_limit", "resume.txt", text_jobs_under_char_limit, "jobs"),
    Case("json_deep", "resume.json", json_deep, "deep"),
    Case("json_big_int", "resume.json", json_big_int, "digits"),
    Case("json_surrogate", "resume.json", json_surrogate, ""),
    Case("json_huge_string", "resume.json", json_huge_string, "summary"),
    Case("bank_unknown_encoding", "bank.xml", bank_unknown_encoding, "encoding", target="bank"),
    Case("bank_surrogate_escape", "bank.xml", bank_surrogate_escape, "", target="bank"),
]
"""Every hostile input; `expect` "" means the input is accepted (cleaned) rather than refused."""


def main(folder: str) -> None:
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    for case in CASES:
        (target / f"{case.name}__{case.filename}").write_bytes(case.build())
        print(case.name)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
