"""Big Resume, posting and snapshot XML: exact round trips, readable output, and hostile input refused."""

from __future__ import annotations


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis_budget import examples

from bank_strategies import banks, postings, snapshots
from resume_core.bank import model as m
from resume_core.errors import BankFileError
from resume_core.bank.xml_io import (
    MAX_XML_BYTES,
    parse_bank_xml,
    parse_posting_xml,
    parse_snapshot_xml,
    render_bank_xml,
    render_posting_xml,
    render_snapshot_xml,
)

PROPERTY = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(banks())
def test_bank_round_trips_exactly_and_renders_deterministically(bank: m.Bank) -> None:
    text = render_bank_xml(bank)
    again = parse_bank_xml(text)
    assert again == bank
    assert render_bank_xml(again) == text
    assert parse_bank_xml(text.encode("utf-8")) == bank


@PROPERTY
@given(postings())
def test_posting_round_trips_exactly(posting: m.Posting) -> None:
    text = render_posting_xml(posting)
    assert parse_posting_xml(text) == posting
    assert render_posting_xml(parse_posting_xml(text)) == text


@PROPERTY
@given(snapshots())
def test_snapshot_round_trips_exactly(snapshot: m.Snapshot) -> None:
    text = render_snapshot_xml(snapshot)
    assert parse_snapshot_xml(text) == snapshot


def _small_bank() -> m.Bank:
    return m.Bank(
        person=m.Person(name="Ada Lovelace", summary="First line.\nSecond line."),
        jobs=[m.Job(
            id="job-1a2b3c4d", name="Acme & Sons",
            positions=[m.Position(title="Staff Engineer", start_date="2022-01")],
            skills=[m.Skill(id="skl-5e6f7a8b", name="Terraform", category="Cloud")],
            accomplishments=[m.Accomplishment(id="acc-7a8b9c0d", text="Cut deploy time from 40 to 6 minutes")],
            anecdotes=[m.Anecdote(id="anc-3a4b5c6d", summary="Billing migration",
                                  transcript=[m.Turn(role="assistant", text="What was hard?")])],
        )],
    )


def test_output_is_readable_one_item_per_line() -> None:
    text = render_bank_xml(_small_bank())
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0] == '<?xml version="1.0" encoding="utf-8"?>'
    assert lines[1] == '<bigResume schemaVersion="3">'
    assert '<skill id="skl-5e6f7a8b" category="Cloud">Terraform</skill>' in lines
    assert '<accomplishment id="acc-7a8b9c0d">Cut deploy time from 40 to 6 minutes</accomplishment>' in lines
    assert '<position startDate="2022-01">Staff Engineer</position>' in lines
    assert '<turn role="assistant">What was hard?</turn>' in lines
    assert "<name>Acme &amp; Sons</name>" in lines
    # children follow model field order: positions before skills before accomplishments before anecdotes
    order = [text.index(tag) for tag in ("<positions>", "<skills>", "<accomplishments>", "<anecdotes>")]
    assert order == sorted(order)
    assert text.endswith("</bigResume>\n")


def test_characters_xml_cannot_hold_are_escaped_visibly_and_reversibly() -> None:
    bank = m.Bank(person=m.Person(summary="line\r\nnext \x0c page ␛ marker"))
    text = render_bank_xml(bank)
    assert "\x0c" not in text and "\r" not in text
    assert "line␛d;\nnext ␛c; page ␛241b; marker" in text
    assert parse_bank_xml(text) == bank


def test_hand_written_file_with_insignificant_layout_is_read() -> None:
    text = (
        "<bigResume schemaVersion='2'>\n<jobs>\n\n<job id='job-1'>  <name>Acme</name>\n"
        "<skills><skill id='skl-1'>Go</skill></skills></job></jobs></bigResume>"
    )
    bank = parse_bank_xml(text)
    assert bank.jobs[0].name == "Acme" and bank.jobs[0].skills[0].name == "Go"


def _error(text: str | bytes, parse=parse_bank_xml) -> BankFileError:
    with pytest.raises(BankFileError) as info:
        parse(text)
    assert info.value.fix, "every refusal says what to do"
    return info.value


def test_malformed_xml_names_the_line() -> None:
    error = _error("<bigResume schemaVersion='2'>\n<jobs>\n<job id='job-1'><name>A</job>\n</jobs></bigResume>")
    assert "line 3" in error.message and "not well-formed" in error.message
    assert "line 3" in error.fix


def test_undefined_entity_is_malformed_not_expanded() -> None:
    error = _error("<bigResume schemaVersion='2'>\n<person><name>A&nbsp;B</name></person></bigResume>")
    assert "line 2" in error.message and "undefined entity" in error.message


def test_wrong_root_is_named() -> None:
    error = _error("<?xml version='1.0'?>\n<html><body/></html>")
    assert "<html>" in error.message and "<bigResume>" in error.message
    assert "<posting>" in _error("<bigResume/>", parse_posting_xml).message
    assert "<snapshot>" in _error("<posting id='pst-1'/>", parse_snapshot_xml).message


def test_empty_file_is_refused() -> None:
    assert "empty" in _error(b"  \n").message


def test_unknown_elements_are_all_named_with_their_lines() -> None:
    text = (
        "<bigResume schemaVersion='2'>\n"
        "  <jobs>\n"
        "    <job id='job-1'>\n"
        "      <name>Acme</name>\n"
        "      <salary>lots</salary>\n"
        "      <skills><skill id='skl-1' level='9'>Go</skill></skills>\n"
        "    </job>\n"
        "  </jobs>\n"
        "  <hobbies>chess</hobbies>\n"
        "</bigResume>\n"
    )
    error = _error(text)
    assert "<salary> inside <job> (line 3)" in error.message
    assert "attribute 'level' on <skill> (line 6)" in error.message
    assert "<hobbies> inside <bigResume> (line 1)" in error.message


def test_duplicate_single_element_is_refused() -> None:
    error = _error("<bigResume schemaVersion='2'><person><name>A</name>\n<name>B</name></person></bigResume>")
    assert "<name> appears 2 times" in error.message


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<bigResume schemaVersion="2"><person><name>&lol9;</name></person></bigResume>"""


def test_entity_expansion_is_refused_at_the_doctype() -> None:
    # Refused where the DOCTYPE starts (line 2), so no entity is ever expanded: no wall-clock needed.
    error = _error(BILLION_LAUGHS)
    assert "DOCTYPE" in error.message and "line 2" in error.message
    assert "DOCTYPE" in error.fix


def test_external_entities_are_refused_and_nothing_is_read(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    text = (f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file://{secret}">]>\n'
            '<bigResume schemaVersion="2"><person><name>&xxe;</name></person></bigResume>')
    error = _error(text)
    assert "DOCTYPE" in error.message and "TOP-SECRET" not in str(error)
    bare = '<!DOCTYPE bigResume SYSTEM "http://127.0.0.1:9/x.dtd">\n<bigResume schemaVersion="2"/>'
    assert "DOCTYPE" in _error(bare).message
    assert "DOCTYPE" in _error(bare, parse_posting_xml).message


def test_files_over_the_size_limit_are_refused_before_parsing() -> None:
    padding = " " * MAX_XML_BYTES
    for data in (f"<bigResume>{padding}</bigResume>", f"<bigResume>{padding}</bigResume>".encode()):
        error = _error(data)
        assert "5 MB" in error.message and "right file" in error.fix


def test_newer_format_versions_are_refused_with_advice() -> None:
    error = _error("<bigResume schemaVersion='99'/>")
    assert "newer" in error.message and "Update" in error.fix
    assert "not a version number" in _error("<bigResume schemaVersion='two'/>").message


def test_validation_problems_are_listed_together_with_place_and_line() -> None:
    text = (
        "<bigResume schemaVersion='2'>\n"
        "  <jobs>\n"
        "    <job id='job-1'><name>First</name></job>\n"
        "    <job id='job-2'><name>Beta</name></job>\n"
        "    <job id='job-3'>\n"
        "      <name>Acme</name>\n"
        "      <positions>\n"
        "        <position startDate='March 2021'>Engineer</position>\n"
        "      </positions>\n"
        "      <skills><skill id='Bad Id'>Go</skill><skill id='skl-2'></skill></skills>\n"
        "    </job>\n"
        "  </jobs>\n"
        "</bigResume>\n"
    )
    error = _error(text)
    assert "3 problems" in error.message
    assert ("jobs[2] (Acme) > positions[0] (Engineer) > startDate: 'March 2021' is not an ISO date: "
            "write 2021, 2021-03 or 2021-03-15") in error.message
    assert "(line 8)" in error.message
    assert "jobs[2] (Acme) > skills[0] (Go) > id: 'Bad Id' is not a valid id" in error.message
    assert "skills[1] > name: is empty (write something" in error.message
    assert "Correct each value" in error.fix


def test_duplicate_ids_are_reported() -> None:
    text = ("<bigResume schemaVersion='2'><jobs><job id='job-1'><name>A</name>"
            "<skills><skill id='job-1'>Go</skill></skills></job></jobs></bigResume>")
    assert "appear more than once: job-1" in _error(text).message


def test_posting_with_bad_kind_names_the_requirement() -> None:
    text = ("<posting id='pst-1'>\n<requirements>\n<requirement id='req-1' kind='must'>Python</requirement>\n"
            "</requirements></posting>")
    error = _error(text, parse_posting_xml)
    assert "requirements[0] (Python) > kind" in error.message and "(line 3)" in error.message


def test_absurdly_deep_nesting_is_refused() -> None:
    error = _error("<bigResume>\n" + "<a>" * 100_000 + "</a>" * 100_000 + "</bigResume>")
    assert "nested more than" in error.message and "line 2" in error.message


def test_byte_order_mark_and_windows_line_endings_are_accepted() -> None:
    text = render_bank_xml(_small_bank())
    assert parse_bank_xml("\ufeff" + text) == _small_bank()
    assert parse_bank_xml(b"\xef\xbb\xbf" + text.encode()) == _small_bank()
    crlf = text.replace("\n", "\r\n").encode()
    assert parse_bank_xml(crlf) == _small_bank()  # the parser reads CRLF as LF, as XML requires


def test_text_in_another_encoding_is_refused_with_its_line() -> None:
    error = _error("<bigResume schemaVersion='2'>\n<person><name>Zoë</name></person></bigResume>".encode("latin-1"))
    assert "line 2" in error.message and "UTF-8" in error.fix


def test_attributes_on_list_elements_are_named() -> None:
    error = _error("<bigResume schemaVersion='2'>\n<jobs sorted='yes'></jobs></bigResume>")
    assert "attribute 'sorted' on <jobs> (line 2)" in error.message


def test_every_type_and_list_in_the_files_has_a_chosen_layout() -> None:
    """A field added to the model must get a deliberate XML name here, not the generic fallback."""
    from resume_core.bank.xml_codec import ITEM_TAGS, LAYOUTS, _shape

    seen, todo = set(), [m.Bank, m.Posting, m.Snapshot]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        assert cls in LAYOUTS, f"no XML layout for {cls.__name__}"
        for name, info in cls.model_fields.items():
            shape, inner = _shape(info.annotation)
            if shape in ("models", "strs"):
                assert info.alias in ITEM_TAGS, f"no item tag for {cls.__name__}.{name}"
            if inner is not None:
                todo.append(inner)
