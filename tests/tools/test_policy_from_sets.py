"""Corpus part 15: spent blind sets' gold turned into sentence records."""

import json
from collections import Counter

import pytest

from nkreports.tools.policy_model import from_sets
from nkreports.tools.policy_model.convert import CORPUS_DIR

REPORT = (
    "Border guards detain six in Hunchun\n\n"
    "HUNCHUN, March 3, 2025 - Chinese border guards detained six North Koreans near the river"
    " on Monday, a local official said.\n\n"
    "The six were later sent back across the bridge, according to a relative.\n\n"
    "Many fear the same could happen again.\n"
)
ROWS = [
    "detain six,1,China,CN,detained six,detention_arrest,restrictive,reported_fact,headline",
    "detained six North Koreans,1,China,CN,detained six,detention_arrest,restrictive,"
    "claimed_by_source,",
    "sent back across the bridge,1,China,CN,returned six,repatriation,restrictive,"
    "claimed_by_source,",
]
GOLD = (
    "file,quote,occurrence,actor,actor_country,action,category,direction,certainty,note\n"
    + "".join(f"a01_hunchun.txt,{row}\n" for row in ROWS)
)


@pytest.fixture
def tests_dir(tmp_path):
    root = tmp_path / "policy_blindX"
    (root / "reports").mkdir(parents=True)
    (root / "gold").mkdir()
    (root / "reports" / "a01_hunchun.txt").write_text(REPORT, encoding="utf-8")
    (root / "gold" / "policy_changes.csv").write_text(GOLD, encoding="utf-8")
    return tmp_path


def test_every_gold_quote_becomes_the_trigger_of_its_sentence(tests_dir):
    stats = Counter()
    records = list(from_sets.set_records(tests_dir, "policy_blindX", stats))
    triggers = [
        (r["text"][e["start"] : e["end"]], e["category"]) for r in records for e in r["events"]
    ]
    assert triggers == [
        ("detain six", "detention_arrest"),
        ("detained six North Koreans", "detention_arrest"),
        ("sent back across the bridge", "repatriation"),
    ]
    assert stats["gold events"] == 3
    negatives = [r["text"] for r in records if not r["events"]]
    assert "Many fear the same could happen again." in negatives
    assert not [text for text in negatives if "detain" in text or "sent back" in text]
    assert {r["negative"] for r in records if not r["events"]} == {"context"}
    assert {r["doc"] for r in records} == {"policy_blindX-a01_hunchun"}
    assert len({r["id"] for r in records}) == len(records)


def test_a_sentence_close_to_an_earlier_one_is_left_out(tests_dir, tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    earlier = {
        "id": "x-1",
        "text": "The six were later sent back across the bridge, according to a relative.",
        "events": [],
        "negative": "context",
    }
    (corpus / "part1.jsonl").write_text(json.dumps(earlier) + "\n", encoding="utf-8")
    monkeypatch.setattr(from_sets, "SPENT", ("policy_blindX",))
    records, stats = from_sets.build(tests_dir, corpus)
    assert "The six were later sent back" not in " ".join(r["text"] for r in records)
    assert stats["sentences left out as near-duplicates"] == 1
    assert stats["events"] == 2


def test_part15_reads_only_blind_sets_already_scored():
    for name in from_sets.SPENT:
        readme = (from_sets.TESTS_DIR / name / "README.md").read_text(encoding="utf-8")
        assert "Not scored yet" not in readme, name
    lines = (CORPUS_DIR / "part15.jsonl").read_text(encoding="utf-8").splitlines()
    sets = {json.loads(line)["doc"].split("-")[0] for line in lines}
    assert sets <= set(from_sets.SPENT)


def test_of_two_close_sentences_in_part15_the_one_with_fewer_events_goes(tmp_path, monkeypatch):
    root = tmp_path / "policy_blindX"
    (root / "reports").mkdir(parents=True)
    (root / "gold").mkdir()
    report = (
        "Police in Yanji held seven women from the North last week\n\n"
        "Police in Yanji detained seven women from the North last week, a pastor said.\n"
    )
    (root / "reports" / "a02_yanji.txt").write_text(report, encoding="utf-8")
    row = "detained seven women,1,China,CN,detained seven,detention_arrest,restrictive,"
    gold = (
        "file,quote,occurrence,actor,actor_country,action,category,direction,certainty,note\n"
        f"a02_yanji.txt,{row}claimed_by_source,\n"
    )
    (root / "gold" / "policy_changes.csv").write_text(gold, encoding="utf-8")
    (tmp_path / "corpus").mkdir()
    monkeypatch.setattr(from_sets, "SPENT", ("policy_blindX",))
    records, stats = from_sets.build(tmp_path, tmp_path / "corpus")
    assert [r["text"] for r in records] == [
        "Police in Yanji detained seven women from the North last week, a pastor said."
    ]
    assert stats["events"] == 1
    assert stats["sentences left out as near-duplicates"] == 1
