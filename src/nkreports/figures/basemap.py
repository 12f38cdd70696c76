"""The offline base map of Northeast Asia: country shapes shipped with the package, drawn flat.

The shapes are Natural Earth admin-0 countries (public domain), clipped by
`nkreports.tools.build_basemap`; see resources/BASEMAP.md.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.ticker import MultipleLocator

from nkreports.paths import RESOURCES

# (west, south, east, north) in degrees: NE China, both Koreas, Japan's west, Primorye.
BBOX = (115.0, 33.0, 135.0, 48.0)
BASEMAP_JSON = RESOURCES / "basemap.json"

SEA_COLOUR = "#e3eef7"
LAND_COLOUR = "#f2f2f2"
BORDER_COLOUR = "#9a9a9a"
LABEL_COLOUR = "#6b6b6b"
# Degrees: a name centred closer than this to the left or right edge would run off the map.
EDGE_MARGIN = 2.0
EDGE_INSET = 0.3


def load_basemap(path: Path = BASEMAP_JSON) -> dict:
    """Read the shipped base map: bbox, source, one record per country (iso_a3, name, polygons)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def polygon_path(rings: list[list[list[float]]]) -> MplPath:
    """One polygon (exterior ring then holes) as a compound matplotlib path."""
    return MplPath.make_compound_path(*(MplPath(ring, closed=True) for ring in rings))


def map_aspect(bbox: tuple[float, float, float, float]) -> float:
    """Axes aspect that keeps distances about true at the box's middle latitude (plate carrée)."""
    return 1 / math.cos(math.radians((bbox[1] + bbox[3]) / 2))


def label_anchor(label: list[float], span: tuple[float, float]) -> tuple[float, float, str]:
    """Where and how to align a country name so a label near the map's edge stays inside."""
    lon, lat = label
    west, east = span
    if lon - west < EDGE_MARGIN:
        return west + EDGE_INSET, lat, "left"
    if east - lon < EDGE_MARGIN:
        return east - EDGE_INSET, lat, "right"
    return lon, lat, "center"


def draw_basemap(ax: Axes, labels: bool = True, path: Path = BASEMAP_JSON) -> None:
    """Draw sea, land, borders and (optionally) country names on ax, framed to the map's box."""
    basemap = load_basemap(path)
    west, south, east, north = basemap["bbox"]
    ax.set_facecolor(SEA_COLOUR)
    for country in basemap["countries"]:
        for rings in country["polygons"]:
            ax.add_patch(
                PathPatch(
                    polygon_path(rings),
                    facecolor=LAND_COLOUR,
                    edgecolor=BORDER_COLOUR,
                    linewidth=0.6,
                    zorder=1,
                )
            )
        if labels:
            lon, lat, align = label_anchor(country["label"], (west, east))
            ax.text(
                lon,
                lat,
                country["name"].upper(),
                ha=align,
                va="center",
                fontsize=8,
                color=LABEL_COLOUR,
                zorder=2,
            )
    ax.set_xlim(west, east)
    ax.set_ylim(south, north)
    ax.set_aspect(map_aspect((west, south, east, north)))
    ax.grid(False)
    ax.spines[:].set_visible(True)
    ax.xaxis.set_major_locator(MultipleLocator(5))
    ax.yaxis.set_major_locator(MultipleLocator(5))
    ax.set_xlabel("Longitude (°E)")
    ax.set_ylabel("Latitude (°N)")


def on_map(counts: pd.DataFrame, bbox: tuple[float, float, float, float] = BBOX) -> pd.Series:
    """Which places have coordinates inside the map's (west, south, east, north) box."""
    west, south, east, north = bbox
    lat, lon = counts["lat"].astype("float64"), counts["lon"].astype("float64")
    return lon.between(west, east) & lat.between(south, north)
