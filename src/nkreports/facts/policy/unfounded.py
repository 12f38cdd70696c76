"""The rule family for reports an official calls unfounded: 'That report is groundless'.

Calling a report false denies what it told, as 'denied the reports' does: the row keeps the
category of the denied act (from the report's own words, else the sentence before), certainty
denied.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import DENIED, WORDS
from nkreports.schema import Category, Direction


def unfounded_report(verb: Token) -> Token | None:
    """The report (or claim) the clause calls unfounded, if it does.

    'The report is groundless', 'such claims are baseless', 'the report does not match the
    facts'; not 'the report is long', 'the report matches the facts'.
    """
    reports = [
        c for c in verb.children if c.dep_ == "nsubj" and grammar.lemma_of(c) in WORDS.CLAIMS
    ]
    if not reports:
        return None
    called = any(
        c.dep_ in {"acomp", "attr"} and grammar.lemma_of(c) in WORDS.UNFOUNDED
        for c in verb.children
    )
    facts = grammar.objects(verb) + grammar.pobjs(verb, {"with", "to"})
    unmatched = grammar.is_negated(verb) and any(grammar.lemma_of(f) in WORDS.FACTS for f in facts)
    return reports[0] if called or unmatched else None


def groundless(verb: Token) -> Hit | None:
    """Catch a report called false: 'That report is groundless', 'does not match the facts'."""
    report = unfounded_report(verb)
    if report is None:
        return None
    content = grammar.lemmas(report)
    if not any(content & lexicon for lexicon in DENIED.values()) and verb.sent.start > 0:
        content = {grammar.lemma_of(t) for t in verb.doc[verb.sent.start - 1].sent}
    category = next((c for c, lexicon in DENIED.items() if content & lexicon), Category.OTHER)
    direction = Direction.NEUTRAL if category == Category.OTHER else Direction.RESTRICTIVE
    called = [c for c in verb.children if c.dep_ in {"acomp", "attr", "dobj", "prep"}]
    action = f"call the {grammar.lemma_of(report)} unfounded"
    return Hit(category, direction, action, (report, *called))  # 'That report is groundless'
