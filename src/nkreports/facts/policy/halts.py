"""Acts that are stopped: 'stopped sending them back' spares the people it would have hit.

A family reads the act ('sending them back': repatriation, restrictive); a stopping verb above
it, itself neither negated nor refused, turns the act's direction over.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from nkreports.facts.policy.grammar import Hit, is_negated, lemma_of, refused
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Direction

# the families that read a stopping verb above their own: 'stopped treating them as refugees'
READS_STOPS = frozenset({"residency_legal_status", "household_register"})


def opposite(direction: Direction) -> Direction:
    """Restrictive for protective and back; neutral stays neutral."""
    if direction == Direction.NEUTRAL:
        return direction
    return Direction.PROTECTIVE if direction == Direction.RESTRICTIVE else Direction.RESTRICTIVE


def halted(verb: Token) -> bool:
    """Tell whether a stopping verb, itself not negated or refused, governs this one.

    Phrasings: 'stopped sending them back', 'should cease punishing the families'; not 'did not
    stop sending them back', 'refused to stop the returns', 'ended up being handed back', nor
    'stopped them from leaving' (a bar, not a halt).
    """
    head = verb.head
    governed = verb.dep_ == "xcomp" and lemma_of(head) in WORDS.HALTS
    ends_up = any(c.dep_ == "prt" for c in head.children)  # 'ends up being handed back'
    return governed and not ends_up and not is_negated(head) and not refused(head)


def stopped_reading(token: Token, hit: Hit) -> Hit:
    """An act that is stopped takes the opposite direction: 'stopped sending them back'."""
    if hit.method in READS_STOPS or not halted(token):
        return hit
    action = f"{lemma_of(token.head)} {hit.action}"
    return replace(hit, direction=opposite(hit.direction), action=action)
