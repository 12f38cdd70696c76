"""One function per notebook figure, each returning a labelled matplotlib Figure."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from nkreports.analysis.timeline import axis_segments
from nkreports.figures.basemap import draw_basemap
from nkreports.figures.style import OKABE_ITO, category_colours

DIRECTION_MARKERS = {"restrictive": "v", "protective": "^", "neutral": "D", "": "o"}
DIRECTION_COLOURS = {"restrictive": "#D55E00", "protective": "#009E73", "neutral": "#999999"}
SOURCE_MARKERS = {"text": "o", "manifest": "s", "none": "x"}
MENTION_GREY = "#9a9a9a"
ONE_DAY = timedelta(days=1)
# Label offsets in points, tried in turn: upper right, lower right, upper left, lower left.
LABEL_OFFSETS = ((5, 4), (5, -10), (-5, 4), (-5, -10))


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
        ax.scatter(when, part.index, marker=marker, s=40, label=f"date from {source}", zorder=3)
    ax.set_yticks(rows.index, [f"{r.outlet} · {r.report_id[:12]}" for r in rows.itertuples()])
    ax.invert_yaxis()
    ax.set_xlabel("Publication date (year)")
    ax.set_ylabel("Report")
    ax.set_title("When each report was published, and where the date came from")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def removed_figure(removed: pd.DataFrame) -> Figure:
    """Lines of page furniture removed by cleaning, per reason."""
    fig, ax = plt.subplots(figsize=(7.5, 0.8 + 0.28 * max(len(removed), 2)))
    ax.barh(removed["reason"], removed["lines"], color=OKABE_ITO[3])
    for y, value in enumerate(removed["lines"]):
        ax.text(value, y, f" {value}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlabel("Lines removed (count)")
    ax.set_ylabel("Reason")
    ax.set_title("What cleaning removed from the pages")
    return fig


def _row_positions(events: pd.DataFrame, rows: dict[str, int]) -> list[float]:
    """Spread each report's events over its band so they do not sit on top of each other."""
    offsets = events.groupby("report_id").cumcount()
    sizes = events.groupby("report_id")["report_id"].transform("size")
    return [
        rows[r] - 0.35 + 0.7 * (o + 0.5) / n
        for r, o, n in zip(events["report_id"], offsets, sizes, strict=True)
    ]


def _draw_events(ax, shown: pd.DataFrame, y: list[float], colours: dict[str, str]) -> None:
    """Points for single days, bars with a marker at their middle for longer spans."""
    for row, pos in zip(shown.itertuples(), y, strict=True):
        colour = colours.get(row.category, MENTION_GREY)
        if row.first != row.last:
            ax.plot([row.first, row.last + ONE_DAY], [pos, pos], color=colour, lw=4, alpha=0.55)
        middle = row.first + (row.last - row.first) / 2
        marker = DIRECTION_MARKERS[row.direction]
        ax.scatter([middle], [pos], marker=marker, color=colour, s=30, zorder=3)


def _timeline_legend(shown: pd.DataFrame, colours: dict[str, str]) -> list[Line2D]:
    """Legend entries: categories, directions, publication tick and the bar meaning."""
    handles = colour_handles({"date mention": MENTION_GREY, **colours})
    handles += direction_handles(list(shown["direction"]))
    handles.append(
        Line2D([], [], marker="|", ls="", ms=12, mew=2, color="black", label="publication date")
    )
    handles.append(
        Line2D([], [], lw=4, alpha=0.55, color="#444444", label="month / interval (bar)")
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
        figsize=(9.5, 2.2 + 0.55 * len(rows)),
        gridspec_kw={"wspace": 0.06},
    )
    colours = category_colours([c for c in shown["category"] if c])
    y = _row_positions(shown, rows)
    bar_widths = [
        (b - a).days + 1 for a, b in zip(coverage["first"], coverage["last"], strict=True)
    ]
    for (top, bottom), (first, last) in zip(axes.T, segments, strict=True):
        _draw_events(top, shown, y, colours)
        top.scatter(
            publications["published"], list(rows.values()), marker="|", s=250, color="black", lw=2
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


def _label_box(x: float, y: float, offset: tuple[int, int], text: str) -> tuple[float, ...]:
    """Rough box (degrees) a 7-point map label covers: ~0.3° per character, 0.35° tall."""
    width, left = 0.3 * len(text), x + offset[0] / 25
    bottom = y + offset[1] / 40
    return (
        (left, bottom, left + width, bottom + 0.35)
        if offset[0] > 0
        else (left - width, bottom, left, bottom + 0.35)
    )


def _overlaps(box: tuple[float, ...], taken: list[tuple[float, ...]]) -> bool:
    """Whether a label box intersects any earlier one."""
    return any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in taken)


def place_map(places: pd.DataFrame) -> Figure:
    """Every place on the map, marker area by mentions, colour by kind of place."""
    fig, ax = plt.subplots(figsize=(8, 6.5))
    draw_basemap(ax)
    colours = category_colours(list(places["kind"]))
    ax.scatter(
        places["lon"].astype("float64"),
        places["lat"].astype("float64"),
        s=18 * places["mentions"].astype("float64") ** 0.8 + 10,
        c=[colours[k] for k in places["kind"]],
        alpha=0.75,
        edgecolor="black",
        linewidth=0.5,
        zorder=3,
    )
    # Markers are obstacles too, so a label does not sit on another place's dot.
    taken = [
        (x - 0.25, y - 0.2, x + 0.25, y + 0.2)
        for x, y in zip(places["lon"], places["lat"], strict=True)
    ]
    for row in places.itertuples():
        x, y, text = float(row.lon), float(row.lat), f"{row.name} ({row.mentions})"
        boxes = [(o, _label_box(x, y, o, text)) for o in LABEL_OFFSETS]
        own = (x - 0.25, y - 0.2, x + 0.25, y + 0.2)
        others = [b for b in taken if b != own]
        offset, box = next(((o, b) for o, b in boxes if not _overlaps(b, others)), boxes[0])
        taken.append(box)
        ax.annotate(
            text,
            (x, y),
            xytext=offset,
            textcoords="offset points",
            ha="left" if offset[0] > 0 else "right",
            fontsize=7,
            zorder=4,
        )
    sizes = sorted({1, int(places["mentions"].max())}) if len(places) else [1]
    handles = colour_handles(colours, "o") + [
        Line2D(
            [],
            [],
            marker="o",
            ls="",
            color="#cccccc",
            mec="black",
            ms=(18 * s**0.8 + 10) ** 0.5,
            label=f"{s} mention{'s' if s > 1 else ''}",
        )
        for s in sizes
    ]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), labelspacing=1.2)
    ax.set_title("Places named in the reports (mentions in brackets)")
    return fig
