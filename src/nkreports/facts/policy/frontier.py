"""Border control at the frontier: where a clause's places are, and the works that watch it.

'New sentry posts went up along the Yalu', 'cameras now watch every bend of the river road',
'the images show three new guard posts on the bank': barriers raised, watching or newly seen
at a border or a river are border control (restrictive).
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category

_AT = frozenset({"along", "on", "at", "near", "around"})  # 'reinforced security along the rivers'


def along_border(verb: Token) -> bool:
    """Tell whether barriers go up at a border or river: its subject a barrier, its place one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for s in subjects for g in grammar.pobjs(s, {"of"})]  # 'a line of wire'
    barrier = any(grammar.core(s) & WORDS.BARRIERS for s in subjects)
    checks = any(grammar.core(s) & WORDS.CHECKPOINTS for s in subjects)  # control points anywhere
    return (barrier and at_frontier(verb)) or checks


@reads(WORDS.FORTIFIES)
def fortified(verb: Token) -> Hit | None:
    """Catch officials' barriers built, rebuilt or laid at a border.

    'China has replaced the single chain-link fence', 'police bolted cameras onto poles along
    the river road', 'the North has laid mines along the river'; not 'farmers dug an irrigation
    ditch along the Tumen' or 'the city is rebuilding the old bridge over the Yalu'.
    """
    barriers = WORDS.BARRIERS | WORDS.DEFENCES
    works = [o for o in grammar.objects(verb) if grammar.core(o) & barriers]
    if not works or not by_officials(verb):
        return None
    if not (any(grammar.core(w) & WORDS.BORDER for w in works) or at_frontier(verb)):
        return None  # a fence is a border's; a trench or a camera only at one
    action = f"{grammar.lemma_of(verb)} {grammar.lemma_of(works[0])}"
    return Hit.restrictive(Category.BORDER_CONTROL, action, tuple(works))


def at_frontier(verb: Token) -> bool:
    """Tell whether the verb's place is a border, a river bank or a named place or river.

    The place may be the verb's, an object's or a measure's ('every kilometre along the Yalu'),
    or what it is part of ('along much of the Tumen', 'long stretches of the river').
    """
    return any(
        grammar.core(p) & (WORDS.BORDER | WORDS.BANKS) or p.ent_type_ in {"LOC", "GPE", "FAC"}
        for p in _places(verb)
    )


def _places(verb: Token) -> list[Token]:
    """The objects of the clause's place prepositions, and what each names part 'of'."""
    places = [
        t for t in verb.subtree if t.dep_ == "pobj" and t.head.lower_ in _AT and _clause(t) == verb
    ]
    return places + [g for p in places for g in grammar.pobjs(p, {"of"})]


def _clause(token: Token) -> Token | None:
    """The verb whose clause holds the token: its nearest verb ancestor."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def border_works(verb: Token) -> Hit | None:
    """Catch cameras watching a border, new barriers seen there, and the land cleared along it.

    Phrasings:
        - 'new cameras now watch every bend of the river road'
        - 'the images show three new guard posts on the North Korean bank'
        - 'the authorities have cleared a strip of vegetation along the bank'
        - not 'cameras watch the car park', 'the photos show an old fence in the village'
        - officials' barriers built or laid (`fortified`)
    """
    if hit := fortified(verb):
        return hit
    lemma = grammar.lemma_of(verb)
    if lemma in WORDS.WATCHES:
        watchers = [c for c in verb.children if c.dep_ == "nsubj"]
        watched = grammar.objects(verb)
        places = watched + [g for w in watched for g in grammar.pobjs(w, {"of"})]
        border = any(grammar.core(p) & (WORDS.BORDER | WORDS.BANKS) for p in places)
        if any(grammar.core(w) & WORDS.WATCHERS for w in watchers) and (
            border or at_frontier(verb)
        ):
            return Hit.restrictive(Category.BORDER_CONTROL, "watch the border", tuple(watched[:1]))
    if lemma in WORDS.CLEARS and at_frontier(verb) and by_officials(verb):
        return Hit.restrictive(Category.BORDER_CONTROL, "clear the frontier")  # 'along the bank'
    if lemma in WORDS.SHOWS:
        new = [
            o
            for o in grammar.objects(verb)
            if grammar.core(o) & WORDS.BARRIERS
            and any(c.lower_ in WORDS.NEW for c in o.children if c.dep_ in {"amod", "nummod"})
        ]
        if new and at_frontier(verb):
            return Hit.restrictive(Category.BORDER_CONTROL, "new border works", (new[0],))
    return None


_CHECKS = frozenset({"check", "inspection", "search"})
_PAPERS = frozenset({"paper", "document", "identity", "id", "registration", "hukou"})
_HOMES = WORDS.DWELLINGS | WORDS.LOCALITIES | _PAPERS - {"identity", "id"} | {"household", "door"}


def home_check(noun: Token) -> bool:
    """Tell whether a check is of homes or papers where people live, not of traffic or a border.

    'household checks', 'house-to-house document checks', 'periodic checks of papers in the
    villages' (other, as inspections); not 'identity checks on buses', 'checks at the bridge'.
    """
    if grammar.lemma_of(noun) not in _CHECKS:
        return False
    named = grammar.lemmas(noun)
    where = grammar.pobjs(noun.head, _AT | {"in"}) if noun.dep_ in {"dobj", "nsubjpass"} else []
    clause = named.union(
        *map(grammar.lemmas, where)
    )  # 'checks on buses', not 'police near the river'
    travel = clause & (WORDS.TRANSIT | WORDS.VEHICLES | WORDS.BORDER - _CHECKS)
    return bool(named & _HOMES) and not travel


@reads({"carry", "conduct"})
def checks_made(verb: Token) -> Hit | None:
    """Catch officials carrying out checks of homes and papers (other), or of traffic (border).

    Phrasings:
        - 'police in the villages carry out house-to-house document checks' (other)
        - 'officers conduct identity checks on every bus leaving Yanji' (border control)
        - not 'carried out checks on the bridge's cables', 'health officials conduct checks on
          school buses', 'carried out a sweep' (a sweep's own)
    """
    if grammar.lemma_of(verb) == "carry" and not any(c.lower_ == "out" for c in verb.children):
        return None
    checks = [o for o in grammar.objects(verb) if grammar.lemma_of(o) in _CHECKS]
    if not checks or not by_officials(verb):
        return None
    papers = grammar.lemmas(checks[0]) & _PAPERS  # 'checks of papers', 'identity checks'
    if not papers and not any(map(grammar.is_group, verb.subtree)):
        return None  # 'fire officers carried out checks of homes for faulty smoke alarms'
    if home_check(checks[0]):
        return Hit.restrictive(Category.OTHER, "check homes and papers", tuple(checks[:1]))
    watched = {grammar.lemma_of(t) for t in verb.subtree} & (WORDS.TRANSIT | WORDS.VEHICLES)
    if watched or at_frontier(verb):
        return Hit.restrictive(Category.BORDER_CONTROL, "check travellers", tuple(checks[:1]))
    return None
