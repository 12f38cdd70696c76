"""Which policy categories the extraction confuses: a gold × predicted category matrix."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from nkreports.evaluation.gold import Mention, load_gold, match, scored_mentions
from nkreports.evaluation.scores import ATTRIBUTES
from nkreports.evaluation.values import same
from nkreports.schema import Category

TABLE = "policy_changes"


MISSED = "missed"  # the column of gold events the scorer matched to no prediction
NOT_IN_GOLD = "not in gold"  # the row of predictions the scorer matched to no gold event
CATEGORIES = tuple(str(c) for c in Category)  # the codebook's order


def empty_confusion() -> pd.DataFrame:
    """A confusion matrix of zeros: every codebook category, plus "missed" and "not in gold"."""
    rows = pd.Index([*CATEGORIES, NOT_IN_GOLD], name="gold category")
    columns = pd.Index([*CATEGORIES, MISSED], name="predicted category")
    return pd.DataFrame(0, index=rows, columns=columns, dtype="int64")


def _category(mention: Mention) -> str:
    value = str(mention.attrs.get("category", ""))
    if value not in CATEGORIES:
        raise ValueError(
            f"{mention.report_id} {mention.quote!r}: category {value!r} is not in the codebook"
        )
    return value


def _agree(gold: Mention, predicted: Mention) -> bool:
    """The scorer's agreement for policy changes: category and direction right."""
    return all(same(a, gold.attrs.get(a), predicted.attrs.get(a)) for a in ATTRIBUTES[TABLE])


def category_confusion(gold: list[Mention], predicted: list[Mention]) -> pd.DataFrame:
    """Count policy changes by gold category (rows) and predicted category (columns).

    The pairs are exactly the scorer's (`nkreports.evaluation.gold.match`): same report, raw spans
    overlapping, one-to-one, taken greedily largest overlap first; among equal overlaps, pairs
    whose category and direction agree first, then gold row order and predicted row order (the
    table's order: earliest start first). So a gold event overlapped by two predictions is paired
    with the one overlapping it most; the other goes to the
    "not in gold" row unless it is another gold event's best match. "missed" counts gold events
    left unpaired, "not in gold" predictions left unpaired: the scorer's misses and false hits.
    The diagonal is the matched pairs whose category is right; the sum of all cells but those
    two margins is the scorer's matched count.
    """
    matrix = empty_confusion()
    pairs = match(gold, predicted, _agree)
    for i, j in pairs:
        matrix.loc[_category(gold[i]), _category(predicted[j])] += 1
    paired_gold, paired_predicted = {i for i, _ in pairs}, {j for _, j in pairs}
    for i, g in enumerate(gold):
        if i not in paired_gold:
            matrix.loc[_category(g), MISSED] += 1
    for j, p in enumerate(predicted):
        if j not in paired_predicted:
            matrix.loc[NOT_IN_GOLD, _category(p)] += 1
    return matrix


def policy_confusion(
    tables: dict[str, pd.DataFrame], reports_dir: Path, gold_dir: Path
) -> pd.DataFrame:
    """The category confusion matrix of the policy changes `evaluate` scores; zeros without gold.

    Same gold, same predicted rows (those of every report a gold file names) and same pairs as
    `nkreports.evaluation.scores.evaluate`.
    """
    gold = load_gold(Path(gold_dir))
    if TABLE not in gold:
        return empty_confusion()
    return category_confusion(*scored_mentions(gold, tables, TABLE, Path(reports_dir)))


def pooled_confusion(matrices: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Add up confusion matrices cell by cell (several evaluation sets as one)."""
    total = empty_confusion()
    for matrix in matrices:
        total = total + matrix
    return total


def worst_cells(matrix: pd.DataFrame, n: int = 3, *, categories_only: bool = False) -> pd.DataFrame:
    """The n largest non-zero cells off the diagonal: (gold, predicted, count), largest first.

    Off the diagonal means every error: a wrong category, a miss or a prediction not in gold;
    with `categories_only`, only wrong categories (a gold event paired with a prediction of
    another category). Ties keep the matrix's order (row by row, in codebook order).
    """
    cells = matrix.rename_axis(index="gold", columns="predicted").stack().rename("count")
    cells = cells.reset_index()
    wrong = cells[(cells["gold"] != cells["predicted"]) & (cells["count"] > 0)]
    if categories_only:
        wrong = wrong[wrong["gold"].isin(CATEGORIES) & wrong["predicted"].isin(CATEGORIES)]
    ranked = wrong.sort_values("count", ascending=False, kind="stable").head(n)
    frame = ranked.reset_index(drop=True)
    return frame.astype({"gold": "string", "predicted": "string", "count": "int64"})
