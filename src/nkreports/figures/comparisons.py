"""Figures that compare: numbers side by side, policy events by actor, extraction scores."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from nkreports.analysis.estimates import GROUPS
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
    "vague": "X",
}
OPEN_QUALIFIERS = {"at_least": 1.6, "more_than": 1.6, "at_most": 1 / 1.6, "less_than": 1 / 1.6}
METRICS = ("precision", "recall", "f1")


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
    for row, y in zip(rows.itertuples(), positions, strict=True):
        colour = colours[row.group]
        if row.draw_high > row.draw_low:
            ax.plot([row.draw_low, row.draw_high], [y, y], color=colour, lw=6, alpha=0.5)
        if row.qualifier in OPEN_QUALIFIERS:
            end = row.draw_low * OPEN_QUALIFIERS[row.qualifier]
            ax.annotate(
                "", (end, y), (row.draw_low, y), arrowprops={"arrowstyle": "->", "color": colour}
            )
        if row.qualifier == "range":
            continue  # the bar from low to high is the mark
        ax.scatter(
            [row.draw_low],
            [y],
            marker=QUALIFIER_MARKERS.get(row.qualifier, "o"),
            s=40,
            facecolor="white" if row.qualifier == "approx" else colour,
            edgecolor=colour,
            zorder=3,
        )
    ax.set_yticks(positions, list(rows["label"]), fontsize=8)
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
    ax.set_ylabel("Reported figure — source, publication date")
    ax.set_title("Reported numbers of people, grouped by what they count")
    legend = [
        Line2D([], [], marker="o", ls="", color="#444444", label="exact"),
        Line2D([], [], marker="o", ls="", mfc="white", color="#444444", label="about"),
        Line2D([], [], marker=">", ls="-", color="#444444", label="at least / more than"),
        Line2D([], [], marker="<", ls="-", color="#444444", label="at most / less than"),
        Line2D([], [], lw=6, alpha=0.5, color="#444444", label="range (low to high)"),
        Line2D([], [], marker="X", ls="", color="#444444", label="vague (reading of a word)"),
    ]
    ax.legend(handles=legend, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return fig


def policy_events_figure(events: pd.DataFrame) -> Figure:
    """Policy events over time by category; colour by actor country, marker by direction."""
    categories = sorted(set(events["category"]))
    rows = {c: i for i, c in enumerate(categories)}
    actors = events["actor_country"].replace("", "unknown")
    colours = category_colours(list(actors))
    fig, ax = plt.subplots(figsize=(9, 1.5 + 0.45 * max(len(categories), 2)))
    offsets = {a: (i - (len(colours) - 1) / 2) * 0.15 for i, a in enumerate(colours)}
    for row, actor in zip(events.itertuples(), actors, strict=True):
        y = rows[row.category] + offsets[actor]
        if row.first != row.last:
            ax.plot([row.first, row.last], [y, y], color=colours[actor], lw=3, alpha=0.5)
        ax.scatter(
            [row.first + (row.last - row.first) / 2],
            [y],
            color=colours[actor],
            marker=DIRECTION_MARKERS[row.direction],
            s=25 + 25 * row.reports,
            zorder=3,
        )
    ax.set_yticks(list(rows.values()), [c.replace("_", " ") for c in categories])
    ax.set_ylim(len(categories) - 0.5, -0.5)
    ax.set_xlabel("Date of the change, or the reporting month when undated (year)")
    ax.set_ylabel("Category")
    ax.set_title("Policy events by category, actor and direction (larger = more reports)")
    handles = colour_handles({f"actor: {a}": c for a, c in colours.items()}, "o")
    ax.legend(
        handles=handles + direction_handles(list(events["direction"])),
        loc="upper left",
        bbox_to_anchor=(1.0, 1.0),
    )
    return fig


def policy_actor_counts(events: pd.DataFrame) -> pd.DataFrame:
    """Events per actor country, category and direction (what `policy_actors_figure` draws)."""
    named = events.assign(actor_country=events["actor_country"].replace("", "unknown"))
    table = named.groupby(["actor_country", "category", "direction"]).size().rename("events")
    return table.reset_index().astype({"events": "int64"})


def policy_actors_figure(counts: pd.DataFrame) -> Figure:
    """One panel per actor country: events per category, stacked by direction."""
    actors = sorted(set(counts["actor_country"]))
    categories = sorted(set(counts["category"]))
    fig, axes = plt.subplots(
        1,
        max(len(actors), 1),
        sharey=True,
        squeeze=False,
        figsize=(2.3 * max(len(actors), 1) + 2.5, 1.2 + 0.4 * len(categories)),
    )
    for ax, actor in zip(axes[0], actors, strict=False):
        left = pd.Series(0, index=categories)
        for direction, colour in DIRECTION_COLOURS.items():
            part = counts[(counts["actor_country"] == actor) & (counts["direction"] == direction)]
            values = part.set_index("category")["events"].reindex(categories, fill_value=0)
            ax.barh(categories, values, left=left, color=colour, label=direction)
            left += values
        ax.set_title(f"actor: {actor}", fontsize=10)
        ax.set_xlabel("Events (count)")
        ax.xaxis.get_major_locator().set_params(integer=True)
    axes[0][0].set_yticks(range(len(categories)), [c.replace("_", " ") for c in categories])
    axes[0][0].invert_yaxis()
    axes[0][0].set_ylabel("Category")
    for ax in axes[0][1:]:
        ax.set_ylabel(" ")
    fig.suptitle(
        "Policy events by actor country, category and direction",
        x=0.02,
        ha="left",
        fontweight="bold",
    )
    axes[0][-1].legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
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
