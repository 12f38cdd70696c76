"""Place year-less months, seasons and days of a deictic month or year against the anchor.

Values follow TIMEX3 as in `relative`: "last October" = `2023-10`, "last summer" =
`2023-06/2023-08`, "April last year" = `2023-04`, "the 12th of this month" = `2024-05-12`,
"March 1 of last year" = `2023-03-01`. With a publication date known only to its month, the
anchor is that month's first day and "in January" still takes its latest occurrence on or
before the anchor's month (the tense decides, as for a day anchor).
"""

from __future__ import annotations

import re
from datetime import date

from nkreports.facts.dates.relative import (
    DEICTIC_TENSE,
    MONTH_RE,
    SEASONS,
    Made,
    Resolution,
    by_tense,
    from_anchor,
    month_shift,
    pick,
    unanchored,
    ym,
)
from nkreports.ingest.datewords import MONTHS
from nkreports.schema import DateKind

YEAR_STEP = {"last": -1, "previous": -1, "the previous": -1, "this": 0, "next": 1}
MONTH_STEP = YEAR_STEP | {"the following": 1}
DEICTIC = "last|this|next|previous|the previous"
BAD_DAY = "not a valid calendar date"


def _season(start: date) -> str:
    """Return a season as its months, e.g. `2023-06/2023-08`."""
    return f"{ym(start)}/{ym(month_shift(start, 2))}"


def season_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Place seasons (summer = June-August): "last summer" = latest completed one, "summer 2023"."""
    m = re.fullmatch(
        r"(?:(last|this|next|past) )?(spring|summer|autumn|fall|winter)(?: (\d{4}))?", t
    )
    if not m:
        return None
    which, kind, rule = (
        m[1],
        DateKind.RELATIVE if m[1] else DateKind.SEASON,
        f"season_{m[1] or 'tense'}",
    )
    if m[3]:
        return Resolution(
            DateKind.SEASON, _season(date(int(m[3]), SEASONS[m[2]], 1)), "season", rule=rule
        )
    if anchor is None:
        return unanchored(kind, "season", rule)
    starts = [date(y, SEASONS[m[2]], 1) for y in range(anchor.year - 2, anchor.year + 2)]
    if not which:
        return from_anchor(anchor, kind, "season", rule, by_tense(starts, anchor, tense, _season))
    if which in ("last", "past"):
        start = max(s for s in starts if month_shift(s, 3) <= anchor)
    elif which == "this":
        return from_anchor(anchor, kind, "season", rule, this_season(starts, anchor, tense))
    else:  # "next" = the first to start after the anchor
        start = min(s for s in starts if s > anchor)
    return from_anchor(anchor, kind, "season", rule, (_season(start), "", ""))


def this_season(starts: list[date], anchor: date, tense: str) -> Made:
    """Read "this spring" as the anchor year's; a future sentence after it ends means next year's.

    "arrested this spring", "will travel this summer", "this winter" (in January: the current one).
    """
    current = [s for s in starts if s <= anchor < month_shift(s, 3)]
    start = current[0] if current else next(s for s in starts if s.year == anchor.year)
    if tense == "future" and month_shift(start, 3) <= anchor:
        return _season(start.replace(year=start.year + 1)), "future", ""
    return _season(start), "", ""


def month_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Place year-less months: "last October" (latest before the anchor's month), "in August"."""
    m = re.fullmatch(rf"(?:(last|past|previous|next|coming|this) )?{MONTH_RE}", t)
    if not m:
        return None
    kind, rule = DateKind.RELATIVE if m[1] else DateKind.MONTH, f"month_{m[1] or 'tense'}"
    if anchor is None:
        return unanchored(kind, "month", rule)
    months = [date(y, MONTHS[m[2]], 1) for y in range(anchor.year - 1, anchor.year + 2)]
    if not m[1]:
        return from_anchor(
            anchor, kind, "month", rule, by_tense(months, anchor.replace(day=1), tense, ym)
        )
    chosen = (
        months[1]
        if m[1] == "this"
        else pick(months, anchor.replace(day=1), DEICTIC_TENSE[m[1]], True)[0]
    )
    return from_anchor(anchor, kind, "month", rule, (ym(chosen), "", ""))


def month_of_year_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """A month or day of a deictic year: "in May this year", "March 1 of last year".

    "October of last year" = `2023-10` against a 2024 anchor; "on March 1 of last year" =
    `2023-03-01` (that calendar day in the previous year).
    """
    m = re.fullmatch(rf"(?:in |on )?{MONTH_RE}(?: (\d{{1,2}}))? (?:of )?({DEICTIC}) year", t)
    if not m:
        return None
    gran = "day" if m[2] else "month"
    rule = f"{gran}_{m[3].split()[-1]}_year"
    if anchor is None:
        return unanchored(DateKind.RELATIVE, gran, rule)
    value = f"{anchor.year + YEAR_STEP[m[3]]}-{MONTHS[m[1]]:02d}"
    if m[2]:
        value = valid_day(f"{value}-{int(m[2]):02d}")
    return from_anchor(anchor, DateKind.RELATIVE, gran, rule, (value, "", "" if value else BAD_DAY))


def day_of_month_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """A day of a deictic month: "the 12th of this month", "the 3rd of last month".

    The ordinal is that calendar day of the month the deictic names ("this month" = the
    publication month), as HeidelTime's news rules anchor "the Nth of this month".
    """
    m = re.fullmatch(
        r"(?:on )?(\d{1,2}) of (this|last|next|previous|the previous|the following) month", t
    )
    if not m:
        return None
    rule = f"day_of_{m[2].split()[-1]}_month"
    if anchor is None:
        return unanchored(DateKind.RELATIVE, "day", rule)
    value = valid_day(f"{ym(month_shift(anchor, MONTH_STEP[m[2]]))}-{int(m[1]):02d}")
    return from_anchor(
        anchor, DateKind.RELATIVE, "day", rule, (value, "", "" if value else BAD_DAY)
    )


def valid_day(iso: str) -> str:
    """Return an ISO day if it exists in the calendar, else "" (31 June, 29 February 2023)."""
    try:
        return date.fromisoformat(iso).isoformat()
    except ValueError:
        return ""


MONTH_RULES = (season_rule, month_rule, month_of_year_rule, day_of_month_rule)
