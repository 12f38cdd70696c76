"""The rule family for families made to pledge, or told to bring a relative home.

North Korea presses the families of people who left: officials make them sign pledges, or tell
them to bring the relative back, to phone and persuade them. Category `family_pressure`.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials, is_official
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category


def pledges(verb: Token) -> Hit | None:
    """Catch people made to sign pledges, or told to bring someone home.

    Phrasings:
        - 'were made to sign a pledge that they would bring their people home'
        - 'telling them to get the relative to return'
        - headline 'Families told to bring back relatives'
        - not 'made him sign the contract', 'told her to come home for dinner', 'China told Laos
          to send them back' (a state told: a request)
    """
    if grammar.lemma_of(verb) not in WORDS.PRESSES_TO:
        return None
    asked = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp", "advcl"}]
    words = set().union(*(grammar.lemmas(c) for c in asked)) if asked else set()
    signed = words & WORDS.PLEDGES
    fetched = words & WORDS.FETCHES and words & WORDS.HOMEWARD  # 'to get the relative to return'
    if not (signed or fetched) or any(map(is_official, grammar.objects(verb))):
        return None
    if not (by_officials(verb) or grammar.headline_passive(verb)):
        return None
    action = "make families pledge" if signed else "tell families to bring them home"
    return Hit.restrictive(Category.FAMILY_PRESSURE, action, tuple(asked[:1]))
