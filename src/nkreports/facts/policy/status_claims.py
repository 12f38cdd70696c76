"""Status stated, not enacted: 'Beijing insists they are economic migrants'.

A state need not act to define who people are: saying so is the policy. A copula whose subject
is the people and whose complement is a status or a label becomes a row when an official (or
'it', a body named before) says, claims or considers it, and a refugee status refused becomes
one in the outlet's own voice too ('those who cross for work are not refugees').
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import COUNTRIES, WORDS
from nkreports.facts.policy.stances import (
    official_speaker,
    official_turn,
    official_viewpoint,
    officially_said,
    speaker_of,
)
from nkreports.schema import Category, Direction


@reads({"be"})
def status_claim(verb: Token) -> Hit | None:
    """Catch an official's statement of who the people are.

    Phrasings:
        - 'Beijing insists that the North Koreans are economic migrants' (status refused)
        - 'officials said the women were criminals' (labeling)
        - 'the ministry said none of the detainees were refugees' (status refused)
        - 'China considers those who cross to be economic migrants'
        - 'a spokesman said there are no defectors in China, only illegal migrants'
        - 'those who cross for work are not refugees' (a status refused, in the outlet's voice)
        - 'those who enter without a visa are illegal entrants' (the same)
    """
    roles = [c for c in verb.children if c.dep_ == "attr"]
    if not roles:
        return None  # no one is said to be anything
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":  # 'considers people who flee to be migrants'
        subjects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if not subjects and verb.dep_ == "conj":  # 'crossed for work and are not refugees'
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    speaker = speaker_of(verb)
    viewed = official_viewpoint(verb)  # 'to the government they are illegal border-crossers'
    none = [r for r in roles if any(d.lower_ == "no" for d in r.children)]  # 'there are no'
    denied = [r for r in none if grammar.core(r) & (WORDS.PROTECTED_ROLES | {"defector"})]
    there = any(c.dep_ == "expl" for c in verb.children)
    if there and denied and officially_said(verb):
        return Hit.restrictive(
            Category.RESIDENCY_LEGAL_STATUS, "deny there are refugees", (denied[0],)
        )
    turn = official_turn(verb)  # 'Spokesperson Lin: These people are not refugees.'
    stated = speaker is None and not viewed and turn is None and _in_own_voice(verb, subjects)
    if not (subjects and roles and (speaker is not None or viewed or turn or stated)):
        return None
    official = viewed or turn is not None or (speaker is not None and official_speaker(speaker))
    sayer = speaker.head if speaker is not None and speaker.dep_ == "xcomp" else speaker
    said = {c.lower_ for c in (sayer.children if sayer else []) if c.dep_ == "nsubj"}
    said &= {"he", "she", "i", "we"}  # 'I want to stress that', 'she said'
    subject = subjects[0]
    if not official and subject.lower_ in {"we", "i"}:
        return None  # "'We are not refugees,' she said": the people speak of themselves
    if not (
        grammar.is_group(subject)
        or any(grammar.is_group(p) for p in grammar.pobjs(subject, {"of"}))
    ):
        return None  # the people themselves, or 'none of the detainees'; not 'the film about them'
    role = grammar.core(roles[0])
    negated = grammar.is_negated(verb) or grammar.lemma_of(subject) in WORDS.NOBODY
    refused = role & WORDS.PROTECTED_ROLES if negated else role & (WORDS.MIGRANTS | WORDS.LABELS)
    refused_here = stated and negated and role & WORDS.PROTECTED_ROLES  # the outlet's voice
    # 'those who cross without a visa are illegal entrants', in the outlet's voice: a standing law
    unlawful = role & WORDS.MIGRANTS and grammar.own_words(roles[0]) & WORDS.UNLAWFUL_STANDING
    refused_here = refused_here or (stated and not negated and unlawful and _into_china(subjects))
    if not (official or (said and refused) or refused_here):
        return None  # "'They are not refugees,' she said", of an official named before
    if role & WORDS.MIGRANTS:
        direction = Direction.PROTECTIVE if negated else Direction.RESTRICTIVE
        action = f"{'deny' if negated else 'call'} them {grammar.phrase(roles[0])}"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, (roles[0],))
    if role & WORDS.LABELS:
        direction = Direction.PROTECTIVE if negated else Direction.RESTRICTIVE
        label = grammar.phrase(roles[0])
        action = f"{'deny' if negated else 'call'} them {label}"
        return Hit(Category.LABELING_CRIMINALIZATION, direction, action, (roles[0],))
    if role & WORDS.PROTECTED_ROLES:
        direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
        action = f"{'deny' if negated else 'state'} refugee status"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, (roles[0],))
    return None


_KOREAS = frozenset({"north", "korea", "korean", "koreans", "n."})


def _into_china(subjects: list[Token]) -> bool:
    """Tell whether those who cross are not said to cross into a country other than China.

    'Those who enter Spain without papers' names another country; 'those who cross the Tumen
    without papers' names none (a river is no state).
    """
    states = [t for s in subjects for t in s.subtree if t.ent_type_ in {"GPE", "NORP"}]
    return all(t.lower_ in COUNTRIES or grammar.lemma_of(t) in _KOREAS for t in states)


def _in_own_voice(verb: Token, subjects: list[Token]) -> bool:
    """Tell whether a status is stated as standing fact, in the outlet's voice, of those who left.

    'those who enter China illegally are not refugees', 'crossed for work and are not refugees';
    not a quotation, a study's finding ('according to'), the past ('were not refugees at the
    time'), a contrast that grants another status ('not refugees but citizens') or people not
    said to have crossed ('the students are not refugees').
    """
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    sentence = verb.sent
    quoted = any(t.is_quote for t in sentence) or any(t.lower_ == "according" for t in sentence)
    roles = [c for c in verb.children if c.dep_ == "attr"]
    granted = any(
        grammar.core(c) & (WORDS.PROTECTED_ROLES | WORDS.NATIONALS)
        for r in roles
        for c in r.conjuncts
    )
    told = {grammar.lemma_of(t) for s in subjects for t in s.subtree}
    if verb.dep_ == "conj":
        told.add(grammar.lemma_of(verb.head))  # 'they crossed for work and are not refugees'
    crossed = told & (WORDS.DEFECTIONS | WORDS.CROSSED | WORDS.ENTRIES | WORDS.CROSSES)
    present = verb.tag_ in {"VBP", "VBZ"}
    return main and present and not quoted and not granted and bool(crossed)


@reads({"qualify"})
def not_qualified(verb: Token) -> Hit | None:
    """Catch people said not to qualify as refugees: a status refused, stated generically.

    Phrasings:
        - 'North Koreans in China do not qualify as refugees'
        - not 'she qualifies as a refugee', 'the children do not qualify for the grant'
    """
    people = [c for c in verb.children if c.dep_ == "nsubj" and grammar.is_group(c)]
    roles = [p for p in grammar.pobjs(verb, {"as"}) if grammar.core(p) & WORDS.PROTECTED_ROLES]
    if not (people and roles and grammar.is_negated(verb)):
        return None
    action = "deny refugee status"
    return Hit.restrictive(Category.RESIDENCY_LEGAL_STATUS, action, (roles[0],))
