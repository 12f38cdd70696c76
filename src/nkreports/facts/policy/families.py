"""Rule families that read one verb (or noun) of the parse as an official action, one per category.

Each family takes a trigger token and returns a `Hit` (category, direction, normalised action and
the tokens the rule relied on, which widen the mention) or None. `read_action` tries them in
order.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from nkreports.facts.policy.actors import official_action
from nkreports.facts.policy.grammar import (
    Hit,
    affects_group,
    destination,
    is_group,
    is_negated,
    lemma_of,
    lemmas,
    manner,
    nested_pobjs,
    objects,
    passive,
    phrase,
    pobjs,
    will,
)
from nkreports.facts.policy.lexicon import (
    ALLOWS,
    ARREST_THREATS,
    ARRESTS,
    CLAIMS,
    CUSTODY,
    DENIED,
    DENYING,
    EXPELS,
    GIVES,
    HELD_IN,
    HOLDS,
    INTERCEPTS,
    LEAVES,
    LEAVING,
    MOVES,
    PAPERS,
    PROHIBITS,
    PROTECTED_ROLES,
    PROVIDES,
    RECOGNISES,
    REGISTERS,
    RELEASES,
    REMAINS,
    RENEWS,
    REQUIRES,
    RETURN_FATES,
    SENDS_BACK,
    STATUS,
    STAYS,
    TAKES,
    TAKES_AWAY,
    TERMS,
    TRANSFERS,
    VEHICLES,
)
from nkreports.facts.policy.nouns import nominal
from nkreports.facts.policy.pressure import (
    border_control,
    diplomatic_request_protest,
    family_pressure,
    labeling_criminalization,
    other,
)
from nkreports.schema import Category, Direction


def denial(verb: Token) -> Hit | None:
    """Catch 'China has denied the reports of mass expulsions', 'rejects the claim'."""
    claims = [o for o in objects(verb) if lemma_of(o) in CLAIMS]
    if lemma_of(verb) not in DENYING or not claims:
        return None
    content = set().union(*(lemmas(c) for c in claims))
    if not any(content & lexicon for lexicon in DENIED.values()) and verb.sent.start > 0:
        # a bare 'the claim' denies what the previous sentence reported
        content = {lemma_of(t) for t in verb.doc[verb.sent.start - 1].sent}
    category = next((c for c, lexicon in DENIED.items() if content & lexicon), Category.OTHER)
    direction = Direction.NEUTRAL if category == Category.OTHER else Direction.RESTRICTIVE
    return Hit(category, direction, f"deny {phrase(claims[0])}", tuple(claims))


def repatriation(verb: Token) -> Hit | None:
    """Catch people sent back to North Korea.

    Phrasings:
        - 'forcibly repatriated hundreds'
        - 'deports them back to the North'
        - 'expelled to North Korea'
        - 'send North Koreans back'
        - 'women who are caught face repatriation'
        - headline 'Detainees sent back across the river'
    """
    if lemma_of(verb) in EXPELS:
        return Hit.restrictive(Category.REPATRIATION, manner(verb))
    sent = lemma_of(verb) == "send" and not objects(verb)  # 'detainees sent back' in a headline
    transitive = any(is_group(o) for o in objects(verb)) or passive(verb) or sent
    transitive = transitive or (verb.dep_ == "conj" and passive(verb.head))
    fates = [o for o in objects(verb) if lemma_of(o) in RETURN_FATES]
    if lemma_of(verb) == "face" and fates:
        return Hit.restrictive(Category.REPATRIATION, f"face {lemma_of(fates[0])}", tuple(fates))
    if lemma_of(verb) in SENDS_BACK and transitive and destination(verb) == "north":
        return Hit.restrictive(Category.REPATRIATION, f"{lemma_of(verb)} back")
    return None


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
    """
    lemma = lemma_of(verb)
    if lemma in ARRESTS:
        return Hit.restrictive(Category.DETENTION_ARREST, manner(verb))
    if lemma in RELEASES and (affects_group(verb) or passive(verb)):
        return Hit.protective(Category.DETENTION_ARREST, lemma)
    if lemma == "round" and any(lemma_of(c) == "up" for c in verb.children):
        return Hit.restrictive(Category.DETENTION_ARREST, "round up")
    if (lemma in HOLDS and affects_group(verb)) or (lemma == "catch" and passive(verb)):
        return Hit.restrictive(Category.DETENTION_ARREST, lemma)
    vehicles = [o for o in objects(verb) if lemma_of(o) in VEHICLES]
    if lemma in INTERCEPTS and vehicles:
        return Hit.restrictive(
            Category.DETENTION_ARREST,
            f"intercept {lemma_of(vehicles[0])}",
            tuple(vehicles[:1]),
        )
    away = [c for c in verb.children if lemma_of(c) == "away" and c.dep_ in {"prt", "advmod"}]
    custody = [p for p in pobjs(verb, {"to", "into"}) if lemmas(p) & CUSTODY]
    if lemma in TAKES_AWAY and ((away and affects_group(verb)) or custody):
        return Hit.restrictive(
            Category.DETENTION_ARREST,
            "take into custody",
            tuple(custody[:1]),
        )
    # a verb, what it must govern, and the action read: 'held in a camp', 'served terms'
    governed = (
        (REMAINS, [p for p in pobjs(verb, {"in"}) if lemma_of(p) in HELD_IN][:1], "hold in"),
        ({"serve"}, [o for o in objects(verb) if lemma_of(o) in TERMS], "serve"),
        ({"face"}, [o for o in objects(verb) if lemma_of(o) in ARREST_THREATS], "threaten with"),
    )
    for verbs, found, action in governed:
        if lemma in verbs and found:
            action = f"{action} {lemma_of(found[0])}"
            return Hit.restrictive(Category.DETENTION_ARREST, action, tuple(found))
    return None


def residency_legal_status(verb: Token) -> Hit | None:
    """Catch a legal status given, taken, required or recognised.

    Phrasings:
        - 'issuing temporary residency permits'
        - 'offers an amnesty'
        - 'will receive a residence card'
        - 'revoked their hukou'
        - 'must register with police'
        - 'does not recognize defectors who cross as refugees'
        - 'treated as illegal migrants'
        - 'allowed to move freely'
    """
    lemma, negated = lemma_of(verb), is_negated(verb)
    status = [o for o in objects(verb) if lemmas(o) & STATUS]
    promised = lemma != "receive" or nested_pobjs(verb, {"from"}) or will(verb)
    if status and lemma in GIVES | TAKES | RENEWS and promised:
        restrictive = negated or lemma in TAKES
        action = f"{'not ' if negated else ''}{lemma} {phrase(status[0])}"
        direction = Direction.RESTRICTIVE if restrictive else Direction.PROTECTIVE
        direction = Direction.NEUTRAL if lemma in RENEWS else direction
        return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, tuple(status))
    registers = [c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in REGISTERS]
    if lemma in REQUIRES and registers:
        action = f"require to {lemma_of(registers[0])}"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, Direction.NEUTRAL, action, tuple(registers))
    roles = [
        r
        for o in [verb, *objects(verb)]
        for r in o.subtree
        if r.dep_ == "pobj" and lemma_of(r.head) == "as" and r.i > verb.i
    ]
    if lemma in RECOGNISES and (roles or status):
        role = (roles or status)[0]
        good = bool(lemmas(role) & PROTECTED_ROLES) != negated
        prefix = f"{'not ' if negated else ''}{lemma}{' as' if roles else ''}"
        direction = Direction.PROTECTIVE if good else Direction.RESTRICTIVE
        return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, f"{prefix} {phrase(role)}", (role,))
    stay = [c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in STAYS]
    if lemma in ALLOWS and stay:
        return Hit.protective(
            Category.RESIDENCY_LEGAL_STATUS,
            f"allow to {lemma_of(stay[0])}",
            tuple(stay),
        )
    if lemma == "accept" and affects_group(verb):
        return Hit.protective(Category.RESIDENCY_LEGAL_STATUS, "accept defectors")
    return None


def exit_transfer_to_third_country(verb: Token) -> Hit | None:
    """Catch people let go, sent or kept from going to South Korea or a third country.

    Phrasings:
        - 'allowing the defectors to go to South Korea'
        - 'will send 19 defectors to South'
        - 'provide them with traveler's certificates'
        - 'prohibited from leaving the country'
    """
    lemma = lemma_of(verb)
    if lemma in TRANSFERS and destination(verb) == "third":
        return Hit.protective(Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, f"{lemma} to South Korea")
    goes = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and lemma_of(c) in MOVES]
    if (
        lemma in ALLOWS
        and goes
        and (destination(goes[0]) == "third" or lemma_of(goes[0]) in LEAVES)
    ):
        direction = Direction.RESTRICTIVE if is_negated(verb) else Direction.PROTECTIVE
        return Hit(
            Category.EXIT_TRANSFER_TO_THIRD_COUNTRY,
            direction,
            f"allow to {lemma_of(goes[0])}",
            tuple(goes),
        )
    leaving = [p for p in pobjs(verb, {"from"}) if lemma_of(p) in LEAVING]
    if lemma in PROHIBITS and leaving:
        return Hit.restrictive(
            Category.EXIT_TRANSFER_TO_THIRD_COUNTRY, f"{lemma} from leaving", tuple(leaving)
        )
    papers = [p for p in pobjs(verb, {"with"}) + objects(verb) if lemma_of(p) in PAPERS]
    if lemma in PROVIDES and papers and lemma_of(papers[0]) != "visa":
        return Hit.protective(
            Category.EXIT_TRANSFER_TO_THIRD_COUNTRY,
            f"provide {phrase(papers[0])}",
            tuple(papers),
        )
    return None


RULES: tuple[Callable[[Token], Hit | None], ...] = (
    denial,
    exit_transfer_to_third_country,
    repatriation,
    detention_arrest,
    residency_legal_status,
    labeling_criminalization,
    border_control,
    diplomatic_request_protest,
    family_pressure,
    other,
    official_action,
)


def read_action(token: Token) -> Hit | None:
    """Return the first rule family's reading of `token` as an official action."""
    if token.pos_ == "NOUN":
        return nominal(token)
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    return next((hit for rule in RULES if (hit := rule(token))), None)
