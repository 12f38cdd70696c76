"""The places map: every place on the offline base map, labels placed where nothing overlaps."""

from __future__ import annotations

from itertools import product

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox

from nkreports.analysis.links import hrefs
from nkreports.figures.basemap import draw_basemap
from nkreports.figures.plots import colour_handles
from nkreports.figures.style import category_colours

# Label offsets in points around a marker: eight directions, nearest ring first.
DIRECTIONS = ((1, 0.4), (1, -1), (-1, 0.4), (-1, -1), (0, 1.2), (0, -1.8), (1, 1.2), (-1, 1.2))
RINGS = (5, 14, 26, 40)


def _place_labels(fig: Figure, ax, places: pd.DataFrame, urls: list[str]) -> list[str]:
    """Label every place where its text overlaps no other label, marker or country name.

    Boxes are measured on the rendered figure, not guessed: each label tries eight directions
    on widening rings (a leader line beyond the first) and takes the first free spot. Labels
    that find none are returned, to be listed beside the map instead of drawn over it.
    """
    fig.canvas.draw()  # the map's fixed aspect moves the axes at draw time: measure after it
    renderer = fig.canvas.get_renderer()
    taken = [t.get_window_extent(renderer).expanded(1.05, 1.1) for t in ax.texts]
    centres = ax.transData.transform(places[["lon", "lat"]].astype("float64").to_numpy())
    taken += [Bbox.from_bounds(x - 4, y - 4, 8, 8) for x, y in centres] if len(places) else []
    frame, unplaced = ax.get_window_extent(renderer), []
    for row, url in zip(places.itertuples(), urls, strict=True):
        text = f"{row.name} ({row.mentions})"
        for ring, (dx, dy) in product(RINGS, DIRECTIONS):
            label = ax.annotate(
                text,
                (float(row.lon), float(row.lat)),
                xytext=(dx * ring, dy * ring),
                textcoords="offset points",
                ha="left" if dx > 0 else "right" if dx < 0 else "center",
                fontsize=7,
                zorder=4,
                arrowprops={"arrowstyle": "-", "lw": 0.5, "color": "#555555"} if ring > 5 else None,
            )
            box = label.get_window_extent(renderer).expanded(1.02, 1.05)
            inside = frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1)
            if inside and not any(box.overlaps(b) for b in taken):
                taken.append(box)
                label.set_url(url)
                break
            label.remove()
        else:
            unplaced.append(text)
    return unplaced


def place_map(places: pd.DataFrame, countries: pd.DataFrame) -> Figure:
    """Places on the map, marker area by mentions; countries named are totalled beside it.

    A country is not a point: its mentions are listed apart, so they neither sit inside a
    province nor set the size scale. Each marker and label links to the place's first mention.
    """
    fig, ax = plt.subplots(figsize=(8.5, 6.5))
    draw_basemap(ax)
    colours = category_colours(list(places["kind"]))
    urls = hrefs(places, "places")
    ax.scatter(
        places["lon"].astype("float64"),
        places["lat"].astype("float64"),
        s=18 * places["mentions"].astype("float64") ** 0.8 + 10,
        c=[colours[k] for k in places["kind"]],
        alpha=0.8,
        edgecolor="black",
        linewidth=0.5,
        zorder=3,
    ).set_urls(urls)
    unplaced = _place_labels(fig, ax, places, urls)
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
    lines = [f"{r.name}: {r.mentions}" for r in countries.itertuples()]
    if unplaced:
        lines += ["", "Not labelled on the map", "(no room):", *unplaced]
    ax.text(
        1.03,
        0.0,
        "Countries named\n(mentions)\n" + "\n".join(lines or ["none"]),
        transform=ax.transAxes,
        va="bottom",
        ha="left",
        fontsize=8,
    )
    if places.empty:
        ax.text(0.5, 0.5, "No places on this map", transform=ax.transAxes, ha="center")
    ax.set_title("Places named in the reports (mentions in brackets)")
    return fig
