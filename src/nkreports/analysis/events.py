"""Policy changes as events: one change reported by several reports is one event, several sources.

The rule (EVENTS_VERSION): two policy-change rows belong to one event when they share category,
actor country, direction and standing (firm: told as fact or claimed by a source; rumour; denial)
and their effective date spans overlap. A denial or a rumour is never merged with, nor counted as
corroboration of, a firm report: only firm events count as corroborated, by several reports.
A row's effective span is its linked date, or else the calendar month of its report's
publication (an undated change is read as current when reported). Overlap is chained: rows
sorted by span start join the running event while they start on or before its latest end
(single linkage, as in interval merging).

Rows a trained model found (method "model") carry its probability in `confidence`; a rule's row
has none. `confident` leaves out model rows below a reader's threshold, rule rows always stay.
An event's `confidence` is the highest among its rows when every row is a model row, and empty
when any rule supports it; it is `low_confidence` when it rests only on model rows all below the
low-confidence threshold (a model row with no probability counts as 0).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from nkreports.analysis.timeline import day_span, month_day
from nkreports.schema import MODEL_METHOD

EVENTS_VERSION = "events-2"
LOW_THRESHOLD = 0.7  # an event only model rows below this support is low_confidence
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
    "confidence",
    "low_confidence",
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


def is_model(policies: pd.DataFrame) -> pd.Series:
    """Whether each row was found by the model rather than by a rule."""
    return policies["method"].eq(MODEL_METHOD).fillna(False).astype(bool)


def confident(policies: pd.DataFrame, min_confidence: float = 0.0) -> pd.DataFrame:
    """Every rule row, and the model rows whose confidence is at least min_confidence."""
    weak = is_model(policies) & ~(policies["confidence"].fillna(0.0) >= min_confidence)
    return policies[~weak.to_numpy()]


def confidence_note(policies: pd.DataFrame, min_confidence: float) -> str:
    """One sentence: how many model rows `confident` leaves out at min_confidence, of how many."""
    total = int(is_model(policies).sum())
    if not total:
        return "No model rows: every policy change here was found by rules, so none is left out."
    left_out = len(policies) - len(confident(policies, min_confidence))
    rows = "model row" if total == 1 else "model rows"
    return (
        f"min_confidence {min_confidence:g} leaves out {left_out} of {total} {rows} "
        "(rows found by rules are always kept)."
    )


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


def event_confidence(table: pd.DataFrame, low_threshold: float) -> pd.DataFrame:
    """Per event: `confidence` (highest, when only model rows support it) and `low_confidence`."""
    model = is_model(table)
    score = table["confidence"].astype("Float64").fillna(0.0).where(model, pd.NA)
    grouped = pd.DataFrame({"event": table["event"], "model": model, "score": score})
    per_event = grouped.groupby("event").agg(model=("model", "all"), best=("score", "max"))
    confidence = per_event["best"].astype("Float64").where(per_event["model"], pd.NA)
    low = (confidence < low_threshold).fillna(False).astype(bool)
    return pd.DataFrame({"confidence": confidence, "low_confidence": low}).reset_index()


def events(
    policies: pd.DataFrame, reports: pd.DataFrame, low_threshold: float = LOW_THRESHOLD
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, sources): one row per event, and each event's reports with the quoted mention.

    An event is low_confidence when only model rows support it and all are below low_threshold.
    """
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
    summary = summary.merge(event_confidence(table, low_threshold), on="event")
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
