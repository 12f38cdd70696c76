"""Rule families for labeling, borders, family pressure and other measures."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials, named_officials
from nkreports.facts.policy.frontier import along_border, at_frontier, home_check
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import (
    WORDS,
)
from nkreports.schema import Category, Direction


def labeling_criminalization(verb: Token) -> Hit | None:
    """Catch people called defectors, traitors or criminals.

    Phrasings:
        - 'branded defectors'
        - 'named as defectors who betrayed their homeland'
        - 'began using the term defector'
        - 'accuse travelers of being defectors'
    """
    lemma = grammar.lemma_of(verb)
    if lemma in WORDS.USES and any(
        grammar.lemma_of(o) in WORDS.NAMING_NOUNS for o in grammar.objects(verb)
    ):
        term = next(o for o in grammar.objects(verb) if grammar.lemma_of(o) in WORDS.NAMING_NOUNS)
        named = [c for c in term.children if c.dep_ == "appos"] or [term]
        return Hit.restrictive(
            Category.LABELING_CRIMINALIZATION,
            f"use the term {grammar.phrase(named[0])}",
            (named[0],),
        )
    if lemma not in WORDS.LABELING_VERBS:
        return None
    preps = {"as"} if lemma in WORDS.COURTS_LABEL else {"as", "of", "to"}  # 'convicted of theft'
    roles = grammar.nested_pobjs(verb, preps) + [
        c
        for c in verb.children
        if c.dep_ in {"oprd", "attr"}
        or (c.dep_ == "dobj" and grammar.passive(verb))
        or (c.dep_ == "dobj" and lemma in WORDS.BRANDS)  # 'branded [the group renegades]'
        or (c.dep_ == "dobj" and _named_people(c))  # 'called [the women traitors]', misparsed
    ]
    if verb.dep_ in {"nmod", "amod"}:
        roles.append(verb.head)
    roles = [
        next((a for a in r.children if a.dep_ == "attr"), r) if grammar.lemma_of(r) == "be" else r
        for r in roles
    ]
    migrants = [r for r in roles if grammar.own_words(r) & WORDS.MIGRANTS]
    if migrants and (grammar.affects_group(verb) or grammar.passive(verb)) and by_officials(verb):
        # 'describes them as illegal economic migrants': a status refused, as 'treated as'
        action = f"{lemma} as {grammar.phrase(migrants[0])}"
        return Hit.restrictive(Category.RESIDENCY_LEGAL_STATUS, action, tuple(migrants[:1]))
    labels = [r for r in roles if grammar.lemmas(r) & WORDS.LABELS]
    named = any(map(_named_people, labels))
    if labels and (
        grammar.affects_group(verb) or grammar.passive(verb) or lemma in WORDS.BRANDS or named
    ):
        return Hit.restrictive(
            Category.LABELING_CRIMINALIZATION,
            f"{lemma} as {grammar.lemma_of(labels[0])}",
            tuple(labels),
        )
    return None


def _border_areas(noun: Token) -> list[Token]:
    """Where a noun is, if at the border: 'security in border areas', not 'in the river area'."""
    return [p for p in grammar.pobjs(noun, {"in"}) if grammar.core(p) & {"border", "frontier"}]


def _named_people(label: Token) -> bool:
    """Tell whether a label's compound is the people: 'called [the women] traitors', misparsed."""
    return any(c.dep_ == "compound" and grammar.is_group(c) for c in label.children)


def _crosser(target: Token) -> bool:
    """Tell whether a target is whoever crosses: 'anyone crossing', 'those who come over'."""
    crossing = any(
        c.dep_ in {"acl", "relcl"}
        and (grammar.lemma_of(c) in WORDS.FLIGHTS or grammar.lemma_of(c) in WORDS.APPROACHES)
        for c in target.children
    )
    parsed_as_crossing = grammar.lemma_of(target) in WORDS.FLIGHTS and any(  # 'anyone crossing'
        map(grammar.is_group, target.children)
    )
    crosser = grammar.lemma_of(target) in WORDS.CROSSERS or parsed_as_crossing
    return crosser or (grammar.is_group(target) and crossing)


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
        - 'declared a buffer zone along the rivers'
    """
    lemma = grammar.lemma_of(verb)
    fire = lemma == "open" and any(grammar.lemma_of(o) == "fire" for o in grammar.objects(verb))
    shoots = lemma in WORDS.SHOOTS or fire  # 'told to open fire on anyone trying to cross'
    targets = grammar.objects(verb) + grammar.pobjs(verb, {"on", "at"}) if shoots else []
    if any(map(_crosser, targets)) and by_officials(verb):  # 'told to shoot anyone who comes'
        return Hit.restrictive(Category.BORDER_CONTROL, "shoot crossers")
    faces = lemma == "compare" and any(grammar.lemma_of(o) == "face" for o in grammar.objects(verb))
    if faces and by_officials(verb):  # 'compare each passenger's face with the ID photo'
        return Hit.restrictive(Category.BORDER_CONTROL, "check identity papers")
    if lemma == "crack" and any(grammar.lemma_of(c) == "down" for c in verb.children):
        targets = [t for t in grammar.pobjs(verb, {"on"}) if grammar.lemmas(t) & WORDS.BORDER]
        return (
            Hit.restrictive(
                Category.BORDER_CONTROL,
                "crack down on crossing",
                tuple(targets),
            )
            if targets
            else None
        )
    raised = lemma == "go" and any(grammar.lemma_of(c) == "up" for c in verb.children)
    raised = raised and along_border(verb)  # 'new sentry posts went up along the Yalu'
    known = lemma in WORDS.TIGHTENS or lemma in WORDS.OPENS or lemma == "keep"
    zoned = lemma in WORDS.DECLARES and any(grammar.lemma_of(t) == "zone" for t in verb.subtree)
    if zoned and grammar.lemmas(verb) & (WORDS.BORDER | WORDS.BANKS) and by_officials(verb):
        return Hit.restrictive(Category.BORDER_CONTROL, "declare a border zone")  # 'buffer zone'
    if lemma in WORDS.STAFFS and not by_officials(verb):
        return None  # 'volunteers manned the checkpoint at the marathon'
    if not (known or raised):
        return None  # no other verb closes or opens a border ('new fences went up')
    staffs = lemma in WORDS.STAFFS  # a border staffed or guarded is the object: not 'guards guard'
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not staffs]
    border = [
        t
        for t in grammar.objects(verb) + subjects
        for part in (t, *grammar.pobjs(t, {"of"}), *_border_areas(t))  # 'side of the border'
        if grammar.core(part) & WORDS.BORDER
    ]
    if not border and at_frontier(verb):  # 'putting up concrete posts and wire along the Yalu'
        raised_ones = subjects if raised else []  # 'new fencing went up along the Tumen'
        border = [
            o for o in grammar.objects(verb) + raised_ones if grammar.lemmas(o) & WORDS.BARRIERS
        ]
    guarded = lemma != "guard" or any(grammar.lemmas(b) & WORDS.FRONTIERS for b in border)
    if not border or not guarded:  # not 'guarded the bridge during the marathon'
        return None
    if all(map(home_check, border)):  # 'stepped up household checks': an inspection, not a border
        return Hit.restrictive(Category.OTHER, "check homes and papers", tuple(border[:1]))
    shut = any(grammar.lemma_of(c) in WORDS.SHUT for c in verb.children)
    if lemma in WORDS.TIGHTENS or (lemma == "keep" and shut) or raised:
        action = f"{grammar.manner(verb)} {grammar.lemma_of(border[0])}"
        return Hit.restrictive(Category.BORDER_CONTROL, action, tuple(border))
    if lemma in WORDS.OPENS:
        return Hit(Category.BORDER_CONTROL, Direction.NEUTRAL, f"{lemma} border", tuple(border))
    return None


def family_pressure(verb: Token) -> Hit | None:
    """Catch families summoned, threatened, punished or extorted for a relative who left.

    Phrasings:
        - 'summoning the families … forcing them to make international calls'
        - 'their families also will be punished'
        - 'extorting bribes from their families'
        - 'relatives were warned'
        - 'families were told they would be banished'
        - headline 'Families summoned'
        - 'calling in the parents and siblings', 'forces calls to relatives abroad'
        - 'households ... will be moved out of the border city'
    """
    lemma = grammar.lemma_of(verb)
    everyday = lemma in WORDS.PRESSURES_BY_OFFICIALS
    if lemma in WORDS.PRESSURES_BY_NAMED_OFFICIALS:  # 'officers visited Choi's uncle twice'
        doers = [c for c in verb.children if c.dep_ == "nsubj"]  # not 'the minister visited'
        everyday = any(grammar.own_words(d) & WORDS.ENFORCERS for d in doers)
    if lemma == "tell" and not grammar.passive(verb):
        return None
    if not (lemma in WORDS.PRESSURES or everyday):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if everyday and any(grammar.is_group(s) and s.lower_ != "they" for s in subjects):
        return None  # 'she took her mother to hospital' is no official's act
    heads = [verb, *verb.conjuncts]
    targets = [
        t
        for h in heads
        for t in grammar.objects(h) + grammar.nested_pobjs(h, {"from", "to", "in"})
        if grammar.lemma_of(t) in WORDS.FAMILY
    ]
    if verb.dep_ == "xcomp" and grammar.passive(verb):  # 'continue to be called in'
        targets += [s for s in verb.head.children if grammar.lemma_of(s) in WORDS.FAMILY]
    earlier = {grammar.lemma_of(t) for t in verb.doc[verb.sent.start : verb.i]}
    if any(o.pos_ == "PRON" for o in grammar.objects(verb)) and earlier & WORDS.FAMILY:
        targets += [o for o in grammar.objects(verb) if o.pos_ == "PRON"]
    content = [c for c in verb.children if c.dep_ == "ccomp" and grammar.lemmas(c) & WORDS.FAMILY]
    if not (targets or content):
        return None
    own = tuple(t for t in targets if verb in t.ancestors and t.pos_ != "PRON")
    return Hit.restrictive(Category.FAMILY_PRESSURE, f"{lemma} families", own[:1])


def _door_to_door(verb: Token) -> bool:
    """Tell whether a check or a visit goes 'door to door' ('went door to door with a list').

    A round with a purpose of its own is no check on people: 'went from house to house
    vaccinating children', 'counting residents'.
    """
    if grammar.lemma_of(verb) not in WORDS.CHECKS and grammar.lemma_of(verb) != "go":
        return False
    after = [t.lower_ for t in verb.subtree if t.i > verb.i]
    rounds = [
        n + 4
        for n, (a, b, c, d) in enumerate(zip(after, after[1:], after[2:], after[3:], strict=False))
        if a == "from" and b in WORDS.DOORS and c == "to" and d == b
    ]  # 'went from village to village', and where the words after it start
    rounds += [  # 'went house to house'
        n + 3
        for n, (a, b, c) in enumerate(zip(after, after[1:], after[2:], strict=False))
        if a in WORDS.DOORS and b == "to" and c == a and (n == 0 or after[n - 1] != "from")
    ]
    if not ("door" in after[:6] or rounds):
        return False
    purpose = after[rounds[0]] if rounds and rounds[0] < len(after) else ""
    done = purpose.removesuffix("ing") if purpose.endswith("ing") else ""
    return not done or done in WORDS.CHECKS or done in WORDS.SEEKS  # not 'vaccinating children'


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
        - 'had taken the group's phones'
        - 'went door to door with a list', 'checked household registers'
        - identity papers checked on buses or at stations: border control
    """
    lemma = grammar.lemma_of(verb)
    if lemma in WORDS.TRACKS and grammar.affects_group(verb):
        return Hit.restrictive(Category.OTHER, grammar.manner(verb))
    if lemma in WORDS.GATHERS and (data := grammar.objects_in(verb, WORDS.DATA)):
        return Hit.restrictive(Category.OTHER, f"gather {grammar.lemma_of(data[0])}", tuple(data))
    if lemma in WORDS.COMPILES and (lists := grammar.objects_in(verb, WORDS.LISTS)):
        return Hit.restrictive(
            Category.OTHER, f"compile {grammar.lemma_of(lists[0])}", tuple(lists)
        )
    if lemma in WORDS.CAMPAIGN_VERBS and (campaigns := grammar.objects_in(verb, WORDS.CAMPAIGNS)):
        return Hit.restrictive(
            Category.OTHER,
            f"{lemma} {grammar.phrase(campaigns[0])}",
            tuple(campaigns),
        )
    papers = grammar.objects_in(verb, WORDS.ID_PAPERS) if lemma in WORDS.ID_CHECKS else []
    if lemma == "look":  # 'looked at the ID card of every passenger'
        papers = [p for p in grammar.pobjs(verb, {"at"}) if grammar.lemma_of(p) in WORDS.ID_PAPERS]
    moving = papers and {grammar.lemma_of(t) for t in verb.sent} & (WORDS.VEHICLES | WORDS.TRANSIT)
    if moving and by_officials(verb):  # 'checking identity cards on long-distance buses'
        return Hit.restrictive(Category.BORDER_CONTROL, "check identity papers", tuple(papers))
    checks = _door_to_door(verb) or (
        lemma in WORDS.CHECKS and grammar.objects_in(verb, WORDS.PAPERS_CHECKED)
    )
    if checks and by_officials(verb):  # not 'volunteers went door to door'
        return Hit.restrictive(Category.OTHER, "door-to-door checks")
    things = grammar.objects_in(verb, WORDS.BELONGINGS) if lemma in WORDS.COLLECTS else []
    things += [  # 'took her fingerprints'; not 'took photographs of the crash scene'
        o
        for o in (grammar.objects_in(verb, WORDS.BIOMETRICS) if lemma in WORDS.COLLECTS else [])
        if any(c.dep_ == "poss" and grammar.is_group(c) for c in o.children)
    ]
    if things and by_officials(verb):  # not 'the teacher collected the students' phones'
        return Hit.restrictive(Category.OTHER, f"take {grammar.lemma_of(things[0])}", tuple(things))
    recorded = (
        [o for o in grammar.objects(verb) if grammar.named_people(o)]
        if lemma in WORDS.RECORDS_PEOPLE
        else []
    )
    if recorded and named_officials(verb):
        return Hit.restrictive(Category.OTHER, f"{lemma} people", tuple(recorded[:1]))
    if lemma == "face" and (fates := grammar.objects_in(verb, WORDS.PUNISHMENTS)):
        return Hit.restrictive(Category.OTHER, f"face {grammar.lemma_of(fates[0])}", tuple(fates))
    if lemma not in WORDS.RESCUES:
        return None
    helped = [o for o in grammar.objects(verb) if grammar.lemmas(o) & WORDS.GROUP]
    if helped:
        return Hit.protective(Category.OTHER, f"{lemma} {grammar.phrase(helped[0])}", tuple(helped))
    return None
