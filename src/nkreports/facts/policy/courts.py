"""Courts' and police's measures against the people who helped North Koreans, as judgments say.

A judgment tells its defendants' custody and sentences in the passive, with the reason after
'for': 'is sentenced to fixed-term imprisonment of two years for transporting North Koreans',
'was placed under criminal detention for harbouring them'. Custody and prison terms are
`detention_arrest`; fines and suspended sentences are `other`; all restrictive. The reason must
say the person helped North Koreans or others across the border: without it, a sentence or a
custody is an ordinary case's.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import agents_of, is_official
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category

_PLACES_IN = frozenset({"place", "put"})
_SPARED = frozenset({"suspend", "probation", "reprieve"})  # 'one year, suspended for two years'


@reads(_PLACES_IN, {"sentence"}, WORDS.FINES)
def defendant_punished(verb: Token) -> Hit | None:
    """Catch a person placed in custody, sentenced or fined for helping North Koreans.

    Phrasings:
        - 'the defendant Li was placed under criminal detention for harbouring North Koreans'
        - 'Zhao is sentenced to fixed-term imprisonment of two years for transporting them'
        - 'is fined RMB 10,000 for sheltering the North Koreans'
        - not 'was sentenced to ten years for fraud', 'for the murder of his wife', 'was placed
          under criminal detention for drunk driving', 'the refugees were placed in a camp'
    """
    lemma = grammar.lemma_of(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not (grammar.passive(verb) and subjects and all(map(_a_person, subjects))):
        return None
    if grammar.is_negated(verb) or any(not is_official(a) for a in agents_of(verb)):
        return None  # 'was not fined', 'was put under pressure by his brokers'
    held = [p for p in grammar.pobjs(verb, {"under", "in", "into"}) if _held(p)]
    if lemma in _PLACES_IN and not held:
        return None  # 'placed in a refugee camp', 'put into a police car'
    reasons = _reasons(verb) + [r for h in held for r in grammar.pobjs(h, {"for"})]
    if not reasons or not all(map(_helped_them, reasons)):
        return None  # a reason must say it was for helping them, not 'for fraud'
    if lemma in _PLACES_IN:
        action = f"place in {grammar.lemma_of(held[0])}"
        return Hit.restrictive(Category.DETENTION_ARREST, action, tuple(held[:1]))
    if lemma in WORDS.FINES:
        return Hit.restrictive(Category.OTHER, "fine")
    if _suspended(verb, reasons):
        return Hit.restrictive(Category.OTHER, "give a suspended sentence")
    return Hit.restrictive(Category.DETENTION_ARREST, "sentence")


def _reasons(verb: Token) -> list[Token]:
    """What a 'for' gives as the reason, on the verb or its participle; no time span.

    'sentenced …, suspended for two years, for the crime of harbouring them': the crime.
    """
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    found = [r for c in clauses for r in grammar.pobjs(c, {"for"})]
    return [r for r in found if grammar.lemma_of(r) not in WORDS.SPANS]


def _a_person(token: Token) -> bool:
    """A person or people, named or described: 'the defendant Zhao', 'Li', 'two drivers'.

    Not a place or a company: 'Dandong was placed under surveillance', 'Samsung was fined'.
    """
    named = token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and not token.ent_type_)
    return named or grammar.is_group(token) or grammar.lemma_of(token) in WORDS.DEFENDANTS


def _held(place: Token) -> bool:
    """Custody, not a place or a vehicle: 'criminal detention', 'house arrest'.

    Not 'a refugee camp', 'police protection', 'a police car'.
    """
    return bool(grammar.core(place) & WORDS.HELD_UNDER)


def _helped_them(reason: Token) -> bool:
    """A reason that is help given to North Koreans, or a crossing of the border.

    'for sheltering the North Koreans', 'for the crime of organizing others to secretly cross
    the national border'; not 'for fraud committed in China', 'for killing them', 'for crossing
    the road', 'for defecting to South Korea'.
    """
    words = {grammar.lemma_of(t) for t in reason.subtree}
    helped = bool(words & WORDS.HELPS_ACROSS) and any(
        grammar.named_people(t) for t in reason.subtree if t is not reason
    )
    return helped or "border" in words


def _suspended(verb: Token, reasons: list[Token]) -> bool:
    """Tell whether the sentence is suspended, outside its reason: 'one year, suspended'."""
    inside = {t.i for r in reasons for t in r.subtree}
    return any(grammar.lemma_of(t) in _SPARED for t in verb.subtree if t.i not in inside)
