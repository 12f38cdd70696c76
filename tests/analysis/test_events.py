from datetime import date

import pandas as pd

from nkreports.analysis.events import effective_span, events

REPORTS = pd.DataFrame(
    {
        "report_id": ["a", "b", "c"],
        "outlet": ["AsiaNews", "DailyNK", "DailyNK"],
        "published": ["2023-10-16", "2024-05-14", "2011-11-11"],
    }
)


def policy(report_id, start, category, country, direction, when, mention="repatriated"):
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
        "date": when,
    }


POLICIES = pd.DataFrame(
    [
        policy("a", 10, "repatriation", "CN", "restrictive", "2023-10-13"),
        policy("b", 20, "repatriation", "CN", "restrictive", "2023-10/2024-05-14", "to repatriate"),
        policy("b", 90, "repatriation", "CN", "restrictive", "2023-06/2023-08", "would repatriate"),
        policy("a", 40, "repatriation", "", "restrictive", ""),
        policy("c", 5, "repatriation", "CN", "restrictive", ""),
        policy("a", 70, "diplomatic_request_protest", "KR", "protective", "", "called on China"),
    ]
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
