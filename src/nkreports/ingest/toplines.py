"""Dates stated by the top lines of a page outside a plain stamp line.

Three shapes: a date heading a line with a dateline place or a byline ("3 March 2021 Geneva",
"date 2022-08-19 By Jane Roe"), a headline closed by its date ("Talks resume - 2022-08-19", or a
byline closed by it, "By Jane Roe · 19/08/2022 08:30"), and a newsletter's issue heading broken
over lines ("Vol. 4 No. 3" / "March" / "2011"), which dates the page to a month only.
"""

from __future__ import annotations

import re
from datetime import date

from nkreports.ingest.datewords import MONTH_NAMES, MONTHS, date_matches, stamp_line
from nkreports.ingest.furniture import ENGLISH_WORDS, word_tokens

TOP_LINES = 6  # non-blank lines at the top of a page: kicker, headline, standfirst, byline, …
MAX_HEAD_TAIL = 6  # words after the date of a dated head: a place, an agency, a byline
_LABEL = re.compile(r"(?i)\s*(?:date[d:]?|dated)?\s*")
_SEPARATOR = re.compile(r"\s+(?:--|[-–—|·•])\s*")
_ISSUE = re.compile(
    rf"(?i)(?:(?:vol(?:ume)?\.?\s*\d+\s*[,.·•|–-]?\s*)?(?:no\.?|number|issue)\s*\d+\s*[,.·•|–-]?\s*)?"
    rf"(?P<month>{MONTH_NAMES})\.?\s*[,/]?\s*(?P<year>(?:19|20)\d{{2}})"
)


_MENU = re.compile(r"\s[›»>]\s|(?:\s[|/]\s.*){2,}")  # "Home | About | Donate", "A › 2015"


def says_something(line: str) -> bool:
    """Whether a line has words and is not a menu: not "=====", not "Home | About | Donate"."""
    return any(c.isalnum() for c in line) and not _MENU.search(line)


def top_lines(lines: list[str], count: int = TOP_LINES) -> list[int]:
    """The first `count` lines of a page that say something (rules and menus skipped)."""
    return [i for i, line in enumerate(lines) if line and says_something(line)][:count]


def _capitalised(words: list[str]) -> bool:
    """Whether words read as a name: "United Nations", "By Jane Roe", not "The police said"."""
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


def dated_head(line: str) -> bool:
    """A line led by a full date, then a dateline place, an agency or a byline, and perhaps prose.

    "3 March 2021 Geneva", "19 February 2003 THE HAGUE", "12 November 2015 Seoul – The …",
    "date 2022-08-19 Washington (Wire Service)", "date 2022-08-19 By Jane Roe"; not
    "3 March 2021 was a cold day" nor "3 March 2021 The police arrested …".
    """
    matches = date_matches(line)
    if not matches or matches[0].start() != _LABEL.match(line).end():
        return False
    tail = line[max(m.end() for m in matches) :]
    head = _SEPARATOR.split(tail, maxsplit=1)[0].strip()
    words = word_tokens(head)
    if not words:
        return False
    first = words[0].lower()
    plain = first not in ENGLISH_WORDS - {"by"} or head.isupper()  # "THE HAGUE"
    return len(words) <= MAX_HEAD_TAIL and _capitalised(words) and plain


MAX_CLOSED_WORDS = 30  # a longer line is a paragraph, not a headline or a byline


def closing_stamp(line: str) -> bool:
    """A headline or byline closed by a date stamp after a dash, bar or dot.

    "Talks on returnees resume - 2022-08-19", "By Jane Roe · 19/08/2022 08:30"; not a plain
    stamp line, and not "Talks resume on June 3, 2024".
    """
    parts = _SEPARATOR.split(line)
    short = len(word_tokens(parts[0])) > 0 and len(word_tokens(line)) <= MAX_CLOSED_WORDS
    return len(parts) >= 2 and short and stamp_line(parts[-1])


# a session's name, then its day: "Regular Press Conference on", "Press Briefing (", "Remarks, "
_SESSION_DAY = re.compile(r"(?i)\b(?:press conference|briefing|remarks)\s*(?:\bon\b|,|\()?\s*$")


def dated_session(line: str) -> bool:
    """A title naming a press conference, briefing or remarks, closed by the day they were held.

    "Foreign Ministry Spokesperson's Regular Press Conference on March 4, 2026", "Press
    Briefing (4 March 2026)"; not "Police detained six on March 4, 2026", "Remarks on the
    anniversary of March 1, 1919" or a sentence ending in a date and a full stop.
    """
    matches = date_matches(line)
    if not matches or len(word_tokens(line)) > MAX_CLOSED_WORDS:
        return False
    before, after = line[: matches[-1].start()], line[matches[-1].end() :].strip()
    return after in {"", ")"} and bool(_SESSION_DAY.search(before))


def issue_heading(lines: list[str]) -> tuple[list[int], date] | None:
    """A newsletter's month-year heading at the top, perhaps broken over lines, and its month.

    "March" / "2011"; "Vol. 4 No. 3" / "March" / "2011"; "Issue 12, March 2011". Returns the
    heading's line indexes and the first day of its month, or None.
    """
    top = top_lines(lines, TOP_LINES)
    for start in range(len(top)):
        for size in (3, 2, 1):
            window = top[start : start + size]
            if len(window) < size or window[-1] - window[0] > 2 * size:
                continue
            found = _ISSUE.fullmatch(" ".join(lines[i] for i in window))
            if found:
                month = MONTHS[found["month"].lower()]
                return window, date(int(found["year"]), month, 1)
    return None
