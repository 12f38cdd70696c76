"""Counts: every number in the body, read into low/high/qualifier, with what it counts and who says.

Quantity phrases are found and read by `quantities`, the counted noun by `counted`, the source
by `attribution`; this module filters out dates, years and page furniture and builds the rows.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nkreports import schema
from nkreports.facts.attribution import attribute, speech_verb
from nkreports.facts.counts.counted import counted_phrase, head_noun, is_person
from nkreports.facts.counts.lexicon import (
    AGE_DECADES,
    AGE_STAGES,
    AGE_SUFFIXES,
    CALENDAR_WORDS,
    PRONOUN_ONES,
    RELATIVE_DATE_WORDS,
)
from nkreports.facts.counts.quantities import quantity_regex, read_quantity
from nkreports.nlp import doc_text
from nkreports.schema import Qualifier, Unit

RULES_VERSION = "counts-2"


def version() -> str:
    """The stage's version: its rules alone, as it reads no resource file."""
    return RULES_VERSION


def is_age(span: Span, text: str) -> bool:
    """Tell an age: "11-year-old", "in her thirties", "Kim Yung-ho, 63, who taught"."""
    lowered = text.lower()
    if lowered.endswith(AGE_SUFFIXES):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if lowered in AGE_DECADES:
        return before is not None and (before.tag_ == "PRP$" or before.lower_ in AGE_STAGES)
    root = span.root
    return root.dep_ == "appos" and root.head.ent_type_ == "PERSON" and root.like_num


def extract_counts(doc: Doc, article: schema.Article) -> list[schema.Count]:
    """Extract one Count per quantity phrase that is not a date, year, ordinal or stamp."""
    rows = []
    for match in quantity_regex().finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None and is_count(span, match.group()):
            rows.append(_row(article, span, match.start(), match.end()))
    return rows


def _row(article: schema.Article, span: Span, start: int, end: int) -> schema.Count:
    """Build the Count for one accepted quantity phrase at body[start:end]."""
    text = article.body.text[start:end]
    quantity = read_quantity(text)
    head = head_noun(span, fallback=quantity.unit in ("", Unit.PERCENT))
    age = is_age(span, text)
    unit = quantity.unit or (Unit.YEARS if age else Unit.PERSONS if is_person(head) else Unit.OTHER)
    return schema.Count(
        **schema.provenance(article, start, end, span.sent.text),
        low=quantity.low,
        high=quantity.high,
        qualifier=quantity.qualifier,
        unit=unit,
        counted="age" if age else counted_phrase(span, head),
        attributed_to=attribute(span.sent),
        time_ref=time_ref(span),
        rules_version=version(),
    )


def is_count(span: Span, text: str) -> bool:
    """Reject dates ("April 11-13"), years ("2009"), times, ordinals, widget lines, "no one".

    Money ("5,000 yuan", "$300") is kept as a count with unit other; `counted` names the currency.
    A number on a line with no word ("31.1 C", "10/16/2023, 19.20") is a page widget.
    "one" counts only as a numeral before a noun ("One defector"), not as a pronoun.
    """
    quantity = read_quantity(text)
    if quantity.low is None and quantity.high is None and quantity.qualifier != Qualifier.VAGUE:
        return False
    if any(t.ent_type_ in ("TIME", "ORDINAL") for t in span):
        return False
    if is_age(span, text):
        return True
    if not quantity.unit and any(t.ent_type_ == "DATE" for t in span):
        return False
    if re.fullmatch(r"1[89]\d\d|20\d\d", text):
        return False
    if text.lower() == "one" and not _counting_one(span):
        return False
    body = doc_text(span.doc)
    line_start = body.rfind("\n", 0, span.start_char) + 1
    line_end = body.find("\n", span.end_char)
    line = body[line_start : line_end if line_end >= 0 else None]
    return re.search(r"\b[a-z]{3,}\b", line) is not None


def _counting_one(span: Span) -> bool:
    """Keep "One defector", "one returned home"; drop "no one", "one another", "one of the ways"."""
    token = span[0]
    if token.dep_ == "nummod":
        return True
    before = token.doc[token.i - 1].lower_ if token.i > 0 else ""
    after = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    if before in PRONOUN_ONES or after == "another":
        return False
    return token.dep_ in ("nsubj", "nsubjpass") or is_person(token.head)


def time_ref(span: Span) -> str:
    """Find the date stated with a count, with its preposition: "as of August 2023"."""
    dates = [e for e in span.sent.ents if _point_in_time(e) and not _overlaps(e, span)]
    if not dates:
        return ""
    nearest = min(dates, key=lambda e: min(abs(e.start - span.end), abs(span.start - e.end)))
    return " ".join(_with_preposition(nearest).split())


def _overlaps(a: Span, b: Span) -> bool:
    """Tell whether two spans share a token."""
    return a.start < b.end and b.start < a.end


# A DATE with one of these words, or a digit, names a point in time.
_POINT_IN_TIME = re.compile(rf"\b(?:{'|'.join([*CALENDAR_WORDS, *RELATIVE_DATE_WORDS])})|\d")


def _point_in_time(ent: Span) -> bool:
    """Accept "in January", "last October"; reject durations, "every year", dates of speaking."""
    if ent.label_ != "DATE" or ent[0].lower_ == "every":
        return False
    if not _POINT_IN_TIME.search(ent.text.lower()):
        return False
    match = quantity_regex().search(ent.text)
    if match is not None and read_quantity(match.group()).unit:
        return False
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return not speech_verb(verb)


def _with_preposition(ent: Span) -> str:
    """Render a date with its preposition: "as of August 2023", "since the 1950-53 Korean War"."""
    token = ent.root
    while token.dep_ in ("nummod", "compound", "amod") and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    if token.dep_ != "pobj":
        return ent.text
    prep = token.head
    while prep.dep_ == "prep" and prep.head.dep_ == "prep" and prep.head.i == prep.i - 1:
        prep = prep.head
    lead = prep.head.pos_ in ("ADV", "ADJ") and prep.head.i < prep.i  # "as early as this month"
    start = prep.head.left_edge.i if lead else prep.i
    return ent.doc[start : max(ent.end, token.i + 1)].text
