"""The words of a line of text, found once per line however many rules ask."""

from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_LINE_CHARS = 2000  # the longest line whose words are kept


def word_tokens(line: str) -> tuple[str, ...]:
    """Words of a line: letters and digits, with inner apostrophes and hyphens.

    Each line is asked about by many rules: a line's words are found once (`_words_of`); a
    whole text's are not kept.
    """
    return _words_of(line) if len(line) <= _LINE_CHARS else tuple(_WORD.findall(line))


@lru_cache(maxsize=4096)
def _words_of(line: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(line))
