"""People held or kept: a passive whose subject is people, 'hold' and 'keep' said of them.

'Kim was held', 'held at the detention centre', 'the centre still holds 80 people', a witness's
'kept me four months in Onsong' by police or guards; not 'a fair was held', 'keep them in your
prayers', 'kept me waiting', 'the consulate kept me for three months'.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import agents_of, is_official
from nkreports.facts.policy.lexicon import WORDS


def people_passive(verb: Token) -> bool:
    """Tell whether a passive verb's subject is people ('Kim was held'; not 'a fair was held')."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    passive = grammar.passive(verb)
    in_a_row = verb.dep_ == "advcl" and verb.tag_ == "VBN" and grammar.passive(verb.head)
    if not subjects and (verb.dep_ in {"conj", "xcomp"} or in_a_row):  # 'who crossed and was
        # caught', 'continue to be held', 'was arrested in Yanji, held for four months and …'
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        passive = passive or grammar.passive(verb.head)  # 'was taken and sent to a centre'
    agents = agents_of(verb)
    if agents and not any(is_official(a) for a in agents):
        return False  # 'was held up by traffic', 'were held 1-1 by Fulham'
    if not subjects:  # a subject the parse lost: 'were caught by Chinese police'; a case
        # file's line, whose people are the case's: 'Caught 3 July in a rented flat'
        fragment = not agents and grammar.subjectless_opening(verb)
        return passive and (fragment or any(is_official(a) for a in agents))
    return passive and any(person(s) for s in subjects)


def person(token: Token) -> bool:
    """Tell whether a subject is people: a group word or a named person."""
    return grammar.is_group(token) or token.ent_type_ == "PERSON"


def held(verb: Token) -> bool:
    """Tell whether 'hold' (or 'keep') holds people.

    People named as its object, a place of custody ('held at the detention centre'), or a
    passive whose subject is people ('is being held in Tumen'; not 'talks were held').
    """
    if grammar.lemma_of(verb) not in WORDS.HOLDS:
        return False
    if any(grammar.lemma_of(c) == "up" for c in verb.children):
        return False  # 'was held up by traffic'
    if any(_kept_in_mind(t, verb) for t in verb.subtree):
        return False  # 'keep the women of Longjing in your prayers'
    custody = [
        p for p in grammar.nested_pobjs(verb, {"in", "at"}) if grammar.core(p) & WORDS.CUSTODY
    ]
    return grammar.affects_group(verb) or bool(custody) or people_passive(verb) or _kept_me(verb)


def _kept_me(verb: Token) -> bool:
    """Tell whether a witness tells of being held: 'kept me four months at the station'.

    'me' as the object, and a stretch of time or a place it was spent in; not 'kept me informed',
    'held me close'.
    """
    told = {"xcomp", "acomp", "oprd", "ccomp"}  # 'kept me waiting', 'kept me informed'
    if not any(o.lower_ == "me" for o in grammar.objects(verb)) or any(
        c.dep_ in told for c in verb.children
    ):
        return False
    if not enforced(verb):
        return False  # 'the consulate kept me for three months in its annex'
    states = grammar.pobjs(verb, {"in", "on", "under"})  # 'in the dark', 'on probation'
    if any(not (grammar.core(s) & WORDS.HELD_AT_PLACES or s.ent_type_ == "GPE") for s in states):
        return False
    spent = [c for c in verb.children if c.dep_ == "npadvmod" and _stretch(c)]  # 'four months'
    spent += [p for p in grammar.pobjs(verb, {"for"}) if _stretch(p)]
    places = grammar.pobjs(verb, {"at", "in"})
    kept_at = [p for p in places if grammar.core(p) & WORDS.HELD_AT_PLACES]  # 'at the station'
    return bool(spent or kept_at)


def enforced(verb: Token) -> bool:
    """Tell whether police, guards or security agents (or an impersonal 'they') do it."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
    if not doers and verb.dep_ == "conj":
        return enforced(verb.head)  # 'took me to the station and kept me there'
    return any(grammar.core(d) & WORDS.ENFORCERS or d.lower_ == "they" for d in doers)


def _stretch(noun: Token) -> bool:
    """Tell whether a noun is a stretch of time: 'four months', 'a week'; not 'every week'."""
    counted = any(  # 'four months', 'a week', 'a few days'
        c.dep_ == "nummod" or c.lower_ in {"a", "an", "one", "few", "several"}
        for c in noun.children
    )
    return bool(grammar.core(noun) & WORDS.SPANS) and counted


def _kept_in_mind(word: Token, verb: Token) -> bool:
    """Tell whether people are kept 'in your prayers': not 'held in the heart of Yanji'."""
    own = [c.dep_ for c in word.children if c.dep_ == "poss" or c.lower_ == "of"] == ["poss"]
    mind = grammar.core(word) & WORDS.KEPT_IN_MIND and word.head.lower_ == "in"
    return bool(mind) and own and grammar.clause_verb(word) == verb.i
