"""Acts that are stopped: 'stopped sending them back' spares the people it would have hit.

A family reads the act ('sending them back': repatriation, restrictive); a stop above it that
is told as done turns the act's direction over. A stop that is asked for ('should stop sending
them back') is read by `demands` instead.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from nkreports.facts.policy.grammar import Hit, is_negated, lemma_of, refused
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Direction

# the families that may read a stopping verb above their own: 'stopped treating them as refugees'
READS_STOPS = frozenset({"residency_legal_status", "household_register"})


def opposite(direction: Direction) -> Direction:
    """Restrictive for protective and back; neutral stays neutral."""
    if direction == Direction.NEUTRAL:
        return direction
    return Direction.PROTECTIVE if direction == Direction.RESTRICTIVE else Direction.RESTRICTIVE


def halted(verb: Token) -> bool:
    """Tell whether a stop that took place governs this act: 'stopped sending them back'.

    The stop must be told as done: not negated or refused ('did not stop'), not itself governed
    or under a modal ('failed to stop', 'must stop', 'has yet to stop'), not an order ('Stop
    sending them back!'), not denied by 'no sign that'; and it stops a doing ('stopped
    sending'), not for a purpose ('stopped to search the bus') or a phrasal verb ('ended up').
    """
    head = stopper(verb)
    if head is None:
        return False
    told = head.dep_ not in {"xcomp", "advcl", "acl", "relcl", "csubj"} and head.tag_ != "VB"
    helped = any(c.dep_ in {"aux", "prt"} and c.lemma_ not in {"have", "be"} for c in head.children)
    doubted = any(_no(t) for t in head.ancestors)  # 'there is no sign that China has stopped'
    return told and not helped and not doubted and not is_negated(head) and not refused(head)


def stops_a_doing(verb: Token) -> bool:
    """Tell whether a stopping verb governs this gerund: 'stop sending', 'cease punishing'."""
    return stopper(verb) is not None


def stopper(verb: Token) -> Token | None:
    """The stopping verb over this gerund, or None.

    'stopped sending them back', 'ceased punishing', and a practice or policy of doing it that
    is ended: 'ended its practice of sending defectors back'.
    """
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in WORDS.HALTS:
        return verb.head
    of, practice = verb.head, verb.head.head
    kept = of.lower_ == "of" and lemma_of(practice) in WORDS.PRACTICES and practice.dep_ == "dobj"
    if verb.dep_ == "pcomp" and kept and lemma_of(practice.head) in WORDS.HALTS:
        return practice.head
    return None


def _no(token: Token) -> bool:
    """Tell whether a word above the stop is denied: 'no sign', 'no evidence'."""
    return any(
        c.dep_ in {"det", "neg"} and c.lower_ in {"no", "never", "not"} for c in token.children
    )


def stopped_reading(token: Token, hit: Hit) -> Hit:
    """An act that is stopped takes the opposite direction: 'stopped sending them back'.

    A family that reads a stop itself says so in its action ('not enter in a register').
    """
    if (hit.method in READS_STOPS and hit.action.startswith("not ")) or not halted(token):
        return hit
    action = f"{lemma_of(token.head)} {hit.action}"
    return replace(hit, direction=opposite(hit.direction), action=action)
