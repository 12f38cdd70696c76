"""Read a quantity phrase ("between 30,000 and 50,000", "some 600", "hundreds") into numbers.

Pure text, no spaCy: `quantity_regex()` finds the phrases, `read_quantity()` reads one; the
words they know are in `lexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nkreports.facts.counts.lexicon import (
    AGE_DECADES,
    DURATION_WORDS,
    FRACTION_WORDS,
    NUMBER_WORDS,
    QUALIFIER_WORDS,
    SCALE_WORDS,
    TRAILING_QUALIFIERS,
    UNIT_SUFFIXES,
    VAGUE_QUANTITIES,
)
from nkreports.schema import Qualifier, Unit


@dataclass(frozen=True)
class Quantity:
    """A read quantity: bounds, how they are qualified, and the unit the phrase itself names."""

    low: float | None
    high: float | None
    qualifier: Qualifier
    unit: Unit | str = ""  # "" when the phrase names no unit


def _alternation(words: object) -> str:
    """Regex alternation of phrases, longest first, spaces matching any run of blanks."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_DIGITS = r"(?<![\w/:.\-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w/:]|[.,]\d)"


@lru_cache(maxsize=1)
def quantity_regex() -> re.Pattern[str]:
    """Compile the one pattern that finds quantity phrases in text (case-insensitive)."""
    word = _alternation([*NUMBER_WORDS, *SCALE_WORDS])
    single = rf"(?:{_DIGITS}|\b(?:{word})\b)(?:\s+(?:{_alternation(SCALE_WORDS)})\b)*"
    core = (
        rf"\b(?:{_alternation(VAGUE_QUANTITIES)})\b|\b(?:{_alternation(DURATION_WORDS)})\b"
        rf"|\b(?:{_alternation(AGE_DECADES)})\b"
        rf"|\b(?:{_alternation(FRACTION_WORDS)})(?=\s+of\b)"
        rf"|\bbetween\s+{single}\s+and\s+{single}|\bfrom\s+{single}\s+to\s+{single}"
        rf"|{single}\s*(?:-|–|\bto\b)\s*{single}|{single}"
    )
    qualifier = rf"(?:\b(?:{_alternation(QUALIFIER_WORDS)})\s+)?"
    units = _alternation(UNIT_SUFFIXES)
    unit = rf"(?:\s*-\s*(?:{units})\b|\s+(?:{units})\b|\s*%)?"
    trailing = rf"(?:\s+(?:{_alternation(TRAILING_QUALIFIERS)})\b)?"
    # every phrase opens with a letter or digit after no word character: the guard says so first,
    # so that the many positions inside words fail at once (the same matches, in half the time)
    guard = r"(?<!\w)(?=\w)"
    return re.compile(rf"{guard}{qualifier}(?:{core}){unit}{trailing}", re.IGNORECASE)


def _number(text: str) -> float | None:
    """One number in digits or words, with scale words: "22,000", "ten", "1.5 million"."""
    value: float | None = None
    for part in re.split(r"\s+", text.strip().lower().removeprefix("a ")):
        if re.fullmatch(r"[\d,]+(?:\.\d+)?", part):
            value = float(part.replace(",", ""))
        elif part in SCALE_WORDS:
            value = (value or 1) * SCALE_WORDS[part]
        elif part in NUMBER_WORDS:
            value = float(NUMBER_WORDS[part])
    return value


@lru_cache(maxsize=1)
def _unit_regex() -> re.Pattern[str]:
    """Compile the pattern of a unit closing a phrase: "98 per cent", "60- day"."""
    return re.compile(rf"\s*(?:-\s*)?({_alternation(UNIT_SUFFIXES)})$", re.IGNORECASE)


def _split_unit(text: str) -> tuple[str, Unit | str]:
    """Split off the unit: "98 per cent" -> ("98", "percent"), "60- day" -> ("60", "days")."""
    match = _unit_regex().search(text)
    if not match:
        return text, ""
    return text[: match.start()], UNIT_SUFFIXES[re.sub(r"\s+", " ", match.group(1).lower())]


_QUALIFIERS_LONGEST_FIRST = tuple(sorted(QUALIFIER_WORDS, key=len, reverse=True))


def _split_qualifier(text: str) -> tuple[str, str]:
    """Split off the qualifier: "at least 2,000" -> ("at least", "2,000"), "19" -> ("", "19")."""
    lowered = text.lower()
    for phrase in _QUALIFIERS_LONGEST_FIRST:
        if lowered.startswith(phrase + " "):
            return phrase, text[len(phrase) + 1 :].strip()
    return "", text


def _split_trailing(text: str) -> tuple[str, str]:
    """Split off a trailing qualifier: "a decade or more" -> ("a decade", "or more")."""
    for phrase in TRAILING_QUALIFIERS:
        if text.lower().endswith(" " + phrase):
            return text[: -len(phrase) - 1], phrase
    return text, ""


def read_quantity(text: str) -> Quantity:
    """Read "between 30,000 and 50,000", "at least 2,000", "some 600", "hundreds", "half"."""
    text, after = _split_trailing(" ".join(text.split()))
    body, unit = _split_unit(text)
    phrase, rest = _split_qualifier(body)
    core = _read_core(rest, unit)
    qualifier = QUALIFIER_WORDS.get(phrase) or TRAILING_QUALIFIERS.get(after)
    if qualifier is None or core.qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        return core
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return Quantity(core.low, None, qualifier, core.unit)
    if qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return Quantity(None, core.high, qualifier, core.unit)
    return Quantity(core.low, core.high, qualifier, core.unit)


_BOUNDS = re.compile(r"(?:between\s+(.+?)\s+and|from\s+(.+?)\s+to|(.+?)\s*(?:-|–|\bto\b))\s*(.+)")


def _read_core(text: str, unit: Unit | str) -> Quantity:
    """Read a quantity without its qualifier: a range, a vague amount, a fraction, a number."""
    lowered = " ".join(text.lower().split())
    if lowered in DURATION_WORDS:
        return Quantity(*DURATION_WORDS[lowered])
    if lowered in VAGUE_QUANTITIES:
        return Quantity(VAGUE_QUANTITIES[lowered], None, Qualifier.VAGUE, unit)
    if lowered in AGE_DECADES:
        return Quantity(*AGE_DECADES[lowered], Qualifier.RANGE, Unit.YEARS)
    if lowered in FRACTION_WORDS:
        share = FRACTION_WORDS[lowered]
        return Quantity(share, share, Qualifier.EXACT, Unit.PERCENT)
    bounds = _BOUNDS.fullmatch(lowered)
    if bounds and _number(bounds.group(4)) is not None:
        first = next(g for g in bounds.groups()[:3] if g)
        return Quantity(_number(first), _number(bounds.group(4)), Qualifier.RANGE, unit)
    value = _number(lowered)
    return Quantity(value, value, Qualifier.EXACT, unit)
