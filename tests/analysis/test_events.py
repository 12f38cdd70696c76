from datetime import date

import pandas as pd
import pytest

from nkreports.analysis.events import (
    confidence_note,
    confident,
    effective_span,
    events,
    is_model,
)

REPORTS = pd.DataFrame(
    {
        "report_id": ["a", "b", "c"],
        "outlet": ["AsiaNews", "DailyNK", "DailyNK"],
        "published": ["2023-10-16", "2024-05-14", "2011-11-11"],
    }
)


def policy(
    report_id,
    start,
    category,
    country,
    direction,
    when,
    mention="repatriated",
    method="repatriation",
    confidence=None,
):
    return {
        "report_id": report_id,
        "start": start,
        "mention": mention,
        "sentence": f"{mention}.",
        "actor": country or "unknown",
        "actor_country": country,
        "action": "repatriate",
        "category": category,
        "direction": direction,
        "certainty": "reported_fact",
        "method": method,
        "confidence": confidence,
        "date": when,
    }


def table(*rows):
    """Policy rows with confidence as the table declares it (Float64, empty for rule rows)."""
    return pd.DataFrame(list(rows)).astype({"confidence": "Float64"})


POLICIES = table(
    policy("a", 10, "repatriation", "CN", "restrictive", "2023-10-13"),
    policy("b", 20, "repatriation", "CN", "restrictive", "2023-10/2024-05-14", "to repatriate"),
    policy("b", 90, "repatriation", "CN", "restrictive", "2023-06/2023-08", "would repatriate"),
    policy("a", 40, "repatriation", "", "restrictive", ""),
    policy("c", 5, "repatriation", "CN", "restrictive", ""),
    policy("a", 70, "diplomatic_request_protest", "KR", "protective", "", "called on China"),
)


def test_effective_span_falls_back_to_the_publication_month():
    assert effective_span("2023-10-13", "2023-10-16") == (date(2023, 10, 13), date(2023, 10, 13))
    assert effective_span("", "2023-10-16") == (date(2023, 10, 1), date(2023, 10, 31))
    assert effective_span("", "") is None


def test_one_change_from_two_outlets_is_one_event_with_two_sources():
    found, sources = events(POLICIES, REPORTS)
    assert list(found["event"]) == [1, 2, 3, 4, 5]
    assert list(found["first"]) == [
        date(2011, 11, 1),
        date(2023, 6, 1),
        date(2023, 10, 1),
        date(2023, 10, 1),
        date(2023, 10, 1),
    ]
    merged = found[found["reports"] == 2].iloc[0]
    assert (merged["actor_country"], merged["mentions"], merged["outlets"]) == (
        "CN",
        2,
        "AsiaNews | DailyNK",
    )
    assert merged["last"] == date(2024, 5, 14)
    rows = sources[sources["event"] == merged["event"]]
    assert list(rows["report_id"]) == ["a", "b"]
    assert list(rows["mentions"]) == ["repatriated", "to repatriate"]


def test_an_empty_table_gives_no_events():
    found, sources = events(POLICIES.iloc[0:0], REPORTS)
    assert found.empty and sources.empty


def model(report_id, start, category, when, confidence, country="CN"):
    return policy(
        report_id,
        start,
        category,
        country,
        "restrictive",
        when,
        method="model",
        confidence=confidence,
    )


# Event by event: a rule row and a weak model row (rules support it); two weak model rows; one
# strong model row; one model row exactly at the threshold; one model row with no probability.
MIXED = table(
    policy("a", 10, "repatriation", "CN", "restrictive", "2023-10-13"),
    model("b", 20, "repatriation", "2023-10-13", 0.2),
    model("a", 30, "detention_arrest", "2023-10-02", 0.5),
    model("b", 40, "detention_arrest", "2023-10-02", 0.65),
    model("a", 50, "border_control", "2023-10-05", 0.9),
    model("b", 60, "family_pressure", "2023-10-06", 0.7),
    model("c", 70, "other", "2011-11-01", None),
)


def test_is_model_reads_the_method():
    assert list(is_model(MIXED)) == [False, True, True, True, True, True, True]


@pytest.mark.parametrize(
    ("minimum", "starts"),
    [
        (0.0, [10, 20, 30, 40, 50, 60, 70]),
        (0.5, [10, 30, 40, 50, 60]),
        (0.7, [10, 50, 60]),
        (0.95, [10]),
        (1.0, [10]),
    ],
)
def test_confident_keeps_every_rule_row_and_the_model_rows_at_or_above_the_minimum(minimum, starts):
    assert list(confident(MIXED, minimum)["start"]) == starts


def test_confident_leaves_its_argument_and_the_rows_as_they_were():
    before = MIXED.copy()
    kept = confident(MIXED, 0.6)
    pd.testing.assert_frame_equal(MIXED, before)
    pd.testing.assert_frame_equal(kept, MIXED.loc[[0, 3, 4, 5]])


KEPT = " (rows found by rules are always kept)."


@pytest.mark.parametrize(
    ("rows", "minimum", "note"),
    [
        (
            POLICIES,
            0.9,
            "No model rows: every policy change here was found by rules, so none is left out.",
        ),
        (MIXED, 0.0, "min_confidence 0 leaves out 0 of 6 model rows" + KEPT),
        (MIXED, 0.7, "min_confidence 0.7 leaves out 4 of 6 model rows" + KEPT),
        (MIXED.iloc[[0, 4]], 0.95, "min_confidence 0.95 leaves out 1 of 1 model row" + KEPT),
    ],
)
def test_confidence_note_counts_the_model_rows_left_out(rows, minimum, note):
    assert confidence_note(rows, minimum) == note


def test_an_event_rule_rows_support_has_no_confidence_and_is_never_low():
    found, _ = events(POLICIES, REPORTS)
    assert found["confidence"].isna().all()
    assert list(found["low_confidence"]) == [False] * 5


def test_events_flag_those_only_low_confidence_model_rows_support():
    found, _ = events(MIXED, REPORTS)
    shown = found.set_index("category")[["mentions", "confidence", "low_confidence"]]
    assert shown.astype(object).where(shown.notna(), None).to_dict("index") == {
        "other": {"mentions": 1, "confidence": 0.0, "low_confidence": True},
        "detention_arrest": {"mentions": 2, "confidence": 0.65, "low_confidence": True},
        "border_control": {"mentions": 1, "confidence": 0.9, "low_confidence": False},
        "family_pressure": {"mentions": 1, "confidence": 0.7, "low_confidence": False},
        "repatriation": {"mentions": 2, "confidence": None, "low_confidence": False},
    }
    assert str(found["confidence"].dtype) == "Float64"
    assert found["low_confidence"].dtype == bool


def test_the_low_confidence_threshold_is_a_parameter():
    found, _ = events(MIXED, REPORTS, low_threshold=0.95)
    flagged = found.loc[found["low_confidence"], "category"]
    assert sorted(flagged) == ["border_control", "detention_arrest", "family_pressure", "other"]
