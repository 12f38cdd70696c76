"""Relative point rules: each rule family on the phrasings its docstring names, exact values."""

from datetime import date

import pytest

from nkreports.facts.dates.months import (
    day_of_month_rule,
    month_of_year_rule,
    month_rule,
    season_rule,
)
from nkreports.facts.dates.relative import (
    NO_ANCHOR,
    ago_rule,
    deictic_rule,
    pick,
    weekday_rule,
)

MAY_14 = date(2024, 5, 14)  # a Tuesday
OCT_16 = date(2023, 10, 16)  # a Monday
JUN_22 = date(2020, 6, 22)
NOV_11 = date(2011, 11, 11)


@pytest.mark.parametrize(
    ("tense", "strict", "expected"),
    [
        ("past", False, (date(2024, 5, 14), "past")),
        ("past", True, (date(2024, 5, 1), "past")),
        ("future", True, (date(2024, 6, 1), "future")),
        ("", False, (date(2024, 5, 14), "")),
        ("present", True, (date(2024, 5, 14), "")),
    ],
)
def test_pick_by_tense_then_nearest(tense, strict, expected):
    cands = [date(2024, 5, 1), date(2024, 5, 14), date(2024, 6, 1)]
    assert pick(cands, MAY_14, tense, strict) == expected


@pytest.mark.parametrize(
    ("rule", "text", "anchor", "tense", "expected"),
    [
        (
            ago_rule,
            "a few days ago",
            JUN_22,
            "",
            "relative 2020-06-15/2020-06-21 interval ago_vague",
        ),
        (ago_rule, "two weeks ago", MAY_14, "", "relative 2024-04-30 day ago"),
        (ago_rule, "3 months ago", MAY_14, "", "relative 2024-02 month ago"),
        (ago_rule, "ten years ago", MAY_14, "", "relative 2014 year ago"),
        (deictic_rule, "yesterday", NOV_11, "", "relative 2011-11-10 day deictic_day"),
        (deictic_rule, "last night", MAY_14, "", "relative 2024-05-13 day deictic_day"),
        (deictic_rule, "this morning", MAY_14, "", "relative 2024-05-14 day deictic_day"),
        (deictic_rule, "this month", NOV_11, "future", "relative 2011-11 month deictic_this_month"),
        (deictic_rule, "last month", NOV_11, "", "relative 2011-10 month deictic_last_month"),
        (
            deictic_rule,
            "last month",
            date(2024, 1, 5),
            "",
            "relative 2023-12 month deictic_last_month",
        ),
        (
            deictic_rule,
            "earlier this month",
            date(2024, 6, 27),
            "",
            "relative 2024-06-01/2024-06-27 interval deictic_earlier_month",
        ),
        (
            deictic_rule,
            "previously this month",
            JUN_22,
            "",
            "relative 2020-06-01/2020-06-22 interval deictic_previously_month",
        ),
        (
            deictic_rule,
            "later this year",
            MAY_14,
            "",
            "relative 2024-05-14/2024-12-31 interval deictic_later_year",
        ),
        (
            deictic_rule,
            "last week",
            OCT_16,
            "",
            "relative 2023-10-09/2023-10-15 interval deictic_last_week",
        ),
        (deictic_rule, "next year", MAY_14, "", "relative 2025 year deictic_next_year"),
        (weekday_rule, "last friday", OCT_16, "", "relative 2023-10-13 day weekday_last"),
        (
            weekday_rule,
            "monday",
            date(2024, 6, 27),
            "past",
            "relative 2024-06-24 day weekday_tense",
        ),
        (
            weekday_rule,
            "monday",
            date(2024, 6, 27),
            "future",
            "relative 2024-07-01 day weekday_tense",
        ),
        (weekday_rule, "next tuesday", MAY_14, "", "relative 2024-05-21 day weekday_next"),
        (season_rule, "last summer", MAY_14, "", "relative 2023-06/2023-08 season season_last"),
        (
            season_rule,
            "last summer",
            date(2024, 9, 2),
            "",
            "relative 2024-06/2024-08 season season_last",
        ),
        (season_rule, "last winter", MAY_14, "", "relative 2023-12/2024-02 season season_last"),
        (season_rule, "this summer", MAY_14, "", "relative 2024-06/2024-08 season season_this"),
        (season_rule, "spring", MAY_14, "past", "season 2024-03/2024-05 season season_tense"),
        (season_rule, "summer 2023", None, "", "season 2023-06/2023-08 season season_tense"),
        (month_rule, "last october", MAY_14, "", "relative 2023-10 month month_last"),
        (month_rule, "last september", OCT_16, "", "relative 2023-09 month month_last"),
        (month_rule, "last may", MAY_14, "", "relative 2023-05 month month_last"),
        (month_rule, "next january", MAY_14, "", "relative 2025-01 month month_next"),
        (month_rule, "august", OCT_16, "past", "month 2023-08 month month_tense"),
        (month_rule, "august", MAY_14, "future", "month 2024-08 month month_tense"),
        (month_rule, "january", JUN_22, "past", "month 2020-01 month month_tense"),
    ],
)
def test_point_rules(rule, text, anchor, tense, expected):
    found = rule(text, anchor, tense, "MDY")
    assert " ".join((found.kind, found.value, found.granularity, found.rule)) == expected
    assert found.anchor == (anchor.isoformat() if anchor else "")


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        (deictic_rule, "yesterday"),
        (deictic_rule, "this month"),
        (ago_rule, "a few days ago"),
        (weekday_rule, "last friday"),
        (season_rule, "last summer"),
        (month_rule, "last october"),
        (month_rule, "august"),
        (month_of_year_rule, "april last year"),
    ],
)
def test_without_publication_date_relative_stays_unresolved(rule, text):
    found = rule(text, None, "past", "MDY")
    assert (found.value, found.anchor, found.tense, found.note) == ("", "", "", NO_ANCHOR)
    assert found.kind


THU_MAY_16 = date(2024, 5, 16)  # a Thursday
SEP_2 = date(2024, 9, 2)  # after spring, before winter


@pytest.mark.parametrize(
    ("rule", "text", "anchor", "tense", "expected"),
    [
        (month_of_year_rule, "april last year", THU_MAY_16, "", "2023-04 month month_last_year"),
        (month_of_year_rule, "october last year", JUN_22, "", "2019-10 month month_last_year"),
        (month_of_year_rule, "october of last year", JUN_22, "", "2019-10 month month_last_year"),
        (month_of_year_rule, "in may this year", NOV_11, "past", "2011-05 month month_this_year"),
        (month_of_year_rule, "march next year", NOV_11, "", "2012-03 month month_next_year"),
        (ago_rule, "two years ago", THU_MAY_16, "", "2022 year ago"),
        (ago_rule, "three months ago", THU_MAY_16, "", "2024-02 month ago"),
        (ago_rule, "a week ago", THU_MAY_16, "", "2024-05-09 day ago"),
        (weekday_rule, "last thursday", THU_MAY_16, "", "2024-05-09 day weekday_last"),
        (weekday_rule, "last thursday", MAY_14, "", "2024-05-09 day weekday_last"),
        (season_rule, "this spring", THU_MAY_16, "future", "2024-03/2024-05 season season_this"),
        (season_rule, "this spring", SEP_2, "past", "2024-03/2024-05 season season_this"),
        (season_rule, "this spring", SEP_2, "", "2024-03/2024-05 season season_this"),
        (season_rule, "this spring", SEP_2, "future", "2025-03/2025-05 season season_this"),
        (season_rule, "this spring", date(2024, 1, 10), "", "2024-03/2024-05 season season_this"),
        (season_rule, "this winter", date(2024, 1, 10), "", "2023-12/2024-02 season season_this"),
        (season_rule, "this winter", SEP_2, "", "2024-12/2025-02 season season_this"),
        (
            deictic_rule,
            "earlier this week",
            THU_MAY_16,
            "",
            "2024-05-13/2024-05-16 interval deictic_earlier_week",
        ),
        (
            deictic_rule,
            "later this week",
            THU_MAY_16,
            "",
            "2024-05-16/2024-05-19 interval deictic_later_week",
        ),
        (
            deictic_rule,
            "this week",
            THU_MAY_16,
            "",
            "2024-05-13/2024-05-16 interval deictic_this_week",
        ),
        (deictic_rule, "this week", THU_MAY_16, "future",
         "2024-05-16/2024-05-19 interval deictic_this_week"),
        (deictic_rule, "early this week", THU_MAY_16, "past",
         "2024-05-13/2024-05-16 interval deictic_early_week"),
        (deictic_rule, "this week", MAY_14, "past",
         "2024-05-13/2024-05-14 interval deictic_this_week"),
        (month_of_year_rule, "march 1 of last year", THU_MAY_16, "",
         "2023-03-01 day day_last_year"),
        (month_of_year_rule, "on june 30 last year", NOV_11, "", "2010-06-30 day day_last_year"),
        (month_of_year_rule, "february 29 of last year", MAY_14, "", " day day_last_year"),
        (day_of_month_rule, "12 of this month", THU_MAY_16, "", "2024-05-12 day day_of_this_month"),
        (day_of_month_rule, "3 of last month", THU_MAY_16, "", "2024-04-03 day day_of_last_month"),
        (day_of_month_rule, "31 of last month", THU_MAY_16, "", " day day_of_last_month"),
        (day_of_month_rule, "2 of next month", NOV_11, "", "2011-12-02 day day_of_next_month"),
        (day_of_month_rule, "5 of last month", date(2024, 1, 9), "",
         "2023-12-05 day day_of_last_month"),
    ],
)  # fmt: skip
def test_relative_rules_read_from_the_anchor(rule, text, anchor, tense, expected):
    found = rule(text, anchor, tense, "MDY")
    assert (found.kind, found.anchor) == ("relative", anchor.isoformat())
    assert " ".join((found.value, found.granularity, found.rule)) == expected


TUE_JUN_4 = date(2024, 6, 4)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("tuesday", "past", "2024-06-04 past"),  # the publication day itself
        ("tuesday", "present", "2024-06-04 present"),
        ("monday", "past", "2024-06-03 past"),
        ("wednesday", "past", "2024-05-29 past"),
        ("wednesday", "present", "2024-05-29 present"),
        ("tuesday", "future", "2024-06-11 future"),
        ("wednesday", "future", "2024-06-05 future"),
        ("tuesday", "", "2024-06-04 "),
        ("monday", "", "2024-06-03 "),
        ("thursday", "", "2024-06-06 "),
        ("last tuesday", "past", "2024-05-28 "),
        ("last friday", "", "2024-05-31 "),
        ("next tuesday", "", "2024-06-11 "),
        ("thursday night", "past", "2024-05-30 past"),
        ("monday morning", "past", "2024-06-03 past"),
        ("sunday evening", "future", "2024-06-09 future"),
        ("tuesday afternoon", "past", "2024-06-04 past"),
        ("last friday night", "", "2024-05-31 "),
    ],
)
def test_weekday_includes_the_publication_day(text, tense, expected):
    """AP / HeidelTime news convention: the last seven days, the publication day included."""
    found = weekday_rule(text, TUE_JUN_4, tense, "MDY")
    assert (found.kind, found.granularity) == ("relative", "day")
    assert f"{found.value} {found.tense}" == expected
