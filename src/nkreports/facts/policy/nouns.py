"""The rule families for official actions named by a noun: 'arrests of women', campaigns."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import (
    Hit,
    is_group,
    lemma_of,
    lemmas,
    objects_in,
    phrase,
    pobjs,
    prep,
)
from nkreports.facts.policy.lexicon import (
    WORDS,
)
from nkreports.facts.policy.pressure import border_control
from nkreports.facts.policy.request_nouns import request_noun
from nkreports.schema import Category, Direction


def nominal(noun: Token) -> Hit | None:
    """Catch an official action named by a noun, not a verb.

    Phrasings:
        - 'inspections at major checkpoints'
        - 'campaign to challenge exiles'
        - 'face arrest'
        - 'arrests of women'
        - 'the raids began'
        - 'registration drives'
        - 'Sudden issuance of permits'
        - headline 'the forced repatriation of hundreds'
        - "Seoul's calls not to send them back" (a request)
    """
    lemma, head = lemma_of(noun), noun.head
    if asked := request_noun(noun):
        return asked
    if lemma in WORDS.INSPECTIONS:
        covered = head.pos_ in {"VERB", "AUX"} and border_control(head)
        at = prep(noun, {"at", "on", "along"})  # 'inspections at major checkpoints'
        placed = at or any(lemma_of(c) in WORDS.CHECKPOINTS for c in noun.children)
        if placed and not covered:  # not 'stopped by a patrol', 'a gas inspection'
            return Hit.restrictive(Category.BORDER_CONTROL, f"{lemma} at checkpoints", tuple(at))
    if lemma in WORDS.CAMPAIGNS and lemma_of(head) not in WORDS.CAMPAIGN_VERBS:
        aims = [c for c in noun.children if c.dep_ == "acl" and lemmas(c) & WORDS.TARGETS]
        if aims:
            return Hit.restrictive(
                campaign_category(noun), f"{lemma} against defectors", (aims[0],)
            )
    if lemma == "arrest" and "face" in {lemma_of(c) for c in [head, *noun.children]}:
        return Hit.restrictive(Category.DETENTION_ARREST, "threaten with arrest")
    if lemma in WORDS.ARREST_NOUNS:
        held = [p for p in pobjs(noun, {"of"}) if is_group(p)]
        swept = [p for p in pobjs(noun, {"of"}) if p.ent_type_ in {"GPE", "LOC", "FAC"}]
        ongoing = noun.dep_ == "nsubj" and lemma_of(head) in WORDS.ONGOING
        if held or swept or ongoing or _happened(noun):  # 'a sweep of Yanji and Helong'
            return Hit.restrictive(Category.DETENTION_ARREST, lemma, tuple((held + swept)[:1]))
    if lemma in WORDS.QUOTAS and _of_arrests(noun):
        return Hit.restrictive(Category.DETENTION_ARREST, "set arrest quotas")
    if lemma in WORDS.RETURN_NOUNS and _happened(noun):
        return Hit.restrictive(Category.REPATRIATION, lemma)
    if lemma in WORDS.CAMPAIGNS | WORDS.PROGRAMMES:
        drives = {c for c in noun.children if c.dep_ == "compound" and lemma_of(c) in WORDS.DRIVES}
        if drives:
            return Hit(
                Category.RESIDENCY_LEGAL_STATUS,
                Direction.NEUTRAL,
                f"{lemma_of(next(iter(drives)))} {lemma}",
            )
    if lemma in WORDS.ISSUANCES and (
        papers := [p for p in pobjs(noun, {"of"}) if lemma_of(p) in WORDS.STATUS]
    ):
        return Hit.protective(
            Category.RESIDENCY_LEGAL_STATUS,
            f"issue {phrase(papers[0])}",
            tuple(papers),
        )
    if lemma not in WORDS.REPATRIATIONS:
        return None
    verbless = noun.sent.root.pos_ not in {"VERB", "AUX"}
    forced = any(lemma_of(c) in WORDS.FORCED for c in noun.children)
    if verbless and forced:
        return Hit.restrictive(Category.REPATRIATION, "forcibly repatriate")
    return None


def _happened(noun: Token) -> bool:
    """Tell whether an action noun tells of acts done, not a topic or a fear.

    'The handover took place on Saturday', 'reported a fresh round of arrests in Jilin', 'held
    for weeks, followed by deportation'; not 'a seminar on deportation', 'fears of a crackdown',
    'detained them in a series of raids' (the detention is the act).
    """
    head = noun.head
    place = lemma_of(head) == "take" and any(lemma_of(c) == "place" for c in head.children)
    took_place = noun.dep_ == "nsubj" and (lemma_of(head) in WORDS.HAPPENS or place)
    wave = head.head if noun.dep_ == "pobj" else head
    in_waves = lemma_of(wave) in WORDS.WAVES and wave.dep_ in {"dobj", "nsubj", "attr", "ROOT"}
    practice = noun.dep_ == "pobj" and lemma_of(head) == "by" and lemma_of(head.head) == "follow"
    return took_place or in_waves or practice


def campaign_category(campaign: Token) -> Category:
    """A campaign hunting people in China is detention, one against exiles abroad `other`.

    'against illegal residents', 'to clear out border-crossers'; 'its anti-defector campaign'.
    """
    return Category.DETENTION_ARREST if lemmas(campaign) & WORDS.HUNTED else Category.OTHER


@reads(WORDS.CAMPAIGN_VERBS)
def campaign(verb: Token) -> Hit | None:
    """Catch a campaign begun against people, as detention or `other` (`campaign_category`).

    'launched a 100-day campaign against illegal residents', 'began its anti-defector campaign'.
    """
    found = [o for o in objects_in(verb, WORDS.CAMPAIGNS) if lemmas(o) & WORDS.TARGETS]
    if not found:
        return None
    action = f"{lemma_of(verb)} {phrase(found[0])}"
    return Hit.restrictive(campaign_category(found[0]), action, tuple(found))


def _of_arrests(quota: Token) -> bool:
    """Tell whether a quota counts people to catch.

    'arrest quotas', 'a quota of North Koreans to catch'; not 'export quotas'.
    """
    words = {lemma_of(t) for t in quota.subtree}
    return bool(words & (WORDS.ARRESTS | WORDS.ARREST_NOUNS | {"catch"})) or any(
        is_group(p) for p in pobjs(quota, {"of"})
    )
