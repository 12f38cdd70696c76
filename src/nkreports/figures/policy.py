"""Policy figures: events with their certainty on a time axis, and events per actor."""

from __future__ import annotations

from itertools import product

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.collections import PathCollection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.markers import MarkerStyle
from matplotlib.transforms import IdentityTransform

from nkreports.analysis.events import DENIED, FIRM, RUMOR
from nkreports.analysis.links import evidence_href, hrefs
from nkreports.figures.plots import (
    DIRECTION_COLOURS,
    DIRECTION_MARKERS,
    colour_handles,
    direction_handles,
)
from nkreports.figures.style import category_colours, label, no_data

UNNAMED = "actor not named"
STANDINGS = (FIRM, RUMOR, DENIED)
STANDING_HATCHES = {FIRM: None, RUMOR: "///", DENIED: "xxx"}
# An event only low-confidence model rows support: its fill and bar faded, its edge dashed.
FADED = 0.4
LOW_LABEL = "model only, low confidence"


def low_confidence_handle() -> PathCollection:
    """The legend entry of a low-confidence event: faded fill and dashed edge, as drawn."""
    marker = MarkerStyle("o")
    handle = PathCollection(
        [marker.get_path().transformed(marker.get_transform())],
        sizes=[40],
        facecolors=[to_rgba("#444444", FADED)],
        edgecolors=["#444444"],
        linewidths=[1.3],
        linestyles="--",
        label=LOW_LABEL,
    )
    handle.set_transform(IdentityTransform())  # sizes are in points, as `Axes.scatter` sets
    return handle


def policy_events_figure(events: pd.DataFrame) -> Figure:
    """Policy events over time by category; colour by actor, marker by direction, fill by standing.

    A firm event is filled, a rumour hollow, a denial hollow with a cross: what was denied is
    drawn where it was said to happen, but never looks like a report of it. An event only
    low-confidence model rows support is faded, its edge dashed, and the legend says so only
    when one is drawn. Each mark links to the event's first sentence.
    """
    categories = sorted(set(events["category"]))
    rows = {c: i for i, c in enumerate(categories)}
    actors = events["actor_country"].replace("", UNNAMED)
    colours = category_colours(list(actors))
    fig, ax = plt.subplots(figsize=(9, 1.5 + 0.45 * max(len(categories), 2)))
    offsets = {a: (i - (len(colours) - 1) / 2) * 0.15 for i, a in enumerate(colours)}
    for row, actor, url in zip(
        events.itertuples(), actors, hrefs(events, "policy_changes"), strict=True
    ):
        y, colour = rows[row.category] + offsets[actor], colours[actor]
        low = bool(row.low_confidence)
        if row.first != row.last:
            style = "-" if row.standing == FIRM else ":"
            alpha = 0.5 * (FADED if low else 1)
            (bar,) = ax.plot(
                [row.first, row.last], [y, y], color=colour, lw=3, alpha=alpha, ls=style
            )
            bar.set_url(url)
        middle = row.first + (row.last - row.first) / 2
        size = 25 + 25 * row.reports
        fill = colour if row.standing == FIRM else "white"
        ax.scatter(
            [middle],
            [y],
            facecolor=to_rgba(fill, FADED) if low else fill,
            edgecolor=colour,
            linewidth=1.3,
            marker=DIRECTION_MARKERS[row.direction],
            s=size,
            zorder=3,
            **({"linestyles": "--"} if low else {}),
        ).set_urls([url])
        if row.standing == DENIED:
            ax.scatter([middle], [y], marker="x", color="black", s=size * 0.6, zorder=4).set_urls(
                [url]
            )
    if events.empty:
        no_data(ax, "No policy changes in these reports")
    ax.set_yticks(list(rows.values()), [c.replace("_", " ") for c in categories])
    ax.set_ylim(max(len(categories), 1) - 0.5, -0.5)
    label(
        ax,
        "Date of the change, or the reporting month when undated (year)",
        "Category",
        "Policy events by category, actor and direction (larger = more reports)",
    )
    handles = colour_handles({f"actor: {a}": c for a, c in colours.items()}, "o")
    handles += [
        Line2D([], [], marker="o", ls="", color="#444444", label="reported or claimed"),
        Line2D([], [], marker="o", ls="", mfc="white", color="#444444", label="rumour"),
        Line2D([], [], marker="x", ls="", color="black", label="denied"),
    ]
    if events["low_confidence"].any():
        handles.append(low_confidence_handle())
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

    Rumours are hatched with lines and denials with crosses, so only solid bars are firm
    reports; the legend lists only what is drawn.
    """
    actors = sorted(set(counts["actor_country"]), key=lambda a: (a == UNNAMED, a))
    categories = sorted(set(counts["category"]))
    drawn = set(zip(counts["direction"], counts["standing"], strict=True))
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
                hatch=STANDING_HATCHES[standing],
                edgecolor="white",
                label=(direction if standing == FIRM else f"{direction}, {standing}")
                if (direction, standing) in drawn
                else "_nolegend_",
            )
            for bar, category in zip(bars, categories, strict=True):
                if category in part.index:
                    bar.set_url(evidence_href(*part.loc[category, ["report_id", "start"]]))
            left += values
        ax.set_title(f"actor: {actor}", fontsize=10)
    if counts.empty:
        no_data(axes[0][0], "No policy changes in these reports")
    else:
        axes[0][0].set_yticks(range(len(categories)), [c.replace("_", " ") for c in categories])
        axes[0][0].invert_yaxis()
    axes[0][0].set_ylabel("Category")
    fig.suptitle(
        "Policy events by actor, category and direction (one scale; ⁄⁄ rumour, ×× denial)",
        x=0.02,
        ha="left",
        fontweight="bold",
    )
    shown = {}
    for ax in axes[0]:
        handles, labels = ax.get_legend_handles_labels()
        shown |= {label: h for label, h in zip(labels, handles, strict=True) if label not in shown}
    if shown:
        axes[0][-1].legend(
            shown.values(), shown.keys(), loc="upper left", bbox_to_anchor=(1.0, 1.0)
        )
    return fig
