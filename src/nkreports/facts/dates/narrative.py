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

from nkreports.facts.dates.relative import NUMBERS, SEASONS, Resolution, month_shift, ym
from nkreports.ingest.datewords import MONTHS
from nkreports.nlp import doc_text
from nkreports.schema import DateKind

_MONTH_NAMES = (
    "January February March April May June July August September October November December"
)
ANAPHOR = re.compile(
    r"\b([Tt]hat|[Tt]he (?:same|following|next|previous)) "
    rf"(spring|summer|autumn|fall|winter|year|month|week|day|{'|'.join(_MONTH_NAMES.split())})\b"
)
LATER = re.compile(
    rf"({'|'.join(NUMBERS)}|\d+) (day|week|month|year)s? (later|after that|afterwards)",
    re.IGNORECASE,
)
STEP = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}
BARE_RULES = ("month_tense", "season_tense")  # year-less months and seasons ("in mid-August")
EXPLICIT_KINDS = (DateKind.DATE, DateKind.MONTH, DateKind.YEAR, DateKind.SEASON)


def anaphor_spans(doc: Doc, taken: set[int]) -> list[Span]:
    """Anaphoric phrases the model did not tag, as spans over tokens not `taken`."""
    spans = []
    for m in ANAPHOR.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end())
        noun = span is not None and span[-1].pos_ in ("NOUN", "PROPN")  # not 'prices that fall'
        if noun and not {t.i for t in span} & taken:
            spans.append(span)
    return spans


def phrase(span: Span) -> str:
    """The span's text in lower case with the words that make it an anaphor taken back in.

    "that" or "the" just before it, or "the following", "the next", "the previous", "the same".
    """
    doc, start = span.doc, span.start
    two = doc[start - 2 : start].text.lower() if start >= 2 else ""
    if two in STEP:
        return f"{two} {span.text.lower()}"
    before = doc[start - 1].lower_ if start else ""
    return (f"{before} " if before in ("the", "that") else "") + span.text.lower()


def reference(found: Resolution) -> str:
    """The start of a calendar date's value ("June 3, 2019", "2017", "September 12"), else "".

    Deictic and anaphoric expressions ("last week", "that autumn") are never a reference.
    """
    explicit = found.kind in EXPLICIT_KINDS and not found.rule.startswith("narrative_")
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
        if step > 0 and (ref.month < SEASONS[unit] if gran != "year" else unit == "winter"):
            year = ref.year  # "the following spring" after January, or winter after a year
        if step < 0 and gran != "year" and SEASONS[unit] < ref.month:
            year = ref.year  # "the previous spring" after September is that year's
        if step == 0 and unit == "winter" and gran != "year" and ref.month <= 2:
            year = ref.year - 1  # "that winter" after a January date began in December
        return _season(year, unit)
    if unit in MONTHS:
        month = MONTHS[unit]
        if gran == "year" or step == 0:
            return f"{ref.year + step}-{month:02d}"
        later = month <= ref.month if step > 0 else month >= ref.month  # across the year's end
        return f"{ref.year + step * int(later)}-{month:02d}"
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


def _cased(text: str) -> str:
    """A phrase as the pattern reads it: months capitalised ("the following march" -> "March")."""
    words = text.split()
    return " ".join(w.capitalize() if w.capitalize() in _MONTH_NAMES.split() else w for w in words)


def read_anaphor(text: str, ref: str) -> Resolution | None:
    """Resolve "that autumn", "the following week" against the story's last explicit date."""
    m = ANAPHOR.fullmatch(_cased(text))
    if not m:
        return None
    rule = f"narrative_{m[1].lower().replace(' ', '_')}_{m[2].lower()}"
    if not ref:
        return Resolution(DateKind.RELATIVE, rule=rule, note="no earlier explicit date to refer to")
    value = _value(m[1].lower(), m[2].lower(), *_point(ref))
    note = f"read against the story's last explicit date, {ref}"
    if not value:
        note = f"{ref} is too coarse for this expression"
    return Resolution(
        DateKind.RELATIVE, value, "interval" if "/" in value else "", ref, rule, "", note
    )


def read_later(text: str, ref: str) -> Resolution | None:
    """Resolve "two days later", "three months later" by counting from the story's last date."""
    m = LATER.fullmatch(text)
    if not m:
        return None
    rule = f"narrative_later_{m[2].lower()}"
    count = int(m[1]) if m[1].isdigit() else NUMBERS[m[1].lower()]
    point, gran = _point(ref) if ref else (None, "")
    unit = m[2].lower()
    fine = {
        "day": ("day",),
        "week": ("day",),
        "month": ("day", "month"),
        "year": ("day", "month", "year"),
    }
    if point is None or gran not in fine[unit]:
        note = f"{ref} is too coarse for this expression" if ref else "no earlier explicit date"
        return Resolution(DateKind.RELATIVE, rule=rule, note=note)
    if unit in ("day", "week"):
        value = (point + timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    elif unit == "month":
        value = ym(month_shift(point, count))
    else:
        value = str(point.year + count)
    note = f"counted from the story's last explicit date, {ref}"
    return Resolution(DateKind.RELATIVE, value, "", ref, rule, "", note)


def sentence_year(span: Span, years: dict[int, int]) -> int | None:
    """The one year named before the span in its sentence (`years`: token index -> year)."""
    named = [y for i, y in years.items() if span.sent.start <= i < span.start]
    return named[-1] if len(set(named)) == 1 else None
