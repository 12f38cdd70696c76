"""The gold of the blind final test set is well formed; no extraction runs here."""

import csv
import itertools
import re
from datetime import date
from pathlib import Path

import pytest

FINAL = Path(__file__).resolve().parent / "final"
REPORTS = FINAL / "reports"
GOLD_DIR = FINAL / "gold"
FACT_TABLES = ["dates", "places", "counts", "policy_changes"]
HEADERS = {
    "published": ["file", "published", "source", "evidence", "note"],
    "dates": ["file", "quote", "occurrence", "kind", "value", "note"],
    "places": ["file", "quote", "occurrence", "name", "kind", "country", "note"],
    "counts": [
        "file",
        "quote",
        "occurrence",
        "low",
        "high",
        "qualifier",
        "unit",
        "counted",
        "attributed_to",
        "note",
    ],
    "policy_changes": [
        "file",
        "quote",
        "occurrence",
        "actor",
        "actor_country",
        "action",
        "category",
        "direction",
        "certainty",
        "note",
    ],
}
ENUMS = {
    ("dates", "kind"): {"date", "month", "year", "season", "relative", "range", "duration"},
    ("places", "kind"): {"country", "province", "city", "county", "region", "border", "other"},
    ("counts", "qualifier"): {
        "exact",
        "approx",
        "at_least",
        "at_most",
        "more_than",
        "less_than",
        "range",
        "vague",
    },
    ("counts", "unit"): {"persons", "percent", "years", "days", "other"},
    ("policy_changes", "category"): {
        "repatriation",
        "detention_arrest",
        "residency_legal_status",
        "labeling_criminalization",
        "exit_transfer_to_third_country",
        "border_control",
        "diplomatic_request_protest",
        "family_pressure",
        "other",
    },
    ("policy_changes", "direction"): {"restrictive", "protective", "neutral"},
    ("policy_changes", "certainty"): {"reported_fact", "claimed_by_source", "rumor", "denied"},
    ("published", "source"): {"text", "none"},
}
ISO2_LIST = re.compile(r"([A-Z]{2}(\|[A-Z]{2})*)?")
ISO_POINT = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
RAW = {p.name: p.read_text(encoding="utf-8") for p in REPORTS.iterdir() if p.is_file()}


def _read(table):
    """Read one gold table as its header and list of row dicts."""
    with (GOLD_DIR / f"{table}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, list(reader)


GOLD = {table: _read(table) for table in HEADERS}


def _rows(table):
    """Return the rows of one gold table."""
    return GOLD[table][1]


def _starts(text, quote):
    """Return the start offsets of every (overlapping) occurrence of quote in text."""
    return [i for i in range(len(text)) if text.startswith(quote, i)]


def _span(row):
    """Return the raw (start, end) of a fact row's quote and occurrence."""
    start = _starts(RAW[row["file"]], row["quote"])[int(row["occurrence"]) - 1]
    return start, start + len(row["quote"])


def _number(text):
    """Parse an optional numeric cell."""
    return float(text) if text else None


def _valid_point(text):
    """Tell whether text is an ISO year, year-month or calendar date."""
    if not ISO_POINT.fullmatch(text):
        return False
    parts = [int(p) for p in text.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def test_four_reports():
    assert sorted(RAW) == [
        "f01_dandong_restaurant_recall.txt",
        "f02_yanji_church_shelter_raid.html",
        "f03_tumen_face_scanners.txt",
        "f04_seoul_arrivals_by_year.txt",
    ]


@pytest.mark.parametrize("table", sorted(HEADERS))
def test_header(table):
    assert GOLD[table][0] == HEADERS[table]


@pytest.mark.parametrize(("table", "column"), sorted(ENUMS))
def test_enum_values(table, column):
    assert {row[column] for row in _rows(table)} <= ENUMS[(table, column)]


@pytest.mark.parametrize("table", [*FACT_TABLES, "published"])
def test_every_file_is_a_report_listed_in_published(table):
    published = {row["file"] for row in _rows("published")}
    assert {row["file"] for row in _rows(table)} <= published == set(RAW)


@pytest.mark.parametrize("table", FACT_TABLES)
def test_every_quote_occurs_often_enough(table):
    for row in _rows(table):
        assert row["quote"], row
        assert len(_starts(RAW[row["file"]], row["quote"])) >= int(row["occurrence"]) >= 1, row


@pytest.mark.parametrize("table", FACT_TABLES)
def test_spans_are_distinct_and_disjoint(table):
    spans = sorted((row["file"], *_span(row)) for row in _rows(table))
    for a, b in itertools.pairwise(spans):
        assert a[0] != b[0] or a[2] <= b[1], (a, b)


@pytest.mark.parametrize("table", FACT_TABLES)
def test_no_quote_contains_an_html_entity(table):
    assert not [row for row in _rows(table) if re.search(r"&#?\w+;", row["quote"])]


def test_published_dates_parse_and_evidence_is_raw():
    for row in _rows("published"):
        assert (row["source"] == "text") == bool(row["published"]) == bool(row["evidence"])
        if row["published"]:
            assert date.fromisoformat(row["published"]).isoformat() == row["published"]
            assert row["evidence"] in RAW[row["file"]]


def test_date_values_are_iso_points_or_intervals():
    for row in _rows("dates"):
        assert (row["kind"] == "duration") == (row["value"] == ""), row
        if row["value"]:
            points = row["value"].split("/")
            assert len(points) in (1, 2) and all(_valid_point(p) for p in points), row
            assert points == sorted(points), row


def test_count_bounds_fit_their_qualifier():
    for row in _rows("counts"):
        low, high, qualifier = _number(row["low"]), _number(row["high"]), row["qualifier"]
        if qualifier in ("exact", "approx"):
            assert low is not None and low == high, row
        elif qualifier == "range":
            assert low is not None and high is not None and low < high, row
        elif qualifier in ("at_least", "more_than"):
            assert low is not None and high is None, row
        elif qualifier in ("at_most", "less_than"):
            assert low is None and high is not None, row
        else:
            assert high is None, row


@pytest.mark.parametrize(
    ("table", "column"), [("places", "country"), ("policy_changes", "actor_country")]
)
def test_country_codes_are_iso2(table, column):
    assert all(ISO2_LIST.fullmatch(row[column]) for row in _rows(table))


@pytest.mark.parametrize(
    ("table", "columns"),
    [("places", ["name"]), ("counts", ["counted"]), ("policy_changes", ["actor", "action"])],
)
def test_descriptive_columns_are_filled(table, columns):
    assert all(row[c] for row in _rows(table) for c in columns)


@pytest.mark.parametrize(
    ("text", "quote", "starts"),
    [("China, China", "China", [0, 7]), ("aaa", "aa", [0, 1])],
)
def test_starts_counts_overlapping_occurrences(text, quote, starts):
    assert _starts(text, quote) == starts
