"""nkreports: news reports about North Koreans in China, turned into traceable tables."""

from nkreports.evaluate import evaluate, format_evaluation, scores_frame
from nkreports.extract import extract
from nkreports.reports import load_reports, reports_table
from nkreports.tables import read_table, write_table

__all__ = [
    "evaluate",
    "extract",
    "format_evaluation",
    "load_reports",
    "read_table",
    "reports_table",
    "scores_frame",
    "write_table",
]
