import re

import pytest

from nkreports.facts.counts.quantities import Quantity, quantity_regex, read_quantity
from nkreports.schema import Qualifier, Unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 30,000 and 50,000", Quantity(30000, 50000, "range")),
        ("from 10 to 20", Quantity(10, 20, "range")),
        ("at least 2,000", Quantity(2000, None, "at_least")),
        ("some 600", Quantity(600, 600, "approx")),
        ("More than 22,000", Quantity(22000, None, "more_than")),
        ("almost 98 per cent", Quantity(None, 98, "at_most", "percent")),
        ("up to 30%", Quantity(None, 30, "at_most", "percent")),
        ("hundreds", Quantity(200, None, "vague")),
        ("dozens", Quantity(24, None, "vague")),
        ("a handful", Quantity(None, None, "vague")),
        ("two-thirds", Quantity(66.67, 66.67, "exact", "percent")),
        ("thousands", Quantity(2000, None, "vague")),
        ("tens of thousands", Quantity(20000, None, "vague")),
        ("Hundreds of thousands", Quantity(200000, None, "vague")),
        ("10s of countless", Quantity(20000, None, "vague")),
        ("a large number", Quantity(None, None, "vague")),
        ("not even half", Quantity(None, 50, "less_than", "percent")),
        ("half", Quantity(50, 50, "exact", "percent")),
        ("19", Quantity(19, 19, "exact")),
        ("two", Quantity(2, 2, "exact")),
        ("a dozen", Quantity(12, 12, "exact")),
        ("1.5 million", Quantity(1_500_000, 1_500_000, "exact")),
        ("two hundred", Quantity(200, 200, "exact")),
        ("ten years", Quantity(10, 10, "exact", "years")),
        ("75 years", Quantity(75, 75, "exact", "years")),
        ("60-day", Quantity(60, 60, "exact", "days")),
        ("60- day", Quantity(60, 60, "exact", "days")),
        ("11-year-old", Quantity(11, 11, "exact", "years")),
        ("a decade", Quantity(10, 10, "exact", "years")),
        ("a decade or more", Quantity(10, None, "at_least", "years")),
        ("over a decade", Quantity(10, None, "more_than", "years")),
        ("more than ten years", Quantity(10, None, "more_than", "years")),
        ("thirties", Quantity(30, 39, "range", "years")),
        ("six months", Quantity(6, 6, "exact", "other")),
    ],
)
def test_read_quantity(text, expected):
    assert read_quantity(text) == expected


def test_read_quantity_speaks_the_schema_vocabularies():
    quantity = read_quantity("almost 98 per cent")
    assert quantity.qualifier is Qualifier.AT_MOST
    assert quantity.unit is Unit.PERCENT


TEXT = (
    "Estimates fall between 30,000 and 50,000; at least 2,000 and some 600 remain. "
    "Hundreds of thousands of families, 10s of countless defectors, not even half of them, "
    "the 60- day pass, an 11-year-old child, over a decade or more, a third country, "
    "COVID-19, A4-sized, 38th North, 12:00PM, 10/16/2023, a large number of people."
)


def test_quantity_regex_finds_phrases_and_skips_names():
    found = [m.group() for m in quantity_regex().finditer(TEXT)]
    assert found == [
        "between 30,000 and 50,000",
        "at least 2,000",
        "some 600",
        "Hundreds of thousands",
        "10s of countless",
        "not even half",
        "60- day",
        "11-year-old",
        "over a decade or more",
        "a large number",
    ]


def test_every_phrase_the_regex_knows_opens_with_a_word_character():
    # the regex's guard skips positions that are not a word's start: a phrase opening with
    # anything else would never be found
    from nkreports.facts.counts import lexicon

    lists = ("AGE_DECADES", "DURATION_WORDS", "FRACTION_WORDS", "NUMBER_WORDS")
    lists += ("QUALIFIER_WORDS", "SCALE_WORDS", "VAGUE_QUANTITIES")
    words = [w for name in lists for w in getattr(lexicon, name)]
    assert words and all(re.match(r"\w", w) for w in words)
