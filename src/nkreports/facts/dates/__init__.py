"""Dates: spaCy DATE/TIME spans of an article in, `DateMention` rows with TIMEX3 values out.

`spans` finds and trims the mentions and reads tense, `relative` and `months` resolve deictic
expressions against the publication date (`month_anchor` when only its month is known),
`calendar` reads absolute ones, `parts` narrows "early"/"mid"/"late", `lists` splits lists of
days, and `patterns` holds the EntityRuler patterns.
"""

from nkreports.facts.dates.patterns import ruler_patterns
from nkreports.facts.dates.spans import RULES_VERSION, extract_dates, version

__all__ = ["RULES_VERSION", "extract_dates", "ruler_patterns", "version"]
