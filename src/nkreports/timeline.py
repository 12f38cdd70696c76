"""Dated facts on one time axis: ISO values as day spans, events, and coverage per period."""

from __future__ import annotations

import calendar
import re
from datetime import date

import pandas as pd

# TIMEX3 season codes (TimeML): northern-hemisphere meteorological seasons.
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def _point(value: str, last: bool) -> date | None:
    """The first (or last) day of an ISO year, month, day or TIMEX3 season value."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return date(*map(int, m.groups()))
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = map(int, m.groups())
        return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(value), 12, 31) if last else date(int(value), 1, 1)
    if (m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)) :
        year, (first, final) = int(m.group(1)), SEASONS[m.group(2)]
        month = final if last else first
        year, month = (year + 1, month - 12) if month > 12 else (year, month)
        return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
    return None


def day_span(value: str) -> tuple[date, date] | None:
    """First and last day covered by an ISO 8601 value or interval `a/b`; None if not a date."""
    value = (value or "").strip()
    first_part, _, last_part = value.partition("/")
    first, last = _point(first_part, False), _point(last_part or first_part, True)
    return (first, last) if first and last and first <= last else None


def dated_events(
    dates: pd.DataFrame, policies: pd.DataFrame, start: date | None, end: date | None
) -> pd.DataFrame:
    """Date mentions and linked policy changes with day spans, clipped to [start, end]."""
    rows = []
    for row in dates.itertuples():
        span = day_span(row.value) if row.kind != "duration" else None
        if span:
            rows.append(
                {"report_id": row.report_id, "start": row.start, "mention": row.mention,
                 "first": span[0], "last": span[1], "granularity": row.granularity,
                 "layer": "date mention", "category": "", "direction": ""}
            )
    for row in policies.itertuples():
        span = day_span(row.date)
        if span:
            rows.append(
                {"report_id": row.report_id, "start": row.start, "mention": row.mention,
                 "first": span[0], "last": span[1], "granularity": "",
                 "layer": "policy change", "category": row.category, "direction": row.direction}
            )
    events = pd.DataFrame(rows, columns=["report_id", "start", "mention", "first", "last",
                                         "granularity", "layer", "category", "direction"])
    if start:
        events = events[events["last"] >= start]
    if end:
        events = events[events["first"] <= end]
    return events.sort_values(["first", "report_id", "start"], kind="stable").reset_index(drop=True)


def coverage(reports: pd.DataFrame, freq: str = "Y") -> pd.DataFrame:
    """Reports per period of publication, so coverage is not mistaken for trend."""
    published = pd.to_datetime(reports["published"].replace("", pd.NA), errors="coerce").dropna()
    periods = published.dt.to_period(freq).value_counts().sort_index()
    return pd.DataFrame({"period": periods.index.astype(str), "reports": periods.to_numpy()})
