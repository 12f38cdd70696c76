"""Resolve absolute calendar expressions: years, year spans, decades, day ranges and dates.

Values follow TIMEX3 as in `relative`; a year-less day or day range is placed by the tense
against the publication date, and a numeric date is read in the page's day order.
"""

from __future__ import annotations

import re
from datetime import date

from nkreports.facts.dates.relative import (
    MONTH_RE,
    Resolution,
    by_tense,
    from_anchor,
    pick,
    unanchored,
    undecided,
)
from nkreports.ingest.datewords import MONTHS, WEEKDAYS
from nkreports.schema import DateKind


def _days_in(month: int, day: int, around: int) -> list[date]:
    """Return the month-day in the years around a year, where it exists (29 February)."""
    return [date(y, month, day) for y in range(around - 1, around + 2) if _ok(y, month, day)]


def _ok(y: int, month: int, day: int) -> bool:
    try:
        return bool(date(y, month, day))
    except ValueError:
        return False


def year_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Read years and year spans: "2009", "the year 2015", "1950-53", "1950-1953", "the 1990s"."""
    if m := re.fullmatch(r"(?:year )?([12]\d{3})", t):
        return Resolution(DateKind.YEAR, m[1], "year", rule="year")
    if m := re.fullmatch(r"(?:from |between )?([12]\d{3})(?:-| to | and |/)(\d{2}|\d{4})", t):
        first, last = int(m[1]), int(m[2]) + (int(m[1]) // 100 * 100 if len(m[2]) == 2 else 0)
        if last > first:
            return Resolution(DateKind.RANGE, f"{first}/{last}", "interval", rule="year_range")
    if m := re.fullmatch(r"([12]\d{2})0s", t):  # TIMEX3 `199`; the years it spans, kind year
        return Resolution(DateKind.YEAR, f"{m[1]}0/{m[1]}9", "interval", rule="decade")
    return None


def day_range_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Read days within one month: "April 11-13", "from April 2 to 9", "between April 2 and 9".

    "and" links a range only after "between": "March 3 and 5" is a list of two days (`spans`).
    """
    link = r"(?:-| to | through | until )" if not t.startswith("between ") else r" and "
    t = re.sub(r"^(?:from|between) ", "", t)
    m = re.fullmatch(rf"{MONTH_RE} (\d{{1,2}}){link}(\d{{1,2}})(?: (\d{{4}}))?", t)
    n = m or re.fullmatch(rf"(\d{{1,2}}){link}(\d{{1,2}}) {MONTH_RE}(?: (\d{{4}}))?", t)
    if not n:
        return None
    month, first, last, year = (n[1], n[2], n[3], n[4]) if m else (n[3], n[1], n[2], n[4])
    month, first, last = MONTHS[month], int(first), int(last)
    if not (first < last and _ok(int(year or 2000), month, last)):
        return Resolution(
            DateKind.RANGE, "", "interval", rule="day_range", note="not a valid day range"
        )
    if year:
        start = date(int(year), month, first)
        return Resolution(
            DateKind.RANGE, f"{start}/{start.replace(day=last)}", "interval", rule="day_range"
        )
    if anchor is None:
        return unanchored(DateKind.RANGE, "interval", "day_range_tense")
    start, used = pick(_days_in(month, first, anchor.year), anchor, tense)
    value = f"{start}/{start.replace(day=last)}"
    return from_anchor(
        anchor, DateKind.RANGE, "interval", "day_range_tense", (value, used, undecided(used))
    )


def date_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Read calendar days: "Sunday, July 14, 2024", "14 July 2024", "10/16/2023", "June 18"."""
    t = re.sub(rf"^(?:{'|'.join(WEEKDAYS)}) ", "", t)
    note, rule, y, mo, d = "", "full_date", None, 0, 0
    if m := re.fullmatch(r"([12]\d{3})-(\d{1,2})-(\d{1,2})", t):
        rule, y, mo, d = "iso_date", int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})", t):
        rule, note, y = "numeric_date", f"read as {order}", _year(m[3])
        mo, d = (int(m[1]), int(m[2])) if order == "MDY" else (int(m[2]), int(m[1]))
        if mo > 12 >= d:
            mo, d, note = d, mo, f"not a valid {order} date: read the other way"
    elif m := re.fullmatch(rf"{MONTH_RE} (\d{{1,2}})(?: ([12]\d{{3}}))?", t):
        y, mo, d = int(m[3]) if m[3] else None, MONTHS[m[1]], int(m[2])
    elif m := re.fullmatch(rf"(\d{{1,2}}) {MONTH_RE}(?: ([12]\d{{3}}))?", t):
        y, mo, d = int(m[3]) if m[3] else None, MONTHS[m[2]], int(m[1])
    elif m := re.fullmatch(rf"{MONTH_RE} ([12]\d{{3}})", t):
        return Resolution(DateKind.MONTH, f"{m[2]}-{MONTHS[m[1]]:02d}", "month", rule="month_year")
    else:
        return None
    if not _ok(y or 2000, mo, d):
        return Resolution(DateKind.DATE, "", "day", rule=rule, note="not a valid calendar date")
    if y:
        return Resolution(DateKind.DATE, date(y, mo, d).isoformat(), "day", rule=rule, note=note)
    if anchor is None:
        return unanchored(DateKind.DATE, "day", "month_day_tense")
    return from_anchor(
        anchor,
        DateKind.DATE,
        "day",
        "month_day_tense",
        by_tense(_days_in(mo, d, anchor.year), anchor, tense),
    )


def _year(digits: str) -> int:
    """Expand a two-digit year: 00-49 -> 2000s, 50-99 -> 1900s (a fixed pivot, unlike %y's 69)."""
    return int(digits) if len(digits) == 4 else int(digits) + (2000 if int(digits) < 50 else 1900)


CALENDAR_RULES = (year_rule, day_range_rule, date_rule)
