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

from nkreports.ingest.datewords import MONTH_NAMES, WEEKDAYS
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
DEICTIC_TENSE = {
    "last": "past",
    "past": "past",
    "previous": "past",
    "next": "future",
    "coming": "future",
}


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


def ym(d: date) -> str:
    """Return the month of a day as `YYYY-MM`."""
    return f"{d.year:04d}-{d.month:02d}"


def month_shift(d: date, months: int) -> date:
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
        return ym(month_shift(anchor, -n))
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
        r"(?:(earlier|early|previously|later) this|(this|last|next|previous|coming))"
        r" (week|month|year)",
        t,
    )
    if not m:
        return None
    part, unit, rule = m[1], m[3], f"deictic_{m[1] or m[2]}_{m[3]}"
    gran = "interval" if unit == "week" or part else unit
    if anchor is None:
        return unanchored(DateKind.RELATIVE, gran, rule)
    step = {"past": -1, "future": 1}.get(DEICTIC_TENSE.get(m[2] or ""), 0)
    if unit == "week":  # ISO weeks, Monday to Sunday: see `week_ends`
        first, last = week_ends(anchor, step, part or ("" if m[2] != "this" else tense))
        return from_anchor(anchor, DateKind.RELATIVE, gran, rule, (f"{first}/{last}", "", ""))
    first = month_shift(anchor, step) if unit == "month" else date(anchor.year + step, 1, 1)
    last = month_shift(first, 1 if unit == "month" else 12) - timedelta(days=1)
    value = ym(first) if unit == "month" else str(first.year)
    if part:  # "earlier this month": from its first day to the anchor
        value = f"{anchor}/{last}" if part == "later" else f"{first}/{anchor}"
    return from_anchor(anchor, DateKind.RELATIVE, gran, rule, (value, "", ""))


def week_ends(anchor: date, step: int, part: str) -> tuple[date, date]:
    """First and last day of a deictic week (ISO 8601 weeks run Monday to Sunday).

    "this week", "earlier this week", "early this week" = its Monday to the anchor: a news story
    reports what has happened, so the week ends on the publication day (AP usage); "later this
    week" and "this week" in a future sentence = the anchor to Sunday; "last/next week" whole.
    """
    monday = anchor - timedelta(days=anchor.weekday(), weeks=-step)
    if part in ("later", "future"):
        return anchor, monday + timedelta(days=6)
    if step == 0:
        return monday, anchor
    return monday, monday + timedelta(days=6)


def weekday_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Place weekdays: "Last Friday", "on Monday", "Thursday night", "said Tuesday".

    News convention (AP Stylebook, "days of the week"; HeidelTime's news rules): a bare weekday
    in a past or present sentence is the latest such day in the seven days ending on the anchor,
    the publication day included ("said Tuesday" in a Tuesday story = that Tuesday); in a future
    one, the first such day after it. "Last Friday" is the latest one before the anchor. A part of
    the day ("Monday morning", "Sunday evening") is that day.
    """
    m = re.fullmatch(rf"(?:(last|past|previous|next|coming|this) )?(\w+)(?: {DAYPART_RE})?", t)
    if not m or m[2] not in WEEKDAYS:
        return None
    rule = f"weekday_{m[1] or 'tense'}"
    if anchor is None:
        return unanchored(DateKind.RELATIVE, "day", rule)
    days = [anchor + timedelta(days=d) for d in range(-7, 8)]
    days = [d for d in days if d.weekday() == WEEKDAYS[m[2]]]
    if forced := DEICTIC_TENSE.get(m[1] or ""):
        value = pick([d for d in days if d != anchor], anchor, forced)[0].isoformat()
        return from_anchor(anchor, DateKind.RELATIVE, "day", rule, (value, "", ""))
    if tense in ("past", "present"):
        made = (max(d for d in days if d <= anchor).isoformat(), tense, "")
    elif tense == "future":
        made = (min(d for d in days if d > anchor).isoformat(), tense, "")
    else:
        made = by_tense([d for d in days if abs((d - anchor).days) < 7], anchor, "")
    return from_anchor(anchor, DateKind.RELATIVE, "day", rule, made)


RELATIVE_RULES = (ago_rule, deictic_rule, weekday_rule)
