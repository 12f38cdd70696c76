"""The rule families for families made to pledge, told to bring a relative home, or cut off.

North Korea presses the families of people who left: officials make them sign pledges, tell
them to bring the relative back, to phone and persuade them, or stop their rations. Category
`family_pressure`.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials, is_official
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category


@reads(WORDS.PRESSES_TO)
def pledges(verb: Token) -> Hit | None:
    """Catch people made to sign pledges, or told to bring someone home.

    Phrasings:
        - 'were made to sign a pledge that they would bring their people home'
        - 'telling them to get the relative to return'
        - headline 'Families told to bring back relatives'
        - not 'made him sign the contract', 'told her to come home for dinner', 'China told Laos
          to send them back' (a state told: a request)
    """
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


@reads(WORDS.CUTS)
def rations(verb: Token) -> Hit | None:
    """Catch a family's rations or allowances cut or stopped by officials.

    Phrasings:
        - "the family's rations will be cut"
        - "her mother's grain ration has been stopped until you come home"
        - not 'the aid agency cut rations in the camps' (no one's own rations)
    """
    cut = [o for o in grammar.objects(verb) if grammar.lemma_of(o) in WORDS.RATIONS]
    cut = [o for o in cut if any(p.dep_ == "poss" and grammar.is_group(p) for p in o.children)]
    if not cut or not by_officials(verb):  # a family's, a mother's or their rations
        return None
    return Hit.restrictive(Category.FAMILY_PRESSURE, "cut rations", (cut[0],))
