"""What a standing law or a punishment is about: the people, or their crossing and leaving.

'crossing the border without a permit', 'illegal entry', 'defection', 'sheltering a North
Korean' are about the people who fled; 'leaving a dog in a hot car' or 'selling Korean cosmetics'
are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.lexicon import WORDS


def about_people(token: Token) -> bool:
    """Tell whether a subject names the people, or their crossing of a border or a country.

    'North Koreans in China', 'crossing the border without a permit', 'leaving the country',
    'illegal entry'; not 'leaving a dog in a hot car'.
    """
    if grammar.is_group(token):
        return True
    words = {grammar.lemma_of(t) for t in token.subtree}
    crossed = words & (WORDS.CROSSED | WORDS.ID_PAPERS)  # 'entering without valid documents'
    lacked = {grammar.lemma_of(t) for t in token.subtree if t.head.lower_ == "without"}
    places = grammar.pobjs(token, {"at", "in", "into", "to"})  # not 'arriving at the festival'
    arrival = grammar.lemma_of(token) in WORDS.ARRIVALS
    elsewhere = arrival and any(not grammar.lemmas(p) & WORDS.CROSSED for p in places)
    crossing = grammar.lemma_of(token) in WORDS.CROSSES | WORDS.ENTRIES | WORDS.ARRIVALS
    crossing = crossing and not elsewhere
    # 'crossing without a permit', 'coming in without a passport'; not 'leaving a meeting without'
    unpermitted = crossing and bool(lacked & (WORDS.PERMITS | WORDS.ID_PAPERS))
    helped = [o for o in grammar.objects(token) if fled_people(o)]  # 'sheltering a North Korean'
    aided = token.tag_ == "VBG" and grammar.lemma_of(token) in WORDS.AIDS and bool(helped)
    fled = grammar.lemma_of(token) in WORDS.DEFECTIONS  # 'defection is a crime'
    flight = grammar.lemma_of(token) in WORDS.FLIGHTS and bool(crossed)
    return unlawful_entry(token) or fled or flight or unpermitted or aided


def fled_people(noun: Token) -> bool:
    """Tell whether a noun names people who fled the North: 'a North Korean', 'defectors'."""
    return grammar.is_group(noun) and bool(grammar.core(noun) & WORDS.FLED_PEOPLE)


def unlawful_entry(token: Token) -> bool:
    """Tell whether a noun is an unlawful crossing: 'illegal entry', 'unauthorised crossing'."""
    words = {grammar.lemma_of(t) for t in token.subtree}
    return grammar.lemma_of(token) in WORDS.ENTRIES and bool(words & WORDS.UNLAWFUL)
