"""dates.csv: skips, durations, "since", modifiers, tense and provenance, on the real model."""

from datetime import date
from pathlib import Path

import pytest

from nkreports.facts.dates.month_anchor import MONTH_ONLY
from nkreports.facts.dates.patterns import ruler_patterns
from nkreports.facts.dates.relative import NO_ANCHOR
from nkreports.facts.dates.spans import (
    RULES_VERSION,
    extract_dates,
    normalise,
    resolve_date,
)
from nkreports.ingest.feeds import item_dates
from nkreports.pipeline import load_nlp
from nkreports.schema import Article
from nkreports.text import Body

MAY_14, JUN_22 = date(2024, 5, 14), date(2020, 6, 22)
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Publication dates of the seeds, supplied here only (the report stage reads them from the text).
PUBLISHED = {
    "000": date(2024, 6, 27),
    "001": date(2020, 6, 22),
    "002": date(2024, 5, 14),
    "003": date(2011, 11, 11),
    "004": date(2023, 10, 16),
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sunday, July 14, 2024", "sunday july 14 2024"),
        ("Nov. 20", "nov 20"),
        ("60- day", "60-day"),
        ("April of in 2015", "april 2015"),
        ("the “year", "year"),
        ("June 18th", "june 18"),
        ("1950–53", "1950-53"),
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


@pytest.mark.parametrize(
    "text",
    ["recently", "now", "Nowadays", "at present", "currently", "for a while", "the day",
     "during the day", "at night", "night", "11-year-old", "her thirties", "63", "12:00PM",
     "every year", "the “year"],
)  # fmt: skip
def test_not_dates_are_skipped(text):
    assert resolve_date(text, date(2024, 5, 14), "past").kind == ""


@pytest.mark.parametrize(
    "text",
    ["ten years", "a decade", "more than ten years", "at least ten years", "over a decade",
     "60-day", "60- day", "75 years", "three years", "several years", "a decade or more",
     "the past two years", "twenty-five years"],
)  # fmt: skip
def test_durations_have_no_point_value(text):
    found = resolve_date(text, date(2024, 5, 14), "past")
    assert (found.kind, found.value, found.granularity, found.rule) == (
        "duration", "", "duration", "duration"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "expected"),
    [
        ("since January", JUN_22, "", ("month", "2020-01", "since+month_tense")),
        ("since last October", MAY_14, "", ("relative", "2023-10", "since+month_last")),
        ("since 2015", None, "", ("year", "2015", "since+year")),
        ("since January", None, "", ("month", "", "since+month_tense")),
        ("as of August 2023", None, "", ("month", "2023-08", "month_year")),
        ("around Nov. 20", date(2011, 11, 11), "future", ("date", "2011-11-20", "month_day_tense")),
        ("mid-2019", None, "", ("year", "2019-05/2019-08", "year")),
        ("late last year", date(2024, 3, 1), "",
         ("relative", "2023-09/2023-12", "deictic_last_year")),
        ("end of next month", date(2024, 1, 31), "",
         ("relative", "2024-02-21/2024-02-29", "deictic_next_month")),
        ("the 1990s", None, "", ("year", "1990/1999", "decade")),
        ("Last summer", date(2024, 5, 14), "past", ("relative", "2023-06/2023-08", "season_last")),
        ("In August", date(2023, 10, 16), "past", ("month", "2023-08", "month_tense")),
        ("12/02/2016", None, "", ("date", "2016-12-02", "numeric_date")),
        ("the twelfth of never", date(2024, 1, 1), "", ("relative", "", "unresolved")),
        ("since the start of the year", date(2019, 8, 5), "",
         ("range", "2019/2019-08-05", "since+deictic_this_year")),
        ("from 2017 to 2019", None, "", ("range", "2017/2019", "year_range")),
        ("so far this year", date(2019, 11, 5), "",
         ("relative", "2019-01-01/2019-11-05", "paraphrase+deictic_earlier_year")),
        ("Earlier in the day", date(2011, 10, 6), "",
         ("relative", "2011-10-06", "paraphrase+deictic_day")),
        ("most years of the 2000s", None, "", ("year", "2000/2009", "paraphrase+decade")),
        ("since mid-August", date(2025, 2, 12), "",
         ("month", "2024-08-11/2024-08-20", "since+month_tense")),
    ],
)  # fmt: skip
def test_resolve_date_composed_rules(text, anchor, tense, expected):
    found = resolve_date(text, anchor, tense)
    assert (found.kind, found.value, found.rule) == expected


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "expected"),
    [
        ("mid-August", date(2024, 10, 2), "past", ("month", "2024-08-11/2024-08-20")),
        ("early August 2023", None, "", ("month", "2023-08-01/2023-08-10")),
        ("late February 2024", None, "", ("month", "2024-02-21/2024-02-29")),
        ("late February 2023", None, "", ("month", "2023-02-21/2023-02-28")),
        ("early 2020", None, "", ("year", "2020-01/2020-04")),
        ("late 2019", None, "", ("year", "2019-09/2019-12")),
        ("by the end of the year", date(2024, 5, 14), "future", ("month", "2024-12")),
        ("the end of the year", date(2024, 5, 14), "", ("month", "2024-12")),
        ("the end of 2019", None, "", ("month", "2019-12")),
        ("the end of last year", date(2024, 5, 14), "", ("month", "2023-12")),
        ("the end of the month", date(2024, 6, 4), "", ("relative", "2024-06-21/2024-06-30")),
        ("late last month", date(2011, 10, 6), "", ("relative", "2011-09-21/2011-09-30")),
        ("the start of the year", date(2019, 8, 5), "", ("relative", "2019")),
        ("the 2000s", None, "", ("year", "2000/2009")),
        ("the early 2000s", None, "", ("year", "2000/2003")),
        ("the mid-2000s", None, "", ("year", "2004/2006")),
        ("the late 2000s", None, "", ("year", "2007/2009")),
        ("the late 1990s", None, "", ("year", "1997/1999")),
        ("the early 1980s", None, "", ("year", "1980/1983")),
        ("on March 1 of last year", date(2024, 5, 14), "", ("relative", "2023-03-01")),
        ("the 12th of this month", date(2024, 5, 14), "", ("relative", "2024-05-12")),
        ("the 3rd of last month", date(2024, 5, 14), "", ("relative", "2024-04-03")),
    ],
)
def test_parts_of_years_months_and_decades(text, anchor, tense, expected):
    """Thirds (TIMEX3 START/MID/END): a year by four months, a month by ten days, a decade."""
    found = resolve_date(text, anchor, tense)
    assert (found.kind, found.value) == expected


def test_modifier_is_noted():
    assert (
        resolve_date("around Nov. 20", date(2011, 11, 11), "future").note == 'qualified by "around"'
    )
    assert resolve_date("since January", None, "").note == NO_ANCHOR


def test_ruler_patterns_are_dates():
    patterns = ruler_patterns()
    assert patterns and {p["label"] for p in patterns} == {"DATE"}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def dates_in(nlp, raw, published):
    article = Article("r", raw, Body.whole(raw), published)
    return extract_dates(nlp(raw), article)


def summary(rows):
    return [(r.mention, r.kind, r.value, r.tense) for r in rows]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group will arrive around Nov. 20, the source said.",
         [("around Nov. 20", "date", "2011-11-20", "future")]),
        ("The group arrived on Nov. 20, the source said.",
         [("Nov. 20", "date", "2010-11-20", "past")]),
        ("They will arrive as early as this month.", [("this month", "relative", "2011-11", "")]),
        ("Since January the border has been closed.",
         [("Since January", "month", "2011-01", "past")]),
        ("They met on April 11-13 in Pyongyang.",
         [("April 11-13", "range", "2011-04-11/2011-04-13", "past")]),
        ("She overstayed her 60- day pass after 11-year-old twins were born.",
         [("60- day", "duration", "", "")]),
        ("He has lived there for over a decade.", [("over a decade", "duration", "", "")]),
        ("Russia returned 13 workers from 2017 to 2019, a panel said.",
         [("2017 to 2019", "range", "2017/2019", "")]),
        ("Three men left a site in Vladivostok in the autumn, a pastor said.",
         [("autumn", "season", "2011-09/2011-11", "past")]),
        ("Fewer than 100 cases were documented since the start of the year.",
         [("since the start of the year", "range", "2011/2011-11-11", "")]),
        ("He left in April of 2009 and recently came back.",
         [("April of 2009", "month", "2009-04", "")]),
        ("The event is listed on 24/01/2006.", [("24/01/2006", "date", "2006-01-24", "")]),
        ("He repatriated them previously this month.",
         [("previously this month", "relative", "2011-11-01/2011-11-11", "")]),
        ("Police arrested her in April last year.",
         [("April last year", "relative", "2010-04", "")]),
        ("She was sent back in October of last year.",
         [("October of last year", "relative", "2010-10", "")]),
        ("Guards detained him earlier this week.",
         [("earlier this week", "relative", "2011-11-07/2011-11-11", "")]),
        ("She fled two years ago.", [("two years ago", "relative", "2009", "")]),
        ("The crackdown began this spring.",
         [("this spring", "relative", "2011-03/2011-05", "")]),
    ],
)  # fmt: skip
def test_sentences(nlp, text, expected):
    rows = dates_in(nlp, text, date(2011, 11, 11))
    assert summary(rows) == expected
    assert all(text[r.start : r.end] == r.mention for r in rows)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained them on March 3 and 5, a group said.",
         [("March 3", "2024-03-03"), ("5", "2024-03-05")]),
        ("The raids took place on May 8, 9 and 11 near the river.",
         [("May 8", "2024-05-08"), ("9", "2024-05-09"), ("11", "2024-05-11")]),
        ("Hearings were held on May 8, 9 and 11, 2021, in the capital.",
         [("May 8", "2021-05-08"), ("9", "2021-05-09"), ("11", "2021-05-11")]),
        ("The talks ran from April 2-9 in the capital.", [("April 2-9", "2024-04-02/2024-04-09")]),
        ("The talks were held between April 2 and 9 in the capital.",
         [("between April 2 and 9", "2024-04-02/2024-04-09")]),
        ("Guards beat him on Thursday night, she said.", [("Thursday night", "2024-05-30")]),
        ("They crossed the river on Monday morning.", [("Monday morning", "2024-06-03")]),
        ("The ministry said Tuesday that the men had been sent back.",
         [("Tuesday", "2024-06-04")]),
        ("Arrests rose in mid-August, activists said.", [("mid-August", "2023-08-11/2023-08-20")]),
        ("The fence will be finished by the end of the year.",
         [("end of the year", "2024-12")]),
        ("He fled in the early 2000s and again in the late 1990s.",
         [("early 2000s", "2000/2003"), ("late 1990s", "1997/1999")]),
        ("Officials met early this week to discuss the case.",
         [("early this week", "2024-06-03/2024-06-04")]),
        ("The hearing is on the 12th of this month.", [("12th of this month", "2024-06-12")]),
    ],
)  # fmt: skip
def test_news_conventions_in_sentences(nlp, text, expected):
    rows = dates_in(nlp, text, date(2024, 6, 4))  # a Tuesday
    assert [(r.mention, r.value) for r in rows] == expected
    assert all(text[r.start : r.end] == r.mention for r in rows)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The men were arrested in January, the group said.", [("January", "2012-01", "")]),
        ("The men were arrested in April, the group said.", [("April", "2012-04", "")]),
        ("They were caught last month.", [("last month", "2012-03", "")]),
        ("They were caught yesterday.", [("yesterday", "", MONTH_ONLY)]),
        ("Officials said Tuesday that the men were caught.", [("Tuesday", "", MONTH_ONLY)]),
        ("The border has been shut since 2009.", [("since 2009", "2009", "")]),
        ("Two men were caught earlier this month.", [("earlier this month", "2012-04", "")]),
    ],
)  # fmt: skip
def test_month_granular_publication_date(nlp, text, expected):
    article = Article("r", text, Body.whole(text), date(2012, 4, 1), "MDY", "month")
    rows = extract_dates(nlp(text), article)
    assert [(r.mention, r.value, MONTH_ONLY if MONTH_ONLY in r.note else "") for r in rows] == (
        expected
    )


@pytest.mark.slow
def test_no_publication_date_leaves_relative_unresolved(nlp):
    rows = dates_in(nlp, "Last Friday officials said the 1950-53 war ended.", None)
    assert [(r.mention, r.value, r.anchor, r.note) for r in rows] == [
        ("Last Friday", "", "", NO_ANCHOR),
        ("1950-53", "1950/1953", "", ""),
    ]


SEED_EXPECTED = {
    "000": [("a decade", ""), ("more than ten years", ""), ("Monday", "2024-06-24"),
            ("at least ten years", ""), ("over a decade", ""),
            ("earlier this month", "2024-06-01/2024-06-27")],
    "001": [("60- day", ""), ("June 18", "2020-06-18"),
            ("Since a few days ago", "2020-06-15/2020-06-21"),
            ("January", "2020-01"), ("60- day", ""), ("Yesterday", "2020-06-21"),
            ("April of in 2015", "2015-04"), ("previously this month", "2020-06-01/2020-06-22"),
            ("January", "2020-01"), ("2009", "2009")],
    "002": [("75 years", ""), ("April 11-13", "2024-04-11/2024-04-13"), ("last October", "2023-10"),
            ("Last summer", "2023-06/2023-08"), ("since last October", "2023-10")],
    "003": [("this month", "2011-11"), ("yesterday", "2011-11-10"), ("September", "2011-09"),
            ("last month", "2011-10"), ("around Nov. 20", "2011-11-20"),
            ("since the 1950-53", "1950/1953")],
    "004": [("10/16/2023", "2023-10-16"), ("Last Friday", "2023-10-13"), ("several years", ""),
            ("August", "2023-08"), ("August 2023", "2023-08"), ("last September", "2023-09"),
            ("three years", "")],
}  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize("seed", sorted(SEED_EXPECTED))
def test_seed_dates_in_the_article(nlp, seed):
    """Rows inside the article text (page furniture is the cleaning stage's job)."""
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    raw = path.read_text(encoding="utf-8")
    rows = dates_in(nlp, raw, PUBLISHED[seed])
    assert all(raw[r.start : r.end] == r.mention for r in rows)
    assert {r.rules_version for r in rows} == {RULES_VERSION}
    furniture = {"Sunday, July 14, 2024", "June 27, 2024", "Sunday, September 8, 2024",
                 "May 14, 2024", "12/02/2016", "11/08/2017", "2005", "24/01/2006",
                 "24/08/2006", "27/09/2005"}  # fmt: skip
    article = [(r.mention, r.value) for r in rows if r.mention not in furniture]
    assert article == SEED_EXPECTED[seed]


@pytest.mark.parametrize("published", [None, date(2024, 3, 6)])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2017 police searched the village. The following spring an officer came back.",
         [("2017", "2017"), ("following spring", "2018-03/2018-05")]),
        ("She left in 2018, in mid-August, with a broker. They reached Laos that autumn.",
         [("2018", "2018"), ("mid-August", "2018-08-11/2018-08-20"),
          ("that autumn", "2018-09/2018-11")]),
        ("He was caught on June 3, 2019 and released the following week.",
         [("June 3, 2019", "2019-06-03"), ("following week", "2019-06-10/2019-06-16")]),
        ("Police came on June 3, 2019. The men were moved the same day.",
         [("June 3, 2019", "2019-06-03"), ("same day", "2019-06-03")]),
    ],
)  # fmt: skip
def test_story_dates_read_against_the_storys_last_date(nlp, text, expected, published):
    rows = dates_in(nlp, text, published)
    assert [(r.mention, r.value) for r in rows] == expected


def test_anaphor_without_an_earlier_date_stays_unresolved_with_a_note(nlp):
    [row] = dates_in(nlp, "Police arrived that winter.", date(2024, 3, 6))
    assert (row.value, row.note) == ("", "no earlier explicit date to refer to")


def test_a_since_year_does_not_place_a_later_month(nlp):
    rows = dates_in(nlp, "The post has been shut since 2009, and in March guards left.", MAY_14)
    assert [(r.mention, r.value) for r in rows] == [("since 2009", "2009"), ("March", "2024-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the first half of this year", "2021-01/2021-06"),
        ("second half of 2019", "2019-07/2019-12"),
    ],
)
def test_halves_of_a_year(text, value):
    assert resolve_date(text, date(2021, 7, 15), "past").value == value


def test_first_half_keeps_its_first(nlp):
    rows = dates_in(nlp, "Arrests rose in the first half of this year.", date(2021, 7, 15))
    assert [(r.mention, r.value) for r in rows] == [("first half of this year", "2021-01/2021-06")]


def test_day_number_left_out_by_the_model_is_taken_into_its_date(nlp):
    rows = dates_in(nlp, "8 November 2010 Brussels\n\nPolice said so.", date(2010, 11, 8))
    assert (rows[0].mention, rows[0].value) == ("8 November 2010", "2010-11-08")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2015 she crossed the river. She was caught the following March.",
         [("2015", "2015"), ("March", "2016-03")]),
        ("In 2019 they left for Laos. That December they reached Bangkok.",
         [("2019", "2019"), ("December", "2019-12")]),
        ("She was caught on 4 November 2014. Two days later she was moved.",
         [("4 November 2014", "2014-11-04"), ("Two days later", "2014-11-06")]),
        ("Since the summer of 2016 police have checked buses.",
         [("summer of 2016", "2016-06/2016-08")]),
    ],
)  # fmt: skip
def test_story_months_counts_later_and_seasons_of_a_year(nlp, text, expected):
    rows = dates_in(nlp, text, date(2020, 3, 3))
    assert [(r.mention, r.value) for r in rows] == expected


def test_undated_story_places_a_bare_month_in_the_year_of_its_last_date(nlp):
    text = "She was caught on 4 November 2014. In mid-December she was sent back."
    rows = dates_in(nlp, text, None)
    assert [(r.mention, r.value) for r in rows] == [
        ("4 November 2014", "2014-11-04"),
        ("mid-December", "2014-12-11/2014-12-20"),
    ]


def test_a_year_less_day_is_a_reference_for_a_count_later(nlp):
    text = "Police raided the shelter on September 12. Nine days later the men were sent back."
    rows = dates_in(nlp, text, date(2017, 10, 20))
    assert [(r.mention, r.value) for r in rows] == [
        ("September 12", "2017-09-12"),
        ("Nine days later", "2017-09-21"),
    ]


@pytest.mark.parametrize(
    "text",
    ["Officials said that may change soon.", "Rice prices that fall are good news for farmers."],
)
def test_ordinary_words_after_that_are_no_story_dates(nlp, text):
    assert dates_in(nlp, text, date(2020, 3, 3)) == []


@pytest.mark.parametrize(
    ("text", "mention", "value"),
    [
        ("Police came on September 12, 2019. The previous March they had searched the farm.",
         "March", "2019-03"),
        ("She crossed on January 20, 2019. That winter was the coldest in years.",
         "winter", "2018-12/2019-02"),
    ],
)  # fmt: skip
def test_previous_months_and_a_winter_across_the_new_year(nlp, text, mention, value):
    rows = dates_in(nlp, text, date(2020, 3, 3))
    assert [r.value for r in rows if r.mention.endswith(mention)] == [value]


def test_a_half_of_a_month_is_noted_not_narrowed():
    found = resolve_date("the second half of March", date(2021, 7, 15), "past")
    assert (found.value, "second half of" in found.note) == ("2021-03", True)


@pytest.mark.slow
def test_a_mention_is_read_against_its_feed_items_own_date(nlp):
    raw = (
        "Border desk\n\n"
        "Police held two women on Monday in Longjing.\n\n"
        "Guards sent three men back on Monday, a monitor said."
    )
    second = raw.index("Guards")
    article = Article(
        "feed", raw, Body.whole(raw), date(2024, 11, 8), anchors=((second, date(2024, 10, 30)),)
    )
    rows = extract_dates(nlp(raw), article)
    # the first item is read against the channel's date, the second against its own
    assert [(r.mention, r.value) for r in rows] == [
        ("Monday", "2024-11-04"),
        ("Monday", "2024-10-28"),
    ]


def test_feed_items_own_dates_are_found():
    feed = (
        "<rss><channel><pubDate>Fri, 08 Nov 2024 07:30:00 +0900</pubDate>"
        "<item><title>A</title><pubDate>Wed, 30 Oct 2024 09:00:00 +0900</pubDate></item>"
        "<item><title>B</title><pubDate>Wed, 31 Sep 2024</pubDate></item>"
        "<entry><title>C</title><updated>2024-10-01T08:00:00Z</updated>"
        "<source><updated>2023-01-15T08:00:00Z</updated></source></entry>"
        "</channel></rss>"
    )
    # an impossible date is none; a cited feed's <source> dates are not the entry's
    assert item_dates(feed) == (
        (feed.index("<item>"), date(2024, 10, 30)),
        (feed.index("<item><title>B"), None),
        (feed.index("<entry>"), date(2024, 10, 1)),
    )


@pytest.mark.slow
def test_an_item_with_no_date_of_its_own_is_read_against_the_feeds(nlp):
    raw = "Police held two women on Monday.\n\nGuards sent three men back on Monday."
    second = raw.index("Guards")
    anchors = ((0, date(2024, 10, 30)), (second, None))
    article = Article("feed", raw, Body.whole(raw), date(2024, 11, 8), anchors=anchors)
    rows = extract_dates(nlp(raw), article)
    assert [r.value for r in rows] == ["2024-10-28", "2024-11-04"]
