"""The rule family for arrests, custody and release: who is held, taken, caught or freed."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.encounters import come_for, stopped_people
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.holds import enforced, held, people_passive, person
from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.nouns import nominal
from nkreports.schema import Category, Direction

_PLACES = (
    WORDS.VEHICLES | WORDS.DWELLINGS | WORDS.WORKPLACES | {"street", "road", "station", "market"}
)
_SWEEPS = WORDS.ARREST_NOUNS | WORDS.HUNTS
_CUSTODY_WORDS = WORDS.CUSTODY | WORDS.ARRESTS | WORDS.HOLDS | WORDS.ARREST_NOUNS  # held or jailed


def _caught(verb: Token) -> bool:
    """Tell whether 'caught' is said of people: 'guards caught the women', 'those caught'."""
    named = verb.dep_ == "acl" and grammar.is_group(verb.head)
    return grammar.affects_group(verb) or people_passive(verb) or named


def _released_someone(verb: Token) -> bool:
    """Tell whether a passive release has a subject that is no published thing.

    'the South Korean national is likely to be released'; not 'the report was released'.
    """
    node = verb
    subjects = [c for c in node.children if c.dep_ in {"nsubjpass", "nsubj"}]
    while not subjects and node.dep_ in {"xcomp", "acomp", "conj"}:
        node = node.head  # 'is likely to be released', where the subject is the copula's
        subjects = [c for c in node.children if c.dep_ in {"nsubjpass", "nsubj"}]
    published = any(grammar.core(s) & WORDS.PUBLISHED for s in subjects)
    return grammar.passive(verb) and bool(subjects) and not published


def _people_subject(verb: Token) -> bool:
    """Tell whether the verb's subject (or, joined without one, its head's) is people."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(person(s) for s in subjects)


def _captured_thing(verb: Token) -> bool:
    """Tell whether 'capture' takes a thing: 'captured global attention', 'kept it as captured'."""
    things = grammar.objects_in(verb, WORDS.CAPTURED_THINGS)
    kept_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return grammar.lemma_of(verb) == "capture" and (bool(things) or kept_as)


def _on_people(sweep: Token, verb: Token | None = None) -> bool:
    """Tell whether a sweep or hunt is one of its own, aimed at people or at no one named.

    'widened the hunt for North Korean women', 'the crackdown has widened to Longjing'; not
    'expanded its crackdown on online lending', 'widened their hunt for a new striker', nor
    'arrests of women', which is the noun's own reading.
    """
    if nominal(sweep):
        return False
    heads = [sweep] if verb is None else [sweep, verb]  # 'widened their hunt [for a striker]'
    targets = [t for head in heads for t in grammar.pobjs(head, {"on", "for", "against"})]
    return not targets or any(grammar.is_group(t) for t in targets)


def _raided(verb: Token) -> list[Token]:
    """Homes raided by officials, or workplaces where the sentence names people.

    'raided the restaurant where they worked and took away two women'; not 'inspectors raided
    the restaurant over hygiene', 'the guests searched the hotel'.
    """
    if not by_officials(verb) or grammar.is_negated(verb):  # not 'did not search the house'
        return []
    homes = grammar.objects_in(verb, WORDS.DWELLINGS)
    places = grammar.objects_in(verb, WORDS.WORKPLACES)
    others = [t for t in verb.sent if t.i != verb.i and t not in verb.children]
    people = any(grammar.is_group(t) for t in others)
    return homes + (places if people else [])


def _let_go(verb: Token) -> bool:
    """Tell whether 'let … go' frees people: 'police let them go', 'held and then let go'.

    Custody is named in the sentence or the one before ('Two were detained. They were let go
    on Tuesday'); not 'let go of the rope', 'let the workers go' said of a firm.
    """
    if grammar.lemma_of(verb) == "go" and any(
        c.dep_ == "aux" and grammar.lemma_of(c) == "let" for c in verb.children
    ):  # 'was held for three days and let go', where the parse makes 'let' an auxiliary
        return verb.dep_ == "conj" and bool(detention_arrest(verb.head))
    if grammar.lemma_of(verb) != "let":
        return False
    left = [p for c in verb.children if c.lower_ == "out" for p in grammar.pobjs(c, {"of"})]
    if any(grammar.core(p) & WORDS.HOLDERS for p in left):  # 'were let out of the Tumen centre'
        return grammar.passive(verb) or grammar.affects_group(verb)
    goes = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.lower_ == "go"]
    if not goes or grammar.prep(goes[0], {"of"}):
        return False
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        return bool(detention_arrest(verb.head))  # 'was held for a week and then let go'
    freed = [c for c in goes[0].children if c.dep_ == "nsubj"] + grammar.objects(verb)
    told = verb.doc[verb.doc[max(verb.sent.start - 1, 0)].sent.start : verb.sent.end]
    held = any(grammar.lemma_of(t) in _CUSTODY_WORDS for t in told)  # here or just before
    spans = [t for h in (verb, goes[0]) for t in grammar.pobjs(h, {"after"})]
    held = held or any(grammar.lemma_of(t) in WORDS.SPANS for t in spans)  # 'after eleven days'
    people = any(grammar.is_group(f) or f.lower_ == "me" for f in freed)  # 'they let me go'
    return people and by_officials(verb) and held


def _custody_place(place: Token, places: frozenset[str], verb: Token) -> bool:
    """Tell whether people are taken to custody: a place of it, or the police's own station.

    'taken to a detention facility', 'to the county State Security Department', and, by
    officials, 'took him to the station'; not 'took them to the railway station'.
    """
    words = grammar.own_words(place)
    named = [n for n in (place, *place.children) if n.pos_ == "PROPN" and n.dep_ != "compound"]
    organ = any(  # the place or its apposition: 'State Security', not 'the UN Security Council'
        "security" in (names := grammar.lemmas(n)) and names & WORDS.SECURITY_ORGANS for n in named
    )
    station = words == {"station"} and by_officials(verb)
    return bool(words & places) or organ or station


def _holder(verb: Token) -> bool:
    """Tell whether a place of custody holds: 'the centre still holds more than 80 people'."""
    return any(c.dep_ == "nsubj" and grammar.core(c) & WORDS.HOLDERS for c in verb.children)


def detention_arrest(verb: Token) -> Hit | None:
    """Catch people arrested, held, taken into custody or released.

    Phrasings:
        - 'rounded up by Chinese authorities'
        - 'being held in a detention center'
        - 'face arrest'
        - 'were caught at a station'
        - 'stopped a bus carrying defectors' (routine stops, 'police stop buses', are borders')
        - 'taken away'
        - 'taken to a detention facility', 'took two women from a covered market'
        - 'the police came for her at the brick kiln'
        - 'have been sitting in Chinese detention centres'
        - 'served terms in labour camps'
        - 'carried out a sweep of border villages'
        - 'have built a new detention block'
    """
    lemma = grammar.lemma_of(verb)
    if lemma in WORDS.ARRESTS and not _captured_thing(verb):
        return Hit.restrictive(Category.DETENTION_ARREST, grammar.manner(verb))
    if lemma == "handcuff" and (grammar.affects_group(verb) or people_passive(verb)):
        return Hit.restrictive(Category.DETENTION_ARREST, lemma)  # not 'handcuffed the bank'
    freed = lemma in WORDS.RELEASES and (
        grammar.affects_group(verb) or people_passive(verb) or _released_someone(verb)
    )
    refused = grammar.refused(verb)  # 'refused to free a pregnant detainee': still held
    if freed and by_officials(verb.head if refused else verb):  # not 'the zoo released dozens'
        direction = Direction.RESTRICTIVE if refused else Direction.PROTECTIVE
        return Hit(Category.DETENTION_ARREST, direction, f"refuse to {lemma}" if refused else lemma)
    if (lemma in WORDS.ROUNDS_UP or lemma in WORDS.UP_VERBS) and any(
        grammar.lemma_of(c) == "up" for c in verb.children
    ):
        people = grammar.affects_group(verb) or people_passive(verb)
        if lemma in WORDS.ROUNDS_UP or (people and by_officials(verb)):  # not 'his daughter'
            return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} up")
    if (held(verb) or (lemma in WORDS.CATCHES and _caught(verb))) and (
        _holder(verb) or by_officials(verb)
    ):
        return Hit.restrictive(Category.DETENTION_ARREST, lemma)  # not 'fishermen caught hundreds'
    if lemma in WORDS.CONDUCTS and (
        sweeps := [o for o in grammar.objects_in(verb, _SWEEPS) if _on_people(o, verb)]
    ):  # 'arrests of women' is the noun's own reading
        action = f"{grammar.manner(verb)} {grammar.lemma_of(sweeps[0])}"
        return Hit.restrictive(Category.DETENTION_ARREST, action, tuple(sweeps))
    if lemma in WORDS.GROWS and (
        sweeps := [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and grammar.lemma_of(c) in _SWEEPS and _on_people(c, verb)
        ]
    ):  # 'the hunt has widened to Longjing'; a crackdown is the noun's own reading
        return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} the {sweeps[0].lower_}")
    if _let_go(verb):
        return Hit.protective(Category.DETENTION_ARREST, "let go")
    if lemma in WORDS.BUILDS and (
        jails := [o for o in grammar.objects(verb) if grammar.core(o) & WORDS.CUSTODY]
    ):
        action = f"{lemma} {grammar.phrase(jails[0])}"
        return Hit.restrictive(Category.DETENTION_ARREST, action, tuple(jails))
    if lemma in WORDS.INTERCEPTS and (homes := _raided(verb)):
        return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} homes", tuple(homes[:1]))
    stopped = grammar.passive(verb) and (grammar.affects_group(verb) or people_passive(verb))
    if lemma in WORDS.INTERCEPTS and stopped:
        return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} at a checkpoint")
    if lemma in WORDS.INTERCEPTS and (stopped := stopped_people(verb)):
        return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} people", (stopped[0],))
    checking = lemma in WORDS.INTERCEPTS and any(
        c.dep_ in {"xcomp", "advcl"} and grammar.lemma_of(c) in WORDS.CHECKS for c in verb.children
    )
    if checking:
        return None  # 'boarded every bus to check identity cards': the check is the act
    if lemma in WORDS.INTERCEPTS and (vehicles := grammar.objects_in(verb, WORDS.VEHICLES)):
        carrying = any(map(grammar.affects_group, (c for v in vehicles for c in v.children)))
        routine = grammar.present(verb) and not carrying  # 'police stop buses on the roads'
        category = Category.BORDER_CONTROL if routine else Category.DETENTION_ARREST
        action = f"intercept {grammar.lemma_of(vehicles[0])}"
        return Hit.restrictive(category, action, tuple(vehicles[:1]))
    if lemma in WORDS.TAKES_AWAY:
        away = [
            c
            for c in verb.children
            if grammar.lemma_of(c) == "away" and c.dep_ in {"prt", "advmod"}
        ]
        places = WORDS.HELD_AT if lemma == "send" else WORDS.CUSTODY  # 'sent to a summer camp'
        custody = [
            p for p in grammar.pobjs(verb, {"to", "into"}) if _custody_place(p, places, verb)
        ]  # 'taken to a detention facility'; not 'brought to the attention of ... the detention'
        named = any(o.pos_ == "PROPN" for o in grammar.objects(verb))  # 'took Sun-ok to the'
        subjectless = grammar.passive(verb) and not grammar.objects(verb)  # 'before being moved'
        me = any(o.lower_ == "me" for o in grammar.objects(verb)) and enforced(verb)  # 'took me'
        me = me and bool(custody)  # not 'my father took me to the police station'
        taken = grammar.affects_group(verb) or people_passive(verb) or named or subjectless or me
        off = [p for p in grammar.pobjs(verb, {"off", "from"}) if grammar.lemmas(p) & _PLACES]
        off += [p for p in grammar.pobjs(verb, {"into"}) if grammar.core(p) & WORDS.VEHICLES]
        if (away or off or custody) and taken:  # not 'the report was sent to police'
            return Hit.restrictive(
                Category.DETENTION_ARREST, "take into custody", tuple(custody[:1])
            )
    if lemma == "come" and (sought := come_for(verb)):
        return Hit.restrictive(Category.DETENTION_ARREST, "come for people", (sought[0],))
    # a verb, what it must govern, and the action read: 'held in a camp', 'served terms'
    if lemma not in WORDS.REMAINS and lemma not in {"serve", "face"}:
        return None
    if lemma == "be" and not _people_subject(verb):
        return None  # 'is still in the detention centre', not 'the files are in the prison'

    governed = (
        (
            WORDS.REMAINS,
            [p for p in grammar.pobjs(verb, {"in"}) if grammar.core(p) & WORDS.HELD_IN][:1],
            "hold in",
        ),
        ({"serve"}, grammar.objects_in(verb, WORDS.TERMS), "serve"),
        ({"face"}, grammar.objects_in(verb, WORDS.ARREST_THREATS), "threaten with"),
    )
    for verbs, found, action in governed:
        if lemma in verbs and found:
            action = f"{action} {grammar.lemma_of(found[0])}"
            return Hit.restrictive(Category.DETENTION_ARREST, action, tuple(found))
    return None
