"""Cover letter: three paragraphs whose every claim is the bank's or the posting's; invented claims are
flagged; exported as PDF (same templates, read back), DOCX and text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from resume_core.posting.analysis import build_posting
from resume_core.tailoring.cover_letter import (
    build_cover_letter, check_cover_letter, cover_letter_markdown, export_cover_letter_docx,
    export_cover_letter_pdf, export_cover_letter_text, first_person,
)
from resume_core.output.render import TEMPLATES
from resume_core.output.render import DATA_DIR
from resume_core.bank.sample import load_sample_bank
from resume_core.tailoring.pipeline import tailor


@pytest.fixture(scope="module")
def letter_inputs():
    bank = load_sample_bank()
    posting = build_posting(sorted((DATA_DIR / "sample_postings").glob("*.txt"))[0].read_text(encoding="utf-8"))
    resume = tailor(bank, posting, today="2026-11-25").resume
    return bank, posting, resume


def test_three_paragraphs_from_the_strongest_evidence_and_nothing_invented(letter_inputs):
    bank, posting, resume = letter_inputs
    letter = build_cover_letter(bank, posting, resume)
    assert len(letter.paragraphs) == 3
    assert posting.title in letter.paragraphs[0] and posting.company in letter.paragraphs[0]
    assert bank.jobs[0].name in letter.paragraphs[0]
    bank_text = {item.id: item.text for owner in bank.owners() for item in owner.accomplishments}
    assert 1 <= len(letter.evidence_ids) <= 3
    for item_id in letter.evidence_ids:  # each quoted bullet is in the letter, after its first word
        assert bank_text[item_id].split(" ", 1)[1].rstrip(".") in letter.paragraphs[1]
    assert " I " in f" {letter.paragraphs[1]}"  # first person
    assert check_cover_letter(letter.text, bank, posting) == []


def test_a_number_employer_or_tool_not_in_the_bank_is_flagged(letter_inputs):
    bank, posting, resume = letter_inputs
    text = build_cover_letter(bank, posting, resume).text + "\n\nAt Zyxcorp I cut costs by 45% with Quuxdb."
    flags = check_cover_letter(text, bank, posting)
    assert any("'45%'" in f for f in flags) and any("'Zyxcorp'" in f for f in flags)
    assert any("'Quuxdb'" in f for f in flags)


def test_first_person_turns_a_bullet_into_a_sentence():
    assert first_person("Cut CI time from 38 to 11 minutes", "Acme") == "At Acme, I cut CI time from 38 to 11 minutes."
    assert first_person("Migrated 140 services.", "") == "I migrated 140 services."
    assert first_person("Kubernetes platform for 40 teams", "Acme") == \
        "At Acme, my work included this: Kubernetes platform for 40 teams."


@pytest.mark.parametrize("template", sorted(TEMPLATES))
def test_the_letter_exports_as_pdf_docx_and_text(letter_inputs, template):
    bank, posting, resume = letter_inputs
    letter = build_cover_letter(bank, posting, resume)
    markdown = cover_letter_markdown(letter.text, bank, posting)
    pdf = export_cover_letter_pdf(markdown, template, "a4")
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert len(reader.pages) == 1
    assert bank.person.name in text and f"Dear {posting.company} hiring team," in text
    assert " ".join(letter.paragraphs[2].split()[:6]) in text
    assert export_cover_letter_docx(markdown).startswith(b"PK")
    plain = export_cover_letter_text(markdown).decode("utf-8")
    assert letter.paragraphs[0] in plain and plain.rstrip().endswith(bank.person.name)


def test_an_ai_letter_is_checked_against_the_bank(letter_inputs):
    from fakes import FakeEngine
    from resume_core.tailoring.cover_letter import generate_cover_letter
    from resume_core.errors import EngineError

    bank, posting, resume = letter_inputs
    grounded = [f"I want to join {posting.company} as a {posting.title}.",
                "At Tidewater Health I cut CI time from 38 to 11 minutes.", "I would bring Terraform."]
    engine = FakeEngine(extract=[{"paragraphs": grounded},
                                 {"paragraphs": [*grounded[:2], "At Zyxcorp I cut costs by 45%."]},
                                 EngineError("The server is down.")])
    letter, flags = generate_cover_letter(engine, bank, posting, resume)
    assert letter.paragraphs == grounded and flags == []
    call = engine.calls[0][2]
    assert call.prompt == "cover_letter" and call.variables["company"] == posting.company
    letter, flags = generate_cover_letter(engine, bank, posting, resume)
    assert "At Zyxcorp I cut costs by 45%." in letter.text
    assert any("'45%'" in f for f in flags) and any("'Zyxcorp'" in f for f in flags)
    letter, flags = generate_cover_letter(engine, bank, posting, resume)  # the engine fails: the bank's letter
    assert letter == build_cover_letter(bank, posting, resume) and "The server is down." in flags[0]
