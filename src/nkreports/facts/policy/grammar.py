"""The parse vocabulary of policy rules: who is affected, where they are sent, how phrases read."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

GROUP = {
    "defector", "refugee", "korean", "koreans", "migrant", "traveler", "traveller", "exile",
    "deserter", "people", "resident", "national", "worker", "overstayer", "crosser", "escapee",
    "woman", "individual", "person", "child", "citizen", "family", "they", "we", "she", "he",
    "who", "detainee", "returnee", "wife", "girl", "laborer", "labourer", "asylum-seeker",
    "broker", "relative", "crew", "student", "prisoner",
}  # fmt: skip
FAMILY = {
    "family", "relative", "parent", "mother", "father", "spouse", "wife", "husband", "sibling",
    "families", "relatives", "parents",
}  # fmt: skip  # plurals too: a title-cased headline word keeps its form as lemma
LABELS = {
    "defector", "traitor", "criminal", "enemy", "illegal", "crosser", "betrayer", "scum",
}  # fmt: skip
THIRD = {
    "south", "seoul", "abroad", "country", "thailand", "laos", "vietnam", "mongolia", "us",
}  # fmt: skip
STATUS = {
    "permit", "residency", "residence", "status", "citizenship", "asylum", "nationality",
    "hukou", "refuge", "card", "amnesty", "pardon", "registration", "id",
}  # fmt: skip
# verbs that give (or take away) a legal status: 'offers amnesty', 'extended their permits'
GIVES = {"issue", "grant", "give", "offer", "extend", "award", "provide", "restore", "receive"}
TAKES = {"deny", "refuse", "revoke", "withdraw", "cancel", "strip", "suspend"}
RENEWS = {"reissue", "renew"}
# what a request asks for: 'to halt returns', 'to let them travel', 'to extend the amnesty'
SPARES = {
    "halt", "stop", "end", "cease", "suspend", "release", "free", "let", "allow", "permit",
    "extend", "protect", "grant", "accept", "spare", "refrain", "respect", "abide", "honour",
    "honor", "resettle", "transfer",
}  # fmt: skip
RETURNS = {"return", "repatriate", "deport", "expel", "send", "hand", "extradite", "arrest"}
BORDER = {
    "border", "checkpoint", "frontier", "fence", "patrol", "check", "inspection", "crossing",
    "camera", "surveillance", "guard", "wall", "barrier", "riverbank", "checkpost",
}  # fmt: skip
CUSTODY = {"detention", "prison", "custody", "jail", "camp", "police", "cell"}
TIGHTENS = {
    "close", "seal", "shut", "tighten", "reinforce", "strengthen", "fortify", "lock", "step",
    "increase", "intensify", "boost", "install", "instal", "build", "erect", "deploy", "add",
    "expand", "double", "extend", "upgrade",
}  # fmt: skip
VEHICLES = {"bus", "minibus", "car", "vehicle", "train", "truck", "van", "boat", "taxi"}
DENIED = {
    "repatriation": {
        "repatriation",
        "expulsion",
        "deportation",
        "repatriate",
        "expel",
        "deport",
        "return",
    },
    "detention_arrest": {"arrest", "detention", "crackdown", "detain"},
}
AIMS = {
    "repatriation", "deportation", "expulsion", "expel", "deport", "repatriate", "protect",
    "refugee", "right", "asylum", "return", "fate", "refoulement", "torture",
}  # fmt: skip
CAMPAIGNS = {"campaign", "drive", "crackdown"}
CAMPAIGN_VERBS = {"begin", "launch", "lead", "start", "step", "intensify", "wage"}
TARGETS = LABELS | {"exile", "traitorous", "defector"}
STATES = {
    "china", "beijing", "pyongyang", "seoul", "korea", "government", "authority", "embassy",
    "un", "state", "delegation",
}  # fmt: skip
# who counts as an official actor: state bodies, their staff, UN bodies, and states by name
OFFICIALS = STATES | {
    "police", "court", "judge", "ministry", "official", "officer", "guard", "prosecutor",
    "committee", "rapporteur", "mission", "agency", "department", "army", "soldier", "bureau",
    "procuratorate", "cadre", "council", "authorities", "dprk", "russia", "moscow", "thailand",
    "laos", "vietnam", "mongolia", "unhcr", "consulate", "minister",
}  # fmt: skip
# judicial custody ('sentenced to seven years', 'jailed', 'convicted') ends in a cell, so it is
# read as detention_arrest; labeling_criminalization is kept for names, labels and terms
JUDICIAL = {
    "sentence", "jail", "imprison", "incarcerate", "convict", "prosecute", "charge", "indict",
}  # fmt: skip
# measures on people or their property short of custody: category other, restrictive
# ('fin' because the model lemmatises 'fined' so)
MEASURES = {
    "fine", "fin", "confiscate", "seize", "impound", "quarantine", "confine", "isolate", "test",
    "seal", "lock", "punish", "interrogate", "question", "check", "search", "monitor", "restrict",
    "force", "surveil", "ban", "bar", "forbid", "order", "beat", "torture", "execute",
}  # fmt: skip
# the small direction list for an official action in no category set: 'other', this direction
HELPS = {
    "help", "protect", "release", "allow", "assist", "free", "permit", "rescue", "shelter",
    "let", "support", "admit",
}  # fmt: skip
# sends a person out of the country: read as repatriation when an official does it to a group
SENDS = {"return", "repatriate", "deport", "expel", "extradite"}
OBJ_DEPS = {
    "dobj", "nsubjpass", "dative", "oprd", "attr",
}  # fmt: skip


@dataclass(frozen=True)
class Hit:
    """What a rule family read from a trigger."""

    category: str
    direction: str
    action: str
    keys: tuple[Token, ...] = ()


def lemma_of(token: Token) -> str:
    """Return the token's lemma, lower-cased."""
    return token.lemma_.lower()


def is_negated(verb: Token) -> bool:
    """Tell whether the verb carries 'not' / 'never'."""
    return any(c.dep_ == "neg" for c in verb.children)


def headline_passive(verb: Token) -> bool:
    """Tell whether a bare participle reads as a passive: 'Families in Hyesan summoned'."""
    bare = not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and bare


def objects(verb: Token) -> list[Token]:
    """Direct objects, passive subjects (a headline participle's subject too) and conjuncts."""
    deps = OBJ_DEPS | {"nsubj"} if headline_passive(verb) else OBJ_DEPS
    found = [c for c in verb.children if c.dep_ in deps]
    return found + [cc for t in found for cc in t.conjuncts]


def pobjs(verb: Token, preps: set[str]) -> list[Token]:
    """Objects of the verb's prepositions named in `preps`, e.g. `as refugees`."""
    return [
        g
        for c in verb.children
        if c.dep_ in {"prep", "agent", "dative"} and lemma_of(c) in preps
        for g in c.children
        if g.dep_ in {"pobj", "pcomp"}
    ]


def nested_pobjs(verb: Token, preps: set[str]) -> list[Token]:
    """Return objects of prepositions on the verb or its objects: 'accuse travelers of being X'."""
    return pobjs(verb, preps) + [p for o in objects(verb) for p in pobjs(o, preps)]


def passive(verb: Token) -> bool:
    """Tell whether the verb is passive (auxpass or a passive subject)."""
    passives = {"auxpass", "nsubjpass", "csubjpass"}
    return any(c.dep_ in passives for c in verb.children) or headline_passive(verb)


def prep(verb: Token, preps: set[str]) -> list[Token]:
    """Return the verb's prepositions named in `preps`."""
    return [c for c in verb.children if c.dep_ == "prep" and lemma_of(c) in preps]


def is_group(token: Token) -> bool:
    """Tell whether the token names North Koreans or people like them (or a personal pronoun)."""
    return lemma_of(token) in GROUP or token.text.lower() in {"them", "us", "her", "him"}


def affects_group(verb: Token) -> bool:
    """Tell whether the verb's patient (object, passive subject, to/from object) is such a group."""
    patients = objects(verb) + pobjs(verb, {"to", "from"})
    return any(is_group(t) for t in patients) or (verb.dep_ == "acl" and is_group(verb.head))


def will(verb: Token) -> bool:
    """Tell whether the verb carries will/shall: an entitlement stated ahead ('will receive')."""
    return any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in verb.children)


def core(token: Token) -> set[str]:
    """Return the noun's lemma with its compounds: 'border security' -> {border, security}."""
    return {lemma_of(token)} | {lemma_of(c) for c in token.children if c.dep_ == "compound"}


def words(token: Token) -> set[str]:
    """Return the lemmas of the token's subtree."""
    return {lemma_of(t) for t in token.subtree}


def destination(verb: Token) -> str:
    """'north' for back/home/North Korea, 'third' for South Korea or a third country, else ''."""
    found = set()
    for t in pobjs(verb, {"to", "into", "toward", "towards"}) + [
        c for c in verb.children if c.dep_ in {"advmod", "prt", "npadvmod"}
    ]:
        found |= words(t)
    if found & {"north", "pyongyang", "home", "back"}:
        return "north"
    return "third" if found & THIRD else ""


def manner(verb: Token) -> str:
    """Return the normalised verb phrase: -ly adverb, lemma, particle ('forcibly repatriate')."""
    adverbs = [
        c.lemma_.lower() for c in verb.children if c.dep_ == "advmod" and c.text.endswith("ly")
    ]
    return " ".join(
        [*adverbs[:1], lemma_of(verb), *[lemma_of(c) for c in verb.children if c.dep_ == "prt"]]
    )


def phrase(noun: Token) -> str:
    """Return a noun with its own modifiers, lower-cased: 'temporary residency permits'."""
    left = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nmod", "poss", "case"}]
    start = min([c.left_edge.i for c in left], default=noun.i)
    return noun.doc[start : noun.i + 1].text.lower().replace("’", "'").strip("“”\"' ")


def lemma_category(lemma: str) -> tuple[str, str]:
    """(category, direction) of an official action's lemma: judicial, sends, measures, helps."""
    if lemma in JUDICIAL:
        return "detention_arrest", "restrictive"
    if lemma in SENDS:
        return "repatriation", "restrictive"
    if lemma in MEASURES:
        return "other", "restrictive"
    return "other", "protective" if lemma in HELPS else "neutral"
