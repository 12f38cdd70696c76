"""Dates: spaCy DATE/TIME spans of an article in, `DateMention` rows with TIMEX3 values out.

`spans` finds and trims the mentions and reads tense, `relative` resolves deictic expressions
against the publication date, `calendar` reads absolute ones.
"""

from nkreports.facts.dates.spans import RULES_VERSION, extract_dates, ruler_patterns, version

__all__ = ["RULES_VERSION", "extract_dates", "ruler_patterns", "version"]
