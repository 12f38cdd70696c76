"""Elliptic lists of days: "March 3 and 5", "on May 8, 9 and 11, 2024".

The bare days after a month-day share its month and year (the head date), as TIMEX3 gives each
listed day its own TIMEX3 (TimeML annotation guidelines: one tag per date in a conjunction).
spaCy may put the list in one DATE span or stop after the head: both are read from the tokens.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from nkreports.facts.dates.months import BAD_DAY, valid_day
from nkreports.facts.dates.patterns import DAY_RE
from nkreports.facts.dates.relative import Resolution
from nkreports.ingest.datewords import MONTHS
from nkreports.schema import DateKind

SEPARATORS = frozenset({",", "and", "or", "&"})


def _is_day(token: Token) -> bool:
    return bool(re.fullmatch(DAY_RE, token.text))


def day_list(span: Span) -> tuple[Span, list[Token], Token | None]:
    """Split a month-day span into (head "May 8", the listed days [9, 11], a trailing year).

    A day after the span joins when the model tags it DATE or, after "and"/"or", when it counts
    nothing ("on May 8 and 9 people" is a count).
    """
    doc = span.doc
    if len(span) < 2 or span[0].lower_.rstrip(".") not in MONTHS or not _is_day(span[1]):
        return span, [], ""
    days, at = [], span.start + 2
    while True:
        nxt = at
        while nxt < len(doc) and doc[nxt].lower_ in SEPARATORS:
            nxt += 1
        if nxt == at or nxt >= len(doc) or not _is_day(doc[nxt]):
            break
        outside = nxt >= span.end and doc[nxt].ent_type_ != "DATE"
        if outside and (doc[nxt].dep_ == "nummod" or doc[nxt - 1].lower_ == ","):
            break  # past the span and not a DATE: only "and 5" / "or 5" that counts nothing
        days.append(doc[nxt])
        at = nxt + 1
    after = doc[at : at + 2]
    if not days:
        return span, [], None
    year = after[-1] if len(after) == 2 and after[0].text == "," else None
    year = year if year is not None and re.fullmatch(r"[12]\d{3}", year.text) else None
    return doc[span.start : span.start + 2], days, year


def listed_day(head: Resolution, day: Token) -> Resolution:
    """The resolution of a listed day: the head date with its day of the month replaced."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", head.value):
        return replace(head, kind=DateKind.DATE, value="", rule="day_list")
    number = int(re.match(r"\d+", day.text)[0])
    value = valid_day(f"{head.value[:8]}{number:02d}")
    note = head.note if value else BAD_DAY
    return replace(head, kind=DateKind.DATE, value=value, rule="day_list", note=note)
