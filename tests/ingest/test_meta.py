from datetime import date

import pytest

from nkreports.ingest import meta
from nkreports.ingest.published import Publication

PUBLISHED_TAG = '<meta property="article:published_time" content="2019-05-06T07:15:00+09:00">'


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (PUBLISHED_TAG, [(date(2019, 5, 6), "published", PUBLISHED_TAG)]),
        (
            '<meta name="pubdate" content="2019-05-06">',
            [(date(2019, 5, 6), "published", '<meta name="pubdate" content="2019-05-06">')],
        ),
        (
            '<meta itemprop="datePublished" content="2019-05-06">',
            [
                (
                    date(2019, 5, 6),
                    "published",
                    '<meta itemprop="datePublished" content="2019-05-06">',
                )
            ],
        ),
        (
            '<meta name="DC.date" content="2019-05-06">',
            [(date(2019, 5, 6), "published", '<meta name="DC.date" content="2019-05-06">')],
        ),
        (
            '<meta property="article:modified_time" content="2019-05-08T10:00:00Z">',
            [
                (
                    date(2019, 5, 8),
                    "updated",
                    '<meta property="article:modified_time" content="2019-05-08T10:00:00Z">',
                )
            ],
        ),
        (
            '<p><time datetime="2019-05-06T07:15" pubdate>6 May</time></p>',
            [(date(2019, 5, 6), "published", '<time datetime="2019-05-06T07:15" pubdate>')],
        ),
        (
            '<script type="application/ld+json">{"datePublished": "2019-05-06", '
            '"dateModified": "2019-05-08"}</script>',
            [
                (date(2019, 5, 6), "published", '"datePublished": "2019-05-06"'),
                (date(2019, 5, 8), "updated", '"dateModified": "2019-05-08"'),
            ],
        ),
        ('<script>var datePublished = "2019-05-06";</script>', []),
        ('<meta property="og:title" content="2019-05-06 talks">', []),
    ],
)
def test_page_dates(html, expected):
    found = meta.page_dates(html)
    assert [(m.value, m.kind, m.evidence) for m in found] == expected


TAGS = meta.page_dates(PUBLISHED_TAG)
NONE = Publication(None, "none", "", (), "MDY")


def test_metadata_fills_a_page_without_a_visible_date():
    assert meta.with_metadata(NONE, TAGS) == Publication(
        date(2019, 5, 6), "text", PUBLISHED_TAG, (), "MDY"
    )


def test_metadata_that_agrees_is_the_evidence():
    shown = Publication(date(2019, 5, 6), "text", "May 6, 2019", (), "MDY")
    assert meta.with_metadata(shown, TAGS) == Publication(
        date(2019, 5, 6),
        "text",
        PUBLISHED_TAG,
        ("2019-05-06 ('May 6, 2019'): same date shown on the page",),
        "MDY",
    )


def test_visible_stamp_wins_when_metadata_disagrees():
    shown = Publication(date(2019, 5, 7), "text", "May 7, 2019", (), "MDY")
    result = meta.with_metadata(shown, TAGS)
    assert (result.published, result.evidence) == (date(2019, 5, 7), "May 7, 2019")
    assert result.other_dates == (
        f"2019-05-06 ('{PUBLISHED_TAG}'): page metadata disagrees with the date shown on the "
        "page; kept the shown one",
    )


def test_update_tags_are_listed_never_taken():
    tag = '<meta property="article:modified_time" content="2019-05-08">'
    result = meta.with_metadata(NONE, meta.page_dates(tag))
    assert result.published is None
    assert result.other_dates == (f"2019-05-08 ('{tag}'): an update stamp in the page metadata",)


def test_metadata_day_refines_a_month_heading():
    month = Publication(date(2019, 5, 1), "text", "May\n2019", (), "MDY", (), "month")
    result = meta.with_metadata(month, TAGS)
    assert (result.published, result.granularity) == (date(2019, 5, 6), "day")
