"""The held-out set: provenance on every row, well-formed gold, and an evaluation that runs.

It measures accuracy on reports the extractors were never tuned on; it asserts no threshold.
"""

import itertools
import math
from pathlib import Path

import pytest

from nkreports.evaluate import ATTRIBUTES, evaluate
from nkreports.extract import extract
from nkreports.gold import gold_mentions, load_gold

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
REPORTS = HELDOUT / "reports"
GOLD_DIR = HELDOUT / "gold"
FACTS = tuple(ATTRIBUTES)
RAW = {p.stem: p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt"))}


@pytest.fixture(scope="module")
def tables():
    return extract(REPORTS)


@pytest.fixture(scope="module")
def evaluation(tables):
    return evaluate(tables, REPORTS, GOLD_DIR)


def test_every_heldout_report_is_extracted(tables):
    assert sorted(tables["reports"]["report_id"]) == sorted(RAW)


@pytest.mark.parametrize("name", FACTS)
def test_every_row_points_at_its_mention_in_the_raw_report(tables, name):
    for row in tables[name].itertuples():
        assert RAW[row.report_id][row.start : row.end] == row.mention, row


def test_every_furniture_row_points_at_its_raw_line(tables):
    for row in tables["furniture"].itertuples():
        assert RAW[row.report_id][row.start : row.end] == row.line, row


def test_gold_has_the_seed_gold_columns():
    seed_gold, heldout_gold = load_gold(ROOT / "tests" / "gold"), load_gold(GOLD_DIR)
    assert {t: list(f.columns) for t, f in heldout_gold.items()} == {
        t: list(f.columns) for t, f in seed_gold.items()
    }


@pytest.mark.parametrize("name", FACTS)
def test_gold_spans_are_exact_disjoint_quotes(name):
    mentions = sorted(
        gold_mentions(load_gold(GOLD_DIR)[name], REPORTS), key=lambda m: (m.report_id, m.start)
    )
    assert mentions
    for m in mentions:
        assert RAW[m.report_id][m.start : m.end] == m.quote
    for a, b in itertools.pairwise(mentions):
        assert a.report_id != b.report_id or a.end <= b.start, (a.quote, b.quote)


def test_evaluation_scores_every_table(evaluation):
    assert [s.table for s in evaluation.scores] == list(FACTS)
    for score in evaluation.scores:
        assert score.gold > 0
        names = [name for name, _ in score.metrics]
        assert {"precision", "recall", "f1", "strict_f1"} <= set(names)
        assert all(0.0 <= value <= 1.0 and not math.isnan(value) for _, value in score.metrics)


def test_evaluation_checks_every_publication_date(evaluation):
    assert evaluation.published_total == len(RAW)
