"""Dates as people write them, read into ISO ranges."""

from __future__ import annotations

import pytest

from resume_core.importing.dates import find_date_range, overlaps


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Jan 2020 - Present", "2020-01", ""),
        ("January 2020 to Current", "2020-01", ""),
        ("2019-2021", "2019", "2021"),
        ("2019 – 2021", "2019", "2021"),
        ("03/2018 - 06/2020", "2018-03", "2020-06"),
        ("Summer 2017", "2017-06", "2017-08"),
        ("Dec. 2004 - Nov 2006", "2004-12", "2006-11"),
        ("Sept '18 – now", "2018-09", ""),
        ("(September 2017 onwards)", "2017-09", ""),
        ("since 2015", "2015", ""),
        ("18/06/2014 - Present", "2014-06", ""),
        ("Engineer, Acme (8/01 to Present)", "2001-08", ""),
    ],
)
def test_common_formats(text, start, end):
    found = find_date_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


def test_position_in_line_lets_the_caller_cut_the_dates_out():
    text = "Java Developer: Jan. 2000 - Nov. 2004, MJ Design"
    found = find_date_range(text)
    assert text[: found.begin] == "Java Developer: "
    assert text[found.stop:] == ", MJ Design"


def test_month_ranges_are_surer_than_year_ranges():
    assert find_date_range("Mar 2019 - Jun 2020").confidence > find_date_range("2019 - 2020").confidence


@pytest.mark.parametrize("text", ["Bachelor of Science", "Reduced costs by 2000 dollars", "2021 - 2019"])
def test_no_range_is_invented(text):
    assert find_date_range(text) is None


def test_overlap_treats_missing_end_as_present():
    assert overlaps("2018-03", "", "2020", "2021")
    assert not overlaps("2010", "2012", "2015-01", "")
    assert overlaps("2019", "2019", "2019-05", "2019-09")


@pytest.mark.parametrize("text, start, end", [
    ("(2019 - 20)", "2019", "2020"), ("B.Com 2015-16", "2015", "2016"), ("1999-00", "1999", "2000")])
def test_a_year_range_whose_end_keeps_two_digits(text, start, end):
    found = find_date_range(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["2011-05", "2019-201", "2019 - 45"])
def test_two_digits_that_are_no_later_year_are_no_range(text):
    assert find_date_range(text) is None


def test_between_and_and_dashed_month_year_are_ranges():
    from resume_core.importing.dates import find_date_range

    found = find_date_range("Between 2012 and 2016 operated welding machines")
    assert found is not None and (found.start, found.end, found.begin) == ("2012", "2016", 0)
    found = find_date_range("Clerk, Jan-2019 to Feb-2020")
    assert found is not None and (found.start, found.end) == ("2019-01", "2020-02")
    assert find_date_range("won awards in 2018 and 2019") is None  # "and" joins a range only after "between"


def test_full_iso_dates_as_json_resume_stores_them_are_a_range():
    """Themes that print JSON Resume's dates raw ("2022-01-01 — 2024-02-01") lost every start date."""
    found = find_date_range("Data Engineer  2022-01-01 — 2024-02-01")
    assert (found.start, found.end) == ("2022-01", "2024-02")
    assert find_date_range("Lead 2019-03-15 - Present").current
    assert find_date_range("2019-13-01 - 2020-02-30") is None  # no month 13: not a date
