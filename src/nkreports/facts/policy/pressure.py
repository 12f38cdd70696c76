"""Rule families for labeling, borders, requests and protests, family pressure, other, nouns."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy.grammar import (
    AIMS,
    BORDER,
    CAMPAIGN_VERBS,
    CAMPAIGNS,
    FAMILY,
    GROUP,
    LABELS,
    RETURNS,
    SPARES,
    STATES,
    STATUS,
    TARGETS,
    TIGHTENS,
    Hit,
    affects_group,
    core,
    is_group,
    is_negated,
    lemma_of,
    manner,
    nested_pobjs,
    objects,
    passive,
    phrase,
    pobjs,
    prep,
    words,
)  # fmt: skip


def labeling_criminalization(verb: Token) -> Hit | None:
    """Catch 'branded defectors', 'named as defectors who betrayed their homeland', 'began using the term defector', 'accuse travelers of being defectors'."""  # noqa: E501
    lemma = lemma_of(verb)
    campaigns = [o for o in objects(verb) if lemma_of(o) in CAMPAIGNS and words(o) & TARGETS]
    if lemma in CAMPAIGN_VERBS and campaigns:
        action = f"{lemma} {phrase(campaigns[0])}"
        return Hit("labeling_criminalization", "restrictive", action, tuple(campaigns))
    if lemma in {"use", "adopt", "utilize", "utilise", "employ"} and any(
        lemma_of(o) in {"term", "label"} for o in objects(verb)
    ):
        term = next(o for o in objects(verb) if lemma_of(o) in {"term", "label"})
        named = [c for c in term.children if c.dep_ == "appos"] or [term]
        return Hit(
            "labeling_criminalization",
            "restrictive",
            f"use the term {phrase(named[0])}",
            (named[0],),
        )
    verbs = {
        "brand", "label", "name", "identify", "designate", "specify", "define", "accuse",
        "describe", "refer", "call", "denounce", "stigmatize", "criminalize", "criminalise",
    }  # fmt: skip
    if lemma not in verbs:
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
    labels = [r for r in roles if words(r) & LABELS]
    if labels and (affects_group(verb) or passive(verb) or lemma in {"brand", "label", "accuse"}):
        return Hit(
            "labeling_criminalization",
            "restrictive",
            f"{lemma} as {lemma_of(labels[0])}",
            tuple(labels),
        )
    return None


def border_control(verb: Token) -> Hit | None:
    """Catch 'the border closed', 'tightens the frontier', 'stepped up identity checks', 'installing new fences', 'patrols were reinforced', 'cracks down on illegal border crossing', 'reopen its borders'."""  # noqa: E501
    lemma = lemma_of(verb)
    if lemma == "crack" and any(lemma_of(c) == "down" for c in verb.children):
        targets = [t for t in pobjs(verb, {"on"}) if words(t) & BORDER]
        return (
            Hit("border_control", "restrictive", "crack down on crossing", tuple(targets))
            if targets
            else None
        )
    border = [
        t for t in objects(verb) + [c for c in verb.children if c.dep_ == "nsubj"]
        if core(t) & BORDER
    ]  # fmt: skip
    if not border:
        return None
    shut = any(lemma_of(c) in {"close", "closed", "shut", "seal"} for c in verb.children)
    if lemma in TIGHTENS or (lemma == "keep" and shut):
        action = f"{manner(verb)} {lemma_of(border[0])}"
        return Hit("border_control", "restrictive", action, tuple(border))
    if lemma in {"open", "reopen", "relax", "loosen", "ease", "lift"}:
        return Hit("border_control", "neutral", f"{lemma} border", tuple(border))
    return None


def asked_for(verb: Token) -> str:
    """Direction of a request: 'to halt returns' protective, 'to send them back' restrictive."""
    content = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}]
    content += [g for c in prep(verb, {"on"}) for g in c.children if g.dep_ in {"xcomp", "pobj"}]
    content = [c for c in content if c.pos_ in {"VERB", "AUX"}]
    if not content:
        return ""
    lemma, negated = lemma_of(content[0]), is_negated(content[0])
    if negated or lemma in SPARES:
        return "protective"
    return "restrictive" if lemma in RETURNS else ""


def diplomatic_request_protest(verb: Token) -> Hit | None:
    """Catch 'urged Beijing against the deportation', 'asked China to let them travel', 'called on China to halt returns', 'lodged a protest with the embassy', 'summoned the ambassador', 'expressed his opposition'."""  # noqa: E501
    lemma = lemma_of(verb)
    asks = {"urge", "ask", "appeal", "demand", "request", "implore", "call", "press", "recommend"}
    protests = {"protest", "oppose", "condemn", "criticize", "criticise", "deplore"}
    keys = prep(verb, {"against", "for", "on"})
    if lemma == "press" and not any(words(o) & STATES for o in objects(verb)):
        return None  # 'press them to repatriate' is pressure on people, not a diplomatic request
    if lemma == "call" and not any(lemma_of(c) == "on" for c in verb.children):
        return None
    nouns = {
        "express": {"opposition", "concern", "protest", "regret"},
        "hold": {"protest", "rally", "demonstration", "vigil"},
        "lodge": {"protest", "complaint", "objection"},
        "file": {"protest", "complaint", "objection"},
        "summon": {"ambassador", "envoy", "diplomat", "consul", "chargé"},
    }.get(lemma)
    if nouns is not None:
        named = objects(verb) + [c for c in verb.children if c.dep_ == "xcomp"]
        keys = [o for o in named if lemma_of(o) in nouns]
        if not keys:
            return None
    elif lemma not in asks | protests:
        return None
    said = set().union(*(words(t) for t in verb.children if t.dep_ not in {"nsubj", "nsubjpass"}))
    protested = lemma in protests | {"lodge", "file", "summon"} and words(verb) & STATES
    if not (said & (AIMS | STATES) or protested or lemma == "hold"):
        return None
    direction = asked_for(verb) or ("protective" if said & AIMS or protested else "neutral")
    action = {
        "hold": "hold protest",
        "express": f"express {lemma_of(keys[0]) if keys else ''}",
        "lodge": "lodge protest",
        "file": "lodge protest",
        "summon": "summon ambassador",
    }.get(lemma, f"{lemma}{' on' if lemma == 'call' else ''}")
    return Hit("diplomatic_request_protest", direction, action.strip(), tuple(keys))


def family_pressure(verb: Token) -> Hit | None:
    """Catch 'summoning the families … forcing them to make international calls', 'their families also will be punished', 'extorting bribes from their families', 'relatives were warned', 'families were told they would be banished', headline 'Families summoned'."""  # noqa: E501
    lemma = lemma_of(verb)
    verbs = {"summon", "threaten", "punish", "pressure", "force", "extort", "coerce", "interrogate",
             "harass", "intimidate", "fine", "press", "warn", "order", "instruct", "detain",
             "question", "tell"}  # fmt: skip
    if lemma not in verbs or (lemma == "tell" and not passive(verb)):
        return None
    heads = [verb, *verb.conjuncts]
    targets = [
        t for h in heads for t in objects(h) + nested_pobjs(h, {"from"}) if lemma_of(t) in FAMILY
    ]
    earlier = {lemma_of(t) for t in verb.doc[verb.sent.start : verb.i]}
    if any(o.pos_ == "PRON" for o in objects(verb)) and earlier & FAMILY:
        targets += [o for o in objects(verb) if o.pos_ == "PRON"]
    content = [c for c in verb.children if c.dep_ == "ccomp" and words(c) & FAMILY]
    if not (targets or content):
        return None
    own = tuple(t for t in targets if verb in t.ancestors and t.pos_ != "PRON")
    return Hit("family_pressure", "restrictive", f"{lemma} families", own[:1])


def other(verb: Token) -> Hit | None:
    """Catch 're-investigating travelers who left for China', 'track them down', 'gathering information about their whereabouts', 'compiling lists of women', 'keeps a blacklist', 'began its anti-defector campaign', 'protect the rights of North Koreans abroad'."""  # noqa: E501
    lemma = lemma_of(verb)
    if lemma in {"investigate", "surveil", "monitor", "track"} and affects_group(verb):
        return Hit("other", "restrictive", manner(verb))
    data = [o for o in objects(verb) if lemma_of(o) in {"information", "data", "fingerprint"}]
    if lemma in {"gather", "collect"} and data:
        return Hit("other", "restrictive", f"gather {lemma_of(data[0])}", tuple(data))
    lists = [
        o
        for o in objects(verb)
        if lemma_of(o) in {"list", "blacklist", "database", "file", "register", "dossier"}
    ]
    if (
        lemma in {"compile", "draw", "draft", "draw up", "make", "keep", "update", "build"}
        and lists
    ):
        return Hit("other", "restrictive", f"compile {lemma_of(lists[0])}", tuple(lists))
    campaigns = [o for o in objects(verb) if lemma_of(o) in CAMPAIGNS]
    if lemma in CAMPAIGN_VERBS and campaigns:
        return Hit("other", "restrictive", f"{lemma} {phrase(campaigns[0])}", tuple(campaigns))
    fates = [o for o in objects(verb) if lemma_of(o) in {"punishment", "execution", "torture"}]
    if lemma == "face" and fates:
        return Hit("other", "restrictive", f"face {lemma_of(fates[0])}", tuple(fates))
    helped = [o for o in objects(verb) if words(o) & GROUP]
    if lemma in {"protect", "rescue"} and helped:
        return Hit("other", "protective", f"{lemma} {phrase(helped[0])}", tuple(helped))
    return None


def nominal(noun: Token) -> Hit | None:
    """Catch 'inspections at major checkpoints', 'campaign to challenge exiles', 'face arrest', 'arrests of women', 'the raids began', 'registration drives', 'Sudden issuance of permits', headline 'the forced repatriation of hundreds'."""  # noqa: E501
    lemma, head = lemma_of(noun), noun.head
    covered = head.pos_ in {"VERB", "AUX"} and border_control(head)
    if lemma in {"inspection", "patrol"} and not covered:
        at = prep(noun, {"at", "on", "along"})
        return Hit("border_control", "restrictive", f"{lemma} at checkpoints", tuple(at))
    aims = [c for c in noun.children if c.dep_ == "acl" and words(c) & TARGETS]
    if lemma in CAMPAIGNS and aims and lemma_of(head) not in CAMPAIGN_VERBS:
        return Hit(
            "labeling_criminalization", "restrictive", f"{lemma} against defectors", (aims[0],)
        )
    if lemma == "arrest" and "face" in {lemma_of(c) for c in [head, *noun.children]}:
        return Hit("detention_arrest", "restrictive", "threaten with arrest")
    held = [p for p in pobjs(noun, {"of"}) if is_group(p)]
    ongoing = noun.dep_ == "nsubj" and lemma_of(head) in CAMPAIGN_VERBS | {
        "continue",
        "spread",
        "reach",
    }
    if lemma in {"arrest", "raid", "roundup", "detention"} and (held or ongoing):
        return Hit("detention_arrest", "restrictive", lemma, tuple(held[:1]))
    drives = {
        c
        for c in noun.children
        if c.dep_ == "compound" and lemma_of(c) in {"registration", "amnesty"}
    }
    if lemma in CAMPAIGNS | {"programme", "program", "scheme"} and drives:
        return Hit("residency_legal_status", "neutral", f"{lemma_of(next(iter(drives)))} {lemma}")
    papers = [p for p in pobjs(noun, {"of"}) if lemma_of(p) in STATUS]
    if lemma in {"issuance", "granting"} and papers:
        return Hit(
            "residency_legal_status", "protective", f"issue {phrase(papers[0])}", tuple(papers)
        )
    verbless = noun.sent.root.pos_ not in {"VERB", "AUX"}
    forced = any(lemma_of(c) in {"forced", "forcible", "force"} for c in noun.children)
    if lemma in {"repatriation", "deportation", "expulsion"} and verbless and forced:
        return Hit("repatriation", "restrictive", "forcibly repatriate")
    return None
