"""The shipped gazetteer (resources/gazetteer.csv): loading it and looking names up."""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from nkreports.paths import RESOURCES

if TYPE_CHECKING:  # pandas loads on first use: the extraction reads the gazetteer without it
    import pandas as pd

GAZETTEER_CSV = RESOURCES / "gazetteer.csv"
ALIASES_CSV = RESOURCES / "aliases.csv"
COLUMNS = (
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
)
_QUOTES = dict.fromkeys(map(ord, "’'ʼ‘`´"))  # dropped
_FOLDED = _QUOTES | dict.fromkeys(map(ord, "-‐‑‒–—"), " ")  # and dashes read as spaces


@dataclass(frozen=True)
class Entry:
    """One gazetteer place."""

    place_id: str
    name: str
    kind: str  # country | province | city | county | region | border | river | other
    country: str  # ISO 3166-1 alpha-2; two codes joined by "|" for borders and shared regions
    admin1: str
    lat: float | None
    lon: float | None
    population: int


def strip_diacritics(text: str) -> str:
    """'Sinŭiju' -> 'Sinuiju': drop combining marks, keep the base letters."""
    if text.isascii():
        return text  # no marks to drop, and Unicode normalisation leaves ASCII as it is
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def strip_marks(text: str) -> str:
    """Drop diacritics and apostrophes: "Ch'ŏngjin" -> 'Chongjin'."""
    return strip_diacritics(text).translate(_QUOTES)


def fold(text: str) -> str:
    """Make the lookup key of a name: no marks, dashes as spaces, lower case, single spaces."""
    return " ".join(strip_diacritics(text).translate(_FOLDED).lower().split())


@lru_cache(maxsize=1)
def gazetteer() -> pd.DataFrame:
    """Read the shipped gazetteer once (treat the returned frame as read-only)."""
    import pandas as pd

    text = [c for c in COLUMNS if c not in ("lat", "lon", "population")]
    return pd.read_csv(
        GAZETTEER_CSV,
        dtype={c: "string" for c in text} | {"population": "Int64"},
        keep_default_na=False,
        na_values={"lat": [""], "lon": [""], "population": [""]},
    )


def _entry(row: dict[str, str]) -> Entry:
    """Turn a gazetteer row, as the CSV's text, into an Entry (a blank number is None, or 0)."""
    lat, lon, pop = row["lat"], row["lon"], row["population"]
    return Entry(
        place_id=row["place_id"],
        name=row["name"],
        kind=row["kind"],
        country=row["country"],
        admin1=row["admin1"],
        lat=float(lat) if lat else None,
        lon=float(lon) if lon else None,
        population=int(pop) if pop else 0,
    )


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[str]], dict[str, tuple[str, ...]]]:
    """The CSV's rows by place_id, and the place_ids of the folded form of every name and alias.

    A name's form without a leading "The" is a key too, as mentions are trimmed of it ("the
    Hague"). Rows stay text until a place is asked for (`entry`): every start-up reads the
    whole gazetteer, and a run asks for a few hundred of its places.
    """
    with GAZETTEER_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        if tuple(next(reader)) != COLUMNS:
            raise ValueError(f"{GAZETTEER_CSV} does not have the columns {COLUMNS}")
        rows = {row[0]: row for row in reader if row}  # place_id, the first column
    name, aliases = COLUMNS.index("name"), COLUMNS.index("aliases")
    by_name: dict[str, list[str]] = {}
    for place_id, row in rows.items():
        names = {row[name], *filter(None, row[aliases].split("|"))}
        names |= {n[4:] for n in names if n.startswith("The ")}  # "The Hague" is also "Hague"
        for key in {fold(n) for n in names}:
            by_name.setdefault(key, []).append(place_id)
    return rows, {key: tuple(sorted(ids)) for key, ids in by_name.items()}


def lookup(name: str) -> list[Entry]:
    """Every place whose name or alias folds to the same key as `name`, by place_id."""
    return [entry(place_id) for place_id in _index()[1].get(fold(name), ())]


@lru_cache(maxsize=16)
def all_of_kind(kind: str) -> tuple[Entry, ...]:
    """Every place of one kind ('border', 'river'), by place_id."""
    column = COLUMNS.index("kind")
    rows = _index()[0]
    return tuple(entry(i) for i in sorted(i for i, row in rows.items() if row[column] == kind))


@cache
def entry(place_id: str) -> Entry:
    """Get the place with this place_id (KeyError if the gazetteer has none)."""
    return _entry(dict(zip(COLUMNS, _index()[0][place_id], strict=True)))


@lru_cache(maxsize=1)
def curated() -> pd.DataFrame:
    """Read the hand-curated table (resources/aliases.csv) the gazetteer was built with."""
    import pandas as pd

    return pd.read_csv(ALIASES_CSV, dtype="string", keep_default_na=False)


def curated_names() -> list[tuple[str, str, str]]:
    """List (name or alias, place_id, kind) for every curated name the gazetteer holds."""
    places, kind = _index()[0], COLUMNS.index("kind")
    with ALIASES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))  # the text of `curated()`, without pandas
    triples = {
        (name, row["place_id"], places[row["place_id"]][kind])
        for row in rows
        if row["place_id"] in places
        for name in [row["name"], *row["aliases"].split("|")]
        if name
    }
    return sorted(triples)
