"""Courts' and police's measures against the people who helped North Koreans, as judgments say.

A judgment tells its defendants' custody and sentences in the passive, with the reason after
'for': 'is sentenced to fixed-term imprisonment of two years for transporting North Koreans',
'was placed under criminal detention'. Custody and prison terms are `detention_arrest`; fines,
suspended sentences and probation are `other`; all restrictive.
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
_SENTENCES = frozenset({"sentence", "imprison", "jail"})
_HELD_UNDER = WORDS.CUSTODY | WORDS.ARREST_NOUNS | {"surveillance"}
_SPARED = frozenset({"suspend", "suspended", "probation", "reprieve"})  # 'one year, suspended'


@reads(_PLACES_IN, _SENTENCES, WORDS.FINES)
def defendant_punished(verb: Token) -> Hit | None:
    """Catch a person placed in custody, sentenced or fined, as a judgment tells it.

    Phrasings:
        - 'the defendant was placed under criminal detention by the county police'
        - 'Zhao is sentenced to fixed-term imprisonment of two years for transporting them'
        - 'is fined RMB 10,000 for sheltering the North Koreans'
        - not 'was sentenced to ten years for fraud', 'the bags were placed in the cell'
    """
    lemma = grammar.lemma_of(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not (grammar.passive(verb) and subjects and all(map(_a_person, subjects))):
        return None
    if any(not is_official(a) for a in agents_of(verb)):
        return None  # 'was put under pressure by his brokers'
    reasons = _reasons(verb)
    if lemma in _PLACES_IN:
        held = [p for p in grammar.pobjs(verb, {"under", "in", "into"}) if _held(p)]
        if held and all(map(_about_them, reasons)):
            action = f"place under {grammar.phrase(held[0])}"
            return Hit.restrictive(Category.DETENTION_ARREST, action, tuple(held[:1]))
        return None
    if not reasons or not all(map(_about_them, reasons)):
        return None  # a reason must say it was for helping them, not 'for fraud'
    spared = any(grammar.lemma_of(t) in _SPARED for t in verb.subtree)
    if lemma in WORDS.FINES or spared:
        return Hit.restrictive(Category.OTHER, "fine" if lemma in WORDS.FINES else "suspend")
    return Hit.restrictive(Category.DETENTION_ARREST, f"{lemma} to prison")


def _reasons(verb: Token) -> list[Token]:
    """What a 'for' gives as the reason, on the verb or its participle; no time span.

    'sentenced …, suspended for two years, for the crime of harbouring them': the crime.
    """
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    found = [r for c in clauses for r in grammar.pobjs(c, {"for"})]
    return [r for r in found if grammar.lemma_of(r) not in WORDS.SPANS]


def _a_person(token: Token) -> bool:
    """A person or people, named or described: 'the defendant Zhao', 'Li', 'two drivers'."""
    named = token.ent_type_ == "PERSON" or token.pos_ == "PROPN"
    return named or grammar.is_group(token) or grammar.lemma_of(token) in WORDS.DEFENDANTS


def _held(place: Token) -> bool:
    """Custody, not a thing: 'criminal detention', 'house arrest', 'residential surveillance'."""
    return bool(grammar.core(place) & _HELD_UNDER)


def _about_them(reason: Token) -> bool:
    """A reason about North Koreans or a crossing: 'for sheltering them'; not 'for fraud'.

    'for the crime of organizing others to cross the border secretly' is one.
    """
    words = {grammar.lemma_of(t) for t in reason.subtree}
    people = any(grammar.named_people(t) for t in reason.subtree if t is not reason)
    return people or bool(words & (WORDS.SHELTERS | WORDS.CROSSED))
