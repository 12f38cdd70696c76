"""Evaluation: extracted tables and hand-made gold in, precision, recall, F1 and every miss out.

`gold` resolves gold quotes to raw spans and matches them to predictions; `values` compares
attribute values as the gold means them; `scores` scores each table and formats the report;
`events` scores policy changes by event where a `gold.json` gives an event's other quotes;
`confusion` counts policy changes by gold and predicted category over the same matched pairs.
"""

from nkreports.evaluation.confusion import (
    category_confusion,
    policy_confusion,
    pooled_confusion,
    worst_cells,
)
from nkreports.evaluation.scores import evaluate, evaluate_folder, format_evaluation, scores_frame

__all__ = [
    "category_confusion",
    "evaluate",
    "evaluate_folder",
    "format_evaluation",
    "policy_confusion",
    "pooled_confusion",
    "scores_frame",
    "worst_cells",
]
