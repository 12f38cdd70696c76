"""Rule families for labeling, family pressure, border control, other actions and noun triggers."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.policy_grammar import (
    CAMPAIGN_VERBS,
    CAMPAIGNS,
    FAMILY,
    GROUP,
    LABELS,
    STATUS,
    TARGETS,
    Hit,
    affects_group,
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
    """Catch 'the border closed', 'inspections at major checkpoints', 'reopen its borders', 'tighten border security'."""  # noqa: E501
    lemma = lemma_of(verb)
    border = [
        t for t in objects(verb) + [c for c in verb.children if c.dep_ == "nsubj"]
        if words(t) & {"border", "checkpoint", "frontier"}
    ]  # fmt: skip
    if not border:
        return None
    if lemma in {"close", "seal", "shut", "tighten", "reinforce", "strengthen", "fortify", "lock"}:
        return Hit("border_control", "restrictive", f"{lemma} border", tuple(border))
    if lemma in {"open", "reopen", "relax", "loosen", "ease"}:
        return Hit("border_control", "neutral", f"{lemma} border", tuple(border))
    return None


def family_pressure(verb: Token) -> Hit | None:
    """Catch 'summoning the families … forcing them to make international calls', 'threatening that … their families also will be punished', 'extorting bribes from their families'."""  # noqa: E501
    lemma = lemma_of(verb)
    verbs = {"summon", "threaten", "punish", "pressure", "force", "extort", "coerce", "interrogate",
             "harass", "intimidate", "fine", "press"}  # fmt: skip
    if lemma not in verbs:
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
    """Catch 're-investigating travelers who left for China', 'track them down', 'gathering information about their whereabouts', 'began its anti-defector campaign', 'protect the rights of North Koreans abroad'."""  # noqa: E501
    lemma = lemma_of(verb)
    if lemma in {"investigate", "surveil", "monitor", "track"} and affects_group(verb):
        return Hit("other", "restrictive", manner(verb))
    data = [o for o in objects(verb) if lemma_of(o) in {"information", "data", "fingerprint"}]
    if lemma in {"gather", "collect"} and data:
        return Hit("other", "restrictive", f"gather {lemma_of(data[0])}", tuple(data))
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
    """Catch 'inspections at major checkpoints', 'campaign to challenge exiles', 'face arrest', 'Sudden issuance of permits', headline 'the forced repatriation of hundreds'."""  # noqa: E501
    lemma, head = lemma_of(noun), noun.head
    if lemma in {"inspection", "patrol"}:
        at = prep(noun, {"at", "on", "along"})
        return Hit("border_control", "restrictive", f"{lemma} at checkpoints", tuple(at))
    aims = [c for c in noun.children if c.dep_ == "acl" and words(c) & TARGETS]
    if lemma in CAMPAIGNS and aims and lemma_of(head) not in CAMPAIGN_VERBS:
        return Hit(
            "labeling_criminalization", "restrictive", f"{lemma} against defectors", (aims[0],)
        )
    if lemma == "arrest" and "face" in {lemma_of(c) for c in [head, *noun.children]}:
        return Hit("detention_arrest", "restrictive", "threaten with arrest")
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
