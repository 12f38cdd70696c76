"""Where a fact's evidence lives: one stable anchor per fact on its report's evidence page.

A fact is addressed by its table and raw start offset (`dates-225`), which only change when the
raw file or the rules change, so links survive re-runs. Links are relative to the folder of the
rendered notebook pages (`notebooks/html/`), where the evidence pages live under `reports/`.
"""

from __future__ import annotations

import pandas as pd

FACT_TABLES = ("dates", "places", "counts", "policy_changes")
FURNITURE = "furniture"
REPORTS_FOLDER = "reports"
# The timeline's layers name the table their rows come from.
LAYER_TABLES = {"date mention": "dates", "policy change": "policy_changes"}


def anchor(table: str, start: int) -> str:
    """The id of a fact on its evidence page: `<table>-<raw start offset>`."""
    return f"{table}-{int(start)}"


def report_page(report_id: str) -> str:
    """A report's evidence page, relative to the rendered notebook pages."""
    return f"{REPORTS_FOLDER}/{report_id}.html"


def evidence_href(report_id: str, table: str = "", start: int | None = None) -> str:
    """Link to a fact (or, without a table, to the report's page)."""
    page = report_page(report_id)
    if not table or start is None or pd.isna(start):
        return page
    return f"{page}#{anchor(table, start)}"


def hrefs(frame: pd.DataFrame, table: str = "layer") -> list[str]:
    """One evidence link per row of a frame with `report_id` and `start` columns.

    table names the fact table of every row, or is "layer" when each row's `layer` names it
    (the timeline mixes date mentions and policy changes).
    """
    if table == "layer":
        names = list(frame["layer"].map(LAYER_TABLES).fillna(""))
    else:
        names = [table] * len(frame)
    return [
        evidence_href(r, t, s)
        for r, t, s in zip(frame["report_id"], names, frame["start"], strict=True)
    ]


def first_mentions(facts: pd.DataFrame, keys: list[str], key_values: pd.DataFrame) -> pd.DataFrame:
    """For each row of key_values, the first fact (by report, then offset) sharing its keys.

    Returns key_values with `report_id`, `start` and `sentence` of that fact, so an aggregate row
    (a place, an event) still links to one sentence that supports it.
    """
    ordered = facts.sort_values(["report_id", "start"], kind="stable").drop_duplicates(keys)
    found = ordered[[*keys, "report_id", "start", "sentence"]]
    return key_values.drop(columns=["report_id", "start", "sentence"], errors="ignore").merge(
        found, on=keys, how="left"
    )
