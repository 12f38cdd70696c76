"""Dated facts on one time axis: ISO values as day spans, events, and coverage per period."""

from __future__ import annotations

import calendar
import re
from datetime import date

import pandas as pd

# TIMEX3 season codes (TimeML): northern-hemisphere meteorological seasons.
SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
EVENT_COLUMNS = [
    "report_id",
    "start",
    "mention",
    "first",
    "last",
    "granularity",
    "layer",
    "category",
    "direction",
    "approximate",
    "sentence",
]
# A hedge before a date: "around Nov. 20" is drawn as an approximate day, not an exact one.
APPROXIMATE = re.compile(r"\b(?:around|about|approximately|circa|roughly|some time|nearly)\b", re.I)
DATE_LAYER, POLICY_LAYER = "date mention", "policy change"


def month_day(year: int, month: int, last: bool) -> date:
    """First or last day of a month; month 13 or 14 is January or February of the next year."""
    year, month = (year + 1, month - 12) if month > 12 else (year, month)
    return date(year, month, calendar.monthrange(year, month)[1] if last else 1)


def _point(value: str, last: bool) -> date | None:
    """The first (or last) day of an ISO year, month, day or TIMEX3 season value."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        return date(*map(int, m.groups()))
    if (m := re.fullmatch(r"(\d{4})-(\d{2})", value)) and 1 <= int(m.group(2)) <= 12:
        return month_day(int(m.group(1)), int(m.group(2)), last)
    if m := re.fullmatch(r"(\d{4})", value):
        return date(int(value), 12, 31) if last else date(int(value), 1, 1)
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, final = SEASONS[m.group(2)]
        return month_day(int(m.group(1)), final if last else first, last)
    return None


def day_span(value: str) -> tuple[date, date] | None:
    """First and last day covered by an ISO 8601 value or interval `a/b`; None if not a date."""
    value = (value or "").strip()
    first_part, _, last_part = value.partition("/")
    try:
        first, last = _point(first_part, False), _point(last_part or first_part, True)
    except ValueError:  # a month 13 or day 32 is not a date
        return None
    return (first, last) if first and last and first <= last else None


def span_granularity(first: date, last: date) -> str:
    """How wide a span is, as a reader would say it: day, month, year or a longer interval."""
    if first == last:
        return "day"
    if (first.year, first.month) == (last.year, last.month):
        return (
            "month" if (first.day, last) == (1, month_day(last.year, last.month, True)) else "days"
        )
    return (
        "year"
        if (first, last) == (date(first.year, 1, 1), date(first.year, 12, 31))
        else "interval"
    )


def _rows(table: pd.DataFrame, value_column: str, layer: str) -> list[dict]:
    """Event rows of one table: every row whose value reads as a day span."""
    rows = []
    for row in table.to_dict("records"):
        span = day_span(row[value_column])
        if span is None or (layer == DATE_LAYER and row["kind"] == "duration"):
            continue
        rows.append(
            {
                "report_id": row["report_id"],
                "start": row["start"],
                "mention": row["mention"],
                "first": span[0],
                "last": span[1],
                "granularity": span_granularity(*span),
                "layer": layer,
                "category": row.get("category", ""),
                "direction": row.get("direction", ""),
                "approximate": bool(APPROXIMATE.search(row["mention"])),
                "sentence": row["sentence"],
            }
        )
    return rows


def dated_events(
    dates: pd.DataFrame, policies: pd.DataFrame, start: date | None, end: date | None
) -> pd.DataFrame:
    """Date mentions and dated policy changes as day spans, those touching [start, end]."""
    rows = _rows(dates, "value", DATE_LAYER) + _rows(policies, "date", POLICY_LAYER)
    events = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    if start:
        events = events[events["last"] >= start]
    if end:
        events = events[events["first"] <= end]
    order = ["first", "last", "report_id", "start", "layer"]
    events = events.sort_values(order, kind="stable").reset_index(drop=True)
    return events.assign(lane=pd.Series(lanes(events), dtype="int64"))


def publications(reports: pd.DataFrame) -> pd.DataFrame:
    """Each dated report's publication day and outlet, oldest first."""
    published = pd.to_datetime(reports["published"].replace("", None), errors="coerce").dt.date
    table = reports.assign(published=published)[["report_id", "outlet", "published"]]
    table = table[table["published"].notna()]
    return table.sort_values(["published", "report_id"], ignore_index=True)


def coverage(reports: pd.DataFrame, freq: str = "Y") -> pd.DataFrame:
    """Reports per publication period, empty ones included, so coverage is not read as trend."""
    published = pd.to_datetime(reports["published"].replace("", None), errors="coerce").dropna()
    columns = ["period", "first", "last", "reports"]
    if published.empty:
        return pd.DataFrame(columns=columns)
    periods = published.dt.to_period(freq)
    every = pd.period_range(periods.min(), periods.max(), freq=freq)
    counts = periods.value_counts().reindex(every, fill_value=0)
    return pd.DataFrame(
        {
            "period": every.astype(str),
            "first": [p.start_time.date() for p in every],
            "last": [p.end_time.date() for p in every],
            "reports": counts.to_numpy().astype("int64"),
        },
        columns=columns,
    )


def drawn(events: pd.DataFrame, publications: pd.DataFrame, coverage: pd.DataFrame) -> pd.DataFrame:
    """Everything the timeline figure draws, as one long table (the figure's CSV)."""
    published = publications.assign(
        first=publications["published"], last=publications["published"], layer="publication"
    )
    periods = coverage.assign(layer="reports per period", mention=coverage["period"])
    columns = ["layer", "report_id", "start", "outlet", "mention", "first", "last", "granularity"]
    columns += ["approximate", "lane", "category", "direction", "reports", "sentence"]
    parts = [events, published, periods]
    return pd.concat([p.reindex(columns=columns) for p in parts], ignore_index=True)


def lanes(events: pd.DataFrame, gap_days: int = 45) -> list[int]:
    """A lane per event inside its report's band, so crowded months do not pile into one blob.

    Greedy interval partitioning (the classic earliest-end-first layout): an event takes the
    first lane whose last event ended at least gap_days before it starts (a marker's width).
    """
    lane_of, ends = [0] * len(events), {}
    ordered = events.reset_index(drop=True).sort_values(
        ["report_id", "first", "last"], kind="stable"
    )
    for i, row in ordered.iterrows():
        taken = ends.setdefault(row["report_id"], [])
        lane = next(
            (k for k, end in enumerate(taken) if (row["first"] - end).days >= gap_days), None
        )
        if lane is None:
            lane = len(taken)
            taken.append(row["last"])
        taken[lane] = max(taken[lane], row["last"])
        lane_of[i] = lane
    return lane_of


def axis_segments(spans: list[tuple[date, date]], gap_years: int = 10) -> list[tuple[date, date]]:
    """Stretches of time that hold data, split where nothing happens for more than gap_years.

    A timeline with one reference to the 1950s and everything else after 2010 reads better with
    a broken axis: one panel per segment, each padded to whole years.
    """
    segments: list[list[date]] = []
    for first, last in sorted(spans):
        if segments and first.year - segments[-1][1].year <= gap_years:
            segments[-1][1] = max(segments[-1][1], last)
        else:
            segments.append([first, last])
    return [(date(a.year, 1, 1), date(b.year, 12, 31)) for a, b in segments]
