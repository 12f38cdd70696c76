"""A speaker's 'must' or 'should' about an act: the speaker's demand, a request of a state.

'The minister said deserters must be granted refugee status' demands the status: category
`diplomatic_request_protest`, in the direction of what is demanded. A legislature's 'It is the
sense of Congress that China should stop sending them back' is its request too. A 'should' that
no official says and that opens the outlet's own sentence (an editorial's, an NGO's advice)
reports no act at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.denials import denies_a_claim
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.halts import opposite, stops_a_doing
from nkreports.facts.policy.lexicon import REPORTING, WORDS
from nkreports.nlp import doc_text
from nkreports.schema import Category, Certainty

NEGATION_READ = frozenset(
    {
        "residency_legal_status",
        "exit_transfer_to_third_country",
        "status_claim",
        "standing_law",
        "border_control",
        "outside_convention",
    }
)


FRAME_REACH = 1500  # characters before a 'should' in which a legislature's frame is looked for


def modal_of(trigger: Token) -> tuple[Token | None, Token]:
    """The demanding modal of the trigger's clause, and the verb it stands by.

    'should free', 'should stop [sending]', 'ought [to stop]'. A verb governed by another, or
    joined to it bare, without a subject or an auxiliary of its own ('should stop sending them
    back and let them go'; not '… but has repatriated hundreds'), shares its modal.
    """
    verb = trigger
    for _ in range(3):
        if verb.dep_ == "xcomp" and verb.head.lower_ == "ought":  # 'ought' heads its verb
            return verb.head, verb.head
        modal = next(
            (c for c in verb.children if c.dep_ == "aux" and c.lower_ in WORDS.DEMAND_MODALS),
            None,
        )
        own = any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children)
        bare = verb.dep_ == "conj" and not own and verb.tag_ == "VB"
        if modal is not None or not (verb.dep_ == "xcomp" or bare):
            return modal, verb
        verb = verb.head
    return None, verb


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    """'It is the sense of Congress that', a line opening 'Resolved, That': a legislature speaks."""
    bodies = "|".join(sorted(WORDS.LEGISLATURES))
    sense = rf"(?i:\bsense of (?:the )?({bodies})\b)"
    return re.compile(rf"{sense}|^[ \t]*(Resolved),? [Tt]hat\b", re.MULTILINE)


def framing_body(trigger: Token) -> Token | None:
    """The legislature of a 'sense of' or 'Resolved' frame shortly before the trigger, if any."""
    doc, start = trigger.doc, max(0, trigger.idx - FRAME_REACH)
    found = list(_frame().finditer(doc_text(doc), start, trigger.sent.end_char))
    if not found:
        return None
    group = 1 if found[-1].group(1) else 2
    span = doc.char_span(*found[-1].span(group), alignment_mode="expand")
    return span.root if span is not None else None


def cites_a_law(verb: Token) -> bool:
    """Tell whether a clause gives a law as its ground: 'under the protocol', 'according to law'."""
    return any(c.dep_ == "prep" and c.lower_ in {"under", "according"} for c in verb.subtree)


def demand(trigger: Token, hit: Hit, sure: Certainty) -> tuple[Hit | None, Token, Certainty]:
    """Read 'the minister said deserters must be granted refugee status' as the speaker's demand.

    Returns the reading (None for a 'should' that is no one's act), who does it, and its
    certainty: a position that no one should be returned is claimed, not denied. A 'should' on
    a law's ground ('should be returned under the protocol') or under a decision ('the court
    ruled that she should be deported') is the act; one that opens the outlet's own sentence
    ('China should stop the returns') is advice, no act.
    """
    modal, clause = modal_of(trigger)
    speaker = next((t for t in trigger.ancestors if t.lemma_ in REPORTING), None)
    laws = {"standing_law", "papers_conditions"}  # 'the cards must be carried, the police said'
    stated = hit.category == Category.DIPLOMATIC_REQUEST_PROTEST or hit.method in laws
    if modal is None or stated or cites_a_law(clause):
        return hit, trigger, sure  # a request already, or a law's own 'must carry a passport'
    doer = speaker
    if speaker is None and sure not in (Certainty.CLAIMED_BY_SOURCE, Certainty.DENIED):
        if modal.lower_ not in WORDS.ADVISING_MODALS:
            return hit, trigger, sure  # 'those caught must be returned': a rule in force
        doer = framing_body(trigger)
        if doer is None:
            return (None if clause.dep_ == "ROOT" else hit), trigger, sure
    nobody = grammar.done_to_nobody(trigger)  # 'none of them should be sent back'
    demand = f"demand: {hit.action}"
    direction = hit.direction  # 'must be granted status'; 'must not be handed over' spares them
    negated = grammar.is_negated(trigger) and hit.method not in NEGATION_READ
    if negated or (nobody and not hit.action.startswith("not ")) or stops_a_doing(trigger):
        direction = opposite(direction)
    if sure == Certainty.DENIED and nobody:
        sure = Certainty.CLAIMED_BY_SOURCE
    reading = Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, demand, hit.keys, "demand")
    return reading, doer or trigger, sure


def stated(trigger: Token, hit: Hit, sure: Certainty) -> Certainty:
    """A negation that a family reads as the act itself is stated, not denied.

    'The spokesperson said they are not entitled to refugee protection' refuses a status: the
    source claims it. 'denied that they were refused protection' still denies.
    """
    own = {t.lemma_.lower() for t in trigger.ancestors} & WORDS.DENYING
    if sure != Certainty.DENIED or hit.method not in NEGATION_READ or own:
        return sure
    return Certainty.CLAIMED_BY_SOURCE if not denies_a_claim(trigger) else sure
