"""Places mentioned, counted per place and per country and province."""

from __future__ import annotations

import pandas as pd
import pycountry

PLACE_COLUMNS = ["name", "kind", "country", "admin1", "lat", "lon", "mentions", "reports"]
# The first mention of each place (by report, then offset): where its evidence link points.
EVIDENCE_COLUMNS = ["report_id", "start", "sentence"]


def country_name(codes: str) -> str:
    """ISO 3166-1 alpha-2 codes (a border joins two by "|") as names: "CN|KP" -> "China / …"."""
    names = []
    for code in filter(None, str(codes).split("|")):
        country = pycountry.countries.get(alpha_2=code)
        names.append((getattr(country, "common_name", None) or country.name) if country else code)
    return " / ".join(names) or "(none)"


def place_counts(places: pd.DataFrame) -> pd.DataFrame:
    """One row per normalised place: where it is, how often and in how many reports it is named."""
    known = places.assign(key=places["place_id"].where(places["place_id"] != "", places["name"]))
    known = known.sort_values(["report_id", "start"], kind="stable")
    table = known.groupby("key", as_index=False).agg(
        report_id=("report_id", "first"),
        start=("start", "first"),
        sentence=("sentence", "first"),
        name=("name", "first"),
        kind=("kind", "first"),
        country=("country", "first"),
        admin1=("admin1", "first"),
        lat=("lat", "first"),
        lon=("lon", "first"),
        mentions=("mention", "size"),
        reports=("report_id", "nunique"),
    )
    table = table.astype({"mentions": "int64", "reports": "int64"})
    order = ["mentions", "name"]
    table = table[PLACE_COLUMNS + EVIDENCE_COLUMNS]
    return table.sort_values(order, ascending=[False, True], ignore_index=True)


def by_country_province(places: pd.DataFrame) -> pd.DataFrame:
    """Mentions, distinct places and reports per country and first-level division."""
    named = places.assign(country_name=places["country"].map(country_name))
    table = named.groupby(["country_name", "admin1"], as_index=False).agg(
        mentions=("mention", "size"),
        places=("name", "nunique"),
        reports=("report_id", "nunique"),
    )
    table = table.astype({"mentions": "int64", "places": "int64", "reports": "int64"})
    table = table.rename(columns={"country_name": "country", "admin1": "province"})
    return table.sort_values(["country", "province"], ignore_index=True)
