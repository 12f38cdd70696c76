"""The rule family for arrests, custody and release: who is held, taken, caught or freed."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials, is_official
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.nouns import nominal
from nkreports.schema import Category

_PLACES = WORDS.VEHICLES | WORDS.DWELLINGS | {"street", "road", "station"}


def _caught(verb: Token) -> bool:
    """Tell whether 'caught' is said of people: 'guards caught the women', 'those caught'."""
    return (
        grammar.affects_group(verb)
        or _people_passive(verb)
        or (verb.dep_ == "acl" and grammar.is_group(verb.head))
    )


def _people_passive(verb: Token) -> bool:
    """Tell whether a passive verb's subject is people: a group word or a named person.

    'the man is being held', 'Kim was taken away'; not 'the concert was held'.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj":  # 'who crossed in 2011 and was caught in Shenyang'
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:  # a subject the parse lost: 'were caught by Chinese police'
        return grammar.passive(verb) and any(is_official(a) for a in grammar.pobjs(verb, {"by"}))
    return grammar.passive(verb) and any(_person(s) for s in subjects)


def _person(token: Token) -> bool:
    """Tell whether a subject is people: a group word, a person, or a name of no place or body."""
    named = token.pos_ == "PROPN" and token.ent_type_ in {"PERSON", "NORP", ""}
    return grammar.is_group(token) or token.ent_type_ == "PERSON" or named


def _people_subject(verb: Token) -> bool:
    """Tell whether the verb's subject (or, joined without one, its head's) is people."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(grammar.is_group(s) or s.ent_type_ == "PERSON" for s in subjects)


def _captured_thing(verb: Token) -> bool:
    """Tell whether 'capture' takes a thing, not people: 'has captured global attention'."""
    things = grammar.objects_in(verb, WORDS.CAPTURED_THINGS)
    return grammar.lemma_of(verb) == "capture" and bool(things)


def _let_go(verb: Token) -> bool:
    """Tell whether 'let … go' frees people: 'police let them go', 'held and then let go'.

    Not 'let go of the rope', 'let the workers go' said of a firm (no official, no custody).
    """
    if grammar.lemma_of(verb) != "let":
        return False
    goes = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.lower_ == "go"]
    if not goes or grammar.prep(goes[0], {"of"}):
        return False
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        return bool(detention_arrest(verb.head))  # 'was held for a week and then let go'
    freed = [c for c in goes[0].children if c.dep_ == "nsubj"] + grammar.objects(verb)
    return any(grammar.is_group(f) for f in freed) and by_officials(verb)


def _held(verb: Token) -> bool:
    """Tell whether 'hold' (or 'keep') holds people.

    People named as its object, a place of custody ('held at the detention centre'), or a
    passive whose subject is people ('is being held in Tumen'; not 'talks were held').
    """
    if grammar.lemma_of(verb) not in WORDS.HOLDS:
        return False
    custody = [
        p for p in grammar.nested_pobjs(verb, {"in", "at"}) if grammar.core(p) & WORDS.CUSTODY
    ]
    return grammar.affects_group(verb) or bool(custody) or _people_passive(verb)


def detention_arrest(verb: Token) -> Hit | None:
    """Catch people arrested, held, taken into custody or released.

    Phrasings:
        - 'rounded up by Chinese authorities'
        - 'being held in a detention center'
        - 'face arrest'
        - 'were caught at a station'
        - 'stopped a bus carrying defectors'
        - 'taken away'
        - 'taken to a detention facility'
        - 'served terms in labour camps'
        - 'carried out a sweep of border villages'
        - 'have built a new detention block'
    """
    lemma = grammar.lemma_of(verb)
    if lemma in WORDS.ARRESTS and not _captured_thing(verb):
        return Hit.restrictive(Category.DETENTION_ARREST, grammar.manner(verb))
    if lemma in WORDS.RELEASES and (grammar.affects_group(verb) or grammar.passive(verb)):
        return Hit.protective(Category.DETENTION_ARREST, lemma)
    if (lemma in WORDS.ROUNDS_UP or lemma in WORDS.UP_VERBS) and any(
        grammar.lemma_of(c) == "up" for c in verb.children
    ):
        people = grammar.affects_group(verb) or _people_passive(verb)
        if lemma in WORDS.ROUNDS_UP or (people and by_officials(verb)):  # not 'his daughter'
            return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} up")
    if _held(verb) or (lemma == "catch" and _caught(verb)):
        return Hit.restrictive(Category.DETENTION_ARREST, lemma)
    if lemma in WORDS.CONDUCTS and (
        sweeps := [o for o in grammar.objects_in(verb, WORDS.ARREST_NOUNS) if not nominal(o)]
    ):  # 'arrests of women' is the noun's own reading
        action = f"{grammar.manner(verb)} {grammar.lemma_of(sweeps[0])}"
        return Hit.restrictive(Category.DETENTION_ARREST, action, tuple(sweeps))
    if lemma in WORDS.GROWS and (
        sweeps := [
            c
            for c in verb.children
            if c.dep_ == "nsubj" and grammar.lemma_of(c) in WORDS.ARREST_NOUNS and not nominal(c)
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
    if lemma in WORDS.INTERCEPTS and (homes := grammar.objects_in(verb, WORDS.DWELLINGS)):
        return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} homes", tuple(homes[:1]))
    if lemma in WORDS.INTERCEPTS and grammar.passive(verb) and grammar.affects_group(verb):
        return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} at a checkpoint")
    stopped = [o for o in grammar.objects(verb) if _person(o)] if lemma in WORDS.INTERCEPTS else []
    if stopped and any(
        c.dep_ == "nsubj" and is_official(c) for c in verb.children
    ):  # 'police stopped her at a market'
        return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} people", (stopped[0],))
    if lemma in WORDS.INTERCEPTS and (vehicles := grammar.objects_in(verb, WORDS.VEHICLES)):
        return Hit.restrictive(
            Category.DETENTION_ARREST,
            f"intercept {grammar.lemma_of(vehicles[0])}",
            tuple(vehicles[:1]),
        )
    if lemma in WORDS.TAKES_AWAY:
        away = [
            c
            for c in verb.children
            if grammar.lemma_of(c) == "away" and c.dep_ in {"prt", "advmod"}
        ]
        places = WORDS.HELD_AT if lemma == "send" else WORDS.CUSTODY  # 'sent to a summer camp'
        custody = [
            p for p in grammar.pobjs(verb, {"to", "into"}) if grammar.own_words(p) & places
        ]  # 'taken to a detention facility'; not 'brought to the attention of ... the detention'
        taken = grammar.affects_group(verb) or _people_passive(verb)
        off = [p for p in grammar.pobjs(verb, {"off", "from"}) if grammar.lemmas(p) & _PLACES]
        if ((away or off) and taken) or custody:
            return Hit.restrictive(
                Category.DETENTION_ARREST,
                "take into custody",
                tuple(custody[:1]),
            )
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
