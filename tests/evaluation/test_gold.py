"""Every gold set is well formed, and the gold module resolves and matches spans."""

import itertools
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import pycountry
import pytest

from nkreports.evaluation.gold import Mention, gold_mentions, load_gold, match, nth_occurrence
from nkreports.evaluation.values import date_interval
from nkreports.facts.policy.codebook import codebook
from nkreports.ingest.reports import report_paths

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"
GOLD_SETS = {
    "seeds": (ROOT / "seeds", TESTS / "gold"),
    "heldout": (TESTS / "heldout" / "reports", TESTS / "heldout" / "gold"),
    "unseen": (TESTS / "unseen" / "reports", TESTS / "unseen" / "gold"),
    "final": (TESTS / "final" / "reports", TESTS / "final" / "gold"),
}
REPORT_FILES = {
    "seeds": [
        "000_697904ddf0d4d22d.txt",
        "001_58c0262a177e068d.txt",
        "002_330da0f5d0a5cc8a.txt",
        "003_74c4a2ae3cc7cbb5.txt",
        "004_d475474f7b161a11.txt",
    ],
    "heldout": [
        "h01_yanbian_raids.txt",
        "h02_dandong_returns.txt",
        "h03_southern_route.txt",
        "h04_jilin_amnesty.txt",
    ],
    "unseen": [
        "u01_shenyang_broker_trial.txt",
        "u02_donggang_seafood_quarantine.html",
        "u03_jilin_trafficking_estimate.txt",
        "u04_geneva_torture_review.txt",
    ],
    "final": [
        "f01_dandong_restaurant_recall.txt",
        "f02_yanji_church_shelter_raid.html",
        "f03_tumen_face_scanners.txt",
        "f04_seoul_arrivals_by_year.txt",
    ],
}
HTML_SETS = sorted(
    name for name, files in REPORT_FILES.items() if any(f.endswith(".html") for f in files)
)
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
CODEBOOK_FIELDS = ("category", "direction", "certainty")


def _codebook_values(field: str) -> set[str]:
    """The values the package's codebook allows for one policy field (the one authority)."""
    book = codebook()
    return set(book.loc[book["field"] == field, "value"])


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
    **{("policy_changes", field): _codebook_values(field) for field in CODEBOOK_FIELDS},
    ("published", "source"): {"text", "none"},
}
FILLED = {"places": ["name"], "counts": ["counted"], "policy_changes": ["actor", "action"]}
ISO2_LIST = re.compile(r"([A-Z]{2}(\|[A-Z]{2})*)?")
ISO2 = frozenset(country.alpha_2 for country in pycountry.countries)
ISO_POINT = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
HTML_ENTITY = re.compile(r"&#?\w+;")


@dataclass(frozen=True)
class GoldSet:
    """One gold set: its name, reports folder, raw reports by file name, and gold tables."""

    name: str
    reports_dir: Path
    raw: dict[str, str]
    gold: dict[str, pd.DataFrame]


@pytest.fixture(scope="module", params=sorted(GOLD_SETS))
def gold_set(request):
    reports_dir, gold_dir = GOLD_SETS[request.param]
    raw = {p.name: p.read_text(encoding="utf-8") for p in report_paths(reports_dir)}
    return GoldSet(request.param, reports_dir, raw, load_gold(gold_dir))


def _rows(gold_set, table):
    return gold_set.gold[table].to_dict("records")


def _occurrences(text, quote):
    """Count every occurrence of quote in text, overlapping ones included."""
    return len(re.findall(f"(?={re.escape(quote)})", text))


def _number(text):
    return float(text) if text else None


def test_reports_folder_holds_the_listed_reports(gold_set):
    assert sorted(gold_set.raw) == REPORT_FILES[gold_set.name]


def test_gold_folder_holds_the_five_tables(gold_set):
    assert sorted(gold_set.gold) == sorted(HEADERS)


@pytest.mark.parametrize("table", sorted(HEADERS))
def test_header(gold_set, table):
    assert list(gold_set.gold[table].columns) == HEADERS[table]


@pytest.mark.parametrize(("table", "column"), sorted(ENUMS))
def test_enum_values(gold_set, table, column):
    assert set(gold_set.gold[table][column]) <= ENUMS[(table, column)]


@pytest.mark.parametrize("table", [*FACT_TABLES, "published"])
def test_every_file_is_a_report_listed_in_published(gold_set, table):
    published = set(gold_set.gold["published"]["file"])
    assert set(gold_set.gold[table]["file"]) <= published == set(gold_set.raw)


@pytest.mark.parametrize("table", FACT_TABLES)
def test_every_quote_occurs_often_enough(gold_set, table):
    for row in _rows(gold_set, table):
        assert row["quote"], row
        occurrences = _occurrences(gold_set.raw[row["file"]], row["quote"])
        assert occurrences >= int(row["occurrence"]) >= 1, row


@pytest.mark.parametrize("table", FACT_TABLES)
def test_gold_spans_are_exact_disjoint_quotes(gold_set, table):
    mentions = sorted(
        gold_mentions(gold_set.gold[table], gold_set.reports_dir),
        key=lambda m: (m.report_id, m.start),
    )
    assert mentions
    for m in mentions:
        assert gold_set.raw[m.attrs["file"]][m.start : m.end] == m.quote
    for a, b in itertools.pairwise(mentions):
        assert a.report_id != b.report_id or a.end <= b.start, (a.quote, b.quote)


def test_published_dates_parse_and_evidence_is_raw(gold_set):
    for row in _rows(gold_set, "published"):
        assert (row["source"] == "text") == bool(row["published"]) == bool(row["evidence"])
        if row["published"]:
            assert date.fromisoformat(row["published"]).isoformat() == row["published"]
            assert row["evidence"] in gold_set.raw[row["file"]]


def test_date_values_parse_and_durations_have_none(gold_set):
    for row in _rows(gold_set, "dates"):
        assert (row["kind"] == "duration") == (row["value"] == ""), row
        if row["value"]:
            points = row["value"].split("/")
            # date_interval tolerates spaces around a point; the gold holds bare ISO points.
            assert all(ISO_POINT.fullmatch(p) for p in points), row
            assert date_interval(row["value"]) is not None and points == sorted(points), row


def test_count_bounds_fit_their_qualifier(gold_set):
    for row in _rows(gold_set, "counts"):
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
def test_country_codes_are_iso2(gold_set, table, column):
    for code in gold_set.gold[table][column]:
        assert ISO2_LIST.fullmatch(code) and set(filter(None, code.split("|"))) <= ISO2, code


def test_only_regions_have_no_country(gold_set):
    places = gold_set.gold["places"]
    assert set(places[places["country"] == ""]["kind"]) <= {"region"}


@pytest.mark.parametrize("table", sorted(FILLED))
def test_descriptive_columns_are_filled(gold_set, table):
    for row in _rows(gold_set, table):
        assert all(row[c] for c in FILLED[table]), row


@pytest.mark.parametrize("gold_set", HTML_SETS, indirect=True)
@pytest.mark.parametrize("table", FACT_TABLES)
def test_no_quote_in_an_html_report_contains_an_entity(gold_set, table):
    html_rows = [row for row in _rows(gold_set, table) if row["file"].endswith(".html")]
    assert html_rows
    assert not [row for row in html_rows if HTML_ENTITY.search(row["quote"])]


@pytest.mark.parametrize(
    ("text", "quote", "count"), [("China, China", "China", 2), ("aaa", "aa", 2), ("a.a", ".", 1)]
)
def test_occurrences_count_overlapping_ones(text, quote, count):
    assert _occurrences(text, quote) == count


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


def test_gold_occurrence_cutting_a_word_moves_to_the_next_free_whole_word(tmp_path):
    text = "Eight North Koreans fled North Korea; none should go back to North Korea."
    (tmp_path / "r1.txt").write_text(text, encoding="utf-8")
    gold = pd.DataFrame(
        {"file": ["r1.txt"] * 2, "quote": ["North Korea"] * 2, "occurrence": ["1", "2"]}
    )
    mentions = gold_mentions(gold, tmp_path)
    assert [(m.start, m.reanchored) for m in mentions] == [
        (text.rindex("North Korea"), True),
        (text.index("North Korea;"), False),
    ]


def test_gold_occurrence_run_into_a_lower_case_word_is_kept(tmp_path):
    (tmp_path / "r1.txt").write_text("work under the radar inChina now", encoding="utf-8")
    gold = pd.DataFrame({"file": ["r1.txt"], "quote": ["China"], "occurrence": ["1"]})
    (m,) = gold_mentions(gold, tmp_path)
    assert (m.start, m.reanchored) == (23, False)


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
