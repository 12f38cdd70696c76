"""Dates a story anchors itself: read against its own last date, not the publication date.

HeidelTime's narrative reference (Strötgen & Gertz 2013, "Multilingual and cross-domain temporal
tagging"): an anaphoric expression ("that autumn", "the following spring", "the same day")
refers to the last explicit date before it; and a year-less month or season in a sentence that
has just named a year is in that year ("She left in 2018, in mid-August"). Deictic expressions
("last October", "this week", "next spring") keep the publication date as their anchor.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span

from nkreports.facts.dates.relative import SEASONS, Resolution, month_shift, ym
from nkreports.schema import DateKind

ANAPHOR = re.compile(
    r"\b(that|the same|the following|the next|the previous) "
    r"(spring|summer|autumn|fall|winter|year|month|week|day)\b",
    re.IGNORECASE,
)
STEP = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}
BARE_RULES = ("month_tense", "season_tense")  # year-less months and seasons ("in mid-August")
EXPLICIT_KINDS = (DateKind.DATE, DateKind.MONTH, DateKind.YEAR, DateKind.SEASON)


def anaphor_spans(doc: Doc, taken: set[int]) -> list[Span]:
    """Anaphoric phrases the model did not tag, as spans over tokens not `taken`."""
    spans = []
    for m in ANAPHOR.finditer(doc.text):
        span = doc.char_span(m.start(), m.end())
        if span is not None and not {t.i for t in span} & taken:
            spans.append(span)
    return spans


def phrase(span: Span) -> str:
    """The span's text in lower case with a "the" or "that" just before it taken back in."""
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return (f"{before} " if before in ("the", "that") else "") + span.text.lower()


def reference(text: str, found: Resolution) -> str:
    """The start of an explicit dated expression ("June 3, 2019", "2017"), else ""."""
    explicit = found.kind in EXPLICIT_KINDS and re.search(r"\d{4}", text)
    return found.value.split("/")[0] if explicit and found.value else ""


def _point(ref: str) -> tuple[date, str]:
    """A reference value as its first day and granularity: "2017" -> (2017-01-01, "year")."""
    parts = [int(p) for p in ref.split("-")]
    gran = ("year", "month", "day")[len(parts) - 1]
    return date(
        parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1
    ), gran


def _season(year: int, name: str) -> str:
    start = date(year, SEASONS[name], 1)
    return f"{ym(start)}/{ym(month_shift(start, 2))}"


def _value(which: str, unit: str, ref: date, gran: str) -> str:
    """The TIMEX3 value of "<which> <unit>" from a reference at granularity `gran`."""
    step = STEP[which]
    if unit in SEASONS:
        year = ref.year + step
        if step > 0 and gran != "year" and ref.month < SEASONS[unit]:
            year = ref.year  # "the following spring" after January is that year's spring
        return _season(year, unit)
    if unit == "year":
        return str(ref.year + step)
    if unit == "month" and gran != "year":
        return ym(month_shift(ref, step))
    if unit == "week" and gran == "day":
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
        return f"{monday}/{monday + timedelta(days=6)}"
    if unit == "day" and gran == "day":
        return (ref + timedelta(days=step)).isoformat()
    return ""


def read_anaphor(text: str, ref: str) -> Resolution | None:
    """Resolve "that autumn", "the following week" against the story's last explicit date."""
    m = ANAPHOR.fullmatch(text)
    if not m:
        return None
    rule = f"narrative_{m[1].replace(' ', '_')}_{m[2]}"
    if not ref:
        return Resolution(DateKind.RELATIVE, rule=rule, note="no earlier explicit date to refer to")
    value = _value(m[1].lower(), m[2].lower(), *_point(ref))
    note = f"read against the story's last explicit date, {ref}"
    if not value:
        note = f"{ref} is too coarse for this expression"
    return Resolution(
        DateKind.RELATIVE, value, "interval" if "/" in value else "", ref, rule, "", note
    )


def sentence_year(span: Span, years: dict[int, int]) -> int | None:
    """The one year named before the span in its sentence (`years`: token index -> year)."""
    named = [y for i, y in years.items() if span.sent.start <= i < span.start]
    return named[-1] if len(set(named)) == 1 else None
