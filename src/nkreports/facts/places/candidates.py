"""Finding place mentions: spaCy entities made tight, plus rules for what the model misses."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from nkreports.facts.places.gazetteer import lookup

PLACE_LABELS = ("GPE", "LOC")
COMPASS = ("North", "South")
POSSESSIVES = ("'s", "’s", "'", "’")
DASHES = ("-", "–")
GOVERNMENT_WORDS = (
    "state department",
    "department",
    "ministry",
    "embassy",
    "consulate",
    "government",
    "army",
    "navy",
    "military",
    "police",
    "assembly",
    "congress",
    "parliament",
)
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

    @classmethod
    def of(cls, span: Span, hint: str = "", from_model: bool = False) -> Candidate:
        """Wrap a whole token span."""
        return cls(span.start_char, span.end_char, span.text, span, hint, from_model)


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


def entity_candidates(doc: Doc) -> list[Candidate]:
    """GPE and LOC entities, and FAC entities the gazetteer knows ('Kaesong Industrial Complex')."""
    found = []
    for ent in doc.ents:
        span = tighten(ent)
        if not span.text:
            continue
        if ent.label_ in PLACE_LABELS or (ent.label_ == "FAC" and lookup(span.text)):
            found.append(Candidate.of(span, from_model=True))
    return found


def compass_candidates(doc: Doc) -> list[Candidate]:
    """'back to the North', 'the North’s nuclear weapons', headline 'defectors to South'."""
    found = []
    for tok in doc[1:]:
        if tok.text not in COMPASS or doc[tok.i - 1].lower_ not in ("the", "to", "from", "in"):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is None or not (after.is_title or after.text in DASHES):
            found.append(Candidate.of(doc[tok.i : tok.i + 1]))
    return found


def border_candidates(doc: Doc) -> list[Candidate]:
    """'cross the border into China', 'if the border reopens' (not 'the border city')."""
    return [
        Candidate.of(doc[tok.i : tok.i + 1])
        for tok in doc[1:]
        if tok.lower_ == "border"
        and doc[tok.i - 1].lower_ == "the"
        and not (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"))
    ]


def _country_at(doc: Doc, start: int) -> Span | None:
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
    for dash in doc[1:-1]:
        if dash.text in DASHES and doc[dash.i - 1].ent_type_:
            country = _country_at(doc, dash.i + 1)
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
            country = _country_at(doc, i)
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
    for tok in doc:
        match = _GLUED.fullmatch(tok.text)
        if match and len(lookup(match["name"])) == 1:
            start = tok.idx + match.start("name")
            span = doc[tok.i : tok.i + 1]
            found.append(Candidate(start, tok.idx + len(tok.text), match["name"], span))
    return found


def direction_region_candidates(doc: Doc) -> list[Candidate]:
    """Find "China's northeastern region", 'the northeastern provinces of China'."""
    found = []
    for tok in doc[:-1]:
        nouns = ("region", "regions", "provinces")
        if (
            not tok.lower_.startswith(("north", "south", "east", "west"))
            or doc[tok.i + 1].lower_ not in nouns
        ):
            continue
        before, after = doc[max(tok.i - 2, 0) : tok.i], doc[tok.i + 2 : tok.i + 4]
        owner = ""
        if len(before) == 2 and before[1].lower_ in POSSESSIVES:
            owner = before[0].text
        elif len(after) == 2 and after[0].lower_ == "of":
            owner = after[1].text
        if owner:
            hint = f"{tok.lower_.removesuffix('ern')} {owner}"
            found.append(Candidate.of(doc[tok.i : tok.i + 2], hint=hint))
    return found


def candidates(doc: Doc) -> list[Candidate]:
    """Every candidate mention in text order; model entities win overlaps, then rules in turn."""
    rules = (
        entity_candidates,
        organisation_country_candidates,
        compass_candidates,
        border_candidates,
        hyphen_pair_candidates,
        glued_candidates,
        direction_region_candidates,
    )
    taken: set[int] = set()
    kept = []
    for rule in rules:
        for cand in rule(doc):
            chars = set(range(cand.start, cand.end))
            if not chars & taken:
                taken |= chars
                kept.append(cand)
    return sorted(kept, key=lambda c: c.start)
