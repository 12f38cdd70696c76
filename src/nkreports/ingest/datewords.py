"""Page-date lexicon: month and weekday names, clock times, temperatures and full dates.

The one place this knowledge lives: the furniture rules, the line cleaner and the
publication-date chooser in ingest read it, and so does the date resolver in facts
(dependencies point ingest -> facts).
"""

from __future__ import annotations

import re
from itertools import pairwise

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
# Longest first, so "sept" is tried before "sep" and "june" before "jun".
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}

CLOCK = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?")
_DEGREES = r"(?<![\w.])[-+−]?\d{1,3}(?:[.,]\d+)?\s*"
# A reading with a degree sign or a unit: "24°C", "26°", "31.1 C".
TEMPERATURE = re.compile(_DEGREES + r"(?:°\s*[CF]?|[CF]\b)")
# A reading that names its unit, as widgets print them: "31.1 C", "26°C", "23 °F".
TEMPERATURE_WITH_UNIT = re.compile(_DEGREES + r"°?\s*[CF]\b")

_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
DATE_PATTERNS = {
    "month_day_year": re.compile(rf"(?i)\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    "day_month_year": re.compile(rf"(?i)\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b"),
    "day_month_year_dashed": re.compile(rf"(?i)\b{_DAY}-{_MONTH}-{_YEAR}\b"),  # "18-Mar-2026"
    "iso": re.compile(
        r"(?<![\d.])(?P<year>\d{4})(?P<sep>[-/.])\s?(?P<month>\d{1,2})(?P=sep)\s?(?P<day>\d{1,2})"
        r"(?!\d)"
    ),
    "numeric": re.compile(r"(?<!\d)(?P<a>\d{1,2})[/-](?P<b>\d{1,2})[/-](?P<year>\d{4})(?!\d)"),
    # Dotted numeric dates are day-first (DIN 5008, Korean and European usage): "04.11.2024".
    "dotted": re.compile(r"(?<![\d.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{4})(?!\d)"),
}

# Words a page-date furniture line may carry beside its date: weekdays, labels, common zones.
PAGE_DATE_FILLER = re.compile(
    r"(?i)\b(?:"
    + "|".join([*WEEKDAYS, *(day[:3] for day in WEEKDAYS)])
    + r"|at|on|published|updated|posted|modified|date|last|kst|gmt|utc|est|edt|am|pm)\b"
)
# Words a date stamp may carry: weekdays and their abbreviations, publish/update labels, a.m./p.m.,
# time zones and UTC offsets ("GMT+9").
STAMP_FILLER = re.compile(
    r"(?i)\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|at|on|date|last"
    r"|first|(?:original\s+)?publish(?:ed)?(?:\s+time)?|posted|released|updated|modified|edited"
    r"|revised|[ap]\.?m\.?"
    r"|kst|jst|cst|utc|gmt|est|edt|pst|pdt|bst|cet)\b|[+−-]\s?\d{1,2}(?::?\d{2})?\b"
)


_FOUR_DIGITS = re.compile(r"\d{4}")  # every full date has its year: most lines have none


def date_matches(line: str) -> list[re.Match]:
    """Full dates: "June 27, 2024", "14 July 2024", "2024-06-27", "2024.11.04", "04.11.2024"."""
    if not _FOUR_DIGITS.search(line):
        return []
    found = [m for pattern in DATE_PATTERNS.values() for m in pattern.finditer(line)]
    return sorted(found, key=lambda m: m.start())


_SPAN_JOIN = re.compile(r"\s*(?:[-–—]|to|until)\s*")


def span_ends(line: str) -> set[int]:
    """Where the dates joined as a span start: both of "14 March 1953 - 2 November 2025"."""
    pairs = [(a, b) for a, b in pairwise(date_matches(line))]
    joined = [(a, b) for a, b in pairs if _SPAN_JOIN.fullmatch(line[a.end() : b.start()])]
    return {m.start() for pair in joined for m in pair}


def _without_dates(line: str, matches: list[re.Match]) -> str:
    """The line with each run of (possibly overlapping) date matches replaced by one space."""
    parts, end = [], 0
    for match in matches:
        if match.start() >= end:
            parts += [line[end : match.start()], " "]
        end = max(end, match.end())
    return "".join([*parts, line[end:]])


def date_only(line: str, filler: re.Pattern[str]) -> bool:
    """Whether a line is full dates, clock times and `filler` words, and nothing else.

    "Sunday, July 14, 2024", "June 27, 2024 at 08:00AM", "2024.11.04 10:30",
    "Published : 19/01/2022 08:30 GMT+9" (with the stamp filler).
    """
    matches = date_matches(line)
    if not matches:
        return False
    rest = filler.sub(" ", CLOCK.sub(" ", _without_dates(line, matches)))
    return not re.search(r"\w", rest)


STAMP_WORDS = 12  # a stamp line is short: date, weekday, time, zone and label


def stamp_line(line: str) -> bool:
    """Lines that are mostly a date: "2024.11.04 10:30", "Sept. 13, 2023 6:15 a.m. KST".

    Also "Posted Sept. 13, 2023", "Published : 19/01/2022 08:30 GMT+9", "Thu, Sep 14, 2023".
    """
    return len(line.split()) <= STAMP_WORDS and date_only(line, STAMP_FILLER)


# the fields of a line: "Source: X | Published: …", "Posted on … by … · Last updated …"
_FIELDS = re.compile(r"\s+[|·]\s+")
_LABEL = re.compile(
    r"(?i)\b(?:(publish(?:ed)?|posted|released|issued|introduced|started|created|uploaded|submitted"
    r"|broadcast|aired|date of (?:issue|publication)"
    r"|(?:data|figures) (?:as of|current (?:as of|to))|(?<!due )(?<!closing )"
    r"(?<!expiry )(?<!end )(?<!start )(?<!event )date(?=\s*:)|^\W*(?:sent|dated)(?=\s*:))\b"
    r"|(updated|modified|edited|revised)\b"
    r"|(today(?: is\b|\s*:))|(next\s+(?:meeting|issue|edition|session|hearing|update)\b)"
    r"|(archived|captured|crawled|retrieved|accessed|rendered|generated|leaked|printed|saved"
    r"|exported|still current (?:at|as of))\b"
    r"|(period|covering)\b)"
)


def stamp_label(before: str) -> str:
    """Kind of the last label before a date: "Published: 3 March" -> "published", "Updated" too.

    "Published:", "Posted on", "First published", "Released", "Issued", "Introduced", "Started",
    a video's "Uploaded:", a report's "Submitted:", a programme's "Broadcast:" or "Aired", a
    brief's "Date of issue:", "Date:", an e-mail's "Sent:", a signed
    document's "Dated:" (both opening the line) -> "published"; "Updated:", "Last modified",
    "Edited", "Revised" -> "updated"; "Today:", "Today is" -> "today" (a render bar); "Next
    meeting:", "Next issue:" -> "next"; "Archived", "Crawled at", "Accessed", "Page rendered",
    "Leaked", "Printed on", a file's "last saved", a chat's "Exported on", an advice page's "Still
    current at" -> "captured" (a copy's or a check's date); "Reporting period:", "covering" ->
    "span" (a period); no label -> "".
    """
    found = list(_LABEL.finditer(before))
    if not found:
        return ""
    kinds = ("published", "updated", "today", "next", "captured", "span")
    kind = next(kind for kind, group in zip(kinds, found[-1].groups(), strict=True) if group)
    after = before[found[-1].end() :].strip(" :·-–,|")
    return "" if kind == "captured" and after not in {"", "on", "at"} else kind  # 'Archived story'


FIELD_WORDS = 8  # a field of a line of fields is short: "Source: Changbai TV", a stamp


def labelled(line: str) -> bool:
    """Whether a short line's date, or one field's of a line of short fields, follows a label.

    "First published 28 April 2025"; "Source: Changbai TV | Original publish time: 2024-07-18
    16:42 | Crawled at: 2025-02-03"; not a sentence that ends with a bar and a stamp.
    """
    fields = _FIELDS.split(line)
    short = len(fields) == 1 or all(len(f.split()) <= FIELD_WORDS for f in fields)
    return short and any(map(_labelled_field, fields))


def _labelled_field(text: str) -> bool:
    """Whether a short text's first date follows a publication label of at most three words.

    A note may follow the stamp: "Minutes posted: 24 April 2025 (draft - subject to approval)".
    """
    found = date_matches(text) if len(text.split()) <= 2 * STAMP_WORDS else []
    before = text[: found[0].start()] if found else ""
    return bool(found) and stamp_label(before) == "published" and len(before.split()) <= 3


def weather_beside(i: int, lines: list[str]) -> bool:
    """Whether line i or its nearest non-blank neighbours show temperatures: "Seoul 24°C"."""
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    near = [j for j in (above, i, below) if j is not None]
    return any(TEMPERATURE.search(lines[j]) for j in near)
