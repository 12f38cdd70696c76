"""The English check: a report in another language gets a clear message, not empty tables."""

from __future__ import annotations

from nkreports.ingest import furniture
from nkreports.ingest.words import word_tokens

PROSE = 8  # the fewest words with letters of a line the check counts function words in
PROSE_SHARE = 0.15  # the least share of function words in English prose (about 0.4 is usual)
HEADLINE_SHARE = 0.08  # the same in a text of short lines alone (English headlines: 0.1–0.2)


def language_problem(text: str) -> str:
    """Say "not English: …" when letters are mostly non-Latin or English function words rare.

    Function words are counted in the lines of prose (eight words with letters or more, a line
    that opens in lower case joined to the one before it, as text wrapped by hand is), where
    English has at least `PROSE_SHARE` of them. A text of short lines alone (headlines, a feed
    that gives only titles) has fewer in any language; it is held to `HEADLINE_SHARE`.
    """
    latin = furniture.ascii_letter_share(text)
    if latin < 0.5:
        return f"not English: only {latin:.0%} of letters are Latin; not processed"
    prose = "\n".join(line for line in _unwrapped(text) if _lettered(line) >= PROSE)
    sample, least = (
        (prose, PROSE_SHARE) if len(word_tokens(prose)) >= 20 else (text, HEADLINE_SHARE)
    )
    share = furniture.english_share(sample)
    if len(word_tokens(sample)) >= 20 and share < least:
        return f"not English: only {share:.0%} of words are common English words; not processed"
    return ""


def _unwrapped(text: str) -> list[str]:
    """The text's lines, each line that opens in lower case joined to the one before it."""
    lines: list[str] = []
    for line in text.splitlines():
        if lines and lines[-1].strip() and line[:1].islower():
            lines[-1] += " " + line
        else:
            lines.append(line)
    return lines


def _lettered(line: str) -> int:
    """The number of words with a letter in a line: not a subtitle's timecodes."""
    return sum(not w.isdigit() for w in word_tokens(line))
