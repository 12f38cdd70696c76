"""Rule families for people moved by officials: handovers, crossings, exits, returns.

A person handed to Chinese or North Korean police, driven across the border or told that returns
resumed is being sent back; one flown to Seoul is let go.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.destinations import destination, ways
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.passes import papers_given
from nkreports.facts.policy.statuses import stays_local
from nkreports.schema import Category, Direction


def _moved(verb: Token) -> bool:
    """Tell whether the verb moves people: people as its object or its passive subject.

    Also a person by name ('Mrs Pak will be moved to Tumen'); not 'coal is trucked across the
    border', 'the parcel was handed to customs officers'.
    """
    return any(grammar.named_people(o) or o.ent_type_ == "PERSON" for o in _carried(verb))


def _carried(verb: Token) -> list[Token]:
    """Who the verb moves: its objects, or those of the verb it is joined to.

    'was taken away, kept in a cell and handed to the police' hands the one taken.
    """
    participle = verb.tag_ in {"VBN", "VBD"} or (verb.tag_ == "VB" and grammar.passive(verb.head))
    reduced = verb.dep_ == "advcl" and verb.tag_ == "VBN"  # 'are held for weeks, then driven to'
    shared = (verb.dep_ == "conj" and participle) or reduced  # 'was kept … and then put on a train'
    shared = shared and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    riders = [o for o in grammar.objects(verb) if not grammar.core(o) & WORDS.VEHICLES]
    return riders or (_carried(verb.head) if shared else [])  # 'then put on a train'


@reads(WORDS.FLIES, WORDS.RESETTLES)
def onward(verb: Token) -> Hit | None:
    """Catch people flown or sent on to South Korea or a third country.

    Phrasings:
        - 'are later flown to Seoul'
        - 'has so far sent every one of them on to South Korea'
        - 'will be resettled in a third country'
    """
    lemma = grammar.lemma_of(verb)
    if not _moved(verb):
        return None
    if lemma not in WORDS.RESETTLES and destination(verb) != "third":
        return None
    if not by_officials(verb):
        return None  # 'Jeju Air flew hundreds to Thailand'
    return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, f"{grammar.lemma_of(verb)} on")


def _to_border(token: Token) -> bool:
    """Tell whether a vehicle, or its loading, goes to a border: 'trucks to the crossing'.

    Also 'a truck bound for Namyang', 'a bus headed to the bridge'.
    """
    bound = [c for c in token.children if c.dep_ == "acl" and c.lower_ in {"bound", "headed"}]
    ends = grammar.pobjs(token, {"to"}) + [
        p for b in bound for p in grammar.pobjs(b, {"for", "to"})
    ]
    ends = [p for p in ends if not grammar.core(p) & WORDS.HOLDERS]  # not 'the Tumen jail'
    return any(grammar.core(p) & (WORDS.BORDER | WORDS.BORDER_TOWNS) for p in ends)


def handover(verb: Token) -> Hit | None:
    """Catch people handed to the North's or China's officers, or carried across the border.

    Phrasings:
        - 'was passed to Chinese police' (from a southern neighbour: a step back north)
        - 'were handed to the North's state security'
        - 'were bused across the border at Tumen'
        - 'are handed across the Tumen River', 'driven back across to the North'
        - 'are put on trucks to the Dandong crossing', 'loaded onto a train to Tumen'; 'was put
          in the van' (an arrest)
        - 'will be handed over at the Dandong bridge'
        - 'was handed over to the South Korean embassy' (let go: exit)
    """
    lemma = grammar.lemma_of(verb)
    carried = lemma in WORDS.CONVEYS or lemma in WORDS.HANDS
    if not carried or not _moved(verb) or not by_officials(verb):
        return None
    crossed = [t for w in ways(verb) for t in grammar.pobjs(w, {"across", "over"})]
    crossed = [t for t in crossed if grammar.core(t) & WORDS.BORDER]
    if crossed:
        return Hit.restrictive(Category.REPATRIATION, f"{lemma} across the border", tuple(crossed))
    home = any(grammar.lemma_of(c) == "home" for c in verb.children)  # 'drove the boy home'
    if lemma in WORDS.CONVEYS and destination(verb) == "north" and not home:
        return Hit.restrictive(Category.REPATRIATION, f"{lemma} back")
    boarded = any(c.dep_ == "prt" and c.lower_ in {"on", "onto", "into"} for c in verb.children)
    rides = [
        p
        for p in grammar.pobjs(verb, {"in", "on", "into", "onto"})
        + (grammar.objects(verb) if boarded else [])  # 'put on a train', parsed as a particle
        if grammar.core(p) & WORDS.VEHICLES
    ]
    if rides and (destination(rides[0]) or _to_border(rides[0]) or _to_border(verb)):
        return Hit.restrictive(Category.REPATRIATION, f"{lemma} on a vehicle north", (rides[0],))
    if lemma in WORDS.CONVEYS and _to_border(verb):  # 'will be moved to Tumen next week'
        return Hit.restrictive(Category.REPATRIATION, f"{lemma} to the border")
    if lemma == "put" and rides and rides[0].head.lower_ in {"in", "into"}:  # 'put in the van'
        return Hit.restrictive(Category.DETENTION_ARREST, "put in a vehicle", (rides[0],))
    if lemma not in WORDS.HANDS:
        return None
    particles = [c for c in verb.children if grammar.lemma_of(c) in {"over", "back", "on"}]
    to = [
        t
        for head in (verb, *particles)
        for t in grammar.pobjs(head, {"to"})
        if grammar.lemmas(t) & WORDS.OFFICIALS
    ]
    at = [p for head in (verb, *to) for p in grammar.pobjs(head, {"at", "on"})]
    at_border = [p for p in at if grammar.core(p) & WORDS.BORDER]  # 'to police at the bridge'
    to_north = bool(at_border) and any(map(_fled, _carried(verb)))  # not 'a British man'
    north = [t for t in to if grammar.lemmas(t) & WORDS.RETURNING_STATES or to_north]
    if north and not grammar.lemmas(north[0]) & WORDS.MISSIONS:
        return Hit.restrictive(Category.REPATRIATION, "hand over to police", (north[0],))
    missions = [t for t in to if grammar.lemmas(t) & WORDS.MISSIONS]
    if missions and not north:
        action = "hand over to a foreign mission"
        return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, action, (missions[0],))
    anywhere = [p for head in (verb, *particles) for p in grammar.pobjs(head, {"to"})]
    fled = any(_fled(o) for o in grammar.objects(verb))  # not 'a British man wanted in Spain'
    if particles and not anywhere and at_border:  # 'will be handed over at the Dandong bridge'
        return Hit.restrictive(Category.REPATRIATION, "hand over at the border", tuple(at_border))
    if particles and not anywhere and grammar.passive(verb) and fled:  # 'must not be handed over'
        return Hit.restrictive(Category.REPATRIATION, f"hand {grammar.lemma_of(particles[0])}")
    crossers = [  # 'each side undertakes to hand over people who cross the border illegally'
        o for o in grammar.objects(verb) if grammar.lemma_of(o) in WORDS.RETURNEES or _crossed(o)
    ]
    if particles and not anywhere and crossers:
        return Hit.restrictive(Category.REPATRIATION, "hand over those who cross")
    return None


def _crossed(person: Token) -> bool:
    """Tell whether people are named as those who cross: 'people who cross without a permit'."""
    return any(c.dep_ == "relcl" and grammar.lemma_of(c) == "cross" for c in person.children)


def _fled(person: Token) -> bool:
    """Tell whether people are named as those who fled: North Koreans, defectors, 'these people'."""
    if grammar.lemma_of(person) in WORDS.SUMMONED_ENVOYS:
        return False  # 'the North Korean ambassador was told to leave': a diplomat expelled
    words = {grammar.lemma_of(t) for c in person.children for t in (c, *c.children)}
    korean = bool(words & {"korean", "north"}) and "south" not in words  # not 'South Korean'
    pronoun = person.pos_ == "PRON" or grammar.lemma_of(person) == "people"
    came_back = any(  # 'four women who came back from Tumen'
        c.dep_ == "relcl"
        and (
            grammar.lemma_of(c) in WORDS.FLIGHTS
            or any(grammar.lemma_of(g) in {"back", "over", "across"} for g in c.children)
        )
        for c in person.children
    )
    named = grammar.lemma_of(person) in WORDS.RETURNEES | WORDS.FLED
    return korean or pronoun or came_back or named


@reads(WORDS.SHARES)
def shares_files(verb: Token) -> Hit | None:
    """Catch interrogation files shared with the North: cooperation in the returns themselves.

    Phrasings:
        - 'Chinese police share interrogation files with the North'
        - 'now shares the records of those it catches with Pyongyang'
        - 'pass on the records of their interrogations' (whoever receives them)
    """
    files = grammar.objects_in(verb, WORDS.INTELLIGENCE)
    partners = grammar.nested_pobjs(verb, {"with", "to"})
    partners += [c for c in verb.children if c.dep_ == "dative"]  # 'pass the North's side a file'
    north = [t for t in partners if grammar.lemmas(t) & WORDS.NORTH_STATE]
    told = [f for f in files if grammar.lemmas(f) & WORDS.INTERROGATIONS]
    across = any(c.lower_ == "across" for c in verb.children)  # 'pass the file across too'
    if not (files and (north or across)) and not told:
        return None
    action = "share files with North Korea"
    return Hit.restrictive(Category.REPATRIATION, action, (files[0], *north[:1]))


def _leaves_for_the_north(goes: Token) -> bool:
    """Tell whether a leaving leaves the country or goes north.

    'to leave', 'to leave China', 'to go back to North Korea'; not 'to leave the city', 'to
    return the money', 'to go back to school'.
    """
    left = grammar.objects(goes)
    if grammar.lemma_of(goes) in WORDS.LEAVES:
        return not left or any(grammar.lemmas(o) & WORDS.CROSSED for o in left)
    return not left and destination(goes) == "north"


@reads(WORDS.COMPELS, {"tell"})
def made_to_leave(verb: Token) -> Hit | None:
    """Catch officials making people leave: an expulsion, told as a compulsion.

    Phrasings:
        - 'has not forced anyone to leave' (denied by its speaker)
        - 'were made to go back across the river'
        - 'ordered the workers to leave the country'; not 'forced them to leave for Seoul'
        - 'were ordered to leave China', 'were told they must leave China by July 15'
    """
    if not by_officials(verb):
        return None
    goes = [  # 'were made to go back', where the parse may make the infinitive a clause
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "advcl", "ccomp"}
        and grammar.lemma_of(c) in WORDS.GOES
        and (c.dep_ == "xcomp" or grammar.is_infinitive(c) or "must" in grammar.lemmas(c))
    ]
    if not goes or not _leaves_for_the_north(goes[0]):
        return None
    kin = WORDS.FAMILY if goes[0].dep_ == "ccomp" else set()  # 'families were told they must'
    told = [o for o in grammar.objects(verb) if grammar.lemma_of(o) not in kin]
    forced = [o for o in told if _fled(o) or o.lower_ == "anyone"]
    if not forced:
        return None  # 'forced the plant to close', 'ordered the students to leave the square'
    return Hit.restrictive(Category.REPATRIATION, f"{grammar.lemma_of(verb)} to leave", tuple(goes))


@reads(WORDS.RESUMES, WORDS.HALTS)
def returns(verb: Token) -> Hit | None:
    """Catch returns resumed or halted, named by a noun.

    Phrasings:
        - 'resumed large-scale returns' (restrictive)
        - 'has suspended deportations' (protective)
        - 'repatriations resumed in August' (restrictive)
    """
    lemma = grammar.lemma_of(verb)
    named = grammar.objects_in(verb, WORDS.RETURN_NOUNS)
    if not named and not grammar.objects(verb):  # 'repatriations resumed in August'
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        named = [s for s in subjects if grammar.lemma_of(s) in WORDS.RETURN_NOUNS]
    if not named:
        return None
    # 'returns did not stop', 'refused to stop the deportation'
    halted = (lemma in WORDS.HALTS) != (grammar.is_negated(verb) or grammar.refused(verb))
    direction = Direction.PROTECTIVE if halted else Direction.RESTRICTIVE
    action = f"{lemma} {grammar.lemma_of(named[0])}"
    return Hit(Category.REPATRIATION, direction, action, tuple(named))


def exit_transfer_to_third_country(verb: Token) -> Hit | None:
    """Catch people let go, sent or kept from going to South Korea or a third country.

    Phrasings:
        - 'allowing the defectors to go to South Korea'
        - 'will send 19 defectors to South'
        - 'provide them with traveler's certificates'
        - 'prohibited from leaving the country'
    """
    lemma = grammar.lemma_of(verb)
    if (
        lemma in WORDS.TRANSFERS
        and destination(verb) == "third"
        and (grammar.affects_group(verb) or grammar.passive(verb))  # not 'a letter to Seoul'
    ):
        return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, f"{lemma} to South Korea")
    if lemma in WORDS.ALLOWS:
        goes = [
            c
            for c in verb.children
            if c.dep_ in {"xcomp", "ccomp"} and grammar.lemma_of(c) in WORDS.MOVES
        ]
        if goes and (destination(goes[0]) == "third" or grammar.lemma_of(goes[0]) in WORDS.LEAVES):
            refused = grammar.refused(verb)
            negated = grammar.is_negated(verb) or refused  # 'refused to let them travel'
            direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
            exit_ = Category.EXIT_TRANSFER_TO_THIRD_COUNTRY
            local = stays_local(goes[0])  # 'not allowed to leave the county' bounds a residence
            return Hit(
                Category.RESIDENCY_LEGAL_STATUS if local else exit_,
                direction,
                f"allow to {grammar.lemma_of(goes[0])}",
                tuple(goes),
            )
    if lemma in WORDS.PROHIBITS:
        leaving = [p for p in grammar.pobjs(verb, {"from"}) if grammar.lemma_of(p) in WORDS.LEAVING]
        places = [o for p in leaving for o in grammar.objects(p) if o.ent_type_ != "GPE"]
        places = [o for o in places if grammar.lemma_of(o) != "country"]  # not 'the stadium'
        people = grammar.affects_group(verb) or grammar.passive(verb)  # not a company
        if leaving and people and not places and by_officials(verb):
            return Hit.restrictive(
                Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, f"{lemma} from leaving", tuple(leaving)
            )
    return papers_given(verb) if lemma in WORDS.PROVIDES else None
