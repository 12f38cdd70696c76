"""EntityRuler patterns of the dates stage: spans the model misses, splits or mislabels.

They run before the NER and win overlaps (`nkreports.pipeline.load_nlp` adds them).
"""

from __future__ import annotations

from nkreports.ingest.datewords import MONTHS

UNITS = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]
DAY_RE = r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$"  # a day of the month, as one token


def duration_patterns() -> list[dict]:
    """Match lengths the model misses: "60- day", "60-day", "over a decade", "11-year-old"."""
    unit = {"LOWER": {"IN": UNITS}}
    hyphen = [{"LIKE_NUM": True}, {"ORTH": "-"}, unit]
    about = {"LOWER": {"IN": ["over", "nearly", "almost", "about", "around", "roughly", "some"]}}
    article = {"LOWER": {"IN": ["a", "an"]}}
    than = [{"LOWER": {"IN": ["more", "less"]}}, {"LOWER": "than"}]
    patterns = [
        [{"TEXT": {"REGEX": r"^\d+-$"}}, unit],
        hyphen,
        [*hyphen, {"ORTH": "-"}, {"LOWER": "old"}],
        [about, article, unit],
        [*than, article, unit],
        [about, article, unit, {"LOWER": "ago"}],
    ]
    return [{"label": "DATE", "pattern": p} for p in patterns]


def calendar_patterns() -> list[dict]:
    """Match dates the model misses: "24/01/2006", "12.05.2020", "April of in 2015"."""
    names = [m.capitalize() for m in MONTHS if len(m) > 3]
    numeric = r"^(\d{1,2}/\d{1,2}/(\d{2}|\d{4})|\d{1,2}\.\d{1,2}\.\d{4})$"
    patterns = [
        [{"TEXT": {"REGEX": numeric}}],
        [{"TEXT": {"IN": names}}, {"LOWER": {"IN": ["of", "in"]}, "OP": "+"}, {"SHAPE": "dddd"}],
    ]
    return [{"label": "DATE", "pattern": p} for p in patterns]


def span_patterns() -> list[dict]:
    """Match spans the model splits or misses: "from 2017 to 2019", "between April 2 and 9"."""
    year = {"SHAPE": "dddd"}
    month = {"LOWER": {"IN": sorted(MONTHS)}}
    day = {"TEXT": {"REGEX": DAY_RE}}
    link = {"LOWER": {"IN": ["to", "until", "till", "through", "and"]}}
    seasons = {"LOWER": {"IN": ["spring", "summer", "autumn", "winter"]}}  # not "the fall of"
    patterns = [
        [{"LOWER": {"IN": ["from", "between"]}}, year, link, year],
        [{"LOWER": "the"}, seasons],
        [{"LOWER": "between"}, month, day, {"LOWER": "and"}, day],
    ]
    return [{"label": "DATE", "pattern": p} for p in patterns]


def ruler_patterns() -> list[dict]:
    """Return this stage's EntityRuler patterns (they run before the NER and win overlaps)."""
    return duration_patterns() + calendar_patterns() + span_patterns()
