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


def denied_reading(report: Token) -> tuple[Category, Direction]:
    """The category and direction of what a denied report told.

    The first act the rule families read in the report's own words ('a report that 30 women had
    been driven over the bridge and handed to the guards'), else the words of an act in the
    report ('reports of mass expulsions') or in the sentence before ('That report is
    groundless'), else the first act read in that sentence.
    """
    from nkreports.facts.policy.families import read_action  # they import this module

    def first_act(told: list[Token]) -> Hit | None:
        acts = (read_action(t) for t in told if grammar.lemma_of(t) not in WORDS.DENYING)
        return next((h for h in acts if h and h.category != Category.OTHER), None)

    before = list(report.doc[report.sent.start - 1].sent) if report.sent.start > 0 else []
    own = first_act([t for t in report.subtree if t is not report])
    for words in (grammar.lemmas(report), {grammar.lemma_of(t) for t in before}):
        named = next((c for c, lexicon in DENIED.items() if words & lexicon), None)
        if own is None and named is not None:
            return named, Direction.RESTRICTIVE
    hit = own or first_act(before)
    return (hit.category, hit.direction) if hit else (Category.OTHER, Direction.NEUTRAL)


def groundless(verb: Token) -> Hit | None:
    """Catch a report called false: 'That report is groundless', 'does not match the facts'."""
    report = unfounded_report(verb)
    if report is None:
        return None
    category, direction = denied_reading(report)
    called = [c for c in verb.children if c.dep_ in {"acomp", "attr", "dobj", "prep"}]
    action = f"call the {grammar.lemma_of(report)} unfounded"
    return Hit(category, direction, action, (report, *called))  # 'That report is groundless'
