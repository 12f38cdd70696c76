"""Date lines that blogging platforms print in their own language above an English post.

"tirsdag 14. mars 2017", "Mittwoch, 7. Juni 2006", "samedi 21 avril 2012", "lunes, 3 de
septiembre de 2007", "2014년 5월 9일 금요일". The words come from `ingest.foreignwords`; these
dates are read only on date lines (page furniture), never in article prose.
"""

from __future__ import annotations

import re
from datetime import date

from nkreports.ingest.datewords import CLOCK
from nkreports.ingest.foreignwords import LINKING_WORDS, MONTH_WORDS, WEEKDAY_WORDS

_MONTH_NAMES = "|".join(sorted(map(re.escape, MONTH_WORDS), key=len, reverse=True))
_WEEKDAY_NAMES = "|".join(sorted(map(re.escape, WEEKDAY_WORDS), key=len, reverse=True))
_LINKS = "|".join(sorted(map(re.escape, LINKING_WORDS), key=len, reverse=True))
# Day first, the European order: "14. mars 2017", "3 de septiembre de 2007", "1er mai 2012".
DAY_MONTH_YEAR = re.compile(
    rf"(?i)(?<![\w.])(?P<day>\d{{1,2}})(?:\.|er|º|°)?\s+(?:de\s+)?(?P<month>{_MONTH_NAMES})\.?,?"
    rf"\s+(?:de\s+|del\s+)?(?P<year>\d{{4}})(?!\d)"
)
# Korean order, year first with unit characters: "2014년 5월 9일".
KOREAN = re.compile(r"(?<!\d)(?P<year>\d{4})년\s*(?P<month>\d{1,2})월\s*(?P<day>\d{1,2})일")
_FILLER = re.compile(rf"(?i)(?<!\w)(?:{_WEEKDAY_NAMES}|{_LINKS})(?!\w)")


def date_matches(line: str) -> list[re.Match]:
    """Full dates in a platform's own language, in line order."""
    found = [*DAY_MONTH_YEAR.finditer(line), *KOREAN.finditer(line)]
    return sorted(found, key=lambda m: m.start())


def read_date(match: re.Match) -> date | None:
    """The date a match names, or None when it is no real day ("31. juni 2017")."""
    month = match["month"]
    number = int(month) if month.isdigit() else MONTH_WORDS[month.lower()]
    try:
        return date(int(match["year"]), number, int(match["day"]))
    except ValueError:
        return None


def date_line(line: str) -> bool:
    """Whether a line is a foreign date and nothing else but weekdays, small words and a time.

    "tirsdag 14. mars 2017", "Mittwoch, 7. Juni 2006", "2014년 5월 9일 금요일",
    "sábado, 21 de abril de 2012 às 10:15"; not "Il 21 aprile 2012 la polizia ha arrestato".
    """
    matches = date_matches(line)
    if not matches:
        return False
    rest = line
    for match in reversed(matches):
        rest = rest[: match.start()] + " " + rest[match.end() :]
    rest = _FILLER.sub(" ", CLOCK.sub(" ", rest))
    return not re.search(r"\w", rest)
