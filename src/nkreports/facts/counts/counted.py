"""What a count counts: the noun a quantity belongs to and a short clause about it.

"some 8,000 North Korean defectors were forcibly repatriated" gives "North Korean defectors
forcibly repatriated"; used by `counts.extract_counts`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from nkreports.facts.counts.lexicon import (
    CONTAINER_NOUNS,
    INCLUDING_WORDS,
    LIGHT_VERBS,
    PARTITIVE_PRONOUNS,
    PERSON_NOUNS,
    SKIPPED_BEFORE_NOUN,
)


def is_person(head: Token | None) -> bool:
    """Tell whether a counted noun names people ("defectors", "North Koreans", "members")."""
    return head is not None and bool({head.lemma_.lower(), head.lower_} & PERSON_NOUNS)


def head_noun(span: Span, fallback: bool) -> Token | None:
    """Find the noun a quantity counts: "19 defectors", "hundreds of refugees", "including two".

    With `fallback`, a bare figure ("estimates fall between 30,000 and 50,000") counts the
    last person noun before it in the sentence.
    """
    run = _noun_run(span.doc, span.end, span.sent.end)
    if run:
        return run[-1]
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in INCLUDING_WORDS:
        return root.head.head if root.head.head.pos_ in ("NOUN", "PROPN") else None
    if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head if root.head.i not in range(span.start, span.end) else None
    earlier = [t for t in _context(span) if t.i < span.start and is_person(t)]
    bare = fallback and root.dep_ not in ("nummod", "amod", "compound")
    return earlier[-1] if earlier and (bare or _partitive(span)) else None


def _partitive(span: Span) -> bool:
    """Tell a count of a group named before: "At least a dozen of them", "two of whom"."""
    after = span.doc[span.end : span.end + 2]
    return len(after) == 2 and after[0].lower_ == "of" and after[1].lower_ in PARTITIVE_PRONOUNS


def _context(span: Span) -> list[Token]:
    """Nouns a count may refer back to: its sentence, and the one before for "of them"."""
    start = span.sent.start
    if _partitive(span) and start > 0:
        start = span.doc[start - 1].sent.start
    return [t for t in span.doc[start : span.end] if t.pos_ in ("NOUN", "PROPN")]


def counted_phrase(span: Span, head: Token | None) -> str:
    """Render what is counted: the noun phrase plus a short clause about it."""
    if head is None:
        return ""
    run = _noun_run(span.doc, span.end, span.sent.end) or _left_run(head)
    words = [t.text for t in run if t.i >= span.end or t.i < span.start]
    text = " ".join([*words, _clause(span, head)])
    return re.sub(r"\s+(’|'s\b|,)", r"\1", " ".join(text.split()))


def _nominal(token: Token) -> bool:
    """Tell whether a token sits inside a noun phrase: adjectives, nouns, "’", "remaining"."""
    if token.ent_type_ in ("DATE", "TIME"):
        return False
    return (
        token.pos_ in ("ADJ", "NOUN", "PROPN")
        or token.tag_ == "POS"
        or (token.tag_ in ("VBG", "VBN") and token.dep_ == "amod")
    )


def _noun_run(doc: Doc, start: int, stop: int) -> list[Token]:
    """Take the noun phrase right after a quantity ("of the" skipped), up to its last noun."""
    i = start
    while i < stop and doc[i].lower_ in SKIPPED_BEFORE_NOUN:
        i += 1
    run = []
    while i < stop and _nominal(doc[i]):
        run.append(doc[i])
        i += 1
    while run and run[-1].pos_ not in ("NOUN", "PROPN"):
        run.pop()
    return run


def _left_run(head: Token) -> list[Token]:
    """Take a noun with the modifiers written right before it: "North Korean defectors"."""
    run = [head]
    while run[0].i > run[0].sent.start and _nominal(run[0].nbor(-1)):
        run.insert(0, run[0].nbor(-1))
    return run


def _clause(span: Span, head: Token) -> str:
    """Say what happened to the counted: its relative clause, or its passive or object verb."""
    for owner in (head, span.root):
        for child in owner.children:
            if child.dep_ in ("acl", "relcl") and child.i > owner.i:
                return _render_clause(child, span)
    argument = _argument(span, head)
    verb = argument.head
    if verb.pos_ != "VERB" or verb.lemma_ in LIGHT_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return ""
    if argument.dep_ in ("nsubjpass", "dobj") or (argument.dep_ == "nsubj" and verb.tag_ == "VBN"):
        return _render_clause(verb, span)
    return ""


def _argument(span: Span, head: Token) -> Token:
    """Find the token in the verb's slot: the head noun, or the quantity or container around it."""
    token = head
    while token.dep_ == "appos" or (token.dep_ == "pobj" and token.head.lower_ == "of"):
        wrapper = token.head.head if token.dep_ == "pobj" else token.head
        inside = wrapper.i in range(span.start, span.end)
        if not inside and wrapper.lemma_.lower() not in CONTAINER_NOUNS:
            break
        token = wrapper
    plain = token.i == head.i and span.root.dep_ in ("nsubj", "nsubjpass", "dobj")
    return span.root if plain else token


def _passive(verb: Token) -> bool:
    """Tell a passive verb: "were repatriated", "being held", "North Koreans detained in China"."""
    children = {c.dep_ for c in verb.children}
    participle = (
        verb.tag_ == "VBN" and verb.dep_ in ("acl", "ccomp", "conj") and "aux" not in children
    )
    return "auxpass" in children or participle


def _render_clause(verb: Token, span: Span) -> str:
    """Render a short clause: "held in China", "who are now South Korean citizens"."""
    kids = [c for c in verb.children if c.i not in range(span.start, span.end)]
    relative = [c for c in kids if c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass")]
    before = [c for c in kids if c.i < verb.i and c.dep_ in ("advmod", "neg")]
    if not _passive(verb):
        before = relative + [c for c in kids if c.i < verb.i and c.dep_ == "aux"] + before
    after = [c for c in kids if c.i > verb.i]
    parts = [*before, verb, *(c for c in after if c.dep_ in ("prt", "neg", "advmod"))]
    tokens = parts + [t for c in after if c.dep_ in ("attr", "acomp") for t in _with_left(c)]
    place = next((c for c in after if c.dep_ in ("prep", "agent") and not _dated(c)), None)
    if place is not None:
        objects = [c for c in place.children if c.dep_ == "pobj"]
        tokens += [place, *(_with_left(objects[0]) if objects else [])]
    return " ".join(t.text for t in sorted(tokens, key=lambda t: t.i))


def _with_left(token: Token) -> list[Token]:
    """Take a token with its left modifiers: "South Korean citizens", "a detention center"."""
    return [t for t in token.subtree if t.i <= token.i]


def _dated(prep: Token) -> bool:
    """Tell whether a preposition introduces a date ("as of August 2023", "in September")."""
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)
