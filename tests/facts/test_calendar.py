"""Calendar rules: each rule family on the phrasings its docstring names, exact values."""

from datetime import date

import pytest

from nkreports.facts.dates.calendar import date_rule, day_range_rule, year_rule
from nkreports.facts.dates.relative import NO_ANCHOR, UNDECIDED, Resolution

MAY_14 = date(2024, 5, 14)  # a Tuesday
JUN_22 = date(2020, 6, 22)
NOV_11 = date(2011, 11, 11)


@pytest.mark.parametrize(
    ("rule", "text", "anchor", "tense", "expected"),
    [
        (year_rule, "2009", None, "", "year 2009 year year"),
        (year_rule, "1950-53", None, "", "range 1950/1953 interval year_range"),
        (year_rule, "2019-20", None, "", "range 2019/2020 interval year_range"),
        (year_rule, "1950-1953", None, "", "range 1950/1953 interval year_range"),
        (year_rule, "1990s", None, "", "year 1990/1999 interval decade"),
        (
            day_range_rule,
            "april 11-13",
            MAY_14,
            "past",
            "range 2024-04-11/2024-04-13 interval day_range_tense",
        ),
        (
            day_range_rule,
            "april 11 to 13",
            date(2024, 3, 1),
            "future",
            "range 2024-04-11/2024-04-13 interval day_range_tense",
        ),
        (
            day_range_rule,
            "11-13 april 2021",
            None,
            "",
            "range 2021-04-11/2021-04-13 interval day_range",
        ),
        (date_rule, "sunday july 14 2024", None, "", "date 2024-07-14 day full_date"),
        (date_rule, "14 july 2024", None, "", "date 2024-07-14 day full_date"),
        (date_rule, "2024-07-14", None, "", "date 2024-07-14 day iso_date"),
        (date_rule, "nov 20 2011", None, "", "date 2011-11-20 day full_date"),
        (date_rule, "june 18", JUN_22, "past", "date 2020-06-18 day month_day_tense"),
        (date_rule, "nov 20", NOV_11, "future", "date 2011-11-20 day month_day_tense"),
        (date_rule, "dec 30", date(2024, 1, 3), "past", "date 2023-12-30 day month_day_tense"),
        (date_rule, "august 2023", None, "", "month 2023-08 month month_year"),
    ],
)
def test_calendar_rules(rule, text, anchor, tense, expected):
    found = rule(text, anchor, tense, "MDY")
    assert " ".join((found.kind, found.value, found.granularity, found.rule)) == expected
    assert found.anchor == (anchor.isoformat() if anchor else "")


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("10/16/2023", "MDY", ("2023-10-16", "read as MDY")),
        ("10/06/2023", "DMY", ("2023-06-10", "read as DMY")),
        ("10/06/2023", "MDY", ("2023-10-06", "read as MDY")),
        ("24/01/2006", "MDY", ("2006-01-24", "not a valid MDY date: read the other way")),
        ("3/4/99", "MDY", ("1999-03-04", "read as MDY")),
        ("12.05.2020", "DMY", ("2020-05-12", "read as DMY")),
    ],
)
def test_numeric_dates_follow_the_page_order(text, order, expected):
    found = date_rule(text, None, "", order)
    assert (found.value, found.note) == expected
    assert (found.kind, found.granularity, found.rule) == ("date", "day", "numeric_date")


def test_tense_recorded_only_when_it_decided():
    decided = date_rule("june 18", JUN_22, "past", "MDY")
    nearest = date_rule("june 18", JUN_22, "", "MDY")
    assert (decided.tense, decided.note, decided.anchor) == ("past", "", "2020-06-22")
    assert (nearest.value, nearest.tense, nearest.note) == ("2020-06-18", "", UNDECIDED)


@pytest.mark.parametrize(
    ("rule", "text"), [(day_range_rule, "april 11-13"), (date_rule, "june 18")]
)
def test_without_publication_date_year_less_days_stay_unresolved(rule, text):
    found = rule(text, None, "past", "MDY")
    assert (found.value, found.anchor, found.tense, found.note) == ("", "", "", NO_ANCHOR)
    assert found.kind


def test_invalid_calendar_dates_are_flagged_not_guessed():
    assert date_rule("february 30 2023", None, "", "MDY") == Resolution(
        "date", "", "day", rule="full_date", note="not a valid calendar date"
    )
    assert date_rule("february 29", date(2023, 3, 1), "past", "MDY").value == "2024-02-29"


@pytest.mark.parametrize(
    ("text", "anchor", "tense", "expected"),
    [
        ("april 2-9", MAY_14, "past", "2024-04-02/2024-04-09"),
        ("from april 2-9", MAY_14, "past", "2024-04-02/2024-04-09"),
        ("between april 2 and 9", MAY_14, "past", "2024-04-02/2024-04-09"),
        ("between april 2 and 9", date(2024, 3, 1), "future", "2024-04-02/2024-04-09"),
        ("from june 3 to 7 2021", None, "", "2021-06-03/2021-06-07"),
    ],
)
def test_day_ranges_after_a_preposition(text, anchor, tense, expected):
    found = day_range_rule(text, anchor, tense, "MDY")
    assert (found.kind, found.value) == ("range", expected)


def test_and_without_between_is_not_a_range():
    assert day_range_rule("march 3 and 5", MAY_14, "past", "MDY") is None
