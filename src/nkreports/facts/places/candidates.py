"""Finding place mentions: spaCy entities made tight, plus rules for what the model misses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from nkreports.facts.places.gazetteer import lookup
from nkreports.facts.places.scan import capitalised, mixed_case, title, tokens_in, tokens_where

PLACE_LABELS = ("GPE", "LOC")
COMPASS = ("North", "South")
POSSESSIVES = ("'s", "’s", "'", "’")
DASHES = ("-", "–")


def _words(text: str) -> tuple[str, ...]:
    """A word list written as one blank-separated string."""
    return tuple(text.split())


GOVERNMENT_WORDS = (
    "state department",
    *_words("department ministry embassy consulate government army navy military police"),
    *_words("assembly congress parliament"),
)
# Heads that make a place name part of a longer name: 'the Shanghai Expo', 'its Brussels
# office', 'the Geneva Conventions', 'Jilin University', 'the Beijing Olympics', 'Seoul bureau'.
NAME_HEADS = _words(
    "office offices bureau bureaus branch convention conventions university college "
    "institute academy expo olympics games summit declaration accord accords protocol "
    "correspondent director desk division times post herald journal network rights watch "
    "council committee commission foundation fellowship society association alliance league "
    "mission church daily news review monitor ledger gazette tribune radio"
)
# Common nouns that introduce a name: 'the area of Tonghua', 'near the town of Changbai'.
AREA_NOUNS = _words("area town city village county port region district province prefecture")
# Words before a name that make it a place, and labels spaCy's small model gives place names
# it does not know ('near Luang Namtha' as PERSON, 'across Yanbian' as NORP).
LOCATIVES = _words(
    "in at to from near across into through around outside via toward towards reach reached "
    "reaching reaches left leaving entered entering"
)
PLACE_CUES = _words("crossing county province city prefecture region district border")
MISREAD_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT", "")
DIRECTIONS = ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
_GLUED = re.compile(r"(?:in|to|from|into|across|of)(?P<name>[A-Z][a-z]{3,})")


@dataclass(frozen=True)
class Candidate:
    """A possible place mention: exact body offsets, its text, and its token span for context."""

    start: int
    end: int
    text: str
    span: Span
    hint: str = ""  # a gazetteer name to look up instead of the text ("northeast China")
    from_model: bool = False  # found by spaCy's NER (or the ruler), not by a rule here
    border_of: str = ""  # 'the border with China': the named country's code

    @classmethod
    def of(
        cls, span: Span, hint: str = "", from_model: bool = False, border_of: str = ""
    ) -> Candidate:
        """Wrap a whole token span."""
        return cls(span.start_char, span.end_char, span.text, span, hint, from_model, border_of)


def tighten(span: Span) -> Span:
    """Drop a leading 'the', trailing possessives, dashes and spaces: 'the North Korea’s'."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ == "the" or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in POSSESSIVES
    ):
        end -= 1
    return doc[start:end]


def inside_longer_name(span: Span) -> bool:
    """Tell a place that names something else: 'the Beijing Olympics', 'its Seoul bureau'."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in NAME_HEADS


def owner_only(span: Span) -> Span:
    """Keep the owner of "China's northeast": the direction after it is a rule's to read."""
    doc = span.doc
    cut = next(
        (
            t.i
            for t in span[1:-1]
            if t.lower_ in POSSESSIVES and doc[t.i + 1].lower_.removesuffix("ern") in DIRECTIONS
        ),
        span.end,
    )
    return doc[span.start : cut]


def entity_candidates(doc: Doc) -> list[Candidate]:
    """GPE and LOC entities, and FAC entities the gazetteer knows ('Kaesong Industrial Complex')."""
    found = []
    for ent in doc.ents:
        span = tighten(ent)
        span = owner_only(span)
        if not span.text or inside_longer_name(span):
            continue
        if ent.label_ in PLACE_LABELS or (ent.label_ == "FAC" and lookup(span.text)):
            found.append(Candidate.of(span, from_model=True))
    return found


def compass_candidates(doc: Doc) -> list[Candidate]:
    """'back to the North', 'the North’s nuclear weapons', headline 'defectors to South'."""
    found = []
    for tok in tokens_in(doc, COMPASS, "ORTH", first=1):
        if doc[tok.i - 1].lower_ not in ("the", "to", "from", "in"):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is None or not (after.is_title or after.text in DASHES):
            found.append(Candidate.of(doc[tok.i : tok.i + 1]))
    return found


def misread_candidates(doc: Doc) -> list[Candidate]:
    """A gazetteer name the model read as a person or group, in a place's context.

    'near Luang Namtha' (PERSON), 'across Yanbian' (NORP), 'at the Boten crossing' (none): the
    name is one or two capitalised words with no other label, after a locative word or before a
    place word.
    """
    found = []
    for tok in tokens_where(doc, title):
        if tok.i == 0 or tok.pos_ not in ("PROPN", "ADJ") or tok.ent_type_ not in MISREAD_LABELS:
            continue
        if tok.ent_iob_ == "I" or (doc[tok.i - 1].is_title and doc[tok.i - 1].pos_ == "PROPN"):
            continue  # inside a longer name
        for size in (2, 1):
            span = doc[tok.i : tok.i + size]
            one = len({t.ent_type_ for t in span}) == 1 and all(t.is_title for t in span)
            after = doc[span.end].lower_ if span.end < len(doc) else ""
            before = doc[tok.i - 1].lower_
            the = before == "the" and tok.i >= 2 and doc[tok.i - 2].lower_ in LOCATIVES
            placed = before in LOCATIVES or the or after in PLACE_CUES  # 'across the Gobi'
            if one and placed and lookup(span.text):
                found.append(Candidate.of(span))
                break
    return found


def dateline_candidates(doc: Doc) -> list[Candidate]:
    """A dateline city in capitals: 'GENEVA, Jan 21 -', 'SEOUL —', 'A/B,', '3 May 2003 THE HAGUE'.

    It opens a line, follows a slash or a date, and ends the line or meets a comma or dash.
    """
    found = []
    for tok in tokens_where(doc, capitalised):
        before = doc[tok.i - 1] if tok.i else None
        starts = before is None or "\n" in before.text + before.whitespace_
        starts = starts or (before.text == "/" and tok.i >= 2 and doc[tok.i - 2].is_upper)
        starts = starts or before.ent_type_ == "DATE"  # '19 February 2003 THE HAGUE'
        if not starts:
            continue
        end = tok.i + 1
        while end < min(len(doc), tok.i + 3) and doc[end].is_upper and doc[end].is_alpha:
            end += 1
        span = doc[tok.i : end]
        ends_line = end == len(doc) or "\n" in doc[end - 1].whitespace_ + doc[end].text
        closed = ends_line or doc[end].text in (",", "(", "/", "—", "–", "-", "--")
        if closed and lookup(span.text.title()):
            found.append(Candidate.of(span))
    return found


def of_phrase_candidates(doc: Doc) -> list[Candidate]:
    """Find a name the model missed after 'the area of', 'the town of': 'near the town of Musan'."""
    found = []
    for tok in tokens_in(doc, AREA_NOUNS):
        if tok.i >= len(doc) - 2 or doc[tok.i + 1].lower_ != "of":
            continue
        for size in (2, 1):
            span = doc[tok.i + 2 : tok.i + 2 + size]
            if span.end <= len(doc) and all(t.is_title for t in span) and lookup(span.text):
                found.append(Candidate.of(span))
                break
    return found


def country_at(doc: Doc, start: int) -> Span | None:
    """Find the longest country name (two tokens or one) starting at token `start`."""
    for size in (2, 1):
        span = doc[start : start + size]
        found = lookup(span.text) if span.end <= len(doc) else []
        if len(found) == 1 and found[0].kind == "country":
            return span
    return None


def hyphen_pair_candidates(doc: Doc) -> list[Candidate]:
    """Find the second country in 'North Korea-China friendship', 'China–North Korea ties'."""
    found = []
    for dash in tokens_in(doc, DASHES, "ORTH", first=1):
        if dash.i < len(doc) - 1 and doc[dash.i - 1].ent_type_:
            country = country_at(doc, dash.i + 1)
            if country is not None:
                found.append(Candidate.of(country))
    return found


def organisation_country_candidates(doc: Doc) -> list[Candidate]:
    """Countries naming a state body: 'The U.S. State Department', 'Embassy of South Korea'.

    Outlet names ('Korea JoongAng Daily', 'Radio Free Asia') stay organisations.
    """
    found = []
    for ent in (e for e in doc.ents if e.label_ == "ORG"):
        for i in range(ent.start, ent.end):
            country = country_at(doc, i)
            if country is None or country.end > ent.end:
                continue
            rest = doc[country.end : ent.end].text.lower()
            after_of = i > ent.start and doc[i - 1].lower_ == "of"
            if after_of or rest.startswith(GOVERNMENT_WORDS):
                found.append(Candidate.of(country))
    return found


def glued_candidates(doc: Doc) -> list[Candidate]:
    """Find a name glued to its preposition by a missing space: 'under the radar inChina'."""
    found = []
    for tok in tokens_where(doc, mixed_case):
        match = _GLUED.fullmatch(tok.text)
        if match and len(lookup(match["name"])) == 1:
            start = tok.idx + match.start("name")
            span = doc[tok.i : tok.i + 1]
            found.append(Candidate(start, tok.idx + len(tok.text), match["name"], span))
    return found


def direction_region_candidates(doc: Doc) -> list[Candidate]:
    """Find "China's northeastern region", 'the northeastern provinces of China', "China's east"."""
    found = []
    for tok in tokens_in(doc, DIRECTIONS + tuple(f"{d}ern" for d in DIRECTIONS), first=1):
        word = tok.lower_.removesuffix("ern")
        nouns = ("region", "regions", "provinces", "part", "parts")
        has_noun = tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in nouns
        end = tok.i + 2 if has_noun else tok.i + 1
        before, after = doc[max(tok.i - 2, 0) : tok.i], doc[end : end + 2]
        owner = ""
        if len(before) == 2 and before[1].lower_ in POSSESSIVES:
            owner = before[0].text
        elif has_noun and len(after) == 2 and after[0].lower_ == "of":
            owner = after[1].text
        if owner and (has_noun or tok.lower_ == word):
            found.append(Candidate.of(doc[tok.i : end], hint=f"{word} {owner}"))
    return found
