"""nkreports: news reports about North Koreans in China, turned into traceable tables.

The stages are modules named after what they make (`reports`, `dates`, `places`, `counts`,
`policies`); `nkreports.extract.extract` runs them all and `nkreports.evaluate.evaluate` scores
the result. Those two are not re-exported here, so the module names stay modules.
"""

from nkreports.evaluate import format_evaluation, scores_frame
from nkreports.reports import load_reports, reports_table
from nkreports.tables import read_table, write_table

__all__ = [
    "format_evaluation",
    "load_reports",
    "read_table",
    "reports_table",
    "scores_frame",
    "write_table",
]
