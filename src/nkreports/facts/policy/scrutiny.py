"""The rule family for officials scrutinising people: photographed, sampled, searched, questioned.

Category `other`, restrictive, like the surveillance `pressure.other` reads:
'the women were photographed at the station', 'collecting blood samples from the wives',
'inspecting the phones of North Korean wives', 'questioned them about church';
not 'the tourists were photographed by a fan', 'checked the phones of the staff' by a firm.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials, is_official, named_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category

_THINGS = WORDS.BELONGINGS | WORDS.ID_PAPERS  # 'her phone', 'the papers of every woman'

_WHERE = {"at", "in", "inside", "by"}
_VERBS = WORDS.RECORDS_PEOPLE | WORDS.QUESTIONS_PEOPLE | WORDS.COLLECTS | WORDS.SEARCHES_THINGS


@reads(_VERBS)
def scrutiny(verb: Token) -> Hit | None:
    """Catch people recorded, sampled, searched through or questioned by officials."""
    lemma = grammar.lemma_of(verb)
    manner = verb.dep_ == "advcl" and verb.tag_ == "VBG"  # 'went door to door, checking cards'
    if manner or not by_officials(verb):
        return None
    people = [o for o in grammar.objects(verb) if grammar.named_people(o)]
    passive = grammar.passive(verb)
    keys = () if passive else tuple(people[:1])  # 'were questioned', 'questioned them'
    if lemma in WORDS.RECORDS_PEOPLE and passive and people and _in_custody(verb):
        return Hit.restrictive(Category.OTHER, f"{lemma} people", keys)
    # 'questioned them about church'; not 'screening them for refugee status'
    status = {grammar.lemma_of(t) for p in grammar.pobjs(verb, {"for"}) for t in p.subtree}
    if lemma in WORDS.QUESTIONS_PEOPLE and people and not status & WORDS.ENTITLEMENTS:
        return Hit.restrictive(Category.OTHER, "question people", keys)
    samples = grammar.objects_in(verb, WORDS.SAMPLES) if lemma in WORDS.COLLECTS else []
    sampled = any(map(grammar.is_group, grammar.pobjs(verb, {"from"}))) or any(
        map(_theirs, samples)
    )
    if samples and sampled:  # 'blood samples from the wives', 'the fingerprints of the women'
        return Hit.restrictive(Category.OTHER, "take samples", tuple(samples[:1]))
    looked = grammar.objects(verb) + grammar.pobjs(verb, {"through"})
    searched = [t for t in looked if grammar.lemma_of(t) in _THINGS and _theirs(t)]
    if lemma in WORDS.SEARCHES_THINGS and searched:  # 'inspecting the phones of the wives'
        return Hit.restrictive(Category.OTHER, f"search {grammar.lemma_of(searched[0])}")
    return None


def _theirs(thing: Token) -> bool:
    """Tell whether a thing is the people's own: 'her phone', 'the phones of the wives'."""
    owners = [c for c in thing.children if c.dep_ == "poss"] + grammar.pobjs(thing, {"of"})
    return any(map(grammar.is_group, owners))


def _in_custody(verb: Token) -> bool:
    """Tell whether officials, or a place of theirs, are named.

    'were photographed (and fingerprinted) at the station', 'by the police'; not 'were
    photographed at the festival'.
    """
    places = [p for v in (verb, *verb.conjuncts) for p in grammar.pobjs(v, _WHERE)]
    official = named_officials(verb) or any(map(is_official, places))
    return official or any(grammar.lemma_of(p) in WORDS.OFFICIAL_PLACES for p in places)
