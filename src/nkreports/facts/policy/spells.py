"""Custody told as time spent ('spent 40 days in a detention centre'); returns as people sent.

A return is read as people sent, deported or expelled back, a ride taken north, or a batch that
goes back.

Time served in a place of custody is custody (`detention_arrest`, restrictive), however the
arrest itself is told, or not told; a term in a camp is a punishment (`labeling_criminalization`).
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.destinations import destination
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category

_CAMPS = frozenset({"camp", "kyohwaso", "gulag"})
_HELD_OR_RETURNED = (
    WORDS.CUSTODY | WORDS.ARRESTS | WORDS.HOLDS | WORDS.ARREST_NOUNS | WORDS.RETURNED
) | WORDS.RETURN_NOUNS  # 'the two women still held there go back with the next group'


@reads({"spend"})
def time_in_custody(verb: Token) -> Hit | None:
    """Catch people who spent a time in a place of custody.

    Phrasings:
        - 'nine of the women spent between two weeks and four months in the detention centre'
        - 'she spent 40 days in a police cell in Yanji'
        - not 'they spent a week in a hotel', 'the guards spent a month in the camp'
    """
    times = grammar.objects(verb) + grammar.pobjs(verb, {"between"})  # 'between two and six weeks'
    spans = [t for t in times if grammar.lemmas(t) & WORDS.SPANS]
    held = [p for p in grammar.pobjs(verb, {"in"}) if _custody(p)]
    doers = [verb.head, verb] if verb.dep_ == "conj" else [verb]  # 'were picked up, and spent'
    subjects = [c for v in doers for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}]
    officers = any(grammar.own_words(s) & WORDS.ENFORCERS for s in subjects)
    reasons = grammar.pobjs(verb, {"for"})  # 'for fraud': a criminal's term, not custody of them
    crime = any(not grammar.lemmas(r) & (WORDS.LEAVINGS | WORDS.CROSSED) for r in reasons)
    if not (spans and held and any(map(grammar.is_group, subjects))) or officers or crime:
        return None
    action = f"hold in {grammar.phrase(held[0])}"
    if grammar.core(held[0]) & _CAMPS:  # 'spent three years in a labour camp': a term served
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, (held[0],))
    return Hit.restrictive(Category.DETENTION_ARREST, action, (held[0],))


def _custody(place: Token) -> bool:
    """Tell whether a place holds people in custody: 'a police cell', 'the detention centre'.

    A camp only if penal; not 'the police force', 'a UN camp'.
    """
    lemma, words = grammar.lemma_of(place), grammar.core(place)
    if lemma == "camp":
        return bool(words & WORDS.CAMPS)
    held = lemma in {"centre", "center", "facility", "station"} and words & WORDS.CUSTODY
    return lemma in WORDS.CUSTODY - {"police"} or bool(held)


@reads({"put", "be"})
def put_aboard(verb: Token) -> Hit | None:
    """Catch people put on a flight, train or bus that takes them north or on.

    Phrasings:
        - 'the Thai police then put her on a flight to Seoul' (exit, protective)
        - 'she'll be on the next truck to Namyang' (a return told ahead: `_booked_north`)
        - 'in June the seven were put on a train north' (repatriation, restrictive)
        - not 'put the boxes on a train north', 'put her on a bus to the hospital'
    """
    rides = [
        p
        for p in grammar.pobjs(verb, {"on", "onto", "aboard"})
        if grammar.core(p) & (WORDS.VEHICLES | WORDS.AIRCRAFT)  # '[a train] north', misparsed
    ]
    if grammar.lemma_of(verb) == "be":
        return _booked_north(verb, rides)
    if not rides or not grammar.affects_group(verb):
        return None
    if not (by_officials(verb) or grammar.passive(verb)):
        return None  # 'the airline put them on a flight to Seoul'
    bound = [t for p in grammar.pobjs(verb, {"to"}) for t in p.subtree]  # '[put] … to Seoul'
    bound = bound or [t for r in rides for t in r.subtree]  # 'a flight to Seoul', 'a train north'
    place = {grammar.lemma_of(t) for t in bound}
    if place & WORDS.THIRD:
        action = "put on a ride to a third country"
        return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, action, (rides[0],))
    if place & (WORDS.NORTH | WORDS.NORTH_TOWNS) - {"home", "back"}:
        return Hit.restrictive(Category.REPATRIATION, "put on a ride north", (rides[0],))
    return None


def _booked_north(verb: Token, rides: list[Token]) -> Hit | None:
    """Catch people who will be on a ride to the North: a return told ahead.

    'she'll be on the next truck to Namyang', 'the women will be on the Friday bus to Sinuiju';
    not 'she will be on the bus to Dandong' (a town on China's side), 'we were on the train to
    Sinuiju' (a trip told).
    """
    people = [c for c in verb.children if c.dep_ == "nsubj" and grammar.is_group(c)]
    ends = grammar.pobjs(verb, {"to"}) + [p for r in rides for p in grammar.pobjs(r, {"to"})]
    bound = {grammar.lemma_of(t) for p in ends for t in p.subtree}
    north = bound & (WORDS.NORTH | WORDS.NORTH_TOWNS) - {"home", "back"}
    if not (rides and people and north and grammar.will(verb)):
        return None
    return Hit.restrictive(Category.REPATRIATION, "booked on a ride north", (rides[0],))


@reads({"go"})
def goes_back_in_batch(verb: Token) -> Hit | None:
    """Catch people who go back with a batch of returns, or across the border, told as practice.

    Phrasings:
        - 'the next group goes back after New Year' (a batch goes back)
        - 'the two women still held there go back with the next group'
        - 'she would go over with the May transfer'
        - 'after that they go back over the bridge'
        - not 'the next group goes back to the hotel', 'she went back with a group of tourists',
          'they did not go back', 'the tour group goes back over the bridge' (no custody or
          return told here or just before)
    """
    ways = [c for c in verb.children if c.lower_ in {"back", "home", "over"}]
    if not ways or grammar.is_negated(verb):
        return None
    routes = [verb, *ways]  # 'back [to the hotel]' hangs on the adverb
    ends = [e for r in routes for e in grammar.pobjs(r, {"to", "into"})]
    if any(not grammar.lemmas(e) & (WORDS.NORTH | WORDS.NORTH_TOWNS | WORDS.CROSSED) for e in ends):
        return None  # 'goes back to the hotel'
    goers = [c for c in verb.children if c.dep_ == "nsubj"]
    goers += [verb.head] if verb.dep_ in {"acl", "relcl"} else []  # 'smaller groups going over'
    batches = [g for g in goers if _batch(g)]
    batches += [w for r in routes for w in grammar.pobjs(r, {"with"}) if _batch(w)]
    crossed = [c for r in routes for c in grammar.pobjs(r, {"over", "across"})]
    crossed = [c for c in crossed if grammar.lemma_of(c) in WORDS.CROSSINGS]
    others = [g for g in goers if grammar.is_group(g) and g.lower_ not in {"i", "we"}]
    purpose = any(c.dep_ in {"advcl", "xcomp"} and grammar.is_infinitive(c) for c in verb.children)
    if purpose or not _held_nearby(verb):
        return None  # 'went back over the river to fetch their children'; 'the tour group goes'
    if batches or (crossed and others):  # not 'we went back over the bridge': a trip told
        return Hit.restrictive(
            Category.REPATRIATION, "go back in a batch", tuple(batches or crossed)
        )
    return None


def _held_nearby(verb: Token) -> bool:
    """Tell whether custody or returns are told in the sentence or the one before it."""
    sent = verb.sent
    told = verb.doc[verb.doc[max(sent.start - 1, 0)].sent.start : sent.end]
    return any(grammar.lemma_of(t) in _HELD_OR_RETURNED for t in told)


def _batch(noun: Token) -> bool:
    """Tell whether a noun is a batch of people handed back: 'the next group', 'the May transfer'.

    Not 'a group of tourists', 'the group of friends'.
    """
    return grammar.lemma_of(noun) in WORDS.BATCHES and not grammar.pobjs(noun, {"of"})


def _removed(verb: Token, left: list[Token]) -> bool:
    """Tell whether people are removed to the North or from a country ('from China').

    Not 'removed the women from Jilin province' (a move inside it), nor a wreck or a shipment.
    """
    people = grammar.affects_group(verb) or (
        grammar.passive(verb)
        and any(grammar.is_group(c) for c in verb.children if c.dep_ == "nsubjpass")
    )
    country = [p for p in left if grammar.lemma_of(p) in WORDS.REMOVED_FROM]
    return people and (bool(country) or destination(verb) == "north")


def repatriation(verb: Token) -> Hit | None:
    """Catch people sent back to North Korea.

    Phrasings:
        - 'forcibly repatriated hundreds', 'deports them back to the North'
        - 'expelled to North Korea'
        - 'send North Koreans back'
        - 'women who are caught face repatriation'
        - headline 'Detainees sent back across the river'
    """
    lemma = grammar.lemma_of(verb)
    if lemma in WORDS.EXPELS and destination(verb) == "third":  # 'deports them to Seoul'
        return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, grammar.manner(verb))
    left = grammar.pobjs(verb, {"from"})  # a country, or nothing: not 'expelled from the party'
    if lemma in WORDS.EXPELS and all(
        p.ent_type_ in {"GPE", "LOC"} or p.lemma_ in WORDS.LANDS for p in left
    ):
        return Hit.restrictive(Category.REPATRIATION, grammar.manner(verb))
    if lemma in WORDS.REMOVES and _removed(verb, left):
        return Hit.restrictive(Category.REPATRIATION, lemma)  # 'removed to North Korea'
    if lemma == "face" and (fates := grammar.objects_in(verb, WORDS.RETURN_FATES)):
        return Hit.restrictive(
            Category.REPATRIATION, f"face {grammar.lemma_of(fates[0])}", tuple(fates)
        )
    if lemma not in WORDS.RECALLS and lemma not in WORDS.SENDS_BACK:
        return None
    where = destination(verb)
    elsewhere = bool(grammar.pobjs(verb, {"to"})) and where != "north"  # 'recalled to the plant'
    if (
        lemma in WORDS.RECALLS
        and (lemma == "recall" or where == "north")
        and not elsewhere
        and any(grammar.named_people(o) for o in grammar.objects(verb))  # not an ambassador
        and not grammar.objects_in(verb, WORDS.FAMILY)  # relatives summoned: pressure
        and by_officials(verb)  # not 'Toyota recalled its workers'
    ):
        return Hit.restrictive(Category.REPATRIATION, f"{lemma} home")
    if lemma not in WORDS.SENDS_BACK:
        return None  # a recall not read above
    sent = lemma == "send" and not grammar.objects(verb)  # 'detainees sent back' in a headline
    sent_home = [  # 'sent 500 North Koreans home', parsed as one object 'North Koreans home'
        c for o in grammar.objects(verb) if grammar.lemma_of(o) == "home" for c in o.children
    ]
    people = grammar.objects(verb) + sent_home
    counted = [p for p in people if p.like_num or grammar.lemma_of(p) in WORDS.HEADCOUNTS]
    back = any(c.lower_ == "back" for c in verb.children) and any(map(grammar.is_group, counted))
    named = any(map(grammar.named_people, people)) or (  # not 'sent the staff home' alone
        (back or (any(map(grammar.is_group, people)) and grammar.pobjs(verb, {"to"})))
        and where == "north"  # 'sent back hundreds a year'
    )
    transitive = named or grammar.passive(verb) or sent
    transitive = transitive or (verb.dep_ == "conj" and grammar.passive(verb.head))
    if not (sent or by_officials(verb)):
        return None  # 'the coach sent the boy home', 'the airline returned thousands'
    if transitive and where == "north":
        return Hit.restrictive(Category.REPATRIATION, f"{lemma} back")
    # a North Korean 'returned' by a state goes north: 'were returned', 'returns them under a
    # protocol with Pyongyang'; 'returned to South Korea' or 'returned the passports' do not
    gerund = verb.dep_ in {"csubj", "nsubj"}  # 'Returning these people breaches the principle'
    if lemma == "return" and not elsewhere and grammar.affects_group(verb) and not gerund:
        return Hit.restrictive(Category.REPATRIATION, "return")
    return None
