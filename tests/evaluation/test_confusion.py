"""The policy category confusion matrix on tiny hand-made gold and predictions."""

import pandas as pd
import pytest

from nkreports.evaluation.confusion import (
    CATEGORIES,
    MISSED,
    NOT_IN_GOLD,
    category_confusion,
    empty_confusion,
    policy_confusion,
    pooled_confusion,
    worst_cells,
)
from nkreports.evaluation.gold import Mention, predicted_mentions
from nkreports.evaluation.scores import score_table


def gold(report_id: str, start: int, end: int, category: str) -> Mention:
    return Mention(report_id, start, end, f"g{start}", {"category": category})


PREDICTED = pd.DataFrame(
    {
        "report_id": ["r1", "r1", "r1", "r1", "r1", "r2"],
        "start": [2, 22, 60, 80, 90, 0],
        "end": [8, 28, 70, 85, 100, 10],
        "mention": ["right", "wrong", "invented", "small", "large", "other report"],
        "category": [
            "repatriation",  # inside a repatriation gold span: right
            "other",  # inside a detention_arrest gold span: wrong category
            "family_pressure",  # overlaps no gold span: not in gold
            "residency_legal_status",  # overlaps the residency span by 5 characters
            "other",  # overlaps the same span by 10: it is the pair
            "repatriation",  # same offsets as a gold span, but another report
        ],
    }
)
GOLD = [
    gold("r1", 0, 10, "repatriation"),
    gold("r1", 20, 30, "detention_arrest"),
    gold("r1", 40, 50, "border_control"),  # no prediction overlaps it: missed
    gold("r1", 80, 100, "residency_legal_status"),
]


def predicted() -> list[Mention]:
    return predicted_mentions(PREDICTED, {"r1", "r2"})


def expected(cells: dict[tuple[str, str], int]) -> pd.DataFrame:
    matrix = empty_confusion()
    for (row, column), count in cells.items():
        matrix.loc[row, column] = count
    return matrix


def test_empty_matrix_has_every_category_in_codebook_order():
    matrix = empty_confusion()
    assert list(matrix.index) == [
        "repatriation",
        "detention_arrest",
        "residency_legal_status",
        "labeling_criminalization",
        "exit_transfer_to_third_country",
        "border_control",
        "diplomatic_request_protest",
        "family_pressure",
        "other",
        "not in gold",
    ]
    assert list(matrix.columns) == [*CATEGORIES, "missed"]
    assert (matrix.index.name, matrix.columns.name) == ("gold category", "predicted category")
    assert matrix.dtypes.astype(str).unique().tolist() == ["int64"]
    assert matrix.to_numpy().sum() == 0


def test_confusion_counts_right_wrong_missed_not_in_gold_and_the_larger_overlap():
    matrix = category_confusion(GOLD, predicted())
    pd.testing.assert_frame_equal(
        matrix,
        expected(
            {
                ("repatriation", "repatriation"): 1,
                ("detention_arrest", "other"): 1,
                ("border_control", MISSED): 1,
                ("residency_legal_status", "other"): 1,  # the 10-character overlap wins
                (NOT_IN_GOLD, "family_pressure"): 1,
                (NOT_IN_GOLD, "residency_legal_status"): 1,  # the 5-character one is left over
                (NOT_IN_GOLD, "repatriation"): 1,  # another report never matches
            }
        ),
    )


def test_confusion_margins_are_the_scorers_counts():
    score, findings = score_table("policy_changes", GOLD, predicted())
    matrix = category_confusion(GOLD, predicted())
    paired = matrix.loc[list(CATEGORIES), list(CATEGORIES)].to_numpy()
    assert paired.sum() == score.tp == 3
    assert paired.trace() == 1  # the one pair whose category is right
    assert matrix[MISSED].sum() == sum(f.kind == "miss" for f in findings) == 1
    assert matrix.loc[NOT_IN_GOLD].sum() == sum(f.kind == "false_hit" for f in findings) == 3


def test_equal_overlaps_pair_the_earliest_prediction():
    rows = [gold("r1", 0, 10, "border_control")]
    found = [
        Mention("r1", 0, 4, "a", {"category": "border_control"}),
        Mention("r1", 6, 10, "b", {"category": "other"}),
    ]
    matrix = category_confusion(rows, found)
    assert matrix.loc["border_control", "border_control"] == 1
    assert matrix.loc[NOT_IN_GOLD, "other"] == 1
    assert matrix.to_numpy().sum() == 2


def test_no_gold_and_no_predictions_give_zeros():
    pd.testing.assert_frame_equal(category_confusion([], []), empty_confusion())


def test_a_category_outside_the_codebook_is_refused():
    with pytest.raises(ValueError, match="category 'deportation' is not in the codebook"):
        category_confusion([gold("r1", 0, 5, "deportation")], [])


RAW = "Police arrested ten defectors and sent them to North Korea.\n"
GOLD_CSV = (
    "file,quote,occurrence,actor,actor_country,action,category,direction,certainty,note\n"
    "r1.txt,arrested,1,police,CN,arrest,detention_arrest,restrictive,reported_fact,\n"
    "r1.txt,sent them to North Korea,1,police,CN,send back,repatriation,restrictive,"
    "reported_fact,\n"
)


def write_set(root, policy_gold: bool) -> None:
    (root / "reports").mkdir()
    (root / "gold").mkdir()
    (root / "reports" / "r1.txt").write_text(RAW, encoding="utf-8")
    (root / "gold" / "published.csv").write_text(
        "file,published,source,evidence,note\nr1.txt,,none,,\n", encoding="utf-8"
    )
    if policy_gold:
        (root / "gold" / "policy_changes.csv").write_text(GOLD_CSV, encoding="utf-8")


TABLES = {
    "policy_changes": pd.DataFrame(
        {
            "report_id": ["r1", "r1"],
            "start": [RAW.index("arrested"), RAW.index("sent")],
            "end": [RAW.index("arrested") + 8, RAW.index("sent") + 4],
            "mention": ["arrested", "sent"],
            "category": ["detention_arrest", "border_control"],
        }
    )
}


def test_policy_confusion_reads_the_gold_like_evaluate(tmp_path):
    write_set(tmp_path, policy_gold=True)
    matrix = policy_confusion(TABLES, tmp_path / "reports", tmp_path / "gold")
    pd.testing.assert_frame_equal(
        matrix,
        expected(
            {("detention_arrest", "detention_arrest"): 1, ("repatriation", "border_control"): 1}
        ),
    )


def test_policy_confusion_without_policy_gold_is_all_zeros(tmp_path):
    write_set(tmp_path, policy_gold=False)
    matrix = policy_confusion(TABLES, tmp_path / "reports", tmp_path / "gold")
    pd.testing.assert_frame_equal(matrix, empty_confusion())


def test_pooled_confusion_adds_cell_by_cell():
    one = expected({("other", "other"): 2, ("other", MISSED): 1})
    two = expected({("other", "other"): 3, (NOT_IN_GOLD, "repatriation"): 4})
    pooled = pooled_confusion([one, two])
    pd.testing.assert_frame_equal(
        pooled,
        expected({("other", "other"): 5, ("other", MISSED): 1, (NOT_IN_GOLD, "repatriation"): 4}),
    )
    pd.testing.assert_frame_equal(pooled_confusion([]), empty_confusion())


MATRIX = expected(
    {
        ("repatriation", "repatriation"): 30,  # the diagonal is never listed
        ("repatriation", "other"): 4,
        ("detention_arrest", MISSED): 9,
        ("detention_arrest", "other"): 4,  # ties keep the matrix order: after repatriation's
        (NOT_IN_GOLD, "diplomatic_request_protest"): 6,
        ("other", "border_control"): 1,
    }
)


def cells(frame: pd.DataFrame) -> list[tuple[str, str, int]]:
    return list(frame.itertuples(index=False, name=None))


def test_worst_cells_lists_errors_largest_first():
    worst = worst_cells(MATRIX)
    assert list(worst.columns) == ["gold", "predicted", "count"]
    assert list(worst.dtypes) == ["string", "string", "int64"]
    assert cells(worst) == [
        ("detention_arrest", MISSED, 9),
        (NOT_IN_GOLD, "diplomatic_request_protest", 6),
        ("repatriation", "other", 4),
    ]


def test_worst_cells_between_categories_only():
    assert cells(worst_cells(MATRIX, 5, categories_only=True)) == [
        ("repatriation", "other", 4),
        ("detention_arrest", "other", 4),
        ("other", "border_control", 1),
    ]


def test_worst_cells_of_a_right_or_empty_matrix_is_empty():
    assert cells(worst_cells(expected({("other", "other"): 3}))) == []
    assert cells(worst_cells(empty_confusion())) == []


def test_without_an_agreeing_row_the_larger_overlap_pairs():
    rows = [gold("r1", 0, 20, "border_control")]
    found = [
        Mention("r1", 0, 4, "a", {"category": "other", "direction": "restrictive"}),
        Mention("r1", 5, 20, "b", {"category": "repatriation", "direction": "restrictive"}),
    ]
    matrix = category_confusion(rows, found)
    assert matrix.loc["border_control", "repatriation"] == 1
    assert matrix.loc[NOT_IN_GOLD, "other"] == 1


def test_among_equal_overlaps_the_row_that_reads_it_right_pairs():
    rows = [gold("r1", 0, 20, "repatriation"), gold("r1", 0, 20, "border_control")]
    found = [Mention("r1", 5, 10, "a", {"category": "border_control"})]
    matrix = category_confusion(rows, found)
    assert matrix.loc["border_control", "border_control"] == 1
    assert matrix.loc["repatriation", MISSED] == 1
