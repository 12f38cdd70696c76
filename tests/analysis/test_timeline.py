from datetime import date

import pandas as pd
import pytest

from nkreports.analysis.timeline import (
    axis_segments,
    coverage,
    dated_events,
    day_span,
    span_granularity,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-24", (date(2024, 6, 24), date(2024, 6, 24))),
        ("2023-10", (date(2023, 10, 1), date(2023, 10, 31))),
        ("2009", (date(2009, 1, 1), date(2009, 12, 31))),
        ("2023-SU", (date(2023, 6, 1), date(2023, 8, 31))),
        ("2023-WI", (date(2023, 12, 1), date(2024, 2, 29))),
        ("2023-06/2023-08", (date(2023, 6, 1), date(2023, 8, 31))),
        ("1950/1953", (date(1950, 1, 1), date(1953, 12, 31))),
        ("2023-10/2024-05-14", (date(2023, 10, 1), date(2024, 5, 14))),
        ("", None),
        ("2024-13", None),
        ("2024-05/2023-01", None),
        ("P10Y", None),
    ],
)
def test_day_span(value, expected):
    assert day_span(value) == expected


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (date(2024, 6, 24), date(2024, 6, 24), "day"),
        (date(2023, 10, 1), date(2023, 10, 31), "month"),
        (date(2024, 6, 1), date(2024, 6, 27), "days"),
        (date(2009, 1, 1), date(2009, 12, 31), "year"),
        (date(2023, 6, 1), date(2023, 8, 31), "interval"),
    ],
)
def test_span_granularity(first, last, expected):
    assert span_granularity(first, last) == expected


DATES = pd.DataFrame(
    {
        "report_id": ["a", "a", "b"],
        "start": [10, 40, 5],
        "mention": ["Monday", "ten years", "last October"],
        "kind": ["relative", "duration", "relative"],
        "value": ["2024-06-24", "", "2023-10"],
        "sentence": ["Police said Monday.", "He spent ten years there.", "Last October."],
    }
)
POLICIES = pd.DataFrame(
    {
        "report_id": ["b", "b"],
        "start": [20, 60],
        "mention": ["repatriated", "will arrest"],
        "category": ["repatriation", "detention_arrest"],
        "direction": ["restrictive", "restrictive"],
        "date": ["2023-10", ""],
        "sentence": ["They were repatriated last October.", "Police will arrest them."],
    }
)


def test_dated_events_leave_out_durations_and_undated_changes():
    events = dated_events(DATES, POLICIES, None, None)
    assert list(events["mention"]) == ["last October", "repatriated", "Monday"]
    assert list(events["layer"]) == ["date mention", "policy change", "date mention"]
    assert list(events["granularity"]) == ["month", "month", "day"]
    assert events.loc[1, "category"] == "repatriation"
    assert list(events["lane"]) == [0, 1, 0]  # same report, same month: side by side
    assert list(events["sentence"]) == [
        "Last October.",
        "They were repatriated last October.",
        "Police said Monday.",
    ]


@pytest.mark.parametrize(
    ("mention", "approximate"), [("around Nov. 20", True), ("Nov. 20", False), ("about 2019", True)]
)
def test_dated_events_mark_approximate_days(mention, approximate):
    dates = pd.DataFrame(
        {
            "report_id": ["a"],
            "start": [0],
            "mention": [mention],
            "kind": ["date"],
            "value": ["2023-11-20"],
            "sentence": ["s"],
        }
    )
    events = dated_events(dates, POLICIES.iloc[:0], None, None)
    assert events["approximate"].tolist() == [approximate]


def test_dated_events_keep_what_touches_the_window():
    events = dated_events(DATES, POLICIES, date(2023, 10, 31), date(2024, 1, 1))
    assert list(events["mention"]) == ["last October", "repatriated"]


def test_coverage_counts_empty_years_too():
    reports = pd.DataFrame({"published": ["2011-11-11", "2013-02-01", "2013-05-05", ""]})
    table = coverage(reports)
    assert list(table["period"]) == ["2011", "2012", "2013"]
    assert list(table["reports"]) == [1, 0, 2]
    assert table.loc[1, "first"] == date(2012, 1, 1)
    assert table.loc[1, "last"] == date(2012, 12, 31)


def test_coverage_of_undated_reports_is_empty():
    assert coverage(pd.DataFrame({"published": [""]})).empty


def test_axis_segments_break_at_a_quiet_decade():
    spans = [
        (date(2011, 9, 1), date(2011, 9, 30)),
        (date(1950, 1, 1), date(1953, 12, 31)),
        (date(2020, 6, 18), date(2020, 6, 18)),
    ]
    assert axis_segments(spans) == [
        (date(1950, 1, 1), date(1953, 12, 31)),
        (date(2011, 1, 1), date(2020, 12, 31)),
    ]
