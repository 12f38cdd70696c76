"""Scores on a tiny hand-made gold set whose P/R/F1 are known exactly."""

import dataclasses
import typing
from datetime import date

import pandas as pd
import pytest

from nkreports.evaluation.gold import nth_occurrence
from nkreports.evaluation.scores import evaluate, format_evaluation, score_published, scores_frame
from nkreports.evaluation.values import date_interval, name_key, same
from nkreports.schema import TABLES, Count, DateMention, Place, PolicyChange, Report, frame
from nkreports.tables import read_table, write_table

RAW = (
    "May 2, 2024\n"
    "Last Friday, police in Hebei arrested some 20 defectors and sent them to North Korea.\n"
    "They were held in China for ten days.\n"
)
GOLD = {
    "published": """file,published,source,evidence,note
r1.txt,2024-05-02,text,"May 2, 2024",
""",
    "dates": """file,quote,occurrence,kind,value,note
r1.txt,Last Friday,1,relative,2024-04-26,
r1.txt,ten days,1,duration,,
""",
    "places": """file,quote,occurrence,name,kind,country,note
r1.txt,Hebei,1,Hebei,province,CN,
r1.txt,North Korea,1,North Korea,country,KP,
r1.txt,China,1,China,country,CN,
""",
    "counts": """file,quote,occurrence,low,high,qualifier,unit,counted,attributed_to,note
r1.txt,some 20,1,20,20,approx,persons,defectors arrested,,
r1.txt,ten days,1,10,10,exact,days,days held,,
""",
    "policy_changes": "file,quote,occurrence,actor,actor_country,action,category,direction,"
    """certainty,note
r1.txt,arrested,1,China,CN,arrest,detention_arrest,restrictive,reported_fact,
r1.txt,sent them to North Korea,1,China,CN,repatriate,repatriation,restrictive,reported_fact,
""",
}


def _blank(hint: object) -> object:
    return "" if hint is str else None


def _record(record: type, **attrs):
    """A schema record with the given fields, every other field blank."""
    hints = typing.get_type_hints(record)
    return record(**{f.name: _blank(hints[f.name]) for f in dataclasses.fields(record)} | attrs)


def _row(record: type, mention: str, report_id: str = "r1", occurrence: int = 1, **attrs):
    """A fact record for the n-th occurrence of mention in RAW."""
    start = nth_occurrence(RAW, mention, occurrence)
    span = {"report_id": report_id, "start": start, "end": start + len(mention), "mention": mention}
    return _record(record, **span, **attrs)


PREDICTED = {
    "reports": [_record(Report, report_id="r1", published="2024-05-02", published_source="text")],
    "dates": [
        _row(DateMention, "May 2, 2024", value="2024-05-02"),  # page stamp: a false hit
        _row(DateMention, "Last Friday", value="2024-04-19"),  # wrong week
        _row(DateMention, "ten days", kind="duration"),
        _row(DateMention, "ten days", report_id="other"),  # not a gold report: ignored
    ],
    "places": [
        _row(Place, "Hebei", name="Hebei Province", country="CN"),  # same name, folded
        _row(Place, "Korea", name="South Korea", country="KR"),  # overlaps, wrong place
    ],
    "counts": [
        _row(Count, "20", occurrence=2, low=20.0, high=20.0, qualifier="exact", unit="persons"),
        _row(Count, "ten days", low=10.0, high=10.0, qualifier="exact", unit="days"),
    ],
    "policy_changes": [
        _row(PolicyChange, "arrested", category="detention_arrest", direction="restrictive"),
        _row(PolicyChange, "police in Hebei", category="other", direction="neutral"),
    ],
}

EXPECTED = {
    "dates": {"gold": 2, "predicted": 3, "tp": 2, "precision": 2 / 3, "recall": 1.0, "f1": 0.8,
              "attribute_accuracy": 0.5, "strict_precision": 1 / 3, "strict_recall": 0.5,
              "strict_f1": 0.4},
    "places": {"gold": 3, "predicted": 2, "tp": 2, "precision": 1.0, "recall": 2 / 3, "f1": 0.8,
               "attribute_accuracy": 0.5, "strict_precision": 0.5, "strict_recall": 1 / 3,
               "strict_f1": 0.4},
    "counts": {"gold": 2, "predicted": 2, "tp": 2, "precision": 1.0, "recall": 1.0, "f1": 1.0,
               "attribute_accuracy": 0.5, "strict_precision": 0.5, "strict_recall": 0.5,
               "strict_f1": 0.5, "persons_recall": 0.0},
    "policy_changes": {"gold": 2, "predicted": 2, "tp": 1, "precision": 0.5, "recall": 0.5,
                       "f1": 0.5, "attribute_accuracy": 1.0, "strict_precision": 0.5,
                       "strict_recall": 0.5, "strict_f1": 0.5},
}  # fmt: skip


@pytest.fixture(scope="module")
def dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("evaluate")
    (root / "reports").mkdir()
    (root / "reports" / "r1.txt").write_text(RAW, encoding="utf-8")
    (root / "gold").mkdir()
    for name, rows in GOLD.items():
        (root / "gold" / f"{name}.csv").write_text(rows, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def tables(dirs):
    """The predictions as `nkreports extract` writes them: declared dtypes, CSV round trip."""
    for name, records in PREDICTED.items():
        write_table(frame(records, TABLES[name]), name, dirs / "data")
    return {name: read_table(name, dirs / "data") for name in PREDICTED}


@pytest.fixture(scope="module")
def ev(dirs, tables):
    return evaluate(tables, dirs / "reports", dirs / "gold")


def test_scores_are_exact(ev):
    scores = scores_frame(ev)
    got = {
        table: dict(zip(group["metric"], group["value"], strict=True))
        for table, group in scores.groupby("table")
    }
    for table, expected in EXPECTED.items():
        assert got[table] == pytest.approx(expected), table
    assert got["reports"] == {"published_accuracy": 1.0}


def test_findings_list_every_miss_false_hit_and_mismatch(ev):
    found = {(f.table, f.kind, f.quote) for f in ev.findings}
    assert found == {
        ("dates", "false_hit", "May 2, 2024"),
        ("dates", "mismatch", "Last Friday"),
        ("places", "miss", "China"),
        ("places", "mismatch", "North Korea"),
        ("counts", "mismatch", "some 20"),
        ("policy_changes", "miss", "sent them to North Korea"),
        ("policy_changes", "false_hit", "police in Hebei"),
    }
    assert len(ev.findings) == 8  # places: name and country both wrong


def test_mismatch_detail_names_both_values(ev):
    (detail,) = [f.detail for f in ev.findings if f.quote == "Last Friday"]
    assert detail == "value: gold 2024-04-26 != predicted 2024-04-19 ('Last Friday')"


def test_format_evaluation_prints_scores_and_findings(ev):
    text = format_evaluation(ev)
    assert "dates: gold 2, predicted 3, matched 2" in text
    assert "  mentions: P 0.667  R 1.000  F1 0.800" in text
    assert "  persons recall, low/high/qualifier right: 0.000" in text
    assert (
        "publication date read from the text: 1 of 1 right; 0 read where the text states none"
        in text
    )
    assert "  [policy_changes] miss      r1  'sent them to North Korea'" in text


def test_missing_tables_score_as_empty(dirs):
    ev = evaluate({}, dirs / "reports", dirs / "gold")
    assert [(s.table, s.tp, s.predicted) for s in ev.scores] == [
        ("dates", 0, 0),
        ("places", 0, 0),
        ("counts", 0, 0),
        ("policy_changes", 0, 0),
    ]
    assert (ev.published_right, ev.published_total) == (0, 1)
    assert sum(f.kind == "miss" for f in ev.findings) == 9


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2023-10", (date(2023, 10, 1), date(2023, 10, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2011", (date(2011, 1, 1), date(2011, 12, 31))),
        ("2024-04-11/2024-04-13", (date(2024, 4, 11), date(2024, 4, 13))),
        ("1950/1953", (date(1950, 1, 1), date(1953, 12, 31))),
        ("", None),
        ("last October", None),
    ],
)
def test_date_interval(value, interval):
    assert date_interval(value) == interval


@pytest.mark.parametrize(
    ("attribute", "gold", "predicted", "equal"),
    [
        ("value", "2023-06/2023-08", "2023-06-01/2023-08-31", True),
        ("value", "2023-10", "2023-10-01", False),
        ("value", "2020-09", "2020-09-21/2020-09-30", True),  # a finer interval inside the gold
        ("value", "2020-09-21/2020-09-30", "2020-09", False),  # coarser than the gold
        ("value", "2020-09", "2020-09-21/2020-10-02", False),  # runs out of it
        ("value", "2020", "2020-03-15", False),  # a single day is never nested
        ("value", "", None, True),
        ("name", "Hebei", "Hebei Province", True),
        ("name", "Sinuiju", "Sinŭiju", True),
        ("name", "China–North Korea border", "China-North Korea border", True),
        ("name", "North Korea", "South Korea", False),
        ("country", "CN|KP", "KP|CN", True),
        ("country", "CN", "KP", False),
        ("low", "", float("nan"), True),
        ("low", "2000", 2000.0, True),
        ("high", "", 50.0, False),
        ("qualifier", "approx", "approx", True),
        ("name", "Junggang", "Chunggang", True),  # a spelling the gazetteer gives the place
        ("name", "Houayxay", "Huay Xai", True),
        ("name", "Junggang", "Manpo", False),
    ],
)
def test_same(attribute, gold, predicted, equal):
    assert same(attribute, gold, predicted) is equal


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the North", "north"),
        ("Hebei Province", "hebei"),
        ("Sinŭiju", "sinuiju"),
        ("Washington, D.C.", "washington"),
        ("Tibet Autonomous Region", "tibet"),
    ],
)
def test_name_key(name, key):
    assert name_key(name) == key


@pytest.mark.parametrize(
    ("gold_source", "gold_date", "source", "published", "expected"),
    [
        ("text", "2024-05-02", "text", "2024-05-02", (1, 1, 0)),
        ("text", "2024-05-02", "manifest", "2024-05-02", (0, 1, 0)),  # not read from the page
        ("text", "2024-05-02", "text", "2024-05-03", (0, 1, 0)),
        ("none", "", "text", "2024-05-02", (0, 0, 1)),  # claimed where the text states none
        ("none", "", "manifest", "2024-05-02", (0, 0, 0)),
        ("text", "2011-03", "text", "2011-03", (1, 1, 0)),  # a month-granular date
    ],
)
def test_publication_dates_count_only_what_the_text_gave(
    gold_source, gold_date, source, published, expected
):
    gold = pd.DataFrame(
        [
            {
                "file": "r1.txt",
                "published": gold_date,
                "source": gold_source,
                "evidence": "",
                "note": "",
            }
        ]
    )
    reports = pd.DataFrame(
        [{"report_id": "r1", "published": published, "published_source": source}]
    )
    right, total, claimed, findings = score_published(gold, reports)
    assert (right, total, claimed) == expected
    assert len(findings) == (expected[0] < expected[1]) + expected[2]


def test_washington_state_is_not_washington_dc():
    assert name_key("Washington, D.C.") != name_key("Washington State")
