"""Shown tables: readable cells, no index, every fact row linked to its evidence anchor."""

import pandas as pd
import pytest

from nkreports.analysis.links import anchor, evidence_href
from nkreports.figures.tables import cell, show


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (pd.NA, ""),
        (float("nan"), ""),
        (None, ""),
        (30000.0, "30,000"),
        (0.925, "0.925"),
        (7, "7"),
        (22000, "22,000"),
        ("2024-06-27", "2024-06-27"),
    ],
)
def test_cells_read_as_a_person_would_write_them(value, shown):
    assert cell(value) == shown


def test_fact_rows_link_their_first_cell_to_the_anchor():
    frame = pd.DataFrame({"mention": ["a & b"], "report_id": ["r1"], "start": [42], "low": [pd.NA]})
    html = show(frame, "counts", ["mention", "low"])._repr_html_()
    link = '<a href="reports/r1.html#counts-42">a &amp; b</a>'
    assert f'<tr><td class="nw">{link}</td><td class="nw"></td></tr>' in html
    assert "<th>mention</th><th>low</th>" in html
    assert repr(show(frame, "counts", ["mention", "low"])) == "mention low\n  a & b    "


def test_timeline_rows_link_by_their_layer():
    frame = pd.DataFrame(
        {
            "mention": ["May", "ban"],
            "report_id": ["r", "r"],
            "start": [1, 9],
            "layer": ["date mention", "policy change"],
        }
    )
    assert show(frame, "layer").links == (
        "reports/r.html#dates-1",
        "reports/r.html#policy_changes-9",
    )


def test_anchors_are_table_and_raw_start():
    assert anchor("places", 30) == "places-30"
    assert evidence_href("r", "places", 30) == "reports/r.html#places-30"
    assert evidence_href("r") == "reports/r.html"
