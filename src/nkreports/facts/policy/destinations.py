"""Where a verb sends people: back to the North, on to a third country, or nowhere named."""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy.grammar import core, is_group, lemma_of, objects, pobjs
from nkreports.facts.policy.lexicon import WORDS


def _phrase_words(head: Token) -> list[Token]:
    """The words of a phrase without the clauses inside it ('a centre [where they are held]')."""
    return [
        t
        for t in head.subtree
        if not any(a.dep_ in {"relcl", "acl"} for a in t.ancestors if head.is_ancestor(a))
        and not (t.dep_ in {"relcl", "acl"} and t is not head)
    ]


def ways(verb: Token) -> list[Token]:
    """The verb with its adverbs and particles, which carry its direction: 'sent back to'."""
    return [verb, *(c for c in verb.children if c.dep_ in {"advmod", "prt"})]


def destination(verb: Token) -> str:
    """'north' for back/home/North Korea, 'third' for South Korea or a third country, else ''.

    The first destination named wins: 'sent on to South Korea rather than back to China'.
    """
    if any(core(p) & WORDS.EVERYDAY_PLACES for w in ways(verb) for p in pobjs(w, {"to"})):
        return ""  # 'sent back to school', 'returned to their clubs'
    rides = [o for o in objects(verb) if lemma_of(o) in WORDS.VEHICLES | WORDS.AIRCRAFT]
    heads = (
        pobjs(verb, {"to", "into", "toward", "towards"})
        + [o for o in objects(verb) if lemma_of(o) == "home"]  # 'sent 500 North Koreans home'
        + [c for c in verb.children if c.dep_ in {"advmod", "prt", "npadvmod"}]
        + [p for r in rides for p in pobjs(r, {"to"})]
    )
    for t in sorted({t for h in heads for t in _phrase_words(h)}, key=lambda t: t.i):
        if lemma_of(t) in WORDS.NORTH:
            return "north"
        if lemma_of(t) in WORDS.THIRD:
            return "third"
    return "north" if _across_the_border(verb) else ""


def _across_the_border(verb: Token) -> bool:
    """Tell whether the verb crosses a border: 'will be sent across', 'sent across the bridge'.

    Not 'sent across the country'.
    """
    patients = objects(verb)
    if patients and not any(map(is_group, patients)):
        return False  # 'the shipment was sent across the river'
    across = [c for c in verb.children if lemma_of(c) == "across"]
    return any(
        not any(g.dep_ == "pobj" for g in c.children)
        or any(core(g) & WORDS.BORDER for g in c.children if g.dep_ == "pobj")
        for c in across
    )
