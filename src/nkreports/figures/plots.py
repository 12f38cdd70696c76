"""One function per notebook figure, each returning a labelled matplotlib Figure."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from nkreports.analysis.links import evidence_href, hrefs
from nkreports.analysis.timeline import axis_segments
from nkreports.figures.style import OKABE_ITO, category_colours, label

DIRECTION_MARKERS = {"restrictive": "v", "protective": "^", "neutral": "D", "": "o"}
DIRECTION_COLOURS = {"restrictive": "#D55E00", "protective": "#009E73", "neutral": "#999999"}
SOURCE_MARKERS = {"text": "o", "manifest": "s", "none": "x"}
MENTION_GREY = "#9a9a9a"
ONE_DAY = timedelta(days=1)


def direction_handles(directions: list[str]) -> list[Line2D]:
    """Legend entries for the direction markers that occur."""
    return [
        Line2D(
            [], [], marker=DIRECTION_MARKERS[d], ls="", color="#444444", label=d or "no direction"
        )
        for d in DIRECTION_MARKERS
        if d in directions
    ]


def colour_handles(colours: dict[str, str], kind: str = "s") -> list[Line2D]:
    """Legend entries: one coloured marker per label."""
    return [
        Line2D([], [], marker=kind, ls="", color=c, label=label) for label, c in colours.items()
    ]


def publication_figure(dates: pd.DataFrame) -> Figure:
    """Each report's publication date, marked by where the date came from."""
    fig, ax = plt.subplots(figsize=(7.5, 0.6 + 0.35 * max(len(dates), 2)))
    rows = dates.reset_index(drop=True)
    for source, marker in SOURCE_MARKERS.items():
        part = rows[rows["published_source"] == source]
        if part.empty:
            continue
        when = pd.to_datetime(part["published"], errors="coerce")
        mark = ax.scatter(
            when, part.index, marker=marker, s=40, label=f"date from {source}", zorder=3
        )
        mark.set_urls([evidence_href(r) for r in part["report_id"]])
    ax.set_yticks(rows.index, [f"{r.outlet} · {r.report_id[:12]}" for r in rows.itertuples()])
    ax.invert_yaxis()
    label(
        ax,
        "Publication date (year)",
        "Report",
        "When each report was published, and where the date came from",
        legend={},
    )
    return fig


def removed_figure(removed: pd.DataFrame) -> Figure:
    """Lines of page furniture removed by cleaning, per reason."""
    fig, ax = plt.subplots(figsize=(7.5, 0.8 + 0.28 * max(len(removed), 2)))
    bars = ax.barh(removed["reason"], removed["lines"], color=OKABE_ITO[3])
    for bar, url in zip(bars, hrefs(removed, "furniture"), strict=True):
        bar.set_url(url)
    for y, value in enumerate(removed["lines"]):
        ax.text(value, y, f" {value}", va="center", fontsize=8)
    ax.invert_yaxis()
    label(ax, "Lines removed (count)", "Reason", "What cleaning removed from the pages")
    return fig


def _row_positions(events: pd.DataFrame, rows: dict[str, int]) -> list[float]:
    """Each event's height inside its report's band: one lane per overlap (see lanes)."""
    count = events.groupby("report_id")["lane"].transform("max") + 1
    return [
        rows[r] - 0.38 + 0.76 * (lane + 0.5) / n
        for r, lane, n in zip(events["report_id"], events["lane"], count, strict=True)
    ]


def _draw_events(ax, shown: pd.DataFrame, y: list[float], colours: dict[str, str]) -> None:
    """Single days as markers (hollow when approximate), longer spans as bars with no midpoint.

    Every mark links to its sentence on the report's evidence page (in the SVG).
    """
    for row, pos, url in zip(shown.itertuples(), y, hrefs(shown), strict=True):
        colour = colours.get(row.category, MENTION_GREY)
        if row.first != row.last:
            (bar,) = ax.plot(
                [row.first, row.last + ONE_DAY], [pos, pos], color=colour, lw=4, alpha=0.6
            )
            bar.set_url(url)
            continue
        mark = ax.scatter(
            [row.first],
            [pos],
            marker=DIRECTION_MARKERS[row.direction],
            facecolor="white" if row.approximate else colour,
            edgecolor=colour,
            linewidth=1.2,
            s=30,
            zorder=3,
        )
        mark.set_urls([url])


def _lane_count(events: pd.DataFrame, rows: dict[str, int]) -> int:
    """Lanes over every report band (at least four per band), to size the figure."""
    lanes = events.groupby("report_id")["lane"].max().add(1).reindex(list(rows), fill_value=1)
    return int(lanes.clip(lower=4).sum())


def _timeline_legend(shown: pd.DataFrame, colours: dict[str, str]) -> list[Line2D]:
    """Legend entries: categories, directions, publication tick, bars and approximate days."""
    handles = colour_handles({"date mention": MENTION_GREY, **colours})
    handles += direction_handles(list(shown["direction"]))
    handles.append(
        Line2D([], [], marker="|", ls="", ms=12, mew=2, color="black", label="publication date")
    )
    handles.append(Line2D([], [], lw=4, alpha=0.6, color="#444444", label="month / interval"))
    handles.append(
        Line2D([], [], marker="o", ls="", mfc="white", color="#444444", label="approximate day")
    )
    return handles


def timeline_figure(
    events: pd.DataFrame, publications: pd.DataFrame, coverage: pd.DataFrame
) -> Figure:
    """Dated mentions and policy changes per report on one axis, above reports per period.

    Where nothing happens for a decade the time axis is broken into panels (see axis_segments).
    """
    rows = {r: i for i, r in enumerate(publications["report_id"])}
    shown = events[events["report_id"].isin(rows)].reset_index(drop=True)
    spans = list(zip(shown["first"], shown["last"], strict=True))
    spans += [(p, p) for p in publications["published"]]
    segments = axis_segments(spans) or [(date(2000, 1, 1), date(2000, 12, 31))]
    widths = [max(b.year - a.year + 1, 3) for a, b in segments]
    fig, axes = plt.subplots(
        2,
        len(segments),
        sharex="col",
        sharey="row",
        squeeze=False,
        height_ratios=[4, 1],
        width_ratios=widths,
        figsize=(9.5, 2.2 + 0.12 * _lane_count(shown, rows)),
        gridspec_kw={"wspace": 0.06},
    )
    colours = category_colours([c for c in shown["category"] if c])
    y = _row_positions(shown, rows)
    bar_widths = [
        (b - a).days + 1 for a, b in zip(coverage["first"], coverage["last"], strict=True)
    ]
    for (top, bottom), (first, last) in zip(axes.T, segments, strict=True):
        _draw_events(top, shown, y, colours)
        # Drawn over the events, the full height of the band, so no blob hides it.
        top.vlines(
            publications["published"],
            [r - 0.45 for r in rows.values()],
            [r + 0.45 for r in rows.values()],
            color="black",
            lw=1.5,
            zorder=5,
        )
        bottom.bar(
            coverage["first"],
            coverage["reports"],
            width=bar_widths,
            align="edge",
            color=OKABE_ITO[3],
        )
        bottom.set_xlim(first, last + ONE_DAY)
        bottom.xaxis.set_major_locator(
            mdates.YearLocator(base=max(1, (last.year - first.year + 1) // 4))
        )
        bottom.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        # The panels share one time axis: its label is drawn once, under the bottom panels.
        top.set_xlabel("Date (year)", visible=False)
        bottom.set_xlabel("Date (year)", visible=len(segments) == 1)
        top.set_ylabel("Report", visible=False)
        bottom.set_ylabel("Reports", visible=False)
    if len(segments) > 1:
        fig.supxlabel(
            "Date (year); the axis is broken where a decade passes without a date", fontsize=10
        )
    top, bottom = axes[0][0], axes[1][0]
    top.set_yticks(
        list(rows.values()), [f"{p.outlet}\n{p.published}" for p in publications.itertuples()]
    )
    top.set_ylim(len(rows) - 0.5, -0.5)
    top.set_ylabel("Report (outlet, publication date)", visible=True)
    bottom.set_ylabel("Reports\nper year", visible=True)
    top.set_title("Dates and dated policy changes, per report")
    axes[0][-1].legend(
        handles=_timeline_legend(shown, colours), loc="upper left", bbox_to_anchor=(1.0, 1.0)
    )
    return fig
