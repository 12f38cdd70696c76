"""The English check: a report in another language gets a clear message, not empty tables."""

from __future__ import annotations

from nkreports.ingest import furniture
from nkreports.ingest.words import word_tokens

PROSE = 8  # the fewest words with letters of a line the check counts function words in


def language_problem(text: str) -> str:
    """Say "not English: …" when letters are mostly non-Latin or English function words rare.

    Function words are counted in the lines of prose (eight words with letters or more):
    headlines, the whole of a feed that gives only titles, have few of them in any language.
    """
    latin = furniture.ascii_letter_share(text)
    if latin < 0.5:
        return f"not English: only {latin:.0%} of letters are Latin; not processed"
    prose = "\n".join(line for line in text.splitlines() if _lettered(line) >= PROSE)
    share = furniture.english_share(prose)
    if len(word_tokens(prose)) >= 20 and share < 0.15:
        return f"not English: only {share:.0%} of words are common English words; not processed"
    return ""


def _lettered(line: str) -> int:
    """The number of words with a letter in a line: not a subtitle's timecodes."""
    return sum(not w.isdigit() for w in word_tokens(line))
