"""dates.csv: temporal expressions found by spaCy (DATE/TIME plus our rules), resolved by rules.

spaCy finds the spans; `resolve_date` runs the named rules here (skips, durations, "since",
modifiers) and in `relative` (relative points) and `calendar` (calendar points) to give each a
TIMEX3 value against the publication date. Mentions are tight: leading "the"/"first",
prepositions, quotes, trailing punctuation and clock times are trimmed. A "since" just before the
span is taken in only before a point, whose value it keeps ("since January" = January, as
TimeML reads "since" as a signal); "as of" is left out (it does not change the value);
"earlier"/"previously" before "this month" is taken in.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from nkreports.facts.dates import narrative
from nkreports.facts.dates.anchors import anchored
from nkreports.facts.dates.calendar import CALENDAR_RULES
from nkreports.facts.dates.lists import day_list, listed_day
from nkreports.facts.dates.month_anchor import at_month
from nkreports.facts.dates.months import MONTH_RULES
from nkreports.facts.dates.parts import narrowed
from nkreports.facts.dates.relative import (
    COUNT_RE,
    DAYPART_RE,
    MONTH_RE,
    NUM_RE,
    QUANT_RE,
    RELATIVE_RULES,
    UNIT_RE,
    Resolution,
)
from nkreports.facts.dates.tense import sentence_tense
from nkreports.schema import Article, DateKind, DateMention, fact, provenance

__all__ = ["RULES_VERSION", "Resolution", "extract_dates", "resolve_date"]

RULES_VERSION = "dates-7"


def version() -> str:
    """The stage's version: its rules alone, as it reads no resource file."""
    return RULES_VERSION


LABELS = frozenset({"DATE", "TIME"})
SEASON_WORDS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
LEADING = frozenset({"the", "first", "then", "only", "from", "in", "on", "during", "as", "of"})
TRAILING = frozenset({"of", "in", "at", "and", "or"})
CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?:[ap]m)?|[ap]m", re.IGNORECASE)


# The skip list, as data: vague adverbs and bare units that are not dates, never emitted.
VAGUE = frozenset(
    {
        *("recently", "recent", "now", "nowadays", "at present", "present", "currently"),
        *("for a while", "a while", "during the day", "at night", "night", "day", "soon"),
        *("later", "earlier", "once", "then", "past", "future", "year", "month", "time"),
        *("these days", "lately", "so far", "until now", "till now", "by now", "right now"),
    }
)
PREPOSITIONS = r"(?:as of|in|on|at|during|from|of)"
QUALIFIERS = r"(early|mid|late|end of|beginning of|start of|middle of|first half of|second half of"
QUALIFIERS += r"|around|about|approximately|circa|roughly|until|till|by|before|after)"


def skip_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Skip non-dates: "recently", "at night", "11-year-old", "her thirties", "every year"."""
    if t in VAGUE:
        return Resolution("", rule="skip_vague")
    if re.fullmatch(rf"{NUM_RE}-{UNIT_RE}-old|(?:his|her|their|my|our|its) \w+ties|\d{{1,3}}", t):
        return Resolution("", rule="skip_age")
    if re.fullmatch(rf"(?:every|each) (?:{COUNT_RE} )?{UNIT_RE}|annually|yearly|monthly|weekly", t):
        return Resolution("", rule="skip_recurring")
    clock = r"\d{1,2}(?:[:.]\d{2} ?(?:[ap]m)?| ?[ap]m)"
    if re.fullmatch(rf"{clock}|(?:at |in the )?{DAYPART_RE}", t):
        return Resolution("", rule="skip_time_of_day")
    return None


# Phrases read as another with the same value, as data: (pattern, the phrase it reads as).
PARAPHRASES = (
    (r"so far this (year|month|week)", r"earlier this \1"),  # from the unit's start to the anchor
    (r"(?:earlier|later) (?:in the day|today)", "today"),  # the reference day itself
    (r"(?:most|much|all|part|some|parts)(?: (?:years?|months?))? of (?:the )?(.+)", r"\1"),
)


def paraphrase_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Read a phrase as its paraphrase (`PARAPHRASES`): "so far this year", "most of the 2000s".

    "so far this year" = "earlier this year", "earlier in the day" = "today", "most years of the
    2000s" = "the 2000s".
    """
    for pattern, reading in PARAPHRASES:
        if re.fullmatch(pattern, t):
            found = resolve_date(re.sub(pattern, reading, t), anchor, tense, order)
            return replace(found, rule=f"paraphrase+{found.rule}")
    return None


def duration_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Keep lengths apart: "ten years", "a decade", "more than ten years", "60-day", "75 years"."""
    tail = r"(?:-long)?(?: or (?:more|so|longer))?"
    if re.fullmatch(rf"(?:{QUANT_RE} )*{COUNT_RE}[ -]{UNIT_RE}{tail}", t):
        return Resolution(DateKind.DURATION, "", "duration", rule="duration")
    return None


def since_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Value the point after "since" (TimeML: "since" is a signal, the TIMEX3 is the point).

    "since January" = January, "since last October" = that October. Only "since the start
    (beginning) of" a unit runs to the anchor, as that start is the unit's own first part.
    """
    if not t.startswith("since "):
        return None
    inner = resolve_date(t[6:], anchor, "past", order)
    rule = f"since+{inner.rule}"
    start = re.match(r"(?:the )?(?:start|beginning) of ", t[6:])
    if not start or inner.kind in ("", DateKind.DURATION) or not inner.value:
        return replace(inner, rule=rule)
    end = anchor.isoformat() if anchor else ".."
    value = f"{inner.value.split('/')[0]}/{end}"
    return Resolution(
        DateKind.RANGE, value, "interval", end.strip("."), rule, inner.tense, inner.note
    )


def qualifier_rule(t: str, anchor: date | None, tense: str, order: str) -> Resolution | None:
    """Narrow a modified point to the part named (`parts`): "late last year", "mid-August".

    A bare unit after the modifier is the current one: "the end of the year" = this year's.
    """
    if m := re.fullmatch(rf"{PREPOSITIONS} (.+)", t):
        return resolve_date(m[1], anchor, tense, order)
    m = re.fullmatch(rf"{QUALIFIERS}[ -](?:the )?(.+)", t)
    current = f"this {m[2]}" if m and m[2] in ("year", "month", "week") else m and m[2]
    inner = resolve_date(current, anchor, tense, order) if m else None
    if inner is None or inner.kind in ("", DateKind.DURATION):
        return None
    return narrowed(inner, m[1])


RULES = (
    skip_rule,
    paraphrase_rule,
    since_rule,
    duration_rule,
    qualifier_rule,
    *RELATIVE_RULES,
    *MONTH_RULES,
)
RULES += CALENDAR_RULES


def normalise(text: str) -> str:
    """Lower-case; plain hyphens and spaces; no quotes, commas, ordinals, abbreviation dots."""
    t = re.sub(r"[\u2010-\u2015]", "-", text.lower())
    t = re.sub(r"[\"“”‘’',]|(?<=\d)(?:st|nd|rd|th)\b|(?<=[a-z])\.", " ", t)
    t = " ".join(re.sub(r"\s*-\s*", "-", t).split())
    t = re.sub(rf"\b{MONTH_RE} (?:of |in )+(?=\d{{4}})", r"\1 ", t)
    t = re.sub(r"\b(spring|summer|autumn|fall|winter) of (?=\d{4})", r"\1 ", t)
    return re.sub(r"^the ", "", t)


def resolve_date(text: str, anchor: date | None, tense: str, date_order: str = "MDY") -> Resolution:
    """Resolve one temporal expression by the first named rule that matches it (TIMEX3 values)."""
    t = normalise(text)
    for rule in RULES:
        found = rule(t, anchor, tense, date_order)
        if found is not None:
            return found
    return Resolution(DateKind.RELATIVE, rule="unresolved", note="no rule for this expression")


def _is_noise(token: Token) -> bool:
    return token.is_punct or token.is_quote or token.is_space


def tight_span(ent: Span) -> Span | None:
    """Trim an entity to its temporal expression: "first around Nov. 20" -> "around Nov. 20"."""
    start, end = ent.start, ent.end
    while start < end and (_is_noise(ent.doc[start]) or ent.doc[start].lower_ in LEADING):
        if start + 1 < end and ent.doc[start + 1].lower_ in ("half", "quarter"):
            break  # "the first half of this year" keeps its "first"
        start += 1
    while end > start and (
        _is_noise(ent.doc[end - 1])
        or ent.doc[end - 1].lower_ in TRAILING
        or CLOCK.fullmatch(ent.doc[end - 1].text)
    ):
        end -= 1
    return ent.doc[start:end] if start < end else None


def widened(span: Span, found: Resolution) -> Span:
    """Take in a cue left outside: "since" before a date, "since the start of the year", "so far".

    A part of the day the model tags apart is taken into its weekday: "Thursday night"; a day
    number it leaves out, into its month: "8 November 2010".
    """
    doc = span.doc
    tail = " ".join(t.lower_ for t in doc[span.end : span.end + 2])
    if span[-1].lower_ in SEASON_WORDS and re.fullmatch(r"of \d{4}", tail):
        return doc[span.start : span.end + 2]  # "the summer of 2016"
    start = span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start
    cue = doc[start - 1].lower_ if start else ""
    dated = found.granularity not in ("duration", "")
    this = span.text.lower().startswith("this ")
    if this and start >= 2 and doc[start - 2 : start].text.lower() == "so far":
        return doc[start - 2 : span.end]
    if (this and cue in ("earlier", "previously", "later")) or (cue == "since" and dated):
        return doc[start - 1 : span.end]
    day = doc[span.start - 1].text if span.start else ""
    month = re.fullmatch(MONTH_RE, span[0].lower_.rstrip("."))
    if month and re.fullmatch(r"[1-9]|[12]\d|3[01]", day):  # "8 November 2010"
        return doc[span.start - 1 : span.end]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if found.rule.startswith("weekday_") and re.fullmatch(DAYPART_RE, after):
        return doc[span.start : span.end + 1]
    return span


def _row(article: Article, span: Span, found: Resolution, evidence: str) -> DateMention:
    """Build the dates.csv row of a resolved span, with raw-offset provenance."""
    cue = f'tense from "{evidence}"' if found.tense else ""
    where = provenance(article, span.start_char, span.end_char, span.sent.text)
    note = "; ".join(filter(None, [found.note, cue]))
    return fact(DateMention, where, found, note=note, rules_version=version())


def _resolved(text: str, article: Article, tense: str) -> Resolution:
    """Resolve against the article's publication date, at that date's granularity."""
    found = resolve_date(text, article.published, tense, article.date_order)
    if article.published and article.published_granularity == "month":
        return at_month(found, article.published)
    return found


def _in_story(
    span: Span, found: Resolution, article: Article, ref: str, years: dict[int, int]
) -> Resolution:
    """Read anaphors against the story's last date, bare months in the year just named.

    With no publication date, a bare month takes the year of the story's last date.
    """
    said = narrative.phrase(span)
    story = narrative.read_anaphor(said, ref) or narrative.read_later(said, ref)
    if story is not None:
        return story
    if found.rule.removeprefix("since+") not in narrative.BARE_RULES:
        return found
    year, why = narrative.sentence_year(span, years), "the year its sentence names"
    if year is None and article.published is None and ref:
        year, why = int(ref[:4]), "the year of the story's last date (no publication date)"
    if year is None:
        return found
    again = resolve_date(span.text, date(year, 12, 31), "past", article.date_order)
    return replace(again, anchor=str(year), note=f"in {year}, {why}")


def extract_dates(doc: Doc, article: Article) -> list[DateMention]:
    """dates.csv rows for one article: every DATE/TIME span that is a date, resolved (TIMEX3).

    A list of days ("May 8, 9 and 11") gives its head date and one row per listed day; an
    anaphor ("that autumn") is read against the story's last explicit date (`narrative`).
    """
    rows, listed = [], set()  # tokens already read as part of a list of days
    ref, years = "", {}  # the story's last explicit date; years named, by token
    ents = [e for e in doc.ents if e.label_ in LABELS]
    taken = {t.i for e in ents for t in e}
    for ent in sorted([*ents, *narrative.anaphor_spans(doc, taken)], key=lambda s: s.start):
        span = tight_span(ent)
        if span is None or listed & {t.i for t in span}:
            continue
        tense, evidence = sentence_tense(span)
        span, days, year = day_list(span)
        listed |= {t.i for t in days} | ({year.i} if year else set())
        dated = anchored(article, span.start_char)
        found = _resolved(" ".join([span.text, *([year.text] if year else [])]), dated, tense)
        if not days and (wide := widened(span, found)) is not span:
            span, found = wide, _resolved(wide.text, dated, tense)
            listed |= {t.i for t in span}  # "the summer of 2016": its year is no mention apart
        found = _in_story(span, found, article, ref, years)
        if found.kind:
            rows.append(_row(article, span, found, evidence))
        for day in days:
            rows.append(_row(article, doc[day.i : day.i + 1], listed_day(found, day), evidence))
        ref = narrative.reference(found) or ref
        if found.rule == "year" and re.fullmatch(r"\d{4}", found.value):
            years[span.start] = int(found.value)
    return rows
