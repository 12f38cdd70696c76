"""Access to asylum given or withheld, and monitors kept out of the places people are held.

'are not given access to any asylum procedure', 'does not allow UNHCR to determine their
status', 'refuses to let any North Korean even apply for asylum'; 'UN staff were barred
from the frontier region'.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction


@reads(WORDS.GIVES_ACCESS)
def asylum_access(verb: Token) -> Hit | None:
    """Catch access to asylum or to the refugee agency, given (protective) or withheld.

    Phrasings:
        - 'are not given access to UNHCR or to any asylum procedure'
        - 'gives none of them access to an asylum procedure'
        - 'has never allowed a North Korean to apply for refugee status'
        - 'does not allow UNHCR to determine their status'
    """
    lemma = grammar.lemma_of(verb)
    access = [o for o in grammar.objects(verb) if grammar.lemma_of(o) == "access"]
    to = [p for a in access for p in grammar.nested_pobjs(a, {"to"})]
    done = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    done = [c for c in done if grammar.lemma_of(c) in WORDS.SEEKS_STATUS]
    words = set().union(*map(grammar.own_words, to), *map(grammar.lemmas, done))
    if not words & (WORDS.ASYLUM | WORDS.REFUGEE_AGENCY | ({"status"} if done else set())):
        return None  # not 'given access to the internet', 'allowed them to apply for jobs'
    refused = grammar.refused(verb)
    nobody = any(grammar.lemma_of(o) in WORDS.NOBODY for o in grammar.objects(verb))
    nobody = nobody or any(d.lower_ == "no" for a in access for d in a.children)  # 'no access'
    withheld = lemma == "deny" or grammar.is_negated(verb) or refused or nobody
    direction = Direction.RESTRICTIVE if withheld else Direction.PROTECTIVE
    action = f"{'withhold' if withheld else 'give'} access to asylum"
    return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, tuple(access[:1] or done[:1]))


@reads(WORDS.BARS)
def monitors_barred(verb: Token) -> Hit | None:
    """Catch the refugee agency or other monitors kept from where North Koreans are.

    Phrasings:
        - 'for years UN staff were barred from the frontier region'
        - 'journalists are banned from the detention centres'
        - not 'fans were barred from the stadium', 'the player was banned from two matches'
    """
    if not grammar.passive(verb):
        return None
    kept = [c for c in verb.children if c.dep_ == "nsubjpass"]
    monitors = [k for k in kept if grammar.lemmas(k) & WORDS.MONITORS]
    places = [
        p
        for p in grammar.pobjs(verb, {"from"})
        if grammar.core(p) & (WORDS.BORDER | WORDS.CUSTODY | WORDS.SWEPT_AREAS)
    ]
    if not monitors or not places:
        return None
    return Hit.restrictive(Category.OTHER, "bar monitors", (places[0],))


@reads({"fall", "apply"})
def outside_convention(verb: Token) -> Hit | None:
    """Catch people placed outside the refugee convention: a refused status.

    Phrasings:
        - 'they fall outside the scope of the refugee convention'
        - 'the 1951 Convention does not apply to them'
        - not 'the rule does not apply to tourists', 'fell outside the stadium'
    """
    lemma = grammar.lemma_of(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if lemma == "fall" and any(map(grammar.is_group, subjects)):
        outside = grammar.pobjs(verb, {"outside"})
        if any(grammar.lemmas(o) & WORDS.CONVENTIONS for o in outside):
            return Hit.restrictive(Category.RESIDENCY_LEGAL_STATUS, "place outside the convention")
    applied = lemma == "apply" and grammar.is_negated(verb)
    law = any(grammar.lemma_of(s) in WORDS.CONVENTIONS for s in subjects)
    if applied and law and any(map(grammar.is_group, grammar.pobjs(verb, {"to"}))):
        return Hit.restrictive(Category.RESIDENCY_LEGAL_STATUS, "deny the convention")
    return None
