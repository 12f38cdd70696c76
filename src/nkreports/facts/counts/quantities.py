"""Read a quantity phrase ("between 30,000 and 50,000", "some 600", "hundreds") into numbers.

Pure text, no spaCy: `quantity_regex()` finds the phrases, `read_quantity()` reads one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Quantity:
    """A read quantity: bounds, how they are qualified, and the unit the phrase itself names."""

    low: float | None
    high: float | None
    qualifier: str  # exact | approx | at_least | at_most | more_than | less_than | range | vague
    unit: str = ""  # percent | years | days | other, or "" when the phrase names no unit


def number_words() -> dict[str, int]:
    """Spelled numbers: "two", "ten", "nineteen", "twenty", "a dozen", "a hundred"."""
    units = "zero one two three four five six seven eight nine ten eleven twelve thirteen"
    teens = "fourteen fifteen sixteen seventeen eighteen nineteen"
    tens = "twenty thirty forty fifty sixty seventy eighty ninety"
    words = {w: i for i, w in enumerate(f"{units} {teens}".split(" "))}
    words |= {w: 20 + 10 * i for i, w in enumerate(tens.split(" "))}
    return words | {"a dozen": 12, "dozen": 12, "a hundred": 100, "a thousand": 1000}


def scale_words() -> dict[str, int]:
    """Multipliers after a number: "2 million", "two hundred", "1.5 billion"."""
    return {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}


def vague_quantities() -> dict[str, float | None]:
    """Vague amounts read as their lowest plausible value: "hundreds", "tens of thousands".

    Follows ACLED's conservative rule ("if a vague estimate is provided, ACLED uses the most
    conservative estimate available", ACLED FAQ "Fatalities", 2023), applied to the plural:
    "hundreds" is at least two hundred. ACLED itself codes "hundreds" as 100 and "dozens" as 12.
    Machine paraphrase forms ("10s of countless" for "tens of thousands") read like the original.
    "a large number" has no plausible lower bound, so it stays empty.
    """
    return {
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


def fraction_words() -> dict[str, float]:
    """Fractions read as per cent (two decimals) before "of": "half of", "two-thirds of"."""
    return {"half": 50.0, "two-thirds": 66.67, "one-third": 33.33}


def duration_words() -> dict[str, Quantity]:
    """Durations spelled as words: "a decade or more", "for over a decade", "for decades"."""
    return {
        "a decade": Quantity(10.0, 10.0, "exact", "years"),
        "decades": Quantity(20.0, None, "vague", "years"),
    }


def qualifier_words() -> dict[str, str]:
    """Words before a number and the qualifier they give: "at least 2,000", "some 600", "almost 98".

    "almost"/"nearly" read as at_most: just under the figure, so it is the high bound only.
    "more than"/"over" keep the stated figure as an exclusive low bound (low=22000, no high).
    """
    return {
        "at least": "at_least",
        "no fewer than": "at_least",
        "no less than": "at_least",
        "a minimum of": "at_least",
        "at most": "at_most",
        "up to": "at_most",
        "no more than": "at_most",
        "as many as": "at_most",
        "more than": "more_than",
        "over": "more_than",
        "upwards of": "more_than",
        "in excess of": "more_than",
        "less than": "less_than",
        "fewer than": "less_than",
        "under": "less_than",
        "not even": "less_than",
        "some": "approx",
        "about": "approx",
        "around": "approx",
        "approximately": "approx",
        "roughly": "approx",
        "almost": "at_most",
        "nearly": "at_most",
        "just under": "at_most",
        "close to": "approx",
        "an estimated": "approx",
        "estimated": "approx",
    }


def trailing_qualifiers() -> dict[str, str]:
    """Words after a number and the qualifier they give: "a decade or more", "ten or fewer"."""
    return {
        "or more": "at_least",
        "or longer": "at_least",
        "or over": "at_least",
        "or less": "at_most",
        "or fewer": "at_most",
        "or under": "at_most",
    }


def age_decades() -> dict[str, tuple[float, float]]:
    """Decades of life read as an age range in years: "in her thirties", "his early twenties"."""
    words = ("twenties", "thirties", "forties", "fifties")
    words += ("sixties", "seventies", "eighties", "nineties")
    return {w: (20.0 + 10 * i, 29.0 + 10 * i) for i, w in enumerate(words)}


def unit_suffixes() -> dict[str, str]:
    """Units written after a number: "98 per cent", "ten years", "60-day", "11-year-old"."""
    return {
        "per cent": "percent",
        "percent": "percent",
        "%": "percent",
        "year-old": "years",
        "years-old": "years",
        "year": "years",
        "years": "years",
        "day": "days",
        "days": "days",
        "month": "other",
        "months": "other",
        "week": "other",
        "weeks": "other",
    }


def _alternation(words: object) -> str:
    """Regex alternation of phrases, longest first, spaces matching any run of blanks."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_DIGITS = r"(?<![\w/:.\-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w/:]|[.,]\d)"


@lru_cache(maxsize=1)
def quantity_regex() -> re.Pattern[str]:
    """Compile the one pattern that finds quantity phrases in text (case-insensitive)."""
    word = _alternation([*number_words(), *scale_words()])
    single = rf"(?:{_DIGITS}|\b(?:{word})\b)(?:\s+(?:{_alternation(scale_words())})\b)*"
    core = (
        rf"\b(?:{_alternation(vague_quantities())})\b|\b(?:{_alternation(duration_words())})\b"
        rf"|\b(?:{_alternation(age_decades())})\b"
        rf"|\b(?:{_alternation(fraction_words())})(?=\s+of\b)"
        rf"|\bbetween\s+{single}\s+and\s+{single}|\bfrom\s+{single}\s+to\s+{single}"
        rf"|{single}\s*(?:-|–|\bto\b)\s*{single}|{single}"
    )
    qualifier = rf"(?:\b(?:{_alternation(qualifier_words())})\s+)?"
    units = _alternation(unit_suffixes())
    unit = rf"(?:\s*-\s*(?:{units})\b|\s+(?:{units})\b|\s*%)?"
    trailing = rf"(?:\s+(?:{_alternation(trailing_qualifiers())})\b)?"
    return re.compile(rf"{qualifier}(?:{core}){unit}{trailing}", re.IGNORECASE)


def _number(text: str) -> float | None:
    """One number in digits or words, with scale words: "22,000", "ten", "1.5 million"."""
    words, scales = number_words(), scale_words()
    value: float | None = None
    for part in re.split(r"\s+", text.strip().lower().removeprefix("a ")):
        if re.fullmatch(r"[\d,]+(?:\.\d+)?", part):
            value = float(part.replace(",", ""))
        elif part in scales:
            value = (value or 1) * scales[part]
        elif part in words:
            value = float(words[part])
    return value


def _split_unit(text: str) -> tuple[str, str]:
    """Split off the unit: "98 per cent" -> ("98", "percent"), "60- day" -> ("60", "days")."""
    units = unit_suffixes()
    match = re.search(rf"\s*(?:-\s*)?({_alternation(units)})$", text, re.IGNORECASE)
    if not match:
        return text, ""
    return text[: match.start()], units[re.sub(r"\s+", " ", match.group(1).lower())]


def _split_qualifier(text: str) -> tuple[str, str]:
    """Split off the qualifier: "at least 2,000" -> ("at least", "2,000"), "19" -> ("", "19")."""
    lowered = text.lower()
    for phrase in sorted(qualifier_words(), key=len, reverse=True):
        if lowered.startswith(phrase + " "):
            return phrase, text[len(phrase) + 1 :].strip()
    return "", text


def _split_trailing(text: str) -> tuple[str, str]:
    """Split off a trailing qualifier: "a decade or more" -> ("a decade", "or more")."""
    for phrase in trailing_qualifiers():
        if text.lower().endswith(" " + phrase):
            return text[: -len(phrase) - 1], phrase
    return text, ""


def read_quantity(text: str) -> Quantity:
    """Read "between 30,000 and 50,000", "at least 2,000", "some 600", "hundreds", "half"."""
    text, after = _split_trailing(" ".join(text.split()))
    body, unit = _split_unit(text)
    phrase, rest = _split_qualifier(body)
    core = _read_core(rest, unit)
    qualifier = qualifier_words().get(phrase) or trailing_qualifiers().get(after)
    if qualifier is None or core.qualifier in ("range", "vague"):
        return core
    if qualifier in ("at_least", "more_than"):
        return Quantity(core.low, None, qualifier, core.unit)
    if qualifier in ("at_most", "less_than"):
        return Quantity(None, core.high, qualifier, core.unit)
    return Quantity(core.low, core.high, qualifier, core.unit)


def _read_core(text: str, unit: str) -> Quantity:
    """Read a quantity without its qualifier: a range, a vague amount, a fraction, a number."""
    lowered = " ".join(text.lower().split())
    if lowered in duration_words():
        return duration_words()[lowered]
    if lowered in vague_quantities():
        return Quantity(vague_quantities()[lowered], None, "vague", unit)
    if lowered in age_decades():
        return Quantity(*age_decades()[lowered], "range", "years")
    if lowered in fraction_words():
        return Quantity(fraction_words()[lowered], fraction_words()[lowered], "exact", "percent")
    bounds = re.fullmatch(
        r"(?:between\s+(.+?)\s+and|from\s+(.+?)\s+to|(.+?)\s*(?:-|–|\bto\b))\s*(.+)", lowered
    )
    if bounds and _number(bounds.group(4)) is not None:
        first = next(g for g in bounds.groups()[:3] if g)
        return Quantity(_number(first), _number(bounds.group(4)), "range", unit)
    value = _number(lowered)
    return Quantity(value, value, "exact", unit)
