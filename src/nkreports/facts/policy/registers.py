"""The rule family for household registers: people entered in one, or kept out of it.

A child put on a Chinese household register has a legal existence the mother lacks: category
`residency_legal_status`, protective; a register refused is restrictive.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction


@reads(WORDS.ENTERS)
def household_register(verb: Token) -> Hit | None:
    """Catch people entered in a household register, or refused one.

    Phrasings:
        - 'officials put her son on the household register'
        - 'children can be registered in their fathers' household books'
        - 'allowed the children to be entered in the registers'
        - 'the mothers are not registered', 'refused to put her on the register'
        - not 'registered a company', 'registered to vote'
    """
    lemma = grammar.lemma_of(verb)
    if not grammar.affects_group(verb) or not by_officials(verb):
        return None
    books = [
        p
        for p in grammar.pobjs(verb, {"in", "on", "onto", "into"})
        if grammar.core(p) & WORDS.REGISTER_BOOKS
    ]
    refused = grammar.refused(verb)
    negated = grammar.is_negated(verb) or grammar.stopped(verb) or refused
    if not books and not (lemma == "register" and grammar.passive(verb) and negated):
        return None  # 'are not registered' is the only bare one; 'register with police' is a duty
    direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
    action = f"{'not ' if negated else ''}enter in a household register"
    return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, tuple(books[:1]))
