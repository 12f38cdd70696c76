"""The rule family for a state standing ready to take people in.

'Seoul stands ready to receive all nine', 'is ready to take in any North Korean who wishes to
come', 'has offered to receive the group'.
A readiness stated by a state is a stance in their favour: category `other`, protective. Not
'the hospital is ready to receive patients', nor 'ready to send them back'.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import is_official
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.schema import Category, Direction


def ready_to_receive(verb: Token) -> Hit | None:
    """Catch a state's readiness to receive people."""
    ready = verb.head if verb.dep_ == "xcomp" else None  # 'ready', or the verb 'offer'
    if ready is None or grammar.lemma_of(ready) not in {"ready", "offer"}:
        return None
    taken_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
    if grammar.lemma_of(verb) not in WORDS.TAKES_IN and not taken_in:
        return None
    stance = ready.head if ready.dep_ in {"acomp", "oprd", "advmod", "xcomp"} else ready
    subjects = [c for c in stance.children if c.dep_ == "nsubj"]
    people = [o for o in grammar.objects(verb) if grammar.named_people(o) or grammar.is_group(o)]
    if not people or not any(map(is_official, subjects)):
        return None
    stands = "stand ready" if grammar.lemma_of(ready) == "ready" else "offer"
    return Hit(Category.OTHER, Direction.PROTECTIVE, f"{stands} to receive", (ready,))
