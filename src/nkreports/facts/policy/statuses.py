"""The rule family for a status people hold, and what status decides inside China.

A residence card or a household registration held is a legal standing (`residency_legal_status`,
protective); a child registered by officials has one, a child refused has none; a permit that
keeps a woman inside her county limits her residence, not her exit to a third country.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction


def status_held(verb: Token) -> Hit | None:
    """Catch people holding a legal status.

    Phrasings:
        - 'she has held a residence card since 2021'
        - 'their children hold Chinese household registration'
        - 'he has a hukou through his father'
        - not 'has no papers' (a lack described, no act), 'held the passports' (officials)
        - not 'refused her claim because she held another nationality', 'women who hold
          residence cards' (a reason or a description, not a status told)
    """
    lemma = grammar.lemma_of(verb)
    subordinate = verb.dep_ in {"advcl", "relcl", "acl"}
    if lemma not in WORDS.HOLDS_STATUS or grammar.is_negated(verb) or subordinate:
        return None
    holders = [c for c in verb.children if c.dep_ == "nsubj" and grammar.is_group(c)]
    held = [
        o
        for o in grammar.objects(verb)
        if grammar.lemma_of(o) in WORDS.STATUS and grammar.own_words(o) & WORDS.STATUS_HELD
    ]
    if not holders or not held or any(d.lower_ == "no" for d in held[0].children):
        return None
    return Hit.protective(
        Category.RESIDENCY_LEGAL_STATUS, f"{lemma} {grammar.phrase(held[0])}", tuple(held[:1])
    )


@reads({"register"})
def child_registered(verb: Token) -> Hit | None:
    """Catch officials registering a child, or refusing to.

    Phrasings:
        - 'the township refused to register the boy'
        - 'a new station chief agreed to register her daughter', 'agreed to register Xiaolong'
        - 'the county began letting fathers register such children'
        - not 'registered a company', 'registered the women's phones'
    """
    children = [  # a child, or someone named: 'agreed to register Xiaolong'
        o
        for o in grammar.objects(verb)
        if grammar.lemma_of(o) in WORDS.CHILDREN
        or o.ent_type_ == "PERSON"
        or (o.pos_ == "PROPN" and not o.ent_type_)  # a name the tagger left untyped
    ]
    allowed = verb.head if verb.dep_ in {"ccomp", "xcomp"} else verb
    if not children or not (by_officials(verb) or by_officials(allowed)):
        return None
    refused = verb.dep_ == "xcomp" and grammar.lemma_of(verb.head) in WORDS.REFUSALS
    negated = grammar.is_negated(verb) or grammar.is_negated(allowed) or refused
    direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
    action = f"{'not ' if negated else ''}register a child"
    return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, tuple(children[:1]))


def stays_local(going: Token) -> bool:
    """Tell whether a leaving is from a place inside the country: 'to leave the county'.

    Such a bar limits where people may live, not their exit: 'not allowed to leave the village';
    not 'to leave China', 'to leave the country'.
    """
    left = [o for o in grammar.objects(going) if o.dep_ == "dobj"]
    return any(grammar.lemma_of(o) in WORDS.LOCALITIES for o in left)


@reads(WORDS.LEGALISES)
def legalised(verb: Token) -> Hit | None:
    """Catch officials legalising or regularising people: a status given (protective).

    Phrasings:
        - 'Beijing has legalised North Korean women married to Chinese men'
        - not 'legalised gambling', 'the city regularised the street market'
    """
    if not by_officials(verb):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]  # '[women married to …]', misparsed
    parsed = [s for c in clauses for s in c.children if s.dep_ == "nsubj" and grammar.is_group(s)]
    if not (grammar.affects_group(verb) or parsed):
        return None
    return Hit.protective(Category.RESIDENCY_LEGAL_STATUS, "legalise people")
