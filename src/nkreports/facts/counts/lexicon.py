"""The counts stage's lexicon: every word list it reads, built once as frozen data.

Mappings are read-only (`types.MappingProxyType`), sets are frozensets, ordered lists are
tuples. Qualifiers and units are the `schema.Qualifier` and `schema.Unit` vocabularies.
`quantities`, `counted` and `mentions` import these constants and retype no word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

from nkreports.schema import Qualifier, Unit

_V = TypeVar("_V")


def _by_phrase(readings: Iterable[tuple[_V, tuple[str, ...]]]) -> Mapping[str, _V]:
    """Map each phrase to its reading, from runs of phrases that share one, in order."""
    return MappingProxyType({phrase: value for value, phrases in readings for phrase in phrases})


def _words(text: str) -> tuple[str, ...]:
    """Split a blank-separated list of words, kept in the order written."""
    return tuple(text.split())


_ONES = _words("zero one two three four five six seven eight nine ten eleven twelve thirteen")
_TEENS = _words("fourteen fifteen sixteen seventeen eighteen nineteen")
_TENS = _words("twenty thirty forty fifty sixty seventy eighty ninety")

# Spelled numbers: "two", "ten", "nineteen", "twenty", "a dozen", "a hundred".
NUMBER_WORDS: Mapping[str, int] = MappingProxyType(
    {word: i for i, word in enumerate([*_ONES, *_TEENS])}
    | {word: 20 + 10 * i for i, word in enumerate(_TENS)}
    | {"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000}
)

# Multipliers after a number: "2 million", "two hundred", "1.5 billion".
SCALE_WORDS: Mapping[str, int] = MappingProxyType(
    {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
)

# Vague amounts at their lowest plausible value, after ACLED's conservative rule ("if a vague
# estimate is provided, ACLED uses the most conservative estimate available", ACLED FAQ
# "Fatalities", 2023) applied to the plural: "hundreds" is at least two hundred. ACLED itself
# codes "hundreds" as 100 and "dozens" as 12. Machine paraphrases ("10s of countless" for "tens
# of thousands") read like the original; "a large number" has no plausible lower bound.
VAGUE_QUANTITIES: Mapping[str, float | None] = MappingProxyType(
    {
        "hundreds of thousands": 200_000.0,
        "tens of thousands": 20_000.0,
        "10s of thousands": 20_000.0,
        "tens": 20.0,
        "10s of countless": 20_000.0,
        "tens of countless": 20_000.0,
        "hundreds of countless": 200_000.0,
        "millions": 2_000_000.0,
        "thousands": 2_000.0,
        "hundreds": 200.0,
        "dozens": 24.0,
        "scores": 40.0,
        "a large number": None,
        "large numbers": None,
        "a handful": None,
    }
)

# Fractions before "of", read as per cent with two decimals: "half of", "two-thirds of".
FRACTION_WORDS: Mapping[str, float] = MappingProxyType(
    {"half": 50.0, "two-thirds": 66.67, "one-third": 33.33}
)

# Durations spelled as words, as (low, high, qualifier, unit): "a decade or more", "for decades";
# "decades", like "hundreds", is read as at least two of them.
DURATION_WORDS: Mapping[str, tuple[float, float | None, Qualifier, Unit]] = MappingProxyType(
    {
        "a decade": (10.0, 10.0, Qualifier.EXACT, Unit.YEARS),
        "decades": (20.0, None, Qualifier.VAGUE, Unit.YEARS),
    }
)

# Words before a number and the qualifier they give: "at least 2,000", "some 600", "almost 98".
# "more than"/"over" keep the figure as an exclusive low bound (low=22000, no high).
QUALIFIER_WORDS: Mapping[str, Qualifier] = _by_phrase(
    [
        (Qualifier.AT_LEAST, ("at least", "no fewer than", "no less than", "a minimum of")),
        (Qualifier.AT_MOST, ("at most", "up to", "no more than", "as many as")),
        (Qualifier.MORE_THAN, ("more than", "over", "upwards of", "in excess of")),
        (Qualifier.LESS_THAN, ("less than", "fewer than", "under", "not even")),
        (Qualifier.APPROX, ("some", "about", "around", "approximately", "roughly")),
        # "almost"/"nearly": just under the figure, so the figure is the high bound only.
        (Qualifier.AT_MOST, ("almost", "nearly", "just under")),
        (Qualifier.APPROX, ("close to", "an estimated", "estimated")),
    ]
)

# Words after a number and the qualifier they give: "a decade or more", "ten or fewer".
TRAILING_QUALIFIERS: Mapping[str, Qualifier] = _by_phrase(
    [
        (Qualifier.AT_LEAST, ("or more", "or longer", "or over")),
        (Qualifier.AT_MOST, ("or less", "or fewer", "or under")),
    ]
)

_DECADES = _words("twenties thirties forties fifties sixties seventies eighties nineties")

# Decades of life as an age range in years: "in her thirties", "his early twenties".
AGE_DECADES: Mapping[str, tuple[float, float]] = MappingProxyType(
    {word: (20.0 + 10 * i, 29.0 + 10 * i) for i, word in enumerate(_DECADES)}
)

# Units written after a number: "98 per cent", "ten years", "60-day", "11-year-old"; months and
# weeks have no unit of their own in the schema, so they are "other".
UNIT_SUFFIXES: Mapping[str, Unit] = _by_phrase(
    [
        (Unit.PERCENT, ("per cent", "percent", "%")),
        (Unit.YEARS, ("year-old", "years-old", "year", "years")),
        (Unit.DAYS, ("day", "days")),
        (Unit.OTHER, ("month", "months", "week", "weeks")),
    ]
)

# Endings that make a number an age: "11-year-old", "a 30-years-old woman".
AGE_SUFFIXES: tuple[str, ...] = ("year-old", "years-old")

# Words that put an age decade in a life: "her early thirties", "in his late forties".
AGE_STAGES = frozenset({"early", "mid", "late"})

# Nouns (lemmas or plurals) that make a count one of people: "19 defectors", "two pastors".
# A family is a household, not a person: "three families" is counted with unit other.
PERSON_NOUNS = frozenset(
    _words(
        "defector refugee escapee deserter returnee overstayer crosser migrant fugitive "
        "people person individual man woman child member citizen national resident "
        "koreans traveler traveller worker laborer labourer student soldier civilian official "
        "prisoner detainee victim inmate captive source informant witness pastor missionary "
        "broker smuggler activist guard agent wife mother daughter son girl boy bride relative"
    )
)

# Nouns that wrap a count and carry its role: "A group of 19", "A total of 20".
CONTAINER_NOUNS = frozenset({"group", "total", "number", "batch"})

# Prepositions whose object counts the noun they hang on: "defectors, including two".
INCLUDING_WORDS = frozenset({"including", "among"})

# Pronouns after "of" that make a count part of a group named before: "two of whom".
PARTITIVE_PRONOUNS = frozenset({"them", "whom", "us"})

# Words skipped between a quantity and its noun: "hundreds of the refugees", "two of their sons".
SKIPPED_BEFORE_NOUN = frozenset({"of", "the", "their", "these", "those", "our", "its"})

# Verbs that say nothing of what happened to the counted: "19 were", "they have 20".
LIGHT_VERBS = frozenset({"be", "have"})

# Words that make "one" a pronoun, not a count: "no one", "the one", "each one".
PRONOUN_ONES = frozenset({"no", "any", "every", "each", "the", "this", "that", "which", "some"})

# Word starts that make a DATE a point in time: months ("jan" for "January") and seasons.
CALENDAR_WORDS = _words(
    "jan feb mar apr may jun jul aug sep oct nov dec spring summer autumn fall winter"
)

# Relative words that make a DATE a point in time: "last October", "two years ago".
RELATIVE_DATE_WORDS = _words("yesterday today tomorrow last this next ago earlier later recent")
