"""Resolve relative temporal expressions against a publication date: named rules, no spaCy.

Values follow TIMEX3 (TimeML; ISO 24617-1): ISO 8601 at the expression's own granularity
(`2024-06-24`, `2023-10`, `2011`), seasons as `2023-SU`, intervals `a/b`, an open end `a/..`
(ISO 8601-2); a season is its months (`2023-06/2023-08`). Codebook of `kind`: relative (read
from the anchor through a deictic word: "last October", "Last Friday", a bare weekday,
"yesterday", "this month", "a few days ago"), date (a day; year-less ones placed by tense), month,
year, season, range (two ends, "since X", decades) and duration (a length, never a point: "ten
years", "60-day"). Kind "" marks a span that is not a date: it is skipped. Calendar rules for
absolute expressions (years, day ranges, dates) live in `calendar`, on the helpers here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from nkreports.ingest.datewords import MONTH_NAMES, MONTHS, WEEKDAYS
from nkreports.schema import DateKind

NO_ANCHOR = "no publication date to resolve against"
UNDECIDED = "tense undecided: nearest occurrence"
# Northern meteorological seasons by first month; winter takes its December's year.
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
NUMBERS = {"a": 1, "an": 1, **{w: i for i, w in enumerate(_ONES, 1)}, "eleven": 11}
NUMBERS |= {"twelve": 12, "a dozen": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50}
# Project convention (tests/gold/README.md): "a few days ago" = 7 to 1 days before the anchor.
VAGUE_COUNTS = {"a few": (1, 7), "few": (1, 7), "a couple of": (2, 3), "several": (3, 9)}
NUM_RE = rf"(?:\d[\d,.]*|(?:{'|'.join(NUMBERS)})(?:-(?:{'|'.join(_ONES[:9])}))?)"
COUNT_RE = rf"(?:{NUM_RE}|a few|a couple of|several|many|some|dozens of|hundreds of)"
UNIT_RE = r"(day|week|month|year|decade|centur(?:y|ie))s?"
QUANT_RE = r"(?:(?:more|less|fewer) than|at least|at most|up to|over|nearly|almost|about|around"
QUANT_RE += r"|some|roughly|approximately|just|past|last|next|first|another)"
DAYPART_RE = r"(?:morning|afternoon|evening|night|noon|midnight|dawn|dusk)"
MONTH_RE = f"({MONTH_NAMES})"
_PAST = {"last": "past", "past": "past", "previous": "past", "next": "future", "coming": "future"}


@dataclass(frozen=True)
class Resolution:
    """How one expression resolved: kind, ISO value, granularity, anchor, rule, tense, note."""

    kind: str  # a DateKind, or "" for a span that is not a date
    value: str = ""
    granularity: str = ""
    anchor: str = ""
    rule: str = ""
    tense: str = ""  # the sentence tense, when it decided the reading
    note: str = ""


Made = tuple[str, str, str]  # value, tense used, note


def pick(cands: list[date], ref: date, tense: str, strict: bool = False) -> tuple[date, str]:
    """Choose by tense: past = latest up to ref, future = earliest from ref, else the nearest."""
    before = [c for c in cands if c < ref or (c == ref and not strict)]
    after = [c for c in cands if c > ref or (c == ref and not strict)]
    if tense == "past" and before:
        return max(before), "past"
    if tense == "future" and after:
        return min(after), "future"
    return min(cands, key=lambda c: (abs((c - ref).days), c > ref)), ""


def by_tense(cands: list[date], ref: date, tense: str, fmt=date.isoformat) -> Made:
    """Return the tense's pick among candidates, formatted, with the tense used and a note."""
    chosen, used = pick(cands, ref, tense)
    return fmt(chosen), used, undecided(used)


def undecided(used: str) -> str:
    """Return the "tense undecided" note when no tense decided the reading, else nothing."""
    return "" if used else UNDECIDED


def _ym(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _month_shift(d: date, months: int) -> date:
    """Return the first day of the month `months` away from d's month."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def unanchored(kind: str, gran: str, rule: str) -> Resolution:
    """Leave an expression that needs the publication date unresolved, with the reason."""
    return Resolution(kind, "", gran, "", rule, note=NO_ANCHOR)


def from_anchor(anchor: date, kind: str, gran: str, rule: str, made: Made) -> Resolution:
    """Build the resolution of an expression read from the publication date."""
    value, tense, note = made
    return Resolution(kind, value, gran, anchor.isoformat(), rule, tense, note)


def ago_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Count back from the anchor: "a few days ago" (few = 1-7), "two weeks ago", "3 years ago"."""
    m = re.fullmatch(rf"({COUNT_RE}) {UNIT_RE} ago", t)
    if not m or not (m[1] in VAGUE_COUNTS or m[1] in NUMBERS or m[1].isdigit()):
        return None
    low, high = VAGUE_COUNTS.get(m[1]) or (NUMBERS.get(m[1]) or int(m[1]),) * 2
    gran = {"day": "day", "week": "day", "month": "month"}.get(m[2], "year")
    rule, gran = ("ago", gran) if low == high else ("ago_vague", "interval")
    if anchor is None:
        return unanchored(DateKind.RELATIVE, gran, rule)
    ends = [_back(anchor, n, m[2]) for n in (high, low)]
    note = "" if low == high else f'"{m[1]}" read as {low} to {high}'
    return from_anchor(
        anchor, DateKind.RELATIVE, gran, rule, ("/".join(dict.fromkeys(ends)), "", note)
    )


def _back(anchor: date, n: int, unit: str) -> str:
    """Return the day, month or year n units before the anchor, at the unit's granularity."""
    if unit in ("day", "week"):
        return (anchor - timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        return _ym(_month_shift(anchor, -n))
    return str(anchor.year - n * {"year": 1, "decade": 10}.get(unit, 100))


def deictic_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Count units: "yesterday", "last night", "this month", "earlier this month/week"."""
    days = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0, "last": -1}
    named = rf"(yesterday|today|tonight|tomorrow|(?:this|last)(?= {DAYPART_RE}))"
    if d := re.fullmatch(rf"{named}(?: {DAYPART_RE})?", t):
        if anchor is None:
            return unanchored(DateKind.RELATIVE, "day", "deictic_day")
        day = anchor + timedelta(days=days[d[1]])
        return from_anchor(
            anchor, DateKind.RELATIVE, "day", "deictic_day", (day.isoformat(), "", "")
        )
    m = re.fullmatch(
        r"(?:(earlier|previously|later) this|(this|last|next|previous|coming)) (week|month|year)", t
    )
    if not m:
        return None
    part, unit, rule = m[1], m[3], f"deictic_{m[1] or m[2]}_{m[3]}"
    gran = "interval" if unit == "week" or part else unit
    if anchor is None:
        return unanchored(DateKind.RELATIVE, gran, rule)
    step = {"past": -1, "future": 1}.get(_PAST.get(m[2] or ""), 0)
    if unit == "week":  # ISO weeks, Monday to Sunday; "earlier this week" = Monday to the anchor
        monday = anchor - timedelta(days=anchor.weekday(), weeks=-step)
        first = anchor if part == "later" else monday
        last = anchor if part in ("earlier", "previously") else monday + timedelta(days=6)
        return from_anchor(anchor, DateKind.RELATIVE, gran, rule, (f"{first}/{last}", "", ""))
    first = _month_shift(anchor, step) if unit == "month" else date(anchor.year + step, 1, 1)
    last = _month_shift(first, 1 if unit == "month" else 12) - timedelta(days=1)
    value = _ym(first) if unit == "month" else str(first.year)
    if part:  # "earlier this month": from its first day to the anchor
        value = f"{anchor}/{last}" if part == "later" else f"{first}/{anchor}"
    return from_anchor(anchor, DateKind.RELATIVE, gran, rule, (value, "", ""))


def weekday_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Place weekdays: "Last Friday" (latest before the anchor), "on Monday" (by the tense)."""
    m = re.fullmatch(r"(?:(last|past|previous|next|coming|this) )?(\w+)", t)
    if not m or m[2] not in WEEKDAYS:
        return None
    rule = f"weekday_{m[1] or 'tense'}"
    if anchor is None:
        return unanchored(DateKind.RELATIVE, "day", rule)
    days = [anchor + timedelta(days=d) for d in range(-7, 8) if d]
    days = [d for d in days if d.weekday() == WEEKDAYS[m[2]]]
    if forced := _PAST.get(m[1] or ""):
        return from_anchor(
            anchor,
            DateKind.RELATIVE,
            "day",
            rule,
            (pick(days, anchor, forced)[0].isoformat(), "", ""),
        )
    return from_anchor(anchor, DateKind.RELATIVE, "day", rule, by_tense(days, anchor, tense))


def _season(start: date) -> str:
    """Return a season as its months, e.g. `2023-06/2023-08`."""
    return f"{_ym(start)}/{_ym(_month_shift(start, 2))}"


def season_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Place seasons (summer = June-August): "last summer" = latest completed one, "summer 2023"."""
    m = re.fullmatch(
        r"(?:(last|this|next|past) )?(spring|summer|autumn|fall|winter)(?: (\d{4}))?", t
    )
    if not m:
        return None
    which, kind, rule = (
        m[1],
        DateKind.RELATIVE if m[1] else DateKind.SEASON,
        f"season_{m[1] or 'tense'}",
    )
    if m[3]:
        return Resolution(
            DateKind.SEASON, _season(date(int(m[3]), SEASONS[m[2]], 1)), "season", rule=rule
        )
    if anchor is None:
        return unanchored(kind, "season", rule)
    starts = [date(y, SEASONS[m[2]], 1) for y in range(anchor.year - 2, anchor.year + 2)]
    if not which:
        return from_anchor(anchor, kind, "season", rule, by_tense(starts, anchor, tense, _season))
    if which in ("last", "past"):
        start = max(s for s in starts if _month_shift(s, 3) <= anchor)
    elif which == "this":
        return from_anchor(anchor, kind, "season", rule, this_season(starts, anchor, tense))
    else:  # "next" = the first to start after the anchor
        start = min(s for s in starts if s > anchor)
    return from_anchor(anchor, kind, "season", rule, (_season(start), "", ""))


def this_season(starts: list[date], anchor: date, tense: str) -> Made:
    """Read "this spring" as the anchor year's; a future sentence after it ends means next year's.

    "arrested this spring", "will travel this summer", "this winter" (in January: the current one).
    """
    current = [s for s in starts if s <= anchor < _month_shift(s, 3)]
    start = current[0] if current else next(s for s in starts if s.year == anchor.year)
    if tense == "future" and _month_shift(start, 3) <= anchor:
        return _season(start.replace(year=start.year + 1)), "future", ""
    return _season(start), "", ""


def month_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Place year-less months: "last October" (latest before the anchor's month), "in August"."""
    m = re.fullmatch(rf"(?:(last|past|previous|next|coming|this) )?{MONTH_RE}", t)
    if not m:
        return None
    kind, rule = DateKind.RELATIVE if m[1] else DateKind.MONTH, f"month_{m[1] or 'tense'}"
    if anchor is None:
        return unanchored(kind, "month", rule)
    months = [date(y, MONTHS[m[2]], 1) for y in range(anchor.year - 1, anchor.year + 2)]
    if not m[1]:
        return from_anchor(
            anchor, kind, "month", rule, by_tense(months, anchor.replace(day=1), tense, _ym)
        )
    chosen = (
        months[1] if m[1] == "this" else pick(months, anchor.replace(day=1), _PAST[m[1]], True)[0]
    )
    return from_anchor(anchor, kind, "month", rule, (_ym(chosen), "", ""))


def month_of_year_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Month of a deictic year: "April last year", "October of last year", "in May this year"."""
    m = re.fullmatch(rf"(?:in )?{MONTH_RE} (?:of )?(last|this|next|previous|the previous) year", t)
    if not m:
        return None
    rule = f"month_{m[2].split()[-1]}_year"
    if anchor is None:
        return unanchored(DateKind.RELATIVE, "month", rule)
    year = anchor.year + {"last": -1, "this": 0, "next": 1}.get(m[2], -1)
    return from_anchor(
        anchor, DateKind.RELATIVE, "month", rule, (f"{year}-{MONTHS[m[1]]:02d}", "", "")
    )


RELATIVE_RULES = (ago_rule, deictic_rule, weekday_rule, season_rule, month_rule)
RELATIVE_RULES += (month_of_year_rule,)
