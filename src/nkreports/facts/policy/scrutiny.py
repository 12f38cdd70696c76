"""The rule families for officials scrutinising people: searched, questioned, called on at home.

Category `other`, restrictive, like the surveillance `pressure.other` reads:
'the women were photographed at the station', 'collecting blood samples from the wives',
'inspecting the phones of North Korean wives', 'questioned them about church';
not 'the tourists were photographed by a fan', 'checked the phones of the staff' by a firm.
Relatives called on at home are family pressure: 'officers came to my mother every week'.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials, is_official, named_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category

_HOMES = WORDS.DWELLINGS | WORDS.WORKPLACES | WORDS.LODGINGS
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


@reads(WORDS.SEARCHES_THINGS, WORDS.CALLS_AT)
def home_visits(verb: Token) -> Hit | None:
    """Catch officials going through people's homes, or calling on their relatives.

    Phrasings:
        - 'police went through three apartment blocks', 'have been visiting apartment blocks'
        - 'officers searched the dormitory rooms'
        - 'officers came to my mother every week', 'visits her mother', 'visiting the homes of
          people with relatives in China' (family pressure)
        - not 'went through the border gate', 'friends came to my mother', 'police came to the
          farm' (an arrest's start), 'the minister visited a factory' (no home searched)
    """
    lemma = grammar.lemma_of(verb)
    doers = [c for c in (verb.head if verb.dep_ == "conj" else verb).children if c.dep_ == "nsubj"]
    if not any(grammar.core(d) & WORDS.ENFORCERS for d in doers) or grammar.is_negated(verb):
        return None  # police, security officers, guards: not a minister, a friend or a daughter
    through = grammar.pobjs(verb, {"through"}) if lemma == "go" else []
    places = through or (grammar.pobjs(verb, {"to"}) if lemma == "come" else grammar.objects(verb))
    kin = [p for p in places if grammar.lemma_of(p) in WORDS.FAMILY]
    if kin and lemma in WORDS.CALLS_AT:
        return Hit.restrictive(Category.FAMILY_PRESSURE, "call on relatives", tuple(kin[:1]))
    if lemma == "come":
        return None  # 'police came to the farm' tells an arrest's start, no search of homes
    homes = [p for p in places if grammar.core(p) & _HOMES]
    if not homes or (lemma == "visit" and homes[0].tag_ != "NNS"):
        return None  # 'visiting apartment blocks' is a round; 'visited a factory' a tour
    if grammar.lemmas(verb) & WORDS.RELATIVES:  # 'the homes of people with relatives'
        return Hit.restrictive(Category.FAMILY_PRESSURE, "call at relatives' homes", (homes[0],))
    return Hit.restrictive(Category.OTHER, "search homes", tuple(homes[:1]))


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
