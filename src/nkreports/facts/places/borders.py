"""Border mentions: 'the border with China', 'the Laos border', 'cross the border'."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from nkreports.facts.places.ambiguity import DEMONYM_COUNTRIES
from nkreports.facts.places.candidates import DASHES, Candidate, country_at
from nkreports.facts.places.gazetteer import lookup
from nkreports.facts.places.scan import tokens_in

BORDER_WORDS = ("border", "frontier", "boundary")


def named_border_candidates(doc: Doc) -> list[Candidate]:
    """'the border with China', 'its frontier with North Korea': a border of a named country.

    The mention is the whole phrase; the country in it stays a mention of its own.
    """
    found = []
    for tok in tokens_in(doc, BORDER_WORDS):
        if tok.i >= len(doc) - 2 or doc[tok.i + 1].lower_ != "with":
            continue
        country = country_at(doc, tok.i + 2)
        if country is not None:
            code = lookup(country.text)[0].country
            found.append(Candidate.of(doc[tok.i : country.end], border_of=code))
    return found


def _country_code(span: Span) -> str:
    """'Laos' -> LA, 'Thai' -> TH, 'North Korean' -> KP; '' when the words name no one country."""
    found = lookup(span.text)
    if len(found) == 1 and found[0].kind == "country":
        return found[0].country
    return DEMONYM_COUNTRIES.get(span.text.lower(), "")


def country_border_candidates(doc: Doc) -> list[Candidate]:
    """'the Laos border', 'the Thai border', 'the North Korean border': a border of that country.

    Not a modifier ('the Chinese border city'), nor the end of a pair ('China-North Korea border').
    """
    found = []
    for tok in tokens_in(doc, BORDER_WORDS, first=1):
        if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
            continue
        for size in (2, 1):
            start = tok.i - size
            words = doc[max(start, 0) : tok.i]
            paired = start > 0 and doc[start - 1].text in DASHES
            alone = start >= 0 and not paired and all(t.is_alpha for t in words)
            code = _country_code(words) if alone else ""
            if code:
                found.append(Candidate.of(doc[start : tok.i + 1], border_of=code))
                break
    return found


def border_candidates(doc: Doc) -> list[Candidate]:
    """'cross the border into China', 'if the border reopens' (not 'the border city')."""
    return [
        Candidate.of(doc[tok.i : tok.i + 1])
        for tok in tokens_in(doc, ("border",), first=1)
        if doc[tok.i - 1].lower_ == "the"
        and not (tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN"))
    ]
