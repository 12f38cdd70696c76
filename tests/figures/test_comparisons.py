"""The policy confusion matrix figure: counts in cells, the diagonal set apart, empty said so."""

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.patches import Rectangle

from nkreports.evaluation.confusion import empty_confusion
from nkreports.figures import comparisons, publish
from nkreports.figures.style import unlabelled

matplotlib.use("Agg")

MATRIX = pd.DataFrame(
    [[3, 1, 2], [0, 4, 0], [5, 0, 0]],
    index=pd.Index(["repatriation", "other", "not in gold"], name="gold category"),
    columns=pd.Index(["repatriation", "other", "missed"], name="predicted category"),
    dtype="int64",
)


@pytest.fixture
def drawn():
    fig = comparisons.confusion_figure(MATRIX)
    yield fig
    plt.close(fig)


def shaded(fig) -> dict[tuple[int, int], str]:
    """Colour of each shaded cell, by (row, column)."""
    return {
        (round(p.get_y() + 0.5), round(p.get_x() + 0.5)): to_hex(
            p.get_facecolor(), keep_alpha=False
        )
        for p in fig.axes[0].patches
        if isinstance(p, Rectangle)
    }


def written(fig) -> dict[tuple[int, int], str]:
    """Text written at each cell centre, by (row, column)."""
    return {
        (round(t.get_position()[1]), round(t.get_position()[0])): t.get_text()
        for t in fig.axes[0].texts
    }


def test_confusion_figure_is_labelled(drawn):
    assert unlabelled(drawn) == []
    ax = drawn.axes[0]
    assert (ax.get_xlabel(), ax.get_ylabel()) == ("Predicted category", "Gold category")
    assert [t.get_text() for t in ax.get_yticklabels()] == ["repatriation", "other", "not in gold"]


def test_confusion_figure_writes_every_count_but_the_impossible_corner(drawn):
    assert written(drawn) == {
        (0, 0): "3", (0, 1): "1", (0, 2): "2",
        (1, 0): "0", (1, 1): "4", (1, 2): "0",
        (2, 0): "5", (2, 1): "0",
    }  # fmt: skip


def test_confusion_figure_sets_the_diagonal_apart(drawn):
    right, wrong = comparisons.RIGHT_COLOUR.lower(), comparisons.WRONG_COLOUR.lower()
    assert shaded(drawn) == {
        (0, 0): right,
        (1, 1): right,
        (0, 1): wrong,
        (0, 2): wrong,
        (2, 0): wrong,
    }


def test_wrapped_labels_keep_words_whole():
    assert (
        comparisons._wrapped("exit_transfer_to_third_country") == "exit transfer to\nthird country"
    )
    assert comparisons._wrapped("labeling_criminalization") == "labeling\ncriminalization"


@pytest.mark.parametrize(
    "matrix", [empty_confusion(), pd.DataFrame(dtype="int64")], ids=["zeros", "no rows"]
)
def test_an_empty_matrix_says_so(matrix):
    fig = comparisons.confusion_figure(matrix)
    texts = [t.get_text() for t in fig.axes[0].texts]
    plt.close(fig)
    assert texts == ["No policy changes in the gold or the predictions"]
    assert unlabelled(fig) == []


def test_published_csv_is_the_matrix(tmp_path):
    data = MATRIX.reset_index()
    publish(comparisons.confusion_figure(MATRIX), "policy-confusion", data, tmp_path, "a test")
    assert (tmp_path / "policy-confusion.csv").read_text(encoding="utf-8") == (
        "gold category,repatriation,other,missed\n"
        "repatriation,3,1,2\n"
        "other,0,4,0\n"
        "not in gold,5,0,0\n"
    )
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".csv", ".png", ".svg"]


def test_a_set_without_gold_for_a_table_gets_no_bar_label():
    scores = pd.DataFrame(
        {
            "table": ["policy_changes", "dates", "policy_changes", "dates"],
            "set": ["policy_only", "policy_only", "full", "full"],
            "value": pd.array([0.6, pd.NA, 0.7, 0.9], dtype="Float64"),
        }
    )
    fig = comparisons.sets_figure(scores)
    labels = [t.get_text().strip() for t in fig.axes[0].texts]
    assert sorted(labels) == ["0.60", "0.70", "0.90"]
    plt.close(fig)
