"""Rule families for people moved by officials: handovers, crossings, onward flights, returns.

A person handed to Chinese or North Korean police, driven across the border or told that returns
resumed is being sent back; one flown to Seoul is let go.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction


def _moved(verb: Token) -> bool:
    """Tell whether the verb moves people: passive, or with people as its object."""
    return grammar.passive(verb) or any(grammar.is_group(o) for o in grammar.objects(verb))


def onward(verb: Token) -> Hit | None:
    """Catch people flown or sent on to South Korea or a third country.

    Phrasings:
        - 'are later flown to Seoul'
        - 'has so far sent every one of them on to South Korea'
    """
    if grammar.lemma_of(verb) not in WORDS.FLIES or not _moved(verb):
        return None
    if grammar.destination(verb) != "third":
        return None
    return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, f"{grammar.lemma_of(verb)} on")


def handover(verb: Token) -> Hit | None:
    """Catch people handed to the North's or China's officers, or carried across the border.

    Phrasings:
        - 'was passed to Chinese police' (from a southern neighbour: a step back north)
        - 'were handed to the North's state security'
        - 'were bused across the border at Tumen'
        - 'are handed across the Tumen River'
        - 'was handed over to the South Korean embassy' (let go: exit)
    """
    lemma = grammar.lemma_of(verb)
    if lemma not in WORDS.CONVEYS | WORDS.HANDS or not _moved(verb):
        return None
    crossed = [t for t in grammar.pobjs(verb, {"across", "over"}) if grammar.core(t) & WORDS.BORDER]
    if crossed:
        return Hit.restrictive(Category.REPATRIATION, f"{lemma} across the border", tuple(crossed))
    if lemma not in WORDS.HANDS:
        return None
    particles = [c for c in verb.children if grammar.lemma_of(c) in {"over", "back", "on"}]
    to = [
        t
        for head in (verb, *particles)
        for t in grammar.pobjs(head, {"to"})
        if grammar.lemmas(t) & WORDS.OFFICIALS
    ]
    north = [t for t in to if grammar.lemmas(t) & WORDS.RETURNING_STATES]
    if north and not grammar.lemmas(north[0]) & WORDS.MISSIONS:
        return Hit.restrictive(Category.REPATRIATION, "hand over to police", (north[0],))
    missions = [t for t in to if grammar.lemmas(t) & WORDS.MISSIONS]
    if missions and not north:
        action = "hand over to a foreign mission"
        return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, action, (missions[0],))
    return None


def returns(verb: Token) -> Hit | None:
    """Catch returns resumed or halted, named by a noun.

    Phrasings:
        - 'resumed large-scale returns' (restrictive)
        - 'has suspended deportations' (protective)
    """
    lemma = grammar.lemma_of(verb)
    named = grammar.objects_in(verb, WORDS.RETURN_NOUNS)
    if not named or lemma not in WORDS.RESUMES | WORDS.HALTS:
        return None
    direction = Direction.PROTECTIVE if lemma in WORDS.HALTS else Direction.RESTRICTIVE
    action = f"{lemma} {grammar.lemma_of(named[0])}"
    return Hit(Category.REPATRIATION, direction, action, tuple(named))
