"""Dates as people write them on resumes, turned into the bank's ISO dates.

Handles "Jan 2020 - Present", "Jan-2019 to Feb-2020", "between 2008 and 2012", "January 2020 to Current", "2019-2021", "2015-16", "03/2018 - 06/2020",
"Dec. 2004 - Nov 2006", "Summer 2017", "Sept '18 - now", "September 2017 onwards" and "since 2015".
`find_date_range` returns the first range in a line, where it sits (so the caller can cut it out)
and how sure the parse is: a month-precise range is surer than a bare year range, and a lone year
(which may be a graduation year or a number) is the least sure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
# A season names the months a summer job or a term usually spans.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}

_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DATE = (
    rf"(?:{_MONTH}\.?(?:,|-(?=\d))?\s*(?:{_YEAR}|'\d{{2}})"  # Jan 2020, Sept. 2018, Dec '18, Jan-2019
    rf"|{_SEASON}\s+{_YEAR}"  # Summer 2017
    rf"|\d{{1,2}}/\d{{1,2}}/{_YEAR}"  # 18/06/2014 or 06/18/2014
    rf"|(?:0?[1-9]|1[0-2])\s*[/.-]\s*{_YEAR}"  # 03/2018, 3-2018
    rf"|(?:0?[1-9]|1[0-2])/\d{{2}}(?![\d/])"  # 8/01
    rf"|{_MONTH}\.?\s+\d{{2}}(?![\d,:])"  # Sept 13 (a two-digit year)
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"  # 2018-03-15 (ISO, as JSON Resume stores it)
    rf"|{_YEAR}\s*[/.-]\s*(?:0[1-9]|1[0-2])(?![\d])"  # 2018-03
    rf"|{_YEAR})"
)
_NOW = r"(?:present|current(?:ly)?|now|today|ongoing|till\s+(?:date|now)|to\s+date|date)"
_DASH = r"\s*(?:-+|–|—|~|to|until|till|through|thru)\s*"
_RANGE = re.compile(rf"(?<![\w/.-])(?P<start>{_DATE}){_DASH}(?P<end>{_DATE}|{_NOW})(?![\w/])", re.IGNORECASE)
# "between 2008 and 2012": "and" joins a range only after "between".
_BETWEEN = re.compile(rf"\bbetween\s+(?P<start>{_DATE})\s+and\s+(?P<end>{_DATE})(?![\w/])", re.IGNORECASE)
# "November to December 2007": the first month borrows the year of the second.
_MONTHS_RANGE = re.compile(rf"(?<![\w/.-])(?P<a>{_MONTH})\.?{_DASH}(?P<b>{_MONTH})\.?,?\s*(?P<year>{_YEAR})(?![\w/])", re.IGNORECASE)
_OPEN = re.compile(
    rf"(?:(?<![\w/.-])(?P<start>{_DATE})\s*(?:-+|–|—)?\s*(?:onwards?|till\s+date|to\s+present)\b"
    rf"|\bsince\s+(?P<since>{_DATE})"
    rf"|(?<![\w/.-])(?P<dangling>{_DATE})\s*(?:-+|–|—)\s*$)",  # "2020-07 —": a range whose end is left blank
    re.IGNORECASE,
)
# "2015-16", "(2019 - 20)": an academic or financial year, the end year cut to its last two digits.
_SHORT_END = re.compile(rf"(?<![\w/.-])(?P<start>{_YEAR})\s*(?:-|–|—)\s*(?P<end>\d{{2}})(?![\w/-]|\.\d)")
_SINGLE = re.compile(rf"(?<![\w/.-])(?P<start>{_MONTH}\.?,?\s*{_YEAR}|{_SEASON}\s+{_YEAR}|(?:0?[1-9]|1[0-2])/{_YEAR})(?![\w/])", re.IGNORECASE)


@dataclass(frozen=True)
class DateRange:
    """A parsed range: ISO `start`/`end` ('' end means present) and where it was in the text."""

    start: str
    end: str
    begin: int
    stop: int
    confidence: float

    @property
    def current(self) -> bool:
        return self.end == ""


def _parse_one(token: str, *, is_end: bool) -> tuple[str, bool]:
    """ISO form of one date token, and whether it carried a month."""
    token = token.strip().lower().rstrip(".")
    if re.fullmatch(_NOW, token, re.IGNORECASE):
        return "", True
    season = re.fullmatch(rf"({_SEASON})\s+({_YEAR})", token)
    if season:
        first, last = SEASONS[season.group(1)]
        year = int(season.group(2))
        if is_end and last < first:  # winter ends in the next year
            year += 1
        return f"{year}-{(last if is_end else first):02d}", True
    named = re.fullmatch(rf"({_MONTH})\.?[,-]?\s*({_YEAR}|'\d{{2}})", token)
    if named:
        month = MONTHS[named.group(1).rstrip(".")]
        year_text = named.group(2)
        year = int(year_text) if not year_text.startswith("'") else _two_digit_year(int(year_text[1:]))
        return f"{year}-{month:02d}", True
    dmy = re.fullmatch(rf"(\d{{1,2}})/(\d{{1,2}})/({_YEAR})", token)
    if dmy:
        first, second, year_text = int(dmy.group(1)), int(dmy.group(2)), dmy.group(3)
        month = second if first > 12 else first if second > 12 else 0
        return (f"{year_text}-{month:02d}" if 1 <= month <= 12 else year_text), bool(month)
    short = re.fullmatch(rf"(\d{{1,2}})/(\d{{2}})|({_MONTH})\.?\s+(\d{{2}})", token)
    if short:
        month = int(short.group(1)) if short.group(1) else MONTHS[short.group(3)]
        year = _two_digit_year(int(short.group(2) or short.group(4)))
        return f"{year}-{month:02d}", True
    numeric = re.fullmatch(rf"(\d{{1,2}})\s*[/.-]\s*({_YEAR})", token)
    if numeric:
        return f"{numeric.group(2)}-{int(numeric.group(1)):02d}", True
    iso = re.fullmatch(rf"({_YEAR})\s*[/.-]\s*(\d{{2}})(?:-\d{{2}})?", token)
    if iso:
        return f"{iso.group(1)}-{iso.group(2)}", True
    return token, False


def _two_digit_year(value: int) -> int:
    return 2000 + value if value < 50 else 1900 + value


def parse_date(token: str, *, is_end: bool = False) -> str:
    """One date token ('Jan 2020', '2019', 'Present') as an ISO date; '' for present or unreadable."""
    value, _ = _parse_one(token, is_end=is_end)
    return value if re.fullmatch(r"\d{4}(-\d{2})?", value) else ""


def find_date_range(text: str) -> DateRange | None:
    """The first date range in `text` (a closed range, an open one, or a lone season/month date)."""
    match = _RANGE.search(text)
    if match:
        start, start_month = _parse_one(match.group("start"), is_end=False)
        end, end_month = _parse_one(match.group("end"), is_end=True)
        if end and start > end:  # "2021 - 2019" is a typo or not a range at all
            return None
        confidence = 0.95 if start_month and end_month else 0.8
        return DateRange(start, end, match.start(), match.end(), confidence)
    match = _BETWEEN.search(text)
    if match:
        start, start_month = _parse_one(match.group("start"), is_end=False)
        end, end_month = _parse_one(match.group("end"), is_end=True)
        if start <= end:
            return DateRange(start, end, match.start(), match.end(), 0.95 if start_month and end_month else 0.8)
    match = _SHORT_END.search(text)
    if match:
        first_year = int(match.group("start"))
        gap = (int(match.group("end")) - first_year % 100) % 100
        if 1 <= gap <= 10:  # "2019 - 20" ends a year or a few later; "2011 - 05" is no range
            return DateRange(str(first_year), str(first_year + gap), match.start(), match.end(), 0.75)
    match = _MONTHS_RANGE.search(text)
    if match:
        first, last = (MONTHS[match.group(k).lower().rstrip(".")] for k in ("a", "b"))
        year = int(match.group("year"))
        start_year = year - 1 if first > last else year
        return DateRange(f"{start_year}-{first:02d}", f"{year}-{last:02d}", match.start(), match.end(), 0.9)
    match = _OPEN.search(text)
    if match:
        token = match.group("start") or match.group("since") or match.group("dangling")
        start, has_month = _parse_one(token, is_end=False)
        return DateRange(start, "", match.start(), match.end(), 0.85 if has_month else 0.7)
    match = _SINGLE.search(text)
    if match:
        token = match.group("start")
        lowered = token.lower()
        season = next((s for s in SEASONS if lowered.startswith(s)), None)
        start, _ = _parse_one(token, is_end=False)
        end = _parse_one(token, is_end=True)[0] if season else start
        return DateRange(start, end, match.start(), match.end(), 0.6)
    return None


def find_year(text: str) -> str:
    """The last plausible year in `text` ('' if none): for graduation and certificate dates."""
    years = re.findall(rf"(?<!\d){_YEAR}(?!\d)", text)
    return years[-1] if years else ""


def overlaps(start_a: str, end_a: str, start_b: str, end_b: str) -> bool:
    """Whether two ISO ranges overlap; a missing start or end is open on that side."""
    # Compare as year-month strings; '' end means present, '' start means unknown (open).
    lo_a, hi_a = sorted((start_a or "0000", end_a or "9999"))  # a typo'd inverted range still covers its span
    lo_b, hi_b = sorted((start_b or "0000", end_b or "9999"))
    return lo_a[: len(hi_b)] <= hi_b and lo_b[: len(hi_a)] <= hi_a
