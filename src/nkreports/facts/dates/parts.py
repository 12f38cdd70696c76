"""Narrow a resolved point to the part a modifier names: early, mid, late, the end of.

Thirds, as TIMEX3 marks them with `mod="START"/"MID"/"END"` (TimeML 1.2.1 guidelines, section
on temporal modifiers) and the project writes as intervals:
- a year: early = January-April, mid = May-August, late = September-December ("early 2020" =
  `2020-01/2020-04`); "the end of the year" is its December (`2024-12`, kind month), as
  HeidelTime's news rules read "end of the year";
- a month: early = days 1-10, mid = 11-20, late and "the end of" = 21 to the last day
  ("mid-August" = `2024-08-11/2024-08-20`);
- a decade: early = years 0-3, mid = 4-6, late = 7-9 ("the late 1990s" = `1997/1999`,
  TIMEX3 leaves the decade `199` with a mod; the years are ours, the decade's thirds).
Halves of a year: "the first half of 2021" = `2021-01/2021-06`, the second `2021-07/2021-12`.
Any other value (a day, a week, an interval) keeps its reading, the modifier only noted.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import replace

from nkreports.facts.dates.relative import Resolution
from nkreports.schema import DateKind

# The modifier as written (after `spans.QUALIFIERS`) -> the third it names.
THIRDS = {"early": 0, "beginning of": 0, "start of": 0, "mid": 1, "middle of": 1}
THIRDS |= {"late": 2, "end of": 2}
HALVES = {"first half of": (1, 6), "second half of": (7, 12)}
NARROWING = ("early", "mid", "middle of", "late", "end of", *HALVES)  # "start of": the whole
YEAR_THIRDS = ((1, 4), (5, 8), (9, 12))
MONTH_THIRDS = ((1, 10), (11, 20), (21, 31))
DECADE_THIRDS = ((0, 3), (4, 6), (7, 9))


def year_part(year: str, third: int, end: bool = False) -> tuple[str, str, str]:
    """(kind, value, granularity) of a third of a year, or its December for "the end of"."""
    if end:
        return DateKind.MONTH, f"{year}-12", "month"
    first, last = YEAR_THIRDS[third]
    return "", f"{year}-{first:02d}/{year}-{last:02d}", "interval"


def month_part(month: str, third: int) -> tuple[str, str, str]:
    """(kind, value, granularity) of a third of a month: "mid-August" = days 11-20."""
    year, number = (int(p) for p in month.split("-"))
    first, last = MONTH_THIRDS[third]
    last = min(last, monthrange(year, number)[1])
    return "", f"{month}-{first:02d}/{month}-{last:02d}", "interval"


def decade_part(decade: str, third: int) -> tuple[str, str, str]:
    """(kind, value, granularity) of a third of a decade: "the mid-2000s" = `2004/2006`."""
    first, last = DECADE_THIRDS[third]
    return DateKind.YEAR, f"{decade}{first}/{decade}{last}", "interval"


def narrowed(inner: Resolution, qualifier: str) -> Resolution:
    """Narrow a year, month or decade to the third its modifier names; note every modifier."""
    note = "; ".join(filter(None, [f'qualified by "{qualifier}"', inner.note]))
    if qualifier not in NARROWING or not inner.value:
        return replace(inner, note=note)
    third, value = THIRDS.get(qualifier), inner.value
    if qualifier in HALVES and re.fullmatch(r"\d{4}", value):
        first, last = HALVES[qualifier]
        kind, value, gran = "", f"{value}-{first:02d}/{value}-{last:02d}", "interval"
    elif third is None:  # a half of a month or a decade: noted, not narrowed
        return replace(inner, note=note)
    elif re.fullmatch(r"\d{4}", value):
        kind, value, gran = year_part(value, third, qualifier == "end of")
    elif re.fullmatch(r"\d{4}-\d{2}", value):
        kind, value, gran = month_part(value, third)
    elif m := re.fullmatch(r"(\d{3})0/\1(9)", value):
        kind, value, gran = decade_part(m[1], third)
    else:
        return replace(inner, note=note)
    return replace(inner, kind=kind or inner.kind, value=value, granularity=gran, note=note)
