import math

import pytest
from matplotlib.figure import Figure

from nkreports.figures import basemap
from nkreports.tools import build_basemap


@pytest.fixture(scope="module")
def shipped():
    return basemap.load_basemap()


def all_points(countries):
    return [pt for c in countries for poly in c["polygons"] for ring in poly for pt in ring]


def test_countries_of_the_region_are_present(shipped):
    assert [(c["iso_a3"], c["name"]) for c in shipped["countries"]] == [
        ("CHN", "China"),
        ("JPN", "Japan"),
        ("KOR", "South Korea"),
        ("MNG", "Mongolia"),
        ("PRK", "North Korea"),
        ("RUS", "Russia"),
    ]


def test_shapes_lie_inside_the_box_with_three_decimals(shipped):
    west, south, east, north = basemap.BBOX
    assert shipped["bbox"] == [west, south, east, north]
    points = all_points(shipped["countries"])
    assert all(west <= x <= east and south <= y <= north for x, y in points)
    assert all(round(x, 3) == x and round(y, 3) == y for x, y in points)


def test_rings_are_closed(shipped):
    rings = [r for c in shipped["countries"] for poly in c["polygons"] for r in poly]
    assert all(len(r) >= 4 and r[0] == r[-1] for r in rings)


@pytest.mark.parametrize(
    ("iso", "lon_range", "lat_range"),
    [("PRK", (124, 131), (37.5, 43)), ("KOR", (125, 130), (33, 39)), ("CHN", (115, 135), (33, 48))],
)
def test_label_points_fall_on_their_country(shipped, iso, lon_range, lat_range):
    (lon, lat) = next(c["label"] for c in shipped["countries"] if c["iso_a3"] == iso)
    assert lon_range[0] <= lon <= lon_range[1]
    assert lat_range[0] <= lat <= lat_range[1]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ([115.9, 46.8], (115.3, 46.8, "left")),
        ([134.0, 35.0], (134.7, 35.0, "right")),
        ([126.5, 39.9], (126.5, 39.9, "center")),
    ],
)
def test_label_anchor_keeps_names_inside(label, expected):
    lon, lat, align = basemap.label_anchor(label, (115.0, 135.0))
    assert (round(lon, 6), lat, align) == expected


def test_map_aspect_uses_middle_latitude():
    assert basemap.map_aspect(basemap.BBOX) == pytest.approx(1 / math.cos(math.radians(40.5)))


def test_draw_basemap_frames_the_region(shipped):
    ax = Figure().add_subplot()
    basemap.draw_basemap(ax)
    assert ax.get_xlim() == (115.0, 135.0)
    assert ax.get_ylim() == (33.0, 48.0)
    assert len(ax.patches) == sum(len(c["polygons"]) for c in shipped["countries"])
    assert [t.get_text() for t in ax.texts] == [
        "CHINA",
        "JAPAN",
        "SOUTH KOREA",
        "MONGOLIA",
        "NORTH KOREA",
        "RUSSIA",
    ]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Longitude (°E)", "Latitude (°N)")


def test_draw_basemap_without_labels():
    ax = Figure().add_subplot()
    basemap.draw_basemap(ax, labels=False)
    assert len(ax.texts) == 0


def test_shipped_file_is_what_the_generator_writes():
    built = build_basemap.build(build_basemap.source_path())
    assert build_basemap.to_json_bytes(built) == basemap.BASEMAP_JSON.read_bytes()
