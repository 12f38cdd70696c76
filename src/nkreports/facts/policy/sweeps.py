"""The rule families for sweeps told with a verb, and for detention centres filled or emptied.

'Officers swept through four villages', 'police combed the border towns for North Korean women':
a search of places for people to arrest (`detention_arrest`, restrictive), as the noun 'a sweep'
is. A 'swept up' arrest is the custody family's.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category

_SWEPT = WORDS.LOCALITIES | WORDS.DWELLINGS | WORDS.WORKPLACES | WORDS.SWEPT_AREAS


@reads(WORDS.SWEEPS)
def sweep(verb: Token) -> Hit | None:
    """Catch officials sweeping or combing places.

    Phrasings:
        - 'officers swept through four villages near the river'
        - 'they combed the border towns for North Korean women'
        - not 'the storm swept through the villages', 'swept the floor', 'swept up dozens'
    """
    lemma = grammar.lemma_of(verb)
    if any(grammar.lemma_of(c) == "up" for c in verb.children):
        return None
    places = grammar.pobjs(verb, {"through", "across"}) + grammar.objects(verb)
    swept = [p for p in places if grammar.core(p) & _SWEPT]
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + grammar.pobjs(verb, {"by"})
    if not swept or not doers or not by_officials(verb):
        return None
    action = f"{lemma} {grammar.phrase(swept[0])}"
    return Hit.restrictive(Category.DETENTION_ARREST, action, (swept[0],))


@reads({"fill", "empty"})
def centres_filled(verb: Token) -> Hit | None:
    """Catch officials filling detention centres (arrests) or emptying them across the border.

    Phrasings:
        - 'the police in Jilin have been filling the detention centres again'
        - 'it emptied detention centres in Jilin across the river in a single night' (a return)
        - not 'filled the stadium', 'emptied the warehouse'
    """
    lemma = grammar.lemma_of(verb)
    if not by_officials(verb):
        return None
    centres = [o for o in grammar.objects(verb) if grammar.core(o) & WORDS.HOLDERS]
    if not centres:
        return None
    if lemma == "fill":
        return Hit.restrictive(Category.DETENTION_ARREST, "fill detention centres", (centres[0],))
    crossed = [
        p for p in grammar.nested_pobjs(verb, {"across", "over"}) if grammar.core(p) & WORDS.BORDER
    ]
    if not crossed:
        return None
    return Hit.restrictive(Category.REPATRIATION, "empty detention centres", (centres[0],))
