"""Figures that compare: numbers side by side, policy events by actor, extraction scores."""

from __future__ import annotations

from itertools import product

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from nkreports.analysis.estimates import GROUPS
from nkreports.analysis.events import DENIED, FIRM, RUMOR
from nkreports.analysis.links import evidence_href, hrefs
from nkreports.figures.plots import (
    DIRECTION_COLOURS,
    DIRECTION_MARKERS,
    colour_handles,
    direction_handles,
)
from nkreports.figures.style import OKABE_ITO, category_colours

QUALIFIER_MARKERS = {
    "exact": "o",
    "approx": "o",
    "at_least": ">",
    "more_than": ">",
    "at_most": "<",
    "less_than": "<",
    "vague": "|",
}
# How far an open bound's arrow reaches (a factor on the log axis); a vague word's floor is an
# open lower bound too ("hundreds" is at least 200), drawn dashed.
OPEN_QUALIFIERS = {
    "at_least": 1.6,
    "more_than": 1.6,
    "at_most": 1 / 1.6,
    "less_than": 1 / 1.6,
    "vague": 2.5,
}
METRICS = ("precision", "recall", "f1")
UNNAMED = "actor not named"
STANDINGS = (FIRM, RUMOR, DENIED)


def _estimate_rows(estimates: pd.DataFrame) -> tuple[list[float], list[tuple[float, str]]]:
    """Y positions of the estimates, with a blank row and a heading before every group."""
    positions, headings, y = [], [], 0.0
    for group in [g for g in GROUPS if g in set(estimates["group"])]:
        headings.append((y, group))
        y += 1
        for _ in range((estimates["group"] == group).sum()):
            positions.append(y)
            y += 1
        y += 0.5
    return positions, headings


def estimates_figure(estimates: pd.DataFrame) -> Figure:
    """Counts of people as reported: ranges as bars, open bounds as arrows, grouped by subject."""
    rows = estimates.reset_index(drop=True)
    positions, headings = _estimate_rows(rows)
    colours = {g: OKABE_ITO[i] for i, g in enumerate(GROUPS)}
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.3 * (len(positions) + 1.5 * len(headings))))
    urls = hrefs(rows, "counts")
    for row, y, url in zip(rows.itertuples(), positions, urls, strict=True):
        colour = colours[row.group]
        if row.draw_high > row.draw_low:
            (bar,) = ax.plot([row.draw_low, row.draw_high], [y, y], color=colour, lw=6, alpha=0.5)
            bar.set_url(url)
        if row.qualifier in OPEN_QUALIFIERS:
            end = row.draw_low * OPEN_QUALIFIERS[row.qualifier]
            style = "--" if row.qualifier == "vague" else "-"
            arrow = {"arrowstyle": "->", "color": colour, "linestyle": style}
            ax.annotate("", (end, y), (row.draw_low, y), arrowprops=arrow).set_url(url)
        if row.qualifier == "range":
            continue  # the bar from low to high is the mark
        ax.scatter(
            [row.draw_low],
            [y],
            marker=QUALIFIER_MARKERS.get(row.qualifier, "o"),
            s=60 if row.qualifier == "vague" else 40,
            facecolor="white" if row.qualifier == "approx" else colour,
            edgecolor=colour,
            zorder=3,
        ).set_urls([url])
    ax.set_yticks(positions, list(rows["label"]), fontsize=8)
    for text, url in zip(ax.get_yticklabels(), urls, strict=True):
        text.set_url(url)
    for y, group in headings:
        ax.text(
            0,
            y,
            group,
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            fontweight="bold",
            fontsize=9,
            color=colours[group],
        )
    ax.set_ylim(max([*positions, 1]) + 0.8, -0.8)
    ax.set_xscale("log")
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))
    ax.set_xlabel("Number of people (log scale)")
    ax.set_ylabel("Number, what it counts (when) — source, publication date")
    ax.set_title("Reported numbers of people (more than one), grouped by what they count")
    legend = [
        Line2D([], [], marker="o", ls="", color="#444444", label="exact"),
        Line2D([], [], marker="o", ls="", mfc="white", color="#444444", label="about"),
        Line2D([], [], marker=">", ls="-", color="#444444", label="at least / more than"),
        Line2D([], [], marker="<", ls="-", color="#444444", label="at most / less than"),
        Line2D([], [], lw=6, alpha=0.5, color="#444444", label="range (low to high)"),
        Line2D(
            [], [], marker="|", ls="--", color="#444444", label="vague word: at least its floor"
        ),
    ]
    ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def _no_data(ax: Axes, what: str) -> None:
    """Say on the axes that there is nothing to draw (the figure still has its labels)."""
    ax.text(0.5, 0.5, what, transform=ax.transAxes, ha="center", va="center", color="#595959")


def policy_events_figure(events: pd.DataFrame) -> Figure:
    """Policy events over time by category; colour by actor, marker by direction, fill by standing.

    A firm event is filled, a rumour hollow, a denial hollow with a cross: what was denied is
    drawn where it was said to happen, but never looks like a report of it. Each mark links to
    the event's first sentence.
    """
    categories = sorted(set(events["category"]))
    rows = {c: i for i, c in enumerate(categories)}
    actors = events["actor_country"].replace("", "unknown")
    colours = category_colours(list(actors))
    fig, ax = plt.subplots(figsize=(9, 1.5 + 0.45 * max(len(categories), 2)))
    offsets = {a: (i - (len(colours) - 1) / 2) * 0.15 for i, a in enumerate(colours)}
    for row, actor, url in zip(
        events.itertuples(), actors, hrefs(events, "policy_changes"), strict=True
    ):
        y, colour = rows[row.category] + offsets[actor], colours[actor]
        if row.first != row.last:
            style = "-" if row.standing == FIRM else ":"
            (bar,) = ax.plot([row.first, row.last], [y, y], color=colour, lw=3, alpha=0.5, ls=style)
            bar.set_url(url)
        middle = row.first + (row.last - row.first) / 2
        size = 25 + 25 * row.reports
        ax.scatter(
            [middle],
            [y],
            facecolor=colour if row.standing == FIRM else "white",
            edgecolor=colour,
            linewidth=1.3,
            marker=DIRECTION_MARKERS[row.direction],
            s=size,
            zorder=3,
        ).set_urls([url])
        if row.standing == DENIED:
            ax.scatter([middle], [y], marker="x", color="black", s=size * 0.6, zorder=4).set_urls(
                [url]
            )
    if events.empty:
        _no_data(ax, "No policy changes in these reports")
    ax.set_yticks(list(rows.values()), [c.replace("_", " ") for c in categories])
    ax.set_ylim(max(len(categories), 1) - 0.5, -0.5)
    ax.set_xlabel("Date of the change, or the reporting month when undated (year)")
    ax.set_ylabel("Category")
    ax.set_title("Policy events by category, actor and direction (larger = more reports)")
    handles = colour_handles({f"actor: {a}": c for a, c in colours.items()}, "o")
    handles += [
        Line2D([], [], marker="o", ls="", color="#444444", label="reported or claimed"),
        Line2D([], [], marker="o", ls="", mfc="white", color="#444444", label="rumour"),
        Line2D([], [], marker="x", ls="", color="black", label="denied"),
    ]
    ax.legend(
        handles=handles + direction_handles(list(events["direction"])),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )
    return fig


def policy_actor_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Events per actor, category, direction and standing, with the first event's evidence.

    An event whose actor the text does not name is counted under "actor not named".
    """
    named = events.assign(actor_country=events["actor_country"].replace("", UNNAMED))
    keys = ["actor_country", "category", "direction", "standing"]
    grouped = named.sort_values("event").groupby(keys)
    table = grouped.agg(
        events=("event", "size"),
        report_id=("report_id", "first"),
        start=("start", "first"),
        sentence=("sentence", "first"),
    )
    return table.reset_index().astype({"events": "int64"})


def policy_actors_figure(counts: pd.DataFrame) -> Figure:
    """One panel per actor on one shared scale: events per category, stacked by direction.

    Rumours and denials are hatched, so only solid bars are firm reports.
    """
    actors = sorted(set(counts["actor_country"]), key=lambda a: (a == UNNAMED, a))
    categories = sorted(set(counts["category"]))
    fig, axes = plt.subplots(
        1,
        max(len(actors), 1),
        sharey=True,
        sharex=True,
        squeeze=False,
        figsize=(2.3 * max(len(actors), 1) + 2.5, 1.2 + 0.4 * max(len(categories), 2)),
    )
    for ax in axes[0]:
        ax.set_xlabel("Events (count)")
        ax.set_ylabel(" ")
        ax.xaxis.get_major_locator().set_params(integer=True)
    for ax, actor in zip(axes[0], actors, strict=False):
        left = pd.Series(0, index=categories)
        for (direction, colour), standing in product(DIRECTION_COLOURS.items(), STANDINGS):
            part = counts[
                (counts["actor_country"] == actor)
                & (counts["direction"] == direction)
                & (counts["standing"] == standing)
            ].set_index("category")
            values = part["events"].reindex(categories, fill_value=0)
            bars = ax.barh(
                categories,
                values,
                left=left,
                color=colour,
                hatch=None if standing == FIRM else "///",
                edgecolor="white",
                label=direction if standing == FIRM else f"{direction}, {standing}",
            )
            for bar, category in zip(bars, categories, strict=True):
                if category in part.index:
                    bar.set_url(evidence_href(*part.loc[category, ["report_id", "start"]]))
            left += values
        ax.set_title(f"actor: {actor}", fontsize=10)
    if counts.empty:
        _no_data(axes[0][0], "No policy changes in these reports")
    else:
        axes[0][0].set_yticks(range(len(categories)), [c.replace("_", " ") for c in categories])
        axes[0][0].invert_yaxis()
    axes[0][0].set_ylabel("Category")
    fig.suptitle(
        "Policy events by actor, category and direction (one scale; hatched: rumour or denial)",
        x=0.02,
        ha="left",
        fontweight="bold",
    )
    handles, labels = axes[0][0].get_legend_handles_labels()
    shown = dict(zip(labels, handles, strict=True))
    if shown:
        axes[0][-1].legend(
            shown.values(), shown.keys(), loc="upper left", bbox_to_anchor=(1.0, 1.0)
        )
    return fig


def _grouped_bars(ax: Axes, scores: pd.DataFrame, group: str, groups: list[str]) -> None:
    """Scores (0 to 1) per table, one labelled bar per group value side by side."""
    tables = list(dict.fromkeys(scores["table"]))
    width = 0.8 / len(groups)
    for i, name in enumerate(groups):
        values = scores[scores[group] == name].set_index("table")["value"].reindex(tables)
        xs = [t + (i - (len(groups) - 1) / 2) * width for t in range(len(tables))]
        ax.bar(xs, values.astype("float64"), width=width, label=name, color=OKABE_ITO[i])
        for x, v in zip(xs, values, strict=True):
            ax.text(x, float(v), f"{float(v):.2f}", ha="center", va="bottom", fontsize=7)
    ax.set_xticks(range(len(tables)), [t.replace("_", " ") for t in tables])
    ax.set_ylim(0, 1.1)


def scores_figure(scores: pd.DataFrame) -> Figure:
    """Precision, recall and F1 of mention matching per table, as grouped bars."""
    fig, ax = plt.subplots(figsize=(7.5, 4))
    _grouped_bars(ax, scores, "metric", list(METRICS))
    ax.set_xlabel("Table")
    ax.set_ylabel("Score (0 to 1)")
    ax.set_title("Extraction against the gold annotations: mentions found")
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def sets_figure(scores: pd.DataFrame) -> Figure:
    """Strict F1 (mention found and its attributes right) per table, one bar per evaluation set."""
    fig, ax = plt.subplots(figsize=(7.5, 4))
    _grouped_bars(ax, scores, "set", list(dict.fromkeys(scores["set"])))
    ax.set_xlabel("Table")
    ax.set_ylabel("Strict F1 (0 to 1)")
    ax.set_title("Strict F1: sets the rules were tuned on, and final (never)")
    ax.legend(title="evaluation set", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig
