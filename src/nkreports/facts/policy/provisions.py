"""The rule families for standing rules on people: what a law provides, what happens as a habit.

'The law allows the deportation of North Koreans who enter illegally', 'the protocol requires
the return of illegal crossers': a rule that returns or holds people is the act itself, stated as
standing policy (restrictive), whoever applies it. 'China handles such cases in accordance with
the law' names no act: the annotation notes leave such boilerplate out.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import DENIED, WORDS
from nkreports.schema import Category

_PROVIDED = (Category.REPATRIATION, Category.DETENTION_ARREST)  # the acts a provision may be


@reads(WORDS.PROVIDES_FOR)
def provision(verb: Token) -> Hit | None:
    """Catch a law or an agreement that allows, requires or provides for a return or arrest.

    Phrasings:
        - 'a 1998 rule authorises the deportation of foreigners who entered without papers'
        - 'the 1986 protocol provides for the return of illegal crossers'
        - not 'the law requires the registration of vehicles', 'the treaty allows trade'
    """
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


@reads(WORDS.GOES_BACK)
def habitual_return(verb: Token) -> Hit | None:
    """Catch a standing return told as a habit of the ones caught: 'anyone they catch goes back'.

    Phrasings:
        - 'every North Korean the police catch without papers goes back across the bridge'
        - 'those who come illegally go back'
        - not 'the children go back to school', 'those who come for work go back in autumn'
    """
    back = [c for c in verb.children if c.lower_ in {"back", "home"}]
    ways = [verb, *back]  # 'goes back across the bridge', parsed either way
    across = [p for w in ways for p in grammar.pobjs(w, {"across", "over"})]
    across = [p for p in across if grammar.core(p) & WORDS.BORDER]
    goers = [c for c in verb.children if c.dep_ == "nsubj"]
    caught = any(
        r.dep_ in {"relcl", "acl"} and grammar.lemma_of(r) in WORDS.CAUGHT
        for g in goers
        for r in g.children
    )
    before = [t for g in goers for t in g.subtree] + [c for c in verb.children if c.i < verb.i]
    illegal = any(t.lower_ == "illegally" for t in before)  # 'those who come illegally go back'
    to = [p for w in ways for p in grammar.pobjs(w, {"to"})]
    elsewhere = [p for p in to if not grammar.lemmas(p) & WORDS.NORTH_STATE]
    if not (back or across) or not (caught or illegal) or elsewhere:
        return None  # 'went back to Yanji', 'go back to school' have a place of their own
    keys = (*back[:1], *across[:1])
    return Hit.restrictive(Category.REPATRIATION, "caught people go back", keys)
