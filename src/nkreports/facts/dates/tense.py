"""The tense a date's sentence gives it: past, present or future, and the word that says so."""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE_MODALS = frozenset({"will", "shall", "'ll", "’ll", "wo"})


def verb_tense(verb: Token) -> str:
    """Tense of a verb group: will/shall/going to = future; VBD, has+VBN, bare VBN = past."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_MODALS or (verb.dep_ == "xcomp" and verb.head.lower_ == "going"):
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return ""  # could, may, would: the reading stays undecided
    tags = {verb.tag_} | {a.tag_ for a in auxes}
    if "VBD" in tags or (verb.tag_ == "VBN" and (not auxes or "have" in {a.lemma_ for a in auxes})):
        return "past"
    return "present" if tags & {"VBZ", "VBP"} else ""


def sentence_tense(span: Span) -> tuple[str, str]:
    """(tense, evidence) for a span: "as early as", its governing verb, else the nearest verb."""
    before = [t.lower_ for t in span.doc[max(span.start - 3, 0) : span.start]]
    if before == ["as", "early", "as"]:
        return "future", "as early as"
    head = span.root
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    if head.pos_ in ("VERB", "AUX") and verb_tense(head):
        return verb_tense(head), head.text
    verbs = [t for t in span.sent if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ == "ROOT")]
    for verb in sorted(verbs, key=lambda t: abs(t.i - span.start)):
        if verb_tense(verb):
            return verb_tense(verb), verb.text
    return "", ""
