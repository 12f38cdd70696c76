"""The rule family for residence papers told by their conditions, not by a status word.

A residence card cancelled or called in takes a standing away (`residency_legal_status`,
restrictive); papers valid only inside one county limit where their holders may live
(restrictive); papers that must be renewed in person are a duty (neutral).
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.actors import by_officials
from nkreports.facts.policy.gates import reads
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.statuses import by_state
from nkreports.schema import Category, Direction

_WITHIN = frozenset({"in", "inside", "within"})
_BEYOND = frozenset({"outside", "beyond"})


def residence_papers(noun: Token) -> bool:
    """Whether a noun names papers of residence: 'her temporary papers', 'the hukou', 'permits'.

    A card, a certificate, a paper or a document says so in its own words ('residence cards',
    'temporary papers'); not 'exit permits', 'driving permits', 'a bank card', 'the paper' (an
    article), 'the marriage certificate'.
    """
    words = grammar.own_words(noun)
    if words & (WORDS.OTHER_PAPERS | WORDS.EXITS):
        return False
    lemma = grammar.lemma_of(noun)
    marked = lemma in WORDS.MARKED_PAPERS and bool(words & WORDS.RESIDENCE_MARKS)
    return lemma in WORDS.RESIDENCE_PAPERS or marked


def papers_meant(noun: Token) -> bool:
    """Whether a noun names residence papers, or a pronoun or bare noun stands for papers named.

    'A temporary residence card costs 50 yuan; it has to be renewed each year', 'received
    residence cards, but the cards are valid only inside the county'.
    """
    if residence_papers(noun):
        return True
    pronoun = noun.lower_ in {"it", "they", "these", "those"}
    if not pronoun and grammar.lemma_of(noun) not in WORDS.MARKED_PAPERS:
        return False
    sent = noun.sent
    before = noun.doc[sent.start - 1].sent if sent.start > 0 else sent
    window = noun.doc[before.start : noun.i]
    same = [t for t in window if pronoun or grammar.lemma_of(t) == grammar.lemma_of(noun)]
    told = grammar.own_words(noun) - {
        grammar.lemma_of(noun)
    }  # not 'bank cards', 'her library card'
    return any(
        t.pos_ == "NOUN" and residence_papers(t) and told <= grammar.own_words(t) for t in same
    )


def _papers(verb: Token) -> list[Token]:
    """The residence papers a verb acts on: its object, its passive subject, or its head.

    The head for a relative clause: 'the residence certificate that police cancelled'.
    """
    named = [o for o in grammar.objects(verb) if o.lower_ not in {"that", "which"}]
    if grammar.lemma_of(verb) == "call":  # 'called in the permits', 'in' parsed as a preposition
        named += grammar.pobjs(verb, {"in"})
    relative = verb.dep_ == "relcl" and residence_papers(verb.head) and not named
    return [o for o in named if papers_meant(o)] + ([verb.head] if relative else [])


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the nearest verb before it that it is joined to.

    'the cards are valid only inside the county, must be carried at all times and are to be
    renewed': 'cards' is the subject of all three.
    """
    own = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if own or verb.dep_ != "conj":
        return own
    joined = [v for v in (verb.head, *verb.head.conjuncts) if v.i < verb.i]
    told = [v for v in joined if any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)]
    return _subjects(max(told, key=lambda v: v.i)) if told else []


@reads(WORDS.VOIDS, WORDS.RENEWS, {"call", "take", "be", "carry"})
def papers_conditions(verb: Token) -> Hit | None:
    """Catch residence papers cancelled, called in, valid only locally, or to be renewed.

    Phrasings:
        - 'her temporary papers were cancelled', 'the residence card police revoked in 2019'
        - 'the bureau called in the permits', 'the same cards were called in', 'took back the
          residence cards'
        - 'the permits are only valid inside the county' (restrictive)
        - 'the cards have to be renewed in person' (neutral)
        - not 'cancelled the meeting', 'exit permits were revoked' (exit), 'the visit was
          cancelled', 'the permits are valid for a year' (no limit told)
    """
    lemma = grammar.lemma_of(verb)
    if lemma == "be":
        return _valid_only(verb)
    if lemma in WORDS.RENEWS:
        return _renewal_due(verb)
    if lemma == "carry":
        return _carried(verb)
    papers = _papers(verb)
    particle = {"call": "in", "take": "back"}.get(lemma)  # 'called in', 'took back'
    called_in = not particle or any(c.lower_ == particle for c in verb.children)
    if not papers or not called_in or grammar.is_negated(verb):
        return None
    if not by_state(verb) or not (grammar.passive(verb) or by_officials(verb)):
        return None  # not 'the cards were called in by the bank'; 'the bureau called in'
    action = f"{grammar.manner(verb)} {grammar.phrase(papers[0])}"
    return Hit.restrictive(Category.RESIDENCY_LEGAL_STATUS, action, tuple(papers[:1]))


def a_duty(verb: Token) -> bool:
    """Tell whether an act is a duty: 'must be renewed', 'have to be renewed', 'are to be'."""
    return any(c.lower_ == "must" for c in verb.children) or (
        verb.dep_ == "xcomp" and grammar.lemma_of(verb.head) in WORDS.DUTIES | {"be"}
    )


def _renewal_due(verb: Token) -> Hit | None:
    """Papers that 'have to be renewed in person': a duty their holders carry (neutral)."""
    duty = verb.dep_ == "xcomp" and grammar.lemma_of(verb.head) in WORDS.DUTIES | {"be"}
    holders = _subjects(verb.head) if duty else []  # 'are to be renewed each year'
    papers = [*holders, *grammar.objects(verb)] if a_duty(verb) else []
    papers = [p for p in papers if papers_meant(p)]
    if not papers or grammar.is_negated(verb) or grammar.is_negated(verb.head):
        return None  # not 'the cards are not to be renewed'
    action = f"renew {grammar.phrase(papers[0])}"
    return Hit(Category.RESIDENCY_LEGAL_STATUS, Direction.NEUTRAL, action, _near(papers[0], verb))


def _carried(verb: Token) -> Hit | None:
    """Papers that 'must be carried at all times': a duty their holders carry (neutral)."""
    must = any(c.dep_ == "aux" and c.lower_ in {"must", "shall"} for c in verb.children)
    papers = (
        [p for p in _subjects(verb) if papers_meant(p)] if must and grammar.passive(verb) else []
    )
    if not papers:
        return None
    action = f"carry {grammar.phrase(papers[0])}"
    return Hit(Category.RESIDENCY_LEGAL_STATUS, Direction.NEUTRAL, action, _near(papers[0], verb))


def _near(papers: Token, verb: Token) -> tuple[Token, ...]:
    """The papers as part of the mention if they are the verb's own (or its head's) subject.

    Not when they are the subject of an earlier verb the duty is joined to ('the cards are valid
    …, must be carried'), so that the mention is the duty's own words.
    """
    own = papers.head.i == verb.i or (verb.dep_ == "xcomp" and papers.head.i == verb.head.i)
    return (papers,) if own else ()


def _valid_only(verb: Token) -> Hit | None:
    """Papers valid only in one place: a limit on where their holders may live (restrictive).

    'are only valid inside the county', 'are valid only in Yanji', 'are not valid outside the
    county'; not 'are only valid for six months' (a term, not a place).
    """
    papers = [c for c in verb.children if c.dep_ == "nsubj" and papers_meant(c)]
    valid = [c for c in verb.children if c.dep_ == "acomp" and grammar.lemma_of(c) == "valid"]
    heads = [verb, *valid]
    places = [p for h in heads for p in grammar.pobjs(h, _WITHIN | _BEYOND)]
    places = [p for p in places if p.ent_type_ not in {"DATE", "TIME"}]
    places = [p for p in places if grammar.lemma_of(p) not in WORDS.SPANS]
    marks = {t.lower_ for h in heads for t in h.subtree if t.dep_ in {"advmod", "neg"}}
    only = "only" in marks and any(p.head.lower_ in _WITHIN for p in places)
    outside = bool(marks & {"not", "n't"}) and any(p.head.lower_ in _BEYOND for p in places)
    if not papers or not valid or not (only or outside):
        return None
    action = f"{grammar.phrase(papers[0])} valid only locally"
    return Hit.restrictive(Category.RESIDENCY_LEGAL_STATUS, action, (papers[0], valid[0]))


@reads(WORDS.RESUMES)
def papers_resumed(verb: Token) -> Hit | None:
    """Catch the handing out of papers resumed: protective, or restrictive when it was not.

    Phrasings:
        - 'the bureau resumed processing work permits', 'renewals started again in mid-2024'
        - 'restarted processing exit permits for the defectors' (exit)
        - not 'began checking permits', 'resumed the talks', 'the bank resumed issuing cards'
        - 'resumed issuing permits' is left to `residency_legal_status`, which reads the issuing
    """
    again = grammar.lemma_of(verb) in {"resume", "restart"} or any(
        c.lower_ == "again" for c in verb.children
    )
    acts = [c for c in verb.children if c.dep_ in {"xcomp", "dobj"} and c.tag_ == "VBG"]
    if any(grammar.lemma_of(a) in WORDS.GIVES | WORDS.RENEWS for a in acts):
        return None  # 'resumed issuing permits': the issuing is read as a status given
    acts = [a for a in acts if grammar.lemma_of(a) in WORDS.HANDS_OUT_PAPERS]
    named = [o for a in acts for o in grammar.objects(a)]
    named += [o for o in grammar.objects(verb) if o.tag_ != "VBG"]  # 'resumed the renewals'
    if not named and not acts:  # 'renewals started again'
        named = [c for c in verb.children if c.dep_ == "nsubj"]
    papers = [
        p
        for p in named
        if grammar.lemma_of(p) in WORDS.PAPERS_RESUMED
        and not grammar.own_words(p) & WORDS.OTHER_PAPERS
    ]
    theirs = any(_marked(q) for p in papers for q in (p, *grammar.pobjs(p, {"of"})))
    if not (again and papers) or not by_state(verb) or not (theirs or _for_them(verb)):
        return None  # 'voter registration started again', 'resumed processing visas for tourists'
    negated = grammar.is_negated(verb) or grammar.refused(verb)
    exits = bool(grammar.own_words(papers[0]) & WORDS.EXITS)
    category = Category.EXIT_TRANSFER_TO_THIRD_COUNTRY if exits else Category.RESIDENCY_LEGAL_STATUS
    direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
    action = f"{'not ' if negated else ''}resume {grammar.phrase(papers[0])}"
    return Hit(category, direction, action, tuple(papers[:1]))


def _marked(noun: Token) -> bool:
    """Tell whether papers say in their own words that they are of residence: 'residence cards'.

    Not a bare 'registration' or 'permit' ('voter registration', 'work permits').
    """
    marks = grammar.own_words(noun) - {grammar.lemma_of(noun)}
    return residence_papers(noun) and bool(marks & WORDS.RESIDENCE_MARKS)


def _for_them(verb: Token) -> bool:
    """Tell whether a clause names North Koreans or those who fled: 'for the North Korean staff'."""
    northern = {"north", "n."}
    return any(
        grammar.lemma_of(t) in WORDS.FLED_PEOPLE
        and (t.i == 0 or t.doc[t.i - 1].lower_ in northern or "korean" not in t.lower_)
        for t in verb.subtree
    )
