"""Papers for leaving given or withheld by officials: passports, certificates, travel documents.

'provide them with traveler's certificates', 'issued them travel documents', 'granted the five
safe passage' let people leave (`exit_transfer_to_third_country`, protective); refused or not
given, they keep them (restrictive). A visa alone is read under residency; a ship's passage and
rebels' safe passage are none; a residence certificate given is a status (residency).
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction


def papers_given(verb: Token) -> Hit | None:
    """Catch papers for leaving given, or withheld, by officials (a verb of `WORDS.PROVIDES`)."""
    papers = [
        p
        for p in grammar.pobjs(verb, {"with"}) + grammar.objects(verb)
        if grammar.lemma_of(p) in WORDS.PAPERS
        or (grammar.lemma_of(p) in WORDS.PASSES and grammar.lemmas(p) & WORDS.PASSES_OF)
    ]  # 'issued them travel documents', 'granted them safe passage'; not a ship's passage
    refused = grammar.refused(verb)
    if (
        not papers
        or grammar.lemma_of(papers[0]) == "visa"
        or not by_officials(verb.head if refused else verb)
    ):
        return None  # not 'the rebels granted safe passage to civilians'
    withheld = grammar.is_negated(verb) or refused  # 'refused to grant them safe passage'
    direction = Direction.RESTRICTIVE if withheld else Direction.PROTECTIVE
    action = f"{'not ' if withheld else ''}provide {grammar.phrase(papers[0])}"
    resides = grammar.own_words(papers[0]) & WORDS.STATUS_HELD  # 'a residence certificate'
    category = (
        Category.RESIDENCY_LEGAL_STATUS if resides else Category.EXIT_TRANSFER_TO_THIRD_COUNTRY
    )
    return Hit(category, direction, action, tuple(papers))
