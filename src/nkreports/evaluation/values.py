"""Attribute values compared as the gold means them: date intervals, place names, numbers."""

from __future__ import annotations

import math
import re
import unicodedata
from calendar import monthrange
from datetime import date

import pandas as pd

from nkreports.facts.places.gazetteer import lookup

# Words two gold sets may or may not write for the same place: "Tibet (Autonomous Region)",
# "Washington(, D.C.)", "Liaoning (Province)".
_GENERIC_NAME_WORDS = {"the", "province", "city", "county", "autonomous", "region"}


def _bounds(text: str) -> tuple[date, date] | None:
    """First and last day of an ISO 8601 date at year, month or day granularity."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
    if not m:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    if day:
        return date(year, month, day), date(year, month, day)
    if month:
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


def date_interval(value: str) -> tuple[date, date] | None:
    """Read an ISO 8601 value or interval a/b as (first day, last day); "2023-10" spans 31 days."""
    parts = [_bounds(p) for p in value.split("/")]
    if len(parts) > 2 or None in parts:
        return None
    return parts[0][0], parts[-1][1]


def name_key(name: str) -> str:
    """Place name folded for comparison: accents, case, punctuation and generic words ignored."""
    decomposed = unicodedata.normalize("NFKD", re.sub(r",?\s*D\.\s?C\.$", "", str(name)))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(w for w in re.findall(r"[a-z0-9]+", plain) if w not in _GENERIC_NAME_WORDS)


def _number(value: object) -> float | None:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return float(value) if str(value).strip() else None


def _nested_interval(gold: str, predicted: str) -> bool:
    """Whether a predicted interval lies inside a coarser gold value.

    '2020-09-21/2020-09-30' inside '2020-09' is the realdev annotators' rule for a reading finer
    than theirs ("late last month"). A predicted single day is never nested: it would claim a
    precision the gold does not give.
    """
    g, p = date_interval(gold), date_interval(predicted)
    return "/" in predicted and g is not None and p is not None and g[0] <= p[0] <= p[1] <= g[1]


def same(attribute: str, gold: object, predicted: object) -> bool:
    """Whether a predicted attribute value equals the gold one, under that attribute's reading."""
    if attribute in ("low", "high"):
        g, p = _number(gold), _number(predicted)
        return g == p if g is None or p is None else math.isclose(g, p)
    g, p = ("" if pd.isna(v) else str(v).strip() for v in (gold, predicted))
    if attribute == "value" and date_interval(g) and date_interval(p):
        return date_interval(g) == date_interval(p) or _nested_interval(g, p)
    if attribute == "name":
        return name_key(g) == name_key(p) or name_key(p) in {name_key(e.name) for e in lookup(g)}
    if attribute == "country":
        return sorted(g.upper().split("|")) == sorted(p.upper().split("|"))
    return g == p
