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
from nkreports.facts.policy.actors import agents_of, by_officials, is_official, named_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category

_HOMES = WORDS.DWELLINGS | WORDS.WORKPLACES | WORDS.LODGINGS
_WORKS = WORDS.WORKPLACES - WORDS.LODGINGS
_THINGS = WORDS.BELONGINGS | WORDS.ID_PAPERS  # 'her phone', 'the papers of every woman'

_WHERE = {"at", "in", "inside", "by"}
_POLICE = frozenset({"police", "security", "immigration"})  # 'the county security office'
_WHOLE = {"whole", "all", "rest"}  # 'went through the whole of Block 7'
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


@reads(WORDS.SEARCHES_THINGS, WORDS.CALLS_AT, {"enter"})
def home_visits(verb: Token) -> Hit | None:
    """Catch police going through people's homes, or calling on their relatives.

    Phrasings:
        - 'police went through three apartment blocks', 'have been visiting apartment blocks',
          'officers entered the homes of North Korean women'
        - 'officers came to my mother every week', 'went to my father's house every week',
          'kept visiting my parents', 'visiting the homes of people with relatives in China'
          (family pressure)
        - not 'went through the compound gate', 'friends came to my mother', 'police came to the
          farm' (an arrest's start), 'visited the factories' (a tour), 'visited the homes of the
          victims to offer condolences' (a purpose told), 'visited their relatives' (their own)
    """
    lemma = grammar.lemma_of(verb)
    doer = verb.head if verb.dep_ in {"conj", "xcomp"} else verb  # 'kept visiting my parents'
    doers = [c for c in doer.children if c.dep_ == "nsubj"]
    if not any(grammar.core(d) & WORDS.ENFORCERS for d in doers) or grammar.is_negated(verb):
        return None  # police, security officers, guards: not a minister, a friend or a daughter
    if any(c.dep_ in {"advcl", "xcomp"} and grammar.is_infinitive(c) for c in verb.children):
        return None  # 'visited the homes of the victims to offer condolences'
    through = grammar.pobjs(verb, {"through"}) if lemma == "go" else []
    through = [
        q for p in through for q in (grammar.pobjs(p, {"of"}) if p.lower_ in _WHOLE else [p])
    ]
    to = grammar.pobjs(verb, {"to"}) if lemma in {"come", "go"} else []
    places = through or to or (grammar.objects(verb) if lemma != "go" else [])
    kin = [p for p in places if grammar.lemma_of(p) in WORDS.FAMILY or _kin_owns(p)]
    kin = [k for k in kin if not any(c.lower_ == "their" for c in k.children)]  # their own
    if kin and (lemma in WORDS.CALLS_AT or to):
        return Hit.restrictive(Category.FAMILY_PRESSURE, "call on relatives", tuple(kin[:1]))
    homes = [p for p in through or places if grammar.lemma_of(p) in _HOMES]
    if lemma == "visit":  # 'visiting apartment blocks' is a round; 'visited a factory' a tour
        homes = [h for h in homes if h.tag_ == "NNS" and grammar.lemma_of(h) not in _WORKS]
    sought = any(map(grammar.is_group, grammar.pobjs(verb, {"for"})))  # 'for North Koreans'
    searches = WORDS.SEARCHES_THINGS - {"go"} | {"enter"}
    if lemma in searches and not sought:  # 'inspected rental housing'
        homes = [h for h in homes if grammar.lemma_of(h) not in _WORKS]  # not 'checked the shop'
    if not homes or (to and not through):
        return None  # 'police came to the farm' tells an arrest's start, no search of homes
    relatives = [t for t in verb.subtree if grammar.lemma_of(t) in WORDS.RELATIVES]
    own = [r for r in relatives if any(c.lower_ == "their" for c in r.children)]
    if own:
        return None  # 'visited the homes of their relatives for the holiday'
    if relatives:
        # 'the homes of people with relatives'; not 'of their relatives'
        return Hit.restrictive(Category.FAMILY_PRESSURE, "call at relatives' homes", (homes[0],))
    return Hit.restrictive(Category.OTHER, "search homes", tuple(homes[:1]))


@reads(WORDS.KEEPS, {"carry"})
def papers_kept(verb: Token) -> Hit | None:
    """Catch people's papers kept from them, or their phones carried away, by officials.

    Phrasings:
        - 'the managers kept the workers' passports in a safe'
        - 'passports are usually held by North Korean managers'
        - 'the minders hold on to their passports'
        - 'police carried away two mobile phones'
        - not 'she kept her passport in a safe', 'the hotel holds guests' passports', 'passports
          must be carried at all times'
    """
    if grammar.lemma_of(verb) == "carry":
        away = any(c.lower_ in {"away", "off"} for c in verb.children)
        things = grammar.objects_in(verb, _THINGS) if away else []
    else:
        parts = [c for c in verb.children if c.dep_ == "prt"]
        if any(p.lower_ != "on" for p in parts):
            return None  # 'held up her passport to the light'
        held = [verb, *parts]  # 'hold on to'
        things = grammar.objects(verb) + [t for h in held for t in grammar.pobjs(h, {"to", "onto"})]
        things = [t for t in things if grammar.lemma_of(t) in WORDS.ID_PAPERS]
    things = [t for t in things if not grammar.own_words(t) & WORDS.OTHER_PAPERS]  # 'credit card'
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + agents_of(verb)
    state_keepers = [d for d in doers if grammar.own_words(d) & WORDS.KEEPERS and _northern(d)]
    keepers = state_keepers + [d for d in doers if is_official(d)]
    if not state_keepers:  # officials keep papers of the people only: not 'the embassy holds
        things = [t for t in things if _theirs(t)]  # the passports while visas are processed'
    if not things or not keepers or grammar.is_negated(verb):
        return None
    return Hit.restrictive(Category.OTHER, f"keep {grammar.lemma_of(things[0])}", (things[0],))


@reads({"call", "summon", "sign"})
def summoned(verb: Token) -> Hit | None:
    """Catch people called to a police station, or bound to sign in at one.

    Phrasings:
        - 'she was called to the police station twice'
        - 'she has to sign in at the Xinxing station every week'
        - not 'she was called to the blackboard', 'he reported to the head office', 'relatives
          were called to the office' (family pressure, read first)
    """
    doer = verb.head if verb.dep_ == "xcomp" else verb  # 'she has to sign in'
    people = [c for c in doer.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not any(map(grammar.is_group, people)) or grammar.is_negated(verb):
        return None
    ins = [c for c in verb.children if c.dep_ == "prt" and c.lower_ == "in"]
    if grammar.lemma_of(verb) in {"call", "summon"}:
        places = grammar.pobjs(verb, {"to"}) if grammar.passive(verb) else []
    elif ins:  # 'sign in at'; not 'foreigners must report to the police' (a registration)
        places = [p for h in (verb, *ins) for p in grammar.pobjs(h, {"at", "to"})]
    else:
        return None
    police = [p for p in places if _police_place(p)]
    purpose = any(c.dep_ in {"advcl", "xcomp"} and grammar.is_infinitive(c) for c in verb.children)
    if not police or purpose or grammar.pobjs(verb, {"as"}):
        return None  # 'called to the police station to collect her bicycle', 'as a witness'
    return Hit.restrictive(Category.OTHER, "summon to the police", (police[0],))


@reads(WORDS.REQUIRES)
def confined(verb: Token) -> Hit | None:
    """Catch people told by officials not to leave their village, county or town.

    'police told her not to leave her village', 'were ordered by police not to leave the county';
    not 'the children were told not to leave the classroom', 'residents were ordered not to leave
    the city because of the lockdown' (no officer named), 'told not to leave China' (an exit).
    """
    stays = [c for c in verb.children if c.dep_ == "xcomp" and grammar.lemma_of(c) == "leave"]
    stays = [c for c in stays if grammar.is_negated(c)]
    areas = [
        o for c in stays for o in grammar.objects(c) if grammar.lemma_of(o) in WORDS.LOCALITIES
    ]
    people = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"} and grammar.is_group(c)]
    officers = named_officials(verb) or any(  # told by officials named, not a storm's warning
        grammar.own_words(t) & WORDS.ENFORCERS for t in verb.sent if t.pos_ == "NOUN"
    )
    if not (areas and people and officers):
        return None
    return Hit.restrictive(Category.OTHER, "confine to an area", (areas[0],))


def _police_place(place: Token) -> bool:
    """Tell whether a place is the police's: 'the police station', 'the security office'."""
    lemma, words = grammar.lemma_of(place), grammar.own_words(place)
    if lemma == "police" or words & _POLICE:
        return True
    named = [c for c in place.children if c.dep_ in {"compound", "amod"}]
    return lemma == "station" and all(c.pos_ == "PROPN" for c in named)  # 'the Xinxing station'


def _kin_owns(place: Token) -> bool:
    """Tell whether a place is a relative's: 'my mother's house'."""
    return any(c.dep_ == "poss" and grammar.lemma_of(c) in WORDS.FAMILY for c in place.children)


def _northern(keeper: Token) -> bool:
    """Tell whether a manager or minder is the North's: 'North Korean managers', 'minders'."""
    words = grammar.lemmas(keeper)
    return grammar.lemma_of(keeper) == "minder" or bool(words & {"north", "korean", "state"})


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
