import pandas as pd
import pytest

from nkreports.analysis.estimates import counted_group, estimates, label, plotted


@pytest.mark.parametrize(
    ("counted", "group"),
    [
        ("North Korean defectors forcibly repatriated", "repatriated"),
        ("North Koreans expelled from China's northeastern region", "repatriated"),
        ("North Koreans held in mainland China", "detained"),
        ("North Korean defectors rounded up by Chinese authorities", "detained"),
        ("defectors currently held in a detention center", "detained"),
        ("defectors who settled in South Korea", "arrived in the South"),
        ("North Koreans have defected to the South", "arrived in the South"),
        ("North Koreans", "North Koreans in China"),
        ("North Koreans hiding in China", "North Koreans in China"),
        ("defectors' family members", "other"),
        ("", "other"),
    ],
)
def test_counted_group(counted, group):
    assert counted_group(counted) == group


COUNTS = pd.DataFrame(
    {
        "report_id": ["r1", "r1", "r2", "r2", "r2"],
        "start": [10, 50, 7, 30, 90],
        "mention": [
            "at least 2,000",
            "some 600",
            "between 30,000 and 50,000",
            "ten years",
            "a large number",
        ],
        "low": [2000.0, 600.0, 30000.0, 10.0, None],
        "high": [None, 600.0, 50000.0, 10.0, None],
        "qualifier": ["at_least", "approx", "range", "exact", "vague"],
        "unit": ["persons", "persons", "persons", "years", "persons"],
        "counted": [
            "North Koreans held in China",
            "North Koreans expelled",
            "North Koreans",
            "",
            "North Koreans forcibly repatriated",
        ],
        "attributed_to": ["UN rapporteur", "", "The Diplomat", "", ""],
        "time_ref": ["", "", "in January", "", "last October"],
        "sentence": [
            "At least 2,000 North Koreans are held in China, the UN rapporteur said.",
            "Some 600 North Koreans were expelled.",
            "Between 30,000 and 50,000 North Koreans lived in China in January.",
            "He spent ten years there.",
            "A large number of North Koreans were forcibly repatriated last October.",
        ],
    }
)
REPORTS = pd.DataFrame(
    {
        "report_id": ["r1", "r2"],
        "outlet": ["AsiaNews", "Radio Free Asia"],
        "published": ["2023-10-16", ""],
    }
)


def test_estimates_keep_people_with_group_source_and_date():
    table = estimates(COUNTS, REPORTS)
    assert list(table["mention"]) == [
        "between 30,000 and 50,000",
        "at least 2,000",
        "some 600",
        "a large number",
    ]
    assert list(table["group"].astype(str)) == [
        "North Koreans in China",
        "detained",
        "repatriated",
        "repatriated",
    ]
    assert list(table["source"]) == ["The Diplomat", "UN rapporteur", "AsiaNews", "Radio Free Asia"]
    assert list(table["published"]) == ["", "2023-10-16", "2023-10-16", ""]


def test_plotted_draws_ranges_and_labels_qualifiers():
    drawn = plotted(estimates(COUNTS, REPORTS))
    assert list(drawn["label"]) == [
        "30,000–50,000 North Koreans (in January) — The Diplomat, publication date unknown",
        "at least 2,000 North Koreans held in China — UN rapporteur, published 2023-10-16",
        "about 600 North Koreans expelled — AsiaNews, published 2023-10-16",
    ]
    assert list(drawn["draw_low"]) == [30000.0, 2000.0, 600.0]
    assert list(drawn["draw_high"]) == [50000.0, 2000.0, 600.0]


def test_label_of_a_vague_word():
    row = {
        "low": 200.0,
        "high": None,
        "qualifier": "vague",
        "mention": "hundreds",
        "source": "",
        "published": "",
    }
    assert label(row) == "vague: hundreds — unattributed, publication date unknown"


def test_single_person_counts_are_not_drawn():
    one = COUNTS.assign(low=1.0, high=1.0, qualifier="exact")
    assert plotted(estimates(one, REPORTS))["mention"].tolist() == []
