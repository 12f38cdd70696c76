"""The gold annotations are well formed, and the gold module resolves and matches spans."""

import itertools
import re
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from nkreports.evaluate import date_interval
from nkreports.gold import Mention, gold_mentions, load_gold, match, nth_occurrence

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
SEEDS = ROOT / "seeds"
GOLD = load_gold(GOLD_DIR)
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
    ("dates", "kind"): set(["date", "month", "year", "season", "relative", "range", "duration"]),
    ("places", "kind"): set(["country", "province", "city", "county", "region", "border", "other"]),
    ("counts", "qualifier"): set(
        ["exact", "approx", "at_least", "at_most", "more_than", "less_than", "range", "vague"]
    ),
    ("counts", "unit"): set(["persons", "percent", "years", "days", "other"]),
    ("policy_changes", "category"): set(
        [
            "repatriation",
            "detention_arrest",
            "residency_legal_status",
            "labeling_criminalization",
            "exit_transfer_to_third_country",
            "border_control",
            "diplomatic_request_protest",
            "family_pressure",
            "other",
        ]
    ),
    ("policy_changes", "direction"): {"restrictive", "protective", "neutral"},
    ("policy_changes", "certainty"): {"reported_fact", "claimed_by_source", "rumor", "denied"},
    ("published", "source"): {"text", "none"},
}
ISO2_LIST = re.compile(r"([A-Z]{2}(\|[A-Z]{2})*)?")
RAW = {path.name: path.read_text(encoding="utf-8") for path in SEEDS.glob("*.txt")}


def _rows(table):
    return GOLD[table].to_dict("records")


def _number(text):
    return float(text) if text else None


@pytest.mark.parametrize("table", sorted(HEADERS))
def test_header(table):
    assert list(GOLD[table].columns) == HEADERS[table]


@pytest.mark.parametrize(("table", "column"), sorted(ENUMS))
def test_enum_values(table, column):
    assert set(GOLD[table][column]) <= ENUMS[(table, column)]


@pytest.mark.parametrize("table", FACT_TABLES)
def test_every_quote_occurs_often_enough(table):
    for row in _rows(table):
        assert RAW[row["file"]].count(row["quote"]) >= int(row["occurrence"]) >= 1, row


@pytest.mark.parametrize("table", FACT_TABLES)
def test_gold_spans_are_distinct_and_disjoint(table):
    mentions = sorted(gold_mentions(GOLD[table], SEEDS), key=lambda m: (m.report_id, m.start))
    for a, b in itertools.pairwise(mentions):
        assert a.report_id != b.report_id or a.end <= b.start, (a.quote, b.quote)


@pytest.mark.parametrize("table", FACT_TABLES)
def test_gold_spans_are_exact_quotes(table):
    for m in gold_mentions(GOLD[table], SEEDS):
        assert RAW[f"{m.report_id}.txt"][m.start : m.end] == m.quote


@pytest.mark.parametrize("table", [*FACT_TABLES, "published"])
def test_every_file_is_a_seed_listed_in_published(table):
    assert set(GOLD[table]["file"]) <= set(GOLD["published"]["file"]) <= set(RAW)


def test_published_dates_parse_and_evidence_is_raw():
    for row in _rows("published"):
        assert (row["source"] == "text") == bool(row["published"]) == bool(row["evidence"])
        if row["published"]:
            assert date.fromisoformat(row["published"]).isoformat() == row["published"]
            assert row["evidence"] in RAW[row["file"]]


def test_date_values_parse_and_durations_have_none():
    for row in _rows("dates"):
        assert (row["kind"] == "duration") == (row["value"] == ""), row
        assert row["value"] == "" or date_interval(row["value"]) is not None, row


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
    assert all(ISO2_LIST.fullmatch(code) for code in GOLD[table][column])


@pytest.mark.parametrize("table", ["places", "counts", "policy_changes"])
def test_descriptive_columns_are_filled(table):
    filled = {"places": ["name"], "counts": ["counted"], "policy_changes": ["actor", "action"]}
    assert all((GOLD[table][c] != "").all() for c in filled[table])


@pytest.mark.parametrize(
    ("text", "quote", "n", "start"),
    [
        ("China, China", "China", 1, 0),
        ("China, China", "China", 2, 7),
        ("aaa", "aa", 2, 1),  # overlapping occurrences count
    ],
)
def test_nth_occurrence(text, quote, n, start):
    assert nth_occurrence(text, quote, n) == start


def test_nth_occurrence_too_few():
    with pytest.raises(ValueError, match="fewer than 3"):
        nth_occurrence("China, China", "China", 3)


def test_gold_mentions_resolve_quote_and_occurrence(tmp_path):
    (tmp_path / "r1.txt").write_text("In China’s north, and China.", encoding="utf-8")
    gold = pd.DataFrame({"file": ["r1.txt"], "quote": ["China"], "occurrence": ["2"]})
    (m,) = gold_mentions(gold, tmp_path)
    assert (m.report_id, m.start, m.end, m.quote) == ("r1", 22, 27, "China")


def _m(report_id, start, end):
    return Mention(report_id, start, end, "", {})


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs"),
    [
        ([(0, 5)], [(0, 5)], [(0, 0)]),
        ([(0, 5)], [(5, 9)], []),  # touching is not overlapping
        ([(0, 10)], [(0, 2), (3, 9)], [(0, 1)]),  # one-to-one: the larger overlap wins
        ([(0, 3), (4, 9)], [(0, 9)], [(1, 0)]),  # overlap 3 vs 5
        ([(0, 4), (6, 9)], [(2, 8)], [(0, 0)]),  # overlap 2 vs 2: the first gold row wins ties
    ],
)
def test_match_is_greedy_one_to_one(gold, predicted, pairs):
    g = [_m("r", *s) for s in gold]
    p = [_m("r", *s) for s in predicted]
    assert match(g, p) == pairs


def test_match_needs_the_same_report():
    assert match([_m("a", 0, 5)], [_m("b", 0, 5)]) == []
