"""Policy changes scored by event: a gold event's other quotes, from a `gold.json` beside the gold
folder, make a row that cites them a mention of that event, paired one to one as by span."""

import json

import pytest
from tests.evaluation.test_scores import GOLD, RAW, _row

from nkreports.evaluation.events import event_scores, event_spans
from nkreports.evaluation.gold import Mention
from nkreports.evaluation.scores import evaluate, format_evaluation
from nkreports.schema import TABLES, PolicyChange, frame
from nkreports.tables import read_table, write_table

OTHER = "They were held in China for ten days."
# realdev's layout: each event's table quote, and other sentences about the same event
GOLD_JSON = {
    "r1.txt": {
        "policy_events": [
            {"quote": "arrested", "other_quotes": [{"quote": OTHER}, {"quote": "not in the text"}]},
            {"quote": "sent them to North Korea", "other_quotes": []},
        ]
    }
}
HELD = _row(PolicyChange, "were held", category="detention_arrest", direction="restrictive")
ARRESTED = _row(PolicyChange, "arrested", category="detention_arrest", direction="restrictive")
WRONG = _row(PolicyChange, "police in Hebei", category="other", direction="neutral")


def _set(root, rows, with_json):
    (root / "reports").mkdir(parents=True)
    (root / "reports" / "r1.txt").write_text(RAW, encoding="utf-8")
    (root / "gold").mkdir()
    (root / "gold" / "policy_changes.csv").write_text(GOLD["policy_changes"], encoding="utf-8")
    if with_json:
        (root / "gold.json").write_text(json.dumps(GOLD_JSON), encoding="utf-8")
    write_table(frame(rows, TABLES["policy_changes"]), "policy_changes", root / "data")
    tables = {"policy_changes": read_table("policy_changes", root / "data")}
    ev = evaluate(tables, root / "reports", root / "gold")
    return ev, dict(ev.scores[0].metrics)


def test_without_gold_json_no_event_scores(tmp_path):
    ev, m = _set(tmp_path, [HELD, WRONG], with_json=False)
    assert "event_precision" not in m
    assert m["strict_precision"] == 0.0  # 'were held' is a false hit by span
    assert "by event" not in format_evaluation(ev)


def test_a_row_citing_an_other_quote_mentions_its_event(tmp_path):
    ev, m = _set(tmp_path, [HELD, WRONG], with_json=True)
    assert m["strict_precision"] == 0.0  # the span scores stay as they were
    assert m["event_precision"] == pytest.approx(1 / 2)  # 'were held' reads the arrest's event
    assert m["event_recall"] == pytest.approx(1 / 2)  # the return is mentioned by no row
    assert m["event_quotes_unfound"] == 1.0
    assert "by event" in format_evaluation(ev)
    assert "1 other quotes not found" in format_evaluation(ev)


def test_a_second_row_on_one_event_is_a_false_hit(tmp_path):
    _, m = _set(tmp_path, [ARRESTED, HELD], with_json=True)
    assert m["event_precision"] == pytest.approx(1 / 2)  # one to one: the own quote pairs first
    assert m["event_recall"] == pytest.approx(1 / 2)


def test_events_coded_with_the_same_quote_keep_their_own_other_quotes():
    raw = "Police arrested two men. Police arrested a woman. She was held for a week."
    gold = [
        Mention("r", raw.index("arrested"), raw.index("arrested") + 8, "arrested", {"c": "x"}),
        Mention("r", raw.rindex("arrested"), raw.rindex("arrested") + 8, "arrested", {"c": "x"}),
    ]
    quotes = {("r", "arrested", 0): [], ("r", "arrested", 1): ["She was held for a week."]}
    spans, unfound = event_spans(gold, quotes, {"r": raw})
    assert (len(spans[0]), len(spans[1]), unfound) == (1, 2, 0)
    held = Mention("r", raw.index("was held"), raw.index("was held") + 8, "was held", {"c": "x"})
    agree = lambda g, p: g.attrs == p.attrs  # noqa: E731
    metrics = dict(event_scores(gold, [held], (spans, unfound), agree))
    assert metrics["event_recall"] == pytest.approx(1 / 2)  # the second arrest only
