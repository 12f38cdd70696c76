"""The rule family for fines on people: North Koreans, and those who shelter or employ them.

'the landlord was also fined 20,000 yuan', 'police fined a farmer for hiding a North Korean
woman'; not 'the company was fined for pollution' or 'fined for speeding'. Category `other`.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category


def fines(verb: Token) -> Hit | None:
    """Catch people fined by officials, for a reason about North Koreans when one is given."""
    lemma = grammar.lemma_of(verb)
    if lemma in WORDS.IMPOSES and by_officials(verb):  # 'imposes fines on anyone who shelters'
        imposed = grammar.objects_in(verb, WORDS.FINES)
        on = [p for f in [verb, *imposed] for p in grammar.pobjs(f, {"on"})]
        if imposed and any(map(_fineable, on)):
            return Hit.restrictive(Category.OTHER, "impose fines", tuple(imposed[:1]))
    if lemma not in WORDS.FINES:
        return None
    fined = [o for o in grammar.objects(verb) if _fineable(o)]
    if fined and by_officials(verb) and _fined_for_them(verb):
        return Hit.restrictive(Category.OTHER, "fine")
    return None


def _fineable(token: Token) -> bool:
    """Tell whether people or a household are fined: 'fine households found hosting them'."""
    return grammar.is_group(token) or grammar.lemma_of(token) in WORDS.HOUSEHOLDS


def _fined_for_them(verb: Token) -> bool:
    """Tell whether a fine's stated reason, if any, is about the people: 'for hiding a woman'.

    Not 'fined for speeding'.
    """
    reasons = [c for c in verb.children if c.dep_ == "prep" and grammar.lemma_of(c) == "for"]
    words = {grammar.lemma_of(t) for r in reasons for t in r.subtree}
    return not reasons or bool(words & (WORDS.GROUP | WORDS.SHELTERS))
