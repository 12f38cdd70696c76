"""The rule family for informers and bounties: residents paid for reports, officers for arrests.

Officials who enlist neighbours to watch for North Koreans act on them as surely as a patrol:
category `other`, restrictive.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category


def informers(verb: Token) -> Hit | None:
    """Catch residents told to report people, or paid for their reports.

    Phrasings:
        - 'villagers have been told to report unfamiliar faces'
        - 'put up notices offering 3,000 yuan for tips'
        - 'anyone who reports a crosser will receive 4,000 yuan' (the payer unnamed)
        - 'the police were paid 2,000 yuan for every North Korean they caught'
        - a notice's articles: 'anyone who discovers a person who has crossed illegally shall
          report to the public security organs', 'persons who report crossers shall be rewarded',
          'those who provide clues shall receive a reward'
    """
    lemma = grammar.lemma_of(verb)
    told = grammar.xcomps_in(verb, WORDS.INFORMS) if lemma in WORDS.REQUIRES else []
    if told and by_officials(verb) and _on_strangers(told[0]):
        return Hit.restrictive(Category.OTHER, "told to report strangers", tuple(told))
    if _duty_to_report(verb):
        return Hit.restrictive(Category.OTHER, "oblige residents to report people")
    if lemma == "reward" and grammar.passive(verb) and _informers(verb):
        return Hit.restrictive(Category.OTHER, "reward informers")
    paid = (lemma in WORDS.GETS and _informers(verb)) or (
        lemma in WORDS.OFFERS and (by_officials(verb) or _posted(verb))  # 'posters offer cash'
    )
    if paid and _reward(verb):
        money = [o for o in grammar.objects(verb) if grammar.lemmas(o) & WORDS.REWARDS]
        return Hit.restrictive(Category.OTHER, "offer rewards for tips", tuple(money[:1]))
    if _bounty(verb):
        return Hit.restrictive(Category.OTHER, "pay officers for arrests")
    return None


def _bounty(verb: Token) -> bool:
    """Tell whether officers are paid for the people they catch.

    'the police were paid 2,000 yuan for every North Korean they caught', 'officers got a bonus
    for each woman they arrested'; not 'the farmer was paid for the fish he caught'.
    """
    if grammar.lemma_of(verb) not in WORDS.GETS | WORDS.PAYS:
        return False
    paid = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not any(grammar.own_words(p) & WORDS.ENFORCERS for p in paid):
        return False
    caught = [
        p
        for p in grammar.nested_pobjs(verb, {"for"})  # 'a bonus for every woman'
        if grammar.is_group(p)
        and any(grammar.lemma_of(r) in WORDS.ARRESTS | {"catch"} for r in p.children)
    ]
    return bool(caught)


def _posted(verb: Token) -> bool:
    """Tell whether notices say it: 'notices went up and offer', 'posters offer cash'."""
    sayers = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        c.dep_ == "nsubj" and grammar.lemma_of(c) in WORDS.NOTICES
        for v in sayers
        for c in v.children
    )


def _reward(verb: Token) -> bool:
    """Tell whether a payment rewards informers: money for tips or reports, or to whoever reports.

    'offering 3,000 yuan for tips', 'offered 3,000 yuan to anyone who reports'; not 'paid 500
    yuan for the painting'.
    """
    informed = {grammar.lemma_of(t) for t in verb.subtree} & WORDS.TIPS
    paid = any(grammar.lemmas(o) & WORDS.REWARDS for o in grammar.objects(verb))
    tips = any(grammar.lemma_of(p) in WORDS.TIPS for p in grammar.nested_pobjs(verb, {"for"}))
    return (bool(informed) and paid) or tips


def _on_strangers(report: Token) -> bool:
    """Tell whether a report is of people: 'report unfamiliar faces'; not 'report absences'."""
    return any(grammar.lemma_of(o) in WORDS.STRANGERS for o in grammar.objects(report))


def _informers(verb: Token) -> bool:
    """Tell whether the verb's subject is who reports people: 'those who report crossers'.

    Or who gives tips on people: 'those who give information on illegal crossers'.
    """
    return any(
        r.dep_ == "relcl"
        and (
            (grammar.lemma_of(r) in WORDS.INFORMS and _on_strangers(r))
            or any(map(_tip_on_people, grammar.objects(r)))
        )
        for s in verb.children
        if s.dep_ in {"nsubj", "nsubjpass"}
        for r in s.children
    )


def _tip_on_people(tip: Token) -> bool:
    """Tell whether a tip is about people: 'information on illegal crossers'.

    Also 'information leading to the capture of North Koreans'; not 'the correct name', 'clues
    about the vandals'.
    """
    about = [t for t in tip.subtree if t is not tip]
    return grammar.lemma_of(tip) in WORDS.TIPS and any(map(_on_strangers_noun, about))


def _on_strangers_noun(noun: Token) -> bool:
    """Tell whether a noun names people to report: 'crossers', 'North Korean nationals'."""
    return grammar.lemma_of(noun) in WORDS.STRANGERS | WORDS.CROSSERS - {"anyone", "anybody"}


def _duty_to_report(verb: Token) -> bool:
    """Tell whether a rule obliges residents to report people to the police.

    'anyone who finds a person who has crossed illegally shall report to the public security
    organs', 'residents must report them to the police'; not 'the police must report to the
    prefecture', 'journalists shall report the news'.
    """
    if grammar.lemma_of(verb) not in WORDS.INFORMS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in {"shall", "must"} for c in verb.children):
        return False
    to_police = any(grammar.lemmas(p) & WORDS.ENFORCERS for p in grammar.pobjs(verb, {"to"}))
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    officers = any(grammar.own_words(s) & WORDS.ENFORCERS for s in subjects)
    return (
        to_police and not officers and (_on_strangers(verb) or any(map(_finds_crossers, subjects)))
    )


def _finds_crossers(subject: Token) -> bool:
    """Tell whether a subject is whoever finds people who crossed.

    'anyone who discovers a person who has crossed the border illegally', 'residents who learn of
    border-crossers'; not 'anyone who finds a lost dog'.
    """
    told = {grammar.lemma_of(t) for t in subject.subtree if t is not subject}
    crossers = told & (WORDS.CROSSERS - {"anyone", "anybody"})
    crossed = told & (WORDS.CROSSES | WORDS.DEFECTIONS) and told & WORDS.CROSSED
    return bool(crossers or crossed)
