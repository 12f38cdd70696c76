"""The rule family for returns being readied: a transfer planned, detainees prepared for one.

'a further transfer is planned before the holiday', 'a second handover was being planned',
'two hundred detainees were being prepared for transfer', 'have been told to prepare for
transfer', 'police are preparing another large transfer': a return in hand, category
`repatriation`, restrictive. Not 'prepared for the exam', nor a transfer to a detention centre
('planned their transfer to the Tumen centre').
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category


@reads(WORDS.READIES)
def return_readied(verb: Token) -> Hit | None:
    """Catch a return planned or people readied for one."""
    planned = [c for c in verb.children if c.dep_ == "nsubjpass" and _a_return(c)]
    if not planned and by_officials(verb) and not grammar.is_negated(verb):
        planned = [  # 'police are preparing another large transfer'; not 'tax returns'
            o
            for o in grammar.objects(verb)
            if o.dep_ == "dobj" and _a_return(o) and any(map(grammar.is_group, o.sent))
        ]
    if planned:  # 'a transfer is planned'
        return Hit.restrictive(Category.REPATRIATION, "plan a return", tuple(planned[:1]))
    readied = [p for p in grammar.pobjs(verb, {"for"}) if _a_return(p)]
    chain = [verb, verb.head] if verb.dep_ in {"xcomp", "conj"} else [verb]
    people = [c for v in chain for c in v.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if readied and any(map(grammar.is_group, people)):  # 'detainees prepared for transfer'
        return Hit.restrictive(Category.REPATRIATION, "ready for return", tuple(readied[:1]))
    return None


def _a_return(noun: Token) -> bool:
    """Tell whether a noun is a return, not a move between places of custody."""
    if grammar.lemma_of(noun) not in WORDS.RETURN_NOUNS | WORDS.TRANSFER_NOUNS:
        return False
    places = grammar.pobjs(noun, {"to"})
    return not any(grammar.own_words(p) & WORDS.CAMP_NOUNS for p in places)
