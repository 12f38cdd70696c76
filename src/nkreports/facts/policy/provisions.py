"""The rule family for what a law or an agreement provides: a standing rule on people.

'The law allows the deportation of North Koreans who enter illegally', 'the protocol requires
the return of illegal crossers': a rule that returns or holds people is the act itself, stated as
standing policy (restrictive), whoever applies it. 'China handles such cases in accordance with
the law' names no act: the annotation notes leave such boilerplate out.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import DENIED, WORDS
from nkreports.schema import Category

_PROVIDED = (Category.REPATRIATION, Category.DETENTION_ARREST)  # the acts a provision may be


def provision(verb: Token) -> Hit | None:
    """Catch a law or an agreement that allows, requires or provides for a return or arrest.

    Phrasings:
        - 'a 1998 rule authorises the deportation of foreigners who entered without papers'
        - 'the 1986 protocol provides for the return of illegal crossers'
        - not 'the law requires the registration of vehicles', 'the treaty allows trade'
    """
    if grammar.lemma_of(verb) not in WORDS.PROVIDES_FOR:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(grammar.core(s) & WORDS.PROVISIONS or s.lower_ == "it" for s in subjects):
        return None  # a rule, or 'it' for one named before: 'and it authorises the return of
    acts = grammar.objects(verb) + grammar.pobjs(verb, {"for"})
    for act in acts:
        category = next((c for c in _PROVIDED if grammar.lemma_of(act) in DENIED[c]), None)
        of_people = any(grammar.is_group(p) for p in grammar.pobjs(act, {"of"}))
        if category is not None and (of_people or _of_entrants(act)):
            action = f"provide for {grammar.phrase(act)}"
            return Hit.restrictive(category, action, (act,))
    return None


def _of_entrants(act: Token) -> bool:
    """Tell whether an act is of people who entered: 'the return of illegal crossers'."""
    return any(grammar.own_words(p) & WORDS.ENTRANTS for p in grammar.pobjs(act, {"of"}))
