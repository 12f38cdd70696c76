import pandas as pd

from nkreports.analysis import place_counts
from nkreports.figures import basemap

PLACES = pd.DataFrame(
    {
        "report_id": ["a", "a", "b", "b", "b"],
        "start": [0, 40, 5, 60, 90],
        "sentence": ["s1", "s2", "s3", "s4", "s5"],
        "mention": ["China", "Hebei Province", "China", "Sino-Korean border", "United States"],
        "name": ["China", "Hebei", "China", "China–North Korea border", "United States"],
        "kind": ["country", "province", "country", "border", "country"],
        "country": ["CN", "CN", "CN", "CN|KP", "US"],
        "admin1": ["", "Hebei", "", "", ""],
        "lat": [35.0, 39.3, 35.0, 41.15, 39.8],
        "lon": [103.0, 116.0, 103.0, 127.55, -98.6],
        "place_id": [
            "geonames:1814991",
            "iso3166-2:CN-HE",
            "geonames:1814991",
            "nk:border",
            "geonames:6252001",
        ],
    }
)


def test_place_counts_most_mentioned_first():
    table = place_counts.place_counts(PLACES)
    assert table[["name", "mentions", "reports"]].values.tolist() == [
        ["China", 2, 2],
        ["China–North Korea border", 1, 1],
        ["Hebei", 1, 1],
        ["United States", 1, 1],
    ]


def test_each_place_links_to_its_first_mention():
    table = place_counts.place_counts(PLACES)
    assert table[["name", "report_id", "start", "sentence"]].values.tolist()[0] == [
        "China",
        "a",
        0,
        "s1",
    ]


def test_places_outside_the_map_box_are_flagged():
    table = place_counts.place_counts(PLACES)
    # China and the US by their centroids lie outside Northeast Asia: listed beside the map
    assert list(basemap.on_map(table)) == [False, True, True, False]


def test_by_country_and_province():
    table = place_counts.by_country_province(PLACES)
    assert table.values.tolist() == [
        ["China", "", 2, 1, 2],
        ["China", "Hebei", 1, 1, 1],
        ["China / North Korea", "", 1, 1, 1],
        ["United States", "", 1, 1, 1],
    ]


def test_country_name_of_a_border_and_of_nothing():
    assert place_counts.country_name("CN|KP") == "China / North Korea"
    assert place_counts.country_name("") == "(none)"
