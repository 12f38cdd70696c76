"""The shipped gazetteer: reproducible bytes, curated aliases, folding and lookups."""

import pytest

from nkreports.facts.places.gazetteer import GAZETTEER_CSV, curated, entry, fold, gazetteer, lookup
from nkreports.tools import build_gazetteer


def test_regenerating_gives_byte_identical_csv():
    assert build_gazetteer.build() == GAZETTEER_CSV.read_bytes()


@pytest.mark.parametrize(
    ("alias", "name", "kind", "country", "admin1"),
    [
        ("Sinŭiju", "Sinuiju", "city", "KP", "North Pyongan"),
        ("Sinuiju", "Sinuiju", "city", "KP", "North Pyongan"),
        ("Domun", "Tumen", "city", "CN", "Jilin"),
        ("Yongjeong", "Longjing", "city", "CN", "Jilin"),
        ("Hwaryong", "Helong", "city", "CN", "Jilin"),
        ("Yeongil", "Yanji", "city", "CN", "Jilin"),
        ("Ch'ŏngjin", "Chongjin", "city", "KP", "North Hamgyong"),
        ("Hyesan", "Hyesan", "city", "KP", "Ryanggang"),
        ("Musan", "Musan", "city", "KP", "North Hamgyong"),
        ("Hoeryong", "Hoeryong", "city", "KP", "North Hamgyong"),
        ("Kaesong", "Kaesong", "city", "KP", "Kaesong"),
        ("Changbai", "Changbai", "city", "CN", "Jilin"),
        ("Dandong", "Dandong", "city", "CN", "Liaoning"),
        ("Jagang", "Chagang", "province", "KP", "Chagang"),
        ("Yanggang", "Ryanggang", "province", "KP", "Ryanggang"),
        ("North Pyongan", "North Pyongan", "province", "KP", "North Pyongan"),
        ("South Hamgyong", "South Hamgyong", "province", "KP", "South Hamgyong"),
        ("Hebei", "Hebei", "province", "CN", "Hebei"),
        ("Heilongjiang", "Heilongjiang", "province", "CN", "Heilongjiang"),
        ("Yunnan", "Yunnan", "province", "CN", "Yunnan"),
        ("Seoul", "Seoul", "city", "KR", "Seoul"),
        ("Pyongyang", "Pyongyang", "city", "KP", "Pyongyang"),
        ("Beijing", "Beijing", "city", "CN", "Beijing"),
        ("N. Korea", "North Korea", "country", "KP", ""),
        ("DPRK", "North Korea", "country", "KP", ""),
        ("mainland China", "China", "country", "CN", ""),
        ("U.S.", "United States", "country", "US", ""),
        ("Sino-Korean border", "China–North Korea border", "border", "CN|KP", ""),
        ("China-North Korea border", "China–North Korea border", "border", "CN|KP", ""),
        ("Northeast China", "Northeast China", "region", "CN", ""),
        ("Southeast Asia", "Southeast Asia", "region", "", ""),
        ("Korea", "Korean Peninsula", "region", "KP|KR", ""),
        ("Britain", "United Kingdom", "country", "GB", ""),
        ("Burma", "Myanmar", "country", "MM", ""),
        ("NYC", "New York City", "city", "US", "New York"),
        ("D.C.", "Washington, D.C.", "city", "US", "District of Columbia"),
        ("southern China", "South China", "region", "CN", ""),
        ("Central Asia", "Central Asia", "region", "", ""),
        ("Sino-Lao border", "China–Laos border", "border", "CN|LA", ""),
        ("Thai-Lao border", "Laos–Thailand border", "border", "LA|TH", ""),
        ("Amnok River", "Yalu River", "river", "CN|KP", ""),
        ("Mekong", "Mekong River", "river", "", ""),
    ],
)
def test_alias_resolves_to_one_place(alias, name, kind, country, admin1):
    [found] = lookup(alias)
    assert (found.name, found.kind, found.country, found.admin1) == (name, kind, country, admin1)


@pytest.mark.parametrize(
    ("name", "place_ids"),
    [
        ("Kangwon", ["iso3166-2:KP-07", "iso3166-2:KR-42"]),
        ("Andong", ["geonames:1846986", "geonames:2037886"]),
        ("Jilin", ["geonames:2036502", "iso3166-2:CN-JL"]),
        ("Tumen", ["geonames:2034340", "nk:tumen-river"]),
        ("Geneva", ["geonames:2660646", "geonames:4893591"]),
    ],
)
def test_shared_names_return_every_place(name, place_ids):
    assert [e.place_id for e in lookup(name)] == place_ids


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Sinŭiju", "sinuiju"),
        ("Ch’ŏngjin", "chongjin"),
        ("Sino-Korean  Border", "sino korean border"),
        ("China–North Korea border", "china north korea border"),
    ],
)
def test_fold(text, key):
    assert fold(text) == key


def test_demonyms_and_outlets_are_not_in_the_gazetteer():
    for name in ("Chinese", "North Korean", "Korean", "Daily NK", "Korea JoongAng Daily"):
        assert lookup(name) == []


def test_entry_by_place_id():
    north = entry("geonames:1873107")
    assert (north.name, north.kind, north.country, north.lat, north.lon) == (
        "North Korea",
        "country",
        "KP",
        40.3,
        127.4,
    )


def test_every_curated_place_is_in_the_gazetteer_or_names_a_province():
    shipped = set(gazetteer()["place_id"])
    missing = {p for p in curated()["place_id"] if p not in shipped}
    assert missing == {
        "iso3166-2:CN-BJ",
        "iso3166-2:CN-CQ",
        "iso3166-2:CN-SH",
        "iso3166-2:CN-TJ",
        "iso3166-2:KP-01",
        "iso3166-2:KP-14",
        "iso3166-2:KP-15",
        "iso3166-2:KR-11",
        "iso3166-2:KR-26",
        "iso3166-2:KR-27",
        "iso3166-2:KR-28",
        "iso3166-2:KR-29",
        "iso3166-2:KR-30",
        "iso3166-2:KR-31",
        "iso3166-2:KR-50",
    }


def test_gazetteer_columns_and_kinds():
    df = gazetteer()
    assert list(df.columns) == [
        "place_id",
        "name",
        "kind",
        "country",
        "admin1",
        "lat",
        "lon",
        "population",
        "aliases",
        "source",
        "note",
    ]
    assert set(df["kind"]) == {
        "country",
        "province",
        "city",
        "county",
        "region",
        "border",
        "river",
        "other",
    }
    assert df["place_id"].is_unique


def test_world_cities_of_15000_people_are_covered_and_the_file_stays_small():
    df = gazetteer()
    cities = df[df["kind"] == "city"]
    assert {"CH", "US", "TH", "LA"} <= set(cities["country"])
    assert cities["population"].min() < 20_000
    assert GAZETTEER_CSV.stat().st_size < 3_000_000


def test_every_border_carries_two_countries():
    borders = gazetteer()[gazetteer()["kind"] == "border"]
    assert all(len(c.split("|")) == 2 for c in borders["country"])
    assert {"CN|KP", "CN|LA", "CN|MM", "CN|MN", "CN|RU", "CN|VN", "LA|TH"} <= set(
        borders["country"]
    )


def test_a_gazetteer_with_other_columns_is_refused(tmp_path, monkeypatch):
    from nkreports.facts.places import gazetteer as module

    other = tmp_path / "gazetteer.csv"
    other.write_text("place_id,name\ngeonames:1,Somewhere\n", encoding="utf-8")
    monkeypatch.setattr(module, "GAZETTEER_CSV", other)
    module._index.cache_clear()
    try:
        with pytest.raises(ValueError, match="does not have the columns"):
            module._index()
    finally:
        module._index.cache_clear()  # the next lookup reads the shipped file again
        module.entry.cache_clear()
