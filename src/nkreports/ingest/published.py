"""Publication date: every date the page shows, which one is the article's, and why."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

RULES_VERSION = "published-2"  # compose into reports.RULES_VERSION

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
DATE_PATTERNS = {
    "month_day_year": re.compile(rf"(?i)\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    "day_month_year": re.compile(rf"(?i)\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    "iso": re.compile(
        r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])\s?(?P<month>\d{1,2})(?P=sep)\s?(?P<day>\d{1,2})(?!\d)"
    ),
    "numeric": re.compile(r"(?<!\d)(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<year>\d{4})(?!\d)"),
    # Dotted numeric dates are day-first (DIN 5008, Korean and European usage): "04.11.2024".
    "dotted": re.compile(r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
}
# Widgets and lists: a date this many non-blank lines from a weather widget is the page's own.
WIDGET_REACH = 2
BYLINE_REACH = 2
_DATELINE_END = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?(?:--|[-–—:])")
_TIME = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?")
_LABEL = re.compile(r"(?i)\b(?:(published|posted|released)|(updated|modified|edited|revised))\b")
_TEMPERATURE = re.compile(r"(?<![\w.])[-+−]?\d{1,3}(?:[.,]\d+)?\s*(?:°\s*[CF]?|[CF]\b)")
_STAMP_FILLER = re.compile(
    r"(?i)\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|at|on|date|last"
    r"|first|published|posted|released|updated|modified|edited|revised|[ap]\.?m\.?"
    r"|kst|jst|cst|utc|gmt|est|edt|pst|pdt|bst|cet)\b|[+−-]\s?\d{1,2}(?::?\d{2})?\b"
)
STAMP_WORDS = 12  # a stamp line is short: date, weekday, time, zone and label


@dataclass(frozen=True)
class DateSeen:
    """Full date found on one line of the page."""

    value: date
    line: int
    text: str  # the whole line, as the page shows it
    label: str = ""  # published | updated, from a label just before the date, else ""


@dataclass(frozen=True)
class Publication:
    """Chosen publication date, the line it came from, and the dates that were not taken."""

    published: date | None
    source: str  # text | manifest | none
    evidence: str
    other_dates: tuple[str, ...]
    date_order: str  # MDY | DMY
    problems: tuple[str, ...] = ()


def date_matches(line: str) -> list[re.Match]:
    """Full dates: "June 27, 2024", "14 July 2024", "2024-06-27", "2024.11.04", "04.11.2024"."""
    found = [m for pattern in DATE_PATTERNS.values() for m in pattern.finditer(line)]
    return sorted(found, key=lambda m: m.start())


def numeric_order(line: str) -> str:
    """Day/month order forced by a numeric date in the line ("24/01/2006" -> "DMY"), else ""."""
    votes = Counter()
    for m in DATE_PATTERNS["numeric"].finditer(line):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            votes["DMY"] += 1
        elif b > 12 >= a:
            votes["MDY"] += 1
    return votes.most_common(1)[0][0] if votes else ""


def page_order(lines: list[str]) -> str:
    """Day/month convention of a page: the majority of its unambiguous numeric dates, else ""."""
    votes = Counter(order for order in map(numeric_order, lines) if order)
    return votes.most_common(1)[0][0] if votes else ""


def read_date(match: re.Match, order: str) -> date | None:
    """Read a matched date; numeric ones by the page's order, dotted ones day-first, else valid."""
    groups = match.groupdict()
    year = int(groups["year"])
    if "a" in groups:
        order = "DMY" if match.re is DATE_PATTERNS["dotted"] else order
        a, b = int(groups["a"]), int(groups["b"])
        first = (b, a) if order == "DMY" else (a, b)
        readings = [first, first[::-1]]
    else:
        month = groups["month"]
        readings = [(MONTHS[month.lower()] if month.isalpha() else int(month), int(groups["day"]))]
    for month, day in readings:
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def stamp_label(before: str) -> str:
    """Kind of the last label before a date: "Published: 3 March" -> "published", "Updated" too.

    "Published:", "Posted on", "First published", "Released" -> "published";
    "Updated:", "Last modified", "Edited", "Revised" -> "updated"; no label -> "".
    """
    found = list(_LABEL.finditer(before))
    if not found:
        return ""
    return "published" if found[-1][1] else "updated"


def dates_in(lines: list[str], indexes: list[int], order: str) -> list[DateSeen]:
    """Every readable full date on the given lines, in page order, with the label before it."""
    seen = []
    for i in indexes:
        end = 0
        for match in date_matches(lines[i]):
            value = read_date(match, order)
            if value is not None:
                label = stamp_label(lines[i][end : match.start()])
                seen.append(DateSeen(value, i, lines[i].strip(), label))
            end = match.end()
    return seen


def stamp_line(line: str) -> bool:
    """Lines that are mostly a date: "2024.11.04 10:30", "Sept. 13, 2023 6:15 a.m. KST".

    Also "Posted Sept. 13, 2023", "Published : 19/01/2022 08:30 GMT+9", "Thu, Sep 14, 2023".
    """
    matches = date_matches(line)
    if not matches or len(line.split()) > STAMP_WORDS:
        return False
    rest = line
    for match in reversed(matches):
        rest = rest[: match.start()] + " " + rest[match.end() :]
    return not re.search(r"\w", _STAMP_FILLER.sub(" ", _TIME.sub(" ", rest)))


def weather_beside(i: int, lines: list[str]) -> bool:
    """Whether line i or its nearest non-blank neighbours show temperatures: "Seoul 24°C"."""
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    near = [j for j in (above, i, below) if j is not None]
    return any(_TEMPERATURE.search(lines[j]) for j in near)


def is_dateline(line: str) -> bool:
    """Whether a line opens with a dated dateline: "SEOUL, June 3, 2024 (Yonhap) -- ..."."""
    for match in date_matches(line):
        if match.start() <= 40 and _DATELINE_END.match(line, match.end()):
            return True
    return False


def _near(i: int, targets: list[int], lines: list[str], reach: int) -> bool:
    """Whether line i is within `reach` non-blank lines of any target line."""
    for t in targets:
        lo, hi = sorted((i, t))
        if sum(1 for line in lines[lo + 1 : hi + 1] if line.strip()) <= reach:
            return True
    return False


def rejection(seen: DateSeen, lines: list[str], reasons: list[str]) -> str:
    """Why a page date cannot be the article's own, or "" if it can."""
    if reasons[seen.line] == "related headlines list":
        return "date of another headline in a related-headlines list"
    if seen.label == "updated":
        return "an update stamp, not the first publication"
    if seen.label == "published":
        return ""
    widgets = [i for i, r in enumerate(reasons) if r == "weather widget"]
    if _near(seen.line, widgets, lines, WIDGET_REACH) or weather_beside(seen.line, lines):
        return "page render/capture date beside a weather widget"
    return ""


def headline(lines: list[str], reasons: list[str]) -> int | None:
    """First non-blank line that is neither furniture nor a date stamp: the headline."""
    found = (i for i, line in enumerate(lines) if line.strip() and not reasons[i])
    return next((i for i in found if not stamp_line(lines[i])), None)


def _rank(seen: DateSeen, lines: list[str], reasons: list[str]) -> int:
    """-1 labelled, 0 with a time, by the byline or under the headline, 1 dateline, 2 bare date."""
    if seen.label == "published":
        return -1
    bylines = [i for i, r in enumerate(reasons) if r == "byline"]
    title = headline(lines, reasons)
    under = [title] if title is not None and title < seen.line else []
    if _TIME.search(seen.text) or _near(seen.line, bylines + under, lines, BYLINE_REACH):
        return 0
    return 1 if not reasons[seen.line] else 2


def _describe(seen: DateSeen, why: str) -> str:
    return f"{seen.value.isoformat()} ('{seen.text}'): {why}"


def choose(lines: list[str], reasons: list[str], opening: list[int]) -> Publication:
    """Pick the article's date from its furniture date lines and a dateline opening the body."""
    related = [i for i, r in enumerate(reasons) if r == "related headlines list"]
    own = [i for i, r in enumerate(reasons) if r != "related headlines list"]
    order = page_order([lines[i] for i in own]) or page_order([lines[i] for i in related])
    order = order or "MDY"
    candidates = [i for i in own if reasons[i] or stamp_line(lines[i])]
    candidates += [i for i in opening if is_dateline(lines[i])]
    list_order = page_order([lines[i] for i in related]) or order
    seen = dates_in(lines, sorted(candidates), order) + dates_in(lines, related, list_order)
    taken = [s for s in seen if not rejection(s, lines, reasons)]
    taken.sort(key=lambda s: (_rank(s, lines, reasons), s.line))
    chosen = taken[0] if taken else None
    others = tuple(
        _describe(s, rejection(s, lines, reasons) or _not_preferred(s, chosen))
        for s in seen
        if s is not chosen and not (chosen and s.value == chosen.value and s.line == chosen.line)
    )
    if chosen is None:
        return Publication(None, "none", "", others, order)
    return Publication(chosen.value, "text", chosen.text, others, order)


def _not_preferred(seen: DateSeen, chosen: DateSeen | None) -> str:
    if chosen is not None and seen.value == chosen.value:
        return "same date repeated"
    return "another page date; a labelled stamp, or one with a time or by the byline, was preferred"


def with_manifest(publication: Publication, manifest_date: date | None) -> Publication:
    """Fill a missing date from the manifest; when they disagree, keep the text's and say so."""
    if manifest_date is None:
        return publication
    if publication.published is None:
        return replace(publication, published=manifest_date, source="manifest")
    if publication.published != manifest_date:
        problem = (
            f"manifest date {manifest_date.isoformat()} contradicts the text's "
            f"{publication.published.isoformat()}; kept the text's"
        )
        return replace(publication, problems=(*publication.problems, problem))
    return publication
