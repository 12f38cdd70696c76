"""Rule families for labeling, borders, requests and protests, family pressure and other."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy.grammar import (
    Hit,
    affects_group,
    core,
    is_negated,
    lemma_of,
    lemmas,
    manner,
    nested_pobjs,
    objects,
    passive,
    phrase,
    pobjs,
    prep,
)
from nkreports.facts.policy.lexicon import (
    AIMS,
    ASKS,
    BORDER,
    BRANDS,
    CAMPAIGN_VERBS,
    CAMPAIGNS,
    COMPILES,
    DATA,
    FAMILY,
    FORMAL_PROTESTS,
    GATHERS,
    GROUP,
    LABELING_VERBS,
    LABELS,
    LISTS,
    NAMING_NOUNS,
    OPENS,
    PRESSURES,
    PROTEST_ACTIONS,
    PROTEST_NOUNS,
    PROTESTS,
    PUNISHMENTS,
    RESCUES,
    RETURNS,
    SHUT,
    SPARES,
    STATES,
    TARGETS,
    TIGHTENS,
    TRACKS,
    USES,
)
from nkreports.schema import Category, Direction


def labeling_criminalization(verb: Token) -> Hit | None:
    """Catch people called defectors, traitors or criminals, and campaigns against them.

    Phrasings:
        - 'branded defectors'
        - 'named as defectors who betrayed their homeland'
        - 'began using the term defector'
        - 'accuse travelers of being defectors'
    """
    lemma = lemma_of(verb)
    campaigns = [o for o in objects(verb) if lemma_of(o) in CAMPAIGNS and lemmas(o) & TARGETS]
    if lemma in CAMPAIGN_VERBS and campaigns:
        action = f"{lemma} {phrase(campaigns[0])}"
        return Hit.restrictive(Category.LABELING_CRIMINALIZATION, action, tuple(campaigns))
    if lemma in USES and any(lemma_of(o) in NAMING_NOUNS for o in objects(verb)):
        term = next(o for o in objects(verb) if lemma_of(o) in NAMING_NOUNS)
        named = [c for c in term.children if c.dep_ == "appos"] or [term]
        return Hit.restrictive(
            Category.LABELING_CRIMINALIZATION,
            f"use the term {phrase(named[0])}",
            (named[0],),
        )
    if lemma not in LABELING_VERBS:
        return None
    roles = nested_pobjs(verb, {"as", "of", "to"}) + [
        c
        for c in verb.children
        if c.dep_ in {"oprd", "attr"} or (c.dep_ == "dobj" and passive(verb))
    ]
    if verb.dep_ in {"nmod", "amod"}:
        roles.append(verb.head)
    roles = [
        next((a for a in r.children if a.dep_ == "attr"), r) if lemma_of(r) == "be" else r
        for r in roles
    ]
    labels = [r for r in roles if lemmas(r) & LABELS]
    if labels and (affects_group(verb) or passive(verb) or lemma in BRANDS):
        return Hit.restrictive(
            Category.LABELING_CRIMINALIZATION,
            f"{lemma} as {lemma_of(labels[0])}",
            tuple(labels),
        )
    return None


def border_control(verb: Token) -> Hit | None:
    """Catch a border closed, tightened, watched more closely or reopened.

    Phrasings:
        - 'the border closed'
        - 'tightens the frontier'
        - 'stepped up identity checks'
        - 'installing new fences'
        - 'patrols were reinforced'
        - 'cracks down on illegal border crossing'
        - 'reopen its borders'
    """
    lemma = lemma_of(verb)
    if lemma == "crack" and any(lemma_of(c) == "down" for c in verb.children):
        targets = [t for t in pobjs(verb, {"on"}) if lemmas(t) & BORDER]
        return (
            Hit.restrictive(
                Category.BORDER_CONTROL,
                "crack down on crossing",
                tuple(targets),
            )
            if targets
            else None
        )
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    border = [t for t in objects(verb) + subjects if core(t) & BORDER]
    if not border:
        return None
    shut = any(lemma_of(c) in SHUT for c in verb.children)
    if lemma in TIGHTENS or (lemma == "keep" and shut):
        action = f"{manner(verb)} {lemma_of(border[0])}"
        return Hit.restrictive(Category.BORDER_CONTROL, action, tuple(border))
    if lemma in OPENS:
        return Hit(Category.BORDER_CONTROL, Direction.NEUTRAL, f"{lemma} border", tuple(border))
    return None


def asked_for(verb: Token) -> Direction | None:
    """Direction of a request: 'to halt returns' protective, 'to send them back' restrictive."""
    content = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    content += [g for c in prep(verb, {"on"}) for g in c.children if g.dep_ in {"xcomp", "pobj"}]
    content = [c for c in content if c.pos_ in {"VERB", "AUX"}]
    if not content:
        return None
    lemma, negated = lemma_of(content[0]), is_negated(content[0])
    if negated or lemma in SPARES:
        return Direction.PROTECTIVE
    return Direction.RESTRICTIVE if lemma in RETURNS else None


def diplomatic_request_protest(verb: Token) -> Hit | None:
    """Catch a request to a state or a protest, its direction read from what is asked.

    Phrasings:
        - 'urged Beijing against the deportation'
        - 'asked China to let them travel'
        - 'called on China to halt returns'
        - 'lodged a protest with the embassy'
        - 'summoned the ambassador'
        - 'expressed his opposition'
    """
    lemma = lemma_of(verb)
    keys = prep(verb, {"against", "for", "on"})
    if lemma == "press" and not any(lemmas(o) & STATES for o in objects(verb)):
        return None  # 'press them to repatriate' is pressure on people, not a diplomatic request
    if lemma == "call" and not any(lemma_of(c) == "on" for c in verb.children):
        return None
    nouns = PROTEST_NOUNS.get(lemma)
    if nouns is not None:
        named = objects(verb) + [c for c in verb.children if c.dep_ == "xcomp"]
        keys = [o for o in named if lemma_of(o) in nouns]
        if not keys:
            return None
    elif lemma not in ASKS | PROTESTS:
        return None
    said = set().union(*(lemmas(t) for t in verb.children if t.dep_ not in {"nsubj", "nsubjpass"}))
    protested = lemma in PROTESTS | FORMAL_PROTESTS and lemmas(verb) & STATES
    if not (said & (AIMS | STATES) or protested or lemma == "hold"):
        return None
    direction = asked_for(verb) or (
        Direction.PROTECTIVE if said & AIMS or protested else Direction.NEUTRAL
    )
    action = PROTEST_ACTIONS.get(lemma, f"{lemma}{' on' if lemma == 'call' else ''}")
    if lemma == "express":
        action = f"express {lemma_of(keys[0]) if keys else ''}"
    return Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, action.strip(), tuple(keys))


def family_pressure(verb: Token) -> Hit | None:
    """Catch families summoned, threatened, punished or extorted for a relative who left.

    Phrasings:
        - 'summoning the families … forcing them to make international calls'
        - 'their families also will be punished'
        - 'extorting bribes from their families'
        - 'relatives were warned'
        - 'families were told they would be banished'
        - headline 'Families summoned'
    """
    lemma = lemma_of(verb)
    if lemma not in PRESSURES or (lemma == "tell" and not passive(verb)):
        return None
    heads = [verb, *verb.conjuncts]
    targets = [
        t for h in heads for t in objects(h) + nested_pobjs(h, {"from"}) if lemma_of(t) in FAMILY
    ]
    earlier = {lemma_of(t) for t in verb.doc[verb.sent.start : verb.i]}
    if any(o.pos_ == "PRON" for o in objects(verb)) and earlier & FAMILY:
        targets += [o for o in objects(verb) if o.pos_ == "PRON"]
    content = [c for c in verb.children if c.dep_ == "ccomp" and lemmas(c) & FAMILY]
    if not (targets or content):
        return None
    own = tuple(t for t in targets if verb in t.ancestors and t.pos_ != "PRON")
    return Hit.restrictive(Category.FAMILY_PRESSURE, f"{lemma} families", own[:1])


def other(verb: Token) -> Hit | None:
    """Catch surveillance, lists, campaigns and other acts on people in no other category.

    Phrasings:
        - 're-investigating travelers who left for China'
        - 'track them down'
        - 'gathering information about their whereabouts'
        - 'compiling lists of women'
        - 'keeps a blacklist'
        - 'began its anti-defector campaign'
        - 'protect the rights of North Koreans abroad'
    """
    lemma = lemma_of(verb)
    if lemma in TRACKS and affects_group(verb):
        return Hit.restrictive(Category.OTHER, manner(verb))
    data = [o for o in objects(verb) if lemma_of(o) in DATA]
    if lemma in GATHERS and data:
        return Hit.restrictive(Category.OTHER, f"gather {lemma_of(data[0])}", tuple(data))
    lists = [o for o in objects(verb) if lemma_of(o) in LISTS]
    if lemma in COMPILES and lists:
        return Hit.restrictive(Category.OTHER, f"compile {lemma_of(lists[0])}", tuple(lists))
    campaigns = [o for o in objects(verb) if lemma_of(o) in CAMPAIGNS]
    if lemma in CAMPAIGN_VERBS and campaigns:
        return Hit.restrictive(
            Category.OTHER,
            f"{lemma} {phrase(campaigns[0])}",
            tuple(campaigns),
        )
    fates = [o for o in objects(verb) if lemma_of(o) in PUNISHMENTS]
    if lemma == "face" and fates:
        return Hit.restrictive(Category.OTHER, f"face {lemma_of(fates[0])}", tuple(fates))
    helped = [o for o in objects(verb) if lemmas(o) & GROUP]
    if lemma in RESCUES and helped:
        return Hit.protective(Category.OTHER, f"{lemma} {phrase(helped[0])}", tuple(helped))
    return None
