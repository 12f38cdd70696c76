"""Counts: number phrases of an article in, `Count` rows (low, high, qualifier, unit) out.

`lexicon` holds the stage's word lists as frozen data, `quantities` reads a phrase into numbers,
`counted` finds what it counts, `mentions` builds the rows with who says them.
"""

from nkreports.facts.counts.mentions import RULES_VERSION, extract_counts, version

__all__ = ["RULES_VERSION", "extract_counts", "version"]
