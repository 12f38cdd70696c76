"""Rule families that read one verb (or noun) of the parse as an official action, one per category.

Each family takes a trigger token and returns a `Hit` (category, direction, normalised action and
the tokens the rule relied on, which widen the mention) or None. `classify` tries them in order.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from nkreports.facts.policy.actors import official_action
from nkreports.facts.policy.grammar import (
    CUSTODY,
    DENIED,
    GIVES,
    RENEWS,
    STATUS,
    TAKES,
    VEHICLES,
    Hit,
    affects_group,
    destination,
    is_group,
    is_negated,
    lemma_of,
    manner,
    nested_pobjs,
    objects,
    passive,
    phrase,
    pobjs,
    will,
    words,
)  # fmt: skip
from nkreports.facts.policy.pressure import (
    border_control,
    diplomatic_request_protest,
    family_pressure,
    labeling_criminalization,
    nominal,
    other,
)  # fmt: skip

CLAIMS = {"report", "claim", "allegation", "accusation", "figure", "estimate", "account"}


def denial(verb: Token) -> Hit | None:
    """Catch 'China has denied the reports of mass expulsions', 'rejects the claim'."""
    claims = [o for o in objects(verb) if lemma_of(o) in CLAIMS]
    if lemma_of(verb) not in {"deny", "reject", "refute", "dismiss"} or not claims:
        return None
    content = set().union(*(words(c) for c in claims))
    if not any(content & lexicon for lexicon in DENIED.values()) and verb.sent.start > 0:
        # a bare 'the claim' denies what the previous sentence reported
        content = {lemma_of(t) for t in verb.doc[verb.sent.start - 1].sent}
    category = next((c for c, lexicon in DENIED.items() if content & lexicon), "other")
    direction = "neutral" if category == "other" else "restrictive"
    return Hit(category, direction, f"deny {phrase(claims[0])}", tuple(claims))


def repatriation(verb: Token) -> Hit | None:
    """Catch 'forcibly repatriated hundreds', 'deports them back to the North', 'expelled to North Korea', 'send North Koreans back', 'women who are caught face repatriation', headline 'Detainees sent back across the river'."""  # noqa: E501
    if lemma_of(verb) in {"repatriate", "deport", "expel", "extradite"}:
        return Hit("repatriation", "restrictive", manner(verb))
    sent = lemma_of(verb) == "send" and not objects(verb)  # 'detainees sent back' in a headline
    transitive = any(is_group(o) for o in objects(verb)) or passive(verb) or sent
    transitive = transitive or (verb.dep_ == "conj" and passive(verb.head))
    fates = [o for o in objects(verb) if lemma_of(o) in {"repatriation", "deportation", "return"}]
    if lemma_of(verb) == "face" and fates:
        return Hit("repatriation", "restrictive", f"face {lemma_of(fates[0])}", tuple(fates))
    if lemma_of(verb) in {"send", "return", "hand"} and transitive and destination(verb) == "north":
        return Hit("repatriation", "restrictive", f"{lemma_of(verb)} back")
    return None


def detention_arrest(verb: Token) -> Hit | None:
    """Catch 'rounded up by Chinese authorities', 'being held in a detention center', 'face arrest', 'were caught at a station', 'stopped a bus carrying defectors', 'taken away', 'taken to a detention facility', 'served terms in labour camps'."""  # noqa: E501
    lemma = lemma_of(verb)
    if lemma in {"arrest", "detain", "imprison", "jail", "capture", "apprehend", "incarcerate"}:
        return Hit("detention_arrest", "restrictive", manner(verb))
    if lemma in {"release", "free"} and (affects_group(verb) or passive(verb)):
        return Hit("detention_arrest", "protective", lemma)
    if lemma == "round" and any(lemma_of(c) == "up" for c in verb.children):
        return Hit("detention_arrest", "restrictive", "round up")
    if (lemma in {"hold", "keep", "catch"} and affects_group(verb)) or (
        lemma == "catch" and passive(verb)
    ):
        return Hit("detention_arrest", "restrictive", lemma)
    vehicles = [o for o in objects(verb) if lemma_of(o) in VEHICLES]
    if lemma in {"stop", "intercept", "search", "raid", "board"} and vehicles:
        return Hit(
            "detention_arrest",
            "restrictive",
            f"intercept {lemma_of(vehicles[0])}",
            tuple(vehicles[:1]),
        )
    away = [c for c in verb.children if lemma_of(c) == "away" and c.dep_ in {"prt", "advmod"}]
    custody = [p for p in pobjs(verb, {"to", "into"}) if words(p) & CUSTODY]
    if lemma in {"take", "drag", "lead", "bring", "move"} and (
        (away and affects_group(verb)) or custody
    ):
        return Hit("detention_arrest", "restrictive", "take into custody", tuple(custody[:1]))
    places = [p for p in pobjs(verb, {"in"}) if lemma_of(p) in {"custody", "detention", "prison"}]
    if lemma in {"remain", "be", "stay"} and places:
        return Hit(
            "detention_arrest", "restrictive", f"hold in {lemma_of(places[0])}", (places[0],)
        )
    terms = [o for o in objects(verb) if lemma_of(o) in {"term", "sentence"}]
    if lemma == "serve" and terms:
        return Hit("detention_arrest", "restrictive", f"serve {lemma_of(terms[0])}", tuple(terms))
    threats = [o for o in objects(verb) if lemma_of(o) in {"arrest", "detention"}]
    if lemma == "face" and threats:
        return Hit(
            "detention_arrest",
            "restrictive",
            f"threaten with {lemma_of(threats[0])}",
            tuple(threats),
        )
    return None


def residency_legal_status(verb: Token) -> Hit | None:
    """Catch 'issuing temporary residency permits', 'offers an amnesty', 'will receive a residence card', 'revoked their hukou', 'must register with police', 'does not recognize defectors who cross as refugees', 'treated as illegal migrants', 'allowed to move freely'."""  # noqa: E501
    lemma, negated = lemma_of(verb), is_negated(verb)
    status = [o for o in objects(verb) if words(o) & STATUS]
    promised = lemma != "receive" or nested_pobjs(verb, {"from"}) or will(verb)
    if status and lemma in GIVES | TAKES | RENEWS and promised:
        restrictive = negated or lemma in TAKES
        action = f"{'not ' if negated else ''}{lemma} {phrase(status[0])}"
        direction = "restrictive" if restrictive else "protective"
        direction = "neutral" if lemma in RENEWS else direction
        return Hit("residency_legal_status", direction, action, tuple(status))
    registers = [
        c for c in verb.children if c.dep_ == "xcomp" and lemma_of(c) in {"register", "apply"}
    ]
    if lemma in {"require", "order", "oblige", "instruct", "tell", "force"} and registers:
        action = f"require to {lemma_of(registers[0])}"
        return Hit("residency_legal_status", "neutral", action, tuple(registers))
    roles = [
        r
        for o in [verb, *objects(verb)]
        for r in o.subtree
        if r.dep_ == "pobj" and lemma_of(r.head) == "as" and r.i > verb.i
    ]
    if lemma in {"recognize", "recognise", "treat", "consider", "regard", "classify"} and (
        roles or status
    ):
        role = (roles or status)[0]
        good = bool(words(role) & {"refugee", "asylum", "right"}) != negated
        prefix = f"{'not ' if negated else ''}{lemma}{' as' if roles else ''}"
        direction = "protective" if good else "restrictive"
        return Hit("residency_legal_status", direction, f"{prefix} {phrase(role)}", (role,))
    stay = [
        c
        for c in verb.children
        if c.dep_ == "xcomp" and lemma_of(c) in {"move", "live", "stay", "work"}
    ]
    if lemma in {"allow", "permit", "let"} and stay:
        return Hit(
            "residency_legal_status", "protective", f"allow to {lemma_of(stay[0])}", tuple(stay)
        )
    if lemma == "accept" and affects_group(verb):
        return Hit("residency_legal_status", "protective", "accept defectors")
    return None


def exit_transfer_to_third_country(verb: Token) -> Hit | None:
    """Catch 'allowing the defectors to go to South Korea', 'will send 19 defectors to South', 'provide them with traveler's certificates', 'prohibited from leaving the country'."""  # noqa: E501
    lemma = lemma_of(verb)
    if (
        lemma in {"send", "transfer", "release", "escort", "deport"}
        and destination(verb) == "third"
    ):
        return Hit("exit_transfer_to_third_country", "protective", f"{lemma} to South Korea")
    moves = {"go", "leave", "travel", "reach", "depart", "head", "move"}
    goes = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and lemma_of(c) in moves]
    if (
        lemma in {"allow", "permit", "let"}
        and goes
        and (destination(goes[0]) == "third" or lemma_of(goes[0]) in {"leave", "reach"})
    ):
        direction = "restrictive" if is_negated(verb) else "protective"
        return Hit(
            "exit_transfer_to_third_country",
            direction,
            f"allow to {lemma_of(goes[0])}",
            tuple(goes),
        )
    leaving = [p for p in pobjs(verb, {"from"}) if lemma_of(p) in {"leave", "travel", "exit"}]
    if lemma in {"prohibit", "ban", "bar", "forbid", "prevent", "stop"} and leaving:
        return Hit(
            "exit_transfer_to_third_country", "restrictive", f"{lemma} from leaving", tuple(leaving)
        )
    papers = [
        p
        for p in pobjs(verb, {"with"}) + objects(verb)
        if lemma_of(p) in {"certificate", "passport", "visa"}
    ]
    if lemma in {"provide", "issue", "give", "grant"} and papers and lemma_of(papers[0]) != "visa":
        return Hit(
            "exit_transfer_to_third_country",
            "protective",
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


def classify(token: Token) -> Hit | None:
    """Return the first rule family's reading of `token` as an official action."""
    if token.pos_ == "NOUN":
        return nominal(token)
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    return next((hit for rule in RULES if (hit := rule(token))), None)
