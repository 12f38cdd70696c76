"""Evaluation: extracted tables and hand-made gold in, precision, recall, F1 and every miss out.

`gold` resolves gold quotes to raw spans and matches them to predictions; `scores` scores each
table and formats the report.
"""

from nkreports.evaluation.scores import evaluate, evaluate_folder, format_evaluation, scores_frame

__all__ = ["evaluate", "evaluate_folder", "format_evaluation", "scores_frame"]
