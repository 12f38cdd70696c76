"""Officers meeting people: coming for someone, or stopping someone (custody's helpers).

'the police came for her at the brick kiln', 'police stopped her at a market': the people an
official encounter is aimed at, for the custody family to read as an arrest.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import is_official
from nkreports.facts.policy.lexicon import WORDS


def come_for(verb: Token) -> list[Token]:
    """People officials come for: 'the police came for her at the brick kiln'."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(grammar.core(d) & WORDS.ENFORCERS for d in doers):
        return []  # not 'her brother came for her', 'the minister came for talks'
    return [p for p in grammar.pobjs(verb, {"for"}) if grammar.is_group(p)]


def stopped_people(verb: Token) -> list[Token]:
    """People officials stop: 'police stopped her at a market'.

    Not 'stopped the man from entering', 'stopped him for a breath test'.
    """
    prevents = any(  # not 'from February 17-21'
        c.dep_ == "prep" and c.lower_ == "from" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )
    if prevents or grammar.pobjs(verb, {"for"}):
        return []
    if not any(c.dep_ == "nsubj" and is_official(c) for c in verb.children):
        return []
    return [o for o in grammar.objects(verb) if grammar.is_group(o)]
