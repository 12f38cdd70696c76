"""Policy changes as events: one change reported by several reports is one event, several sources.

The rule (EVENTS_VERSION): two policy-change rows belong to one event when they share category,
actor country, direction and standing (firm: told as fact or claimed by a source; rumour; denial)
and their effective date spans overlap. A denial or a rumour is never merged with, nor counted as
corroboration of, a firm report: only firm events count as corroborated, by several reports.
A row's effective span is its linked date, or else the calendar month of its report's
publication (an undated change is read as current when reported). Overlap is chained: rows
sorted by span start join the running event while they start on or before its latest end
(single linkage, as in interval merging).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from nkreports.analysis.timeline import day_span, month_day

EVENTS_VERSION = "events-2"
KEY = ["category", "actor_country", "direction", "standing"]
FIRM, RUMOR, DENIED = "firm", "rumor", "denied"
# The codebook's certainty values, by how far a reader may rely on them.
STANDING = {"reported_fact": FIRM, "claimed_by_source": FIRM, "rumor": RUMOR, "denied": DENIED}
EVENT_COLUMNS = [
    "event",
    "category",
    "actor_country",
    "direction",
    "first",
    "last",
    "dated",
    "action",
    "mentions",
    "reports",
    "outlets",
    "certainty",
    "standing",
    "corroborated",
    "report_id",
    "start",
    "sentence",
]
SOURCE_COLUMNS = [
    "event",
    "report_id",
    "start",
    "outlet",
    "published",
    "certainty",
    "actors",
    "mentions",
    "dates",
]


def effective_span(value: str, published: str) -> tuple[date, date] | None:
    """The row's own date span, else its report's publication month; None when neither exists."""
    span = day_span(value)
    if span is not None:
        return span
    day = day_span(published)
    if day is None:
        return None
    return month_day(day[0].year, day[0].month, False), month_day(day[0].year, day[0].month, True)


def spans(policies: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Policy changes with their report's outlet and publication date and effective day span."""
    meta = reports.set_index("report_id")[["outlet", "published"]]
    table = policies.join(meta, on="report_id")
    table = table.assign(outlet=table["outlet"].fillna(""), published=table["published"].fillna(""))
    found = [effective_span(v, p) for v, p in zip(table["date"], table["published"], strict=True)]
    keep = [s is not None for s in found]
    table = table[keep].assign(
        first=[s[0] for s in found if s],
        last=[s[1] for s in found if s],
        dated=table["date"][keep] != "",
        standing=table["certainty"][keep].map(STANDING).fillna(FIRM),
    )
    return table.reset_index(drop=True)


def cluster(table: pd.DataFrame) -> pd.Series:
    """Event number of every row under the module's rule; numbered in order of first day."""
    ordered = table.sort_values([*KEY, "first", "last", "report_id", "start"], kind="stable")
    labels, running, count = {}, None, 0
    for index, row in ordered.iterrows():
        key = tuple(row[k] for k in KEY)
        if running is None or key != running[0] or row["first"] > running[1]:
            count += 1
            running = (key, row["last"])
        running = (key, max(running[1], row["last"]))
        labels[index] = count
    raw = pd.Series(labels, dtype="int64").reindex(table.index)
    first_day = table.groupby(raw)["first"].transform("min")
    rank = pd.DataFrame({"raw": raw, "first": first_day}).drop_duplicates("raw")
    rank = rank.sort_values(["first", "raw"]).reset_index(drop=True)
    renumber = {old: new + 1 for new, old in enumerate(rank["raw"])}
    return raw.map(renumber).astype("int64")


def _common(values: pd.Series) -> str:
    """The most frequent value, ties broken alphabetically."""
    counts = values.value_counts()
    return sorted(counts[counts == counts.max()].index)[0]


def events(policies: pd.DataFrame, reports: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources): one row per event, and each event's reports with the quoted mention."""
    table = spans(policies, reports)
    if table.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS), pd.DataFrame(columns=SOURCE_COLUMNS)
    table = table.assign(event=cluster(table))
    grouped = table.groupby("event")
    summary = grouped.agg(
        category=("category", "first"),
        actor_country=("actor_country", "first"),
        direction=("direction", "first"),
        first=("first", "min"),
        last=("last", "max"),
        dated=("dated", "any"),
        action=("action", _common),
        mentions=("mention", "size"),
        reports=("report_id", "nunique"),
        outlets=("outlet", lambda s: " | ".join(sorted(set(s) - {""}))),
        certainty=("certainty", lambda s: " | ".join(sorted(set(s)))),
        standing=("standing", "first"),
    ).reset_index()
    summary["corroborated"] = (summary["standing"] == FIRM) & (summary["reports"] > 1)
    first = table.sort_values(["event", "report_id", "start"]).drop_duplicates("event")
    summary = summary.merge(first[["event", "report_id", "start", "sentence"]], on="event")
    summary = summary.reindex(columns=EVENT_COLUMNS).sort_values("event", ignore_index=True)
    by_report = table.sort_values(["event", "report_id", "start"]).groupby(["event", "report_id"])
    sources = by_report.agg(
        start=("start", "first"),
        outlet=("outlet", "first"),
        published=("published", "first"),
        certainty=("certainty", lambda s: " | ".join(dict.fromkeys(s))),
        actors=("actor", lambda s: " | ".join(dict.fromkeys(s))),
        mentions=("mention", lambda s: " | ".join(dict.fromkeys(s))),
        dates=("date", lambda s: " | ".join(dict.fromkeys(v for v in s if v))),
    ).reset_index()
    sources = sources.reindex(columns=SOURCE_COLUMNS)
    return summary, sources.sort_values(["event", "published", "report_id"], ignore_index=True)
