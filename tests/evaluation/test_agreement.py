"""A second annotator's coding scored against the gold (`nkreports evaluate --coding`)."""

import re
from pathlib import Path

import pandas as pd
import pytest
from tests.evaluation.test_scores import GOLD, RAW

from nkreports.cli import main
from nkreports.evaluation.agreement import agreement, coding_rows, format_agreement

HEADER = "file,quote,occurrence,actor,actor_country,action,category,direction,certainty,note\n"


@pytest.fixture
def folders(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r1.txt").write_text(RAW, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "policy_changes.csv").write_text(GOLD["policy_changes"], "utf-8")
    return tmp_path


def _coding(root, rows: str):
    path = root / "second.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_the_gold_agrees_with_itself(folders):
    coding = folders / "gold" / "policy_changes.csv"
    score, findings = agreement(coding, folders / "reports", folders / "gold")
    metrics = dict(score.metrics)
    assert (metrics["strict_precision"], metrics["strict_recall"]) == (1.0, 1.0)
    assert findings == []


def test_a_longer_quote_matches_and_a_wrong_label_counts(folders):
    rows = (
        "r1.txt,police in Hebei arrested some 20,1,China,CN,arrest,detention_arrest,"
        "restrictive,reported_fact,\n"
        "r1.txt,sent them to North Korea,1,China,CN,send,repatriation,protective,reported_fact,\n"
        "r1.txt,were held in China,1,China,CN,hold,detention_arrest,restrictive,reported_fact,\n"
    )
    score, findings = agreement(_coding(folders, rows), folders / "reports", folders / "gold")
    metrics = dict(score.metrics)
    assert (score.gold, score.predicted, score.tp) == (2, 3, 2)
    assert metrics["strict_precision"] == pytest.approx(1 / 3)  # the return's direction differs
    assert metrics["strict_recall"] == pytest.approx(1 / 2)
    kinds = sorted(f.kind for f in findings)
    assert kinds == ["false_hit", "mismatch"]
    assert "direction: gold restrictive != predicted protective" in format_agreement(
        score, findings
    )


def test_coding_rows_are_raw_spans(folders):
    coding = pd.read_csv(folders / "gold" / "policy_changes.csv", dtype=str)
    rows = coding_rows(coding, folders / "reports")
    assert [RAW[s:e] for s, e in zip(rows["start"], rows["end"], strict=True)] == list(
        coding["quote"]
    )


def test_cli_scores_a_coding(folders, capsys):
    args = ["evaluate", str(folders / "reports"), "--gold", str(folders / "gold")]
    assert main([*args, "--coding", str(folders / "gold" / "policy_changes.csv")]) == 0
    assert "P 1.000  R 1.000" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("r1.txt,not in the report,1,China,CN,x,other,neutral,reported_fact,\n", "occurs fewer"),
        ("r2.txt,arrested,1,China,CN,x,other,neutral,reported_fact,\n", "No such file"),
    ],
)
def test_cli_names_a_bad_coding(folders, capsys, rows, message):
    coding = _coding(folders, rows)
    args = ["evaluate", str(folders / "reports"), "--gold", str(folders / "gold")]
    assert main([*args, "--coding", str(coding)]) == 2
    err = capsys.readouterr().err
    assert str(coding) in err and message in err


def test_cli_names_a_table_that_is_no_coding(folders, capsys):
    other = folders / "other.csv"
    other.write_text("file,published\nr1.txt,2024-05-02\n", encoding="utf-8")
    args = ["evaluate", str(folders / "reports"), "--gold", str(folders / "gold")]
    assert main([*args, "--coding", str(other)]) == 2
    assert "not a policy-changes coding" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "sizes"), [("policy_blind22", (326, 333)), ("policy_blind23", (332, 333))]
)
def test_the_recorded_second_coding_scores_as_its_readme_says(name, sizes):
    """`<set>/second_coding`: the figures its README records are what the scorer gives."""
    folder = Path(__file__).parents[1] / name
    coding = folder / "second_coding" / "policy_changes.csv"
    score, _ = agreement(coding, folder / "reports", folder / "gold")
    metrics = dict(score.metrics)
    recorded = re.search(
        r"\*\*(\d\.\d{3}) / (\d\.\d{3})\*\*", (coding.parent / "README.md").read_text()
    )
    assert recorded is not None
    assert (
        f"{metrics['strict_precision']:.3f}",
        f"{metrics['strict_recall']:.3f}",
    ) == recorded.groups()
    assert (score.gold, score.predicted) == sizes
