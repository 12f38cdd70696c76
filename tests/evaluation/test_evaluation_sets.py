"""Every evaluation set: provenance on every extracted row, and an evaluation that runs.

The sets measure accuracy on reports the extractors were never tuned on; no threshold is asserted.
"""

import math
from pathlib import Path

import pytest

from nkreports.evaluation.gold import load_gold
from nkreports.evaluation.scores import ATTRIBUTES, evaluate
from nkreports.ingest import markup
from nkreports.ingest.files import HTML_SUFFIXES, report_ids
from nkreports.ingest.reports import report_paths
from nkreports.pipeline import extract

TESTS = Path(__file__).resolve().parents[1]
EVALUATION_SETS = {
    name: TESTS / name
    for name in (
        "heldout",
        "unseen",
        "final",
        "pages_blind",
        "pages_blind2",
        "pages_blind3",
        "pages_blind4",
        "pages_blind5",
        "pages_blind6",
        "pages_blind7",
        "policy_blind",
        "policy_blind2",
        "policy_blind3",
        "policy_blind4",
        "policy_blind5",
        "policy_blind6",
        "policy_blind7",
        "policy_blind8",
        "policy_blind9",
        "policy_blind10",
        "policy_blind11",
        "policy_blind12",
        "policy_blind13",
        "policy_blind14",
        "policy_blind15",
        "policy_blind16",
        "policy_blind17",
        "policy_blind18",
        "policy_blind19",
        "policy_blind20",
        "policy_blind21",
        "policy_blind22",
        "policy_blind23",
    )
}
FACTS = tuple(ATTRIBUTES)


@pytest.fixture(scope="module", params=sorted(EVALUATION_SETS))
def folder(request):
    return EVALUATION_SETS[request.param]


@pytest.fixture(scope="module")
def paths(folder):
    ids = report_ids(report_paths(folder / "reports"))
    return {report_id: path for path, report_id in ids.items()}


@pytest.fixture(scope="module")
def raw(paths):
    return {report_id: path.read_text(encoding="utf-8") for report_id, path in paths.items()}


@pytest.fixture(scope="module")
def tables(folder):
    return extract(folder / "reports")


@pytest.fixture(scope="module")
def evaluation(folder, tables):
    return evaluate(tables, folder / "reports", folder / "gold")


def test_every_report_is_extracted(tables, raw):
    assert sorted(tables["reports"]["report_id"]) == sorted(raw)


@pytest.mark.parametrize("name", FACTS)
def test_every_row_points_at_its_mention_in_the_raw_report(tables, raw, name):
    for row in tables[name].itertuples():
        assert raw[row.report_id][row.start : row.end] == row.mention, row


def _visible(path, source):
    """Text a reader sees in a raw span: for an HTML page, without tags and entities."""
    return markup.html_body(source).text if path.suffix.lower() in HTML_SUFFIXES else source


def test_every_furniture_row_points_at_its_raw_line(tables, raw, paths):
    # A furniture line of an HTML page is its visible text; start/end span its source.
    for row in tables["furniture"].itertuples():
        source = raw[row.report_id][row.start : row.end]
        assert _visible(paths[row.report_id], source) == row.line, row


def test_evaluation_scores_every_table(evaluation, folder):
    # the policy sets annotate policy changes (and publication dates) only
    annotated = [name for name in FACTS if (folder / "gold" / f"{name}.csv").is_file()]
    assert annotated
    assert [s.table for s in evaluation.scores] == annotated
    for score in evaluation.scores:
        assert score.gold > 0
        names = [name for name, _ in score.metrics]
        assert {"precision", "recall", "f1", "strict_f1"} <= set(names)
        assert all(0.0 <= value <= 1.0 and not math.isnan(value) for _, value in score.metrics)


def test_evaluation_checks_every_publication_date(evaluation, raw, folder):
    gold = load_gold(folder / "gold")["published"]
    assert sorted(gold["file"]) == sorted(path.name for path in report_paths(folder / "reports"))
    assert evaluation.published_total == (gold["source"] == "text").sum() > 0
