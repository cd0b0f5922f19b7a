"""The readers' budgets (resume_core/limits.py, bounded_zip.py, text_edge.py): each limit is hit with
a message that names it and a fix, and ordinary input is untouched."""

from __future__ import annotations

import io
import zipfile

import pytest

from resume_core.importing.bounded_zip import open_zip, read_member, repack
from resume_core.errors import ImportProblem
from resume_core.importing import bound_text
from resume_core.limits import MAX_LINE_CHARS, check_item_counts
from resume_core.text_edge import clean_json, clean_text, json_depth

NOT_ZIP = ImportProblem("not a zip", "fix")


def _archive(members: dict[str, bytes]) -> zipfile.ZipFile:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return open_zip(out.getvalue(), "x.zip", NOT_ZIP)


def test_a_member_is_read_up_to_its_cap_and_no_further() -> None:
    archive = _archive({"a.csv": b"a" * 5000})
    info = archive.getinfo("a.csv")
    assert read_member(archive, info, "x.zip", "fix", max_member=5000) == b"a" * 5000
    info.file_size = 10  # a lying header does not help: the stream is counted (and the CRC checked)
    with pytest.raises(ImportProblem) as problem:
        read_member(archive, info, "x.zip", "fix", max_member=100)
    assert problem.value.fix == "fix"


def test_an_honest_header_over_the_cap_is_refused_before_reading() -> None:
    archive = _archive({"a.csv": b"a" * 5000})
    with pytest.raises(ImportProblem, match="unpacks to more than"):
        read_member(archive, archive.getinfo("a.csv"), "x.zip", "fix", max_member=1000)


def test_not_a_zip_raises_the_given_problem() -> None:
    with pytest.raises(ImportProblem, match="not a zip"):
        open_zip(b"PK\x03\x04 broken", "x.zip", NOT_ZIP)


def test_repacked_members_read_back_unchanged() -> None:
    members = {"word/document.xml": b"<w/>", "media/a.png": bytes(range(256))}
    with zipfile.ZipFile(io.BytesIO(repack(members))) as archive:
        assert {n: archive.read(n) for n in archive.namelist()} == members


def test_item_counts_over_the_limit_name_the_kind() -> None:
    check_item_counts({"jobs": 12, "certificates": 3}, "cv.txt")
    with pytest.raises(ImportProblem, match="520,001 certificates") as problem:
        check_item_counts({"certificates": 520_001}, "cv.txt")
    assert problem.value.fix


def test_long_lines_are_cut_and_ordinary_text_is_kept() -> None:
    text = "Ada Lovelace\nExperience\n"
    assert bound_text(text, "cv.txt") == text
    cut = bound_text("Ada\n" + "a" * (MAX_LINE_CHARS + 10) + "\nend", "cv.txt")
    assert cut.splitlines() == ["Ada", "a" * MAX_LINE_CHARS, "end"]


@pytest.mark.parametrize(("raw", "clean"), [
    ("Ada Lovelace", "Ada Lovelace"),
    ("Zoë Ångström – CTO ✓ 😀", "Zoë Ångström – CTO ✓ 😀"),
    ("tab\tand\nnewline\r", "tab\tand\nnewline\r"),
    ("Ada \ud800", "Ada \ufffd"),
    ("bell\x07 and nul\x00", "bell and nul"),
])
def test_clean_text_replaces_only_what_cannot_be_saved(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_clean_json_walks_any_depth_without_recursion() -> None:
    document: object = "\udc80"
    for _ in range(5000):
        document = [document]
    cleaned, changed = clean_json({"k\x01": document})
    assert changed == 2 and json_depth(cleaned) == 5001
    inner = cleaned["k"]
    while isinstance(inner, list):
        inner = inner[0]
    assert inner == "\ufffd"
