"""Policy changes scored by event: a gold event's other quotes, from a `gold.json` beside the gold
folder, make a row that cites them a mention of that event, not a false hit."""

import json
import shutil

import pytest
from tests.evaluation.test_scores import GOLD, RAW, _row

from nkreports.evaluation.scores import evaluate, format_evaluation
from nkreports.schema import TABLES, PolicyChange, frame
from nkreports.tables import read_table, write_table

OTHER = "They were held in China for ten days."
# realdev's layout: each event's table quote, and other sentences about the same event
GOLD_JSON = {
    "r1.txt": {
        "policy_events": [
            {"quote": "arrested", "other_quotes": [{"quote": OTHER, "line": 2}]},
            {"quote": "sent them to North Korea", "other_quotes": []},
        ]
    }
}
ROWS = [
    _row(PolicyChange, "arrested", category="detention_arrest", direction="restrictive"),
    _row(PolicyChange, "were held", category="detention_arrest", direction="restrictive"),
    _row(PolicyChange, "police in Hebei", category="other", direction="neutral"),
]


@pytest.fixture(scope="module")
def root(tmp_path_factory):
    root = tmp_path_factory.mktemp("events")
    (root / "reports").mkdir()
    (root / "reports" / "r1.txt").write_text(RAW, encoding="utf-8")
    (root / "gold").mkdir()
    (root / "gold" / "policy_changes.csv").write_text(GOLD["policy_changes"], encoding="utf-8")
    write_table(frame(ROWS, TABLES["policy_changes"]), "policy_changes", root / "data")
    return root


def _metrics(root):
    tables = {"policy_changes": read_table("policy_changes", root / "data")}
    ev = evaluate(tables, root / "reports", root / "gold")
    return ev, dict(ev.scores[0].metrics)


def test_without_gold_json_no_event_scores(root):
    ev, m = _metrics(root)
    assert "event_precision" not in m
    assert m["strict_precision"] == pytest.approx(1 / 3)  # 'were held' is a false hit by span
    assert "by event" not in format_evaluation(ev)


def test_a_row_citing_an_other_quote_mentions_its_event(root, tmp_path):
    copy = tmp_path / "set"
    shutil.copytree(root, copy)
    (copy / "gold.json").write_text(json.dumps(GOLD_JSON), encoding="utf-8")
    ev, m = _metrics(copy)
    assert m["strict_precision"] == pytest.approx(1 / 3)  # the span scores stay as they were
    assert m["event_precision"] == pytest.approx(2 / 3)  # 'arrested', 'were held' right
    assert m["event_recall"] == pytest.approx(1 / 2)  # the return is mentioned by no row
    assert "by event" in format_evaluation(ev)
