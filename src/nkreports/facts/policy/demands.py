"""A speaker's 'must' or 'should' about an act: the speaker's demand, a request of a state.

'The minister said deserters must be granted refugee status' demands the status: category
`diplomatic_request_protest`, in the direction of what is demanded. A legislature's 'It is the
sense of Congress that China should stop sending them back' is its request too. A 'should' that
no official says (an editorial's, an NGO's advice) reports no act at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.denials import denies_a_claim
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.halts import opposite
from nkreports.facts.policy.lexicon import REPORTING, WORDS
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


FRAME_REACH = 3000  # characters before a 'should' in which a legislature's frame is looked for


def modal_of(trigger: Token) -> Token | None:
    """The demanding modal of the trigger's clause: 'should free', 'should stop [sending]'.

    A verb governed by another, or joined to it without a subject of its own ('should stop
    sending them back and let them go'), shares its modal.
    """
    verb = trigger
    for _ in range(3):
        modal = next(
            (c for c in verb.children if c.dep_ == "aux" and c.lower_ in WORDS.DEMAND_MODALS),
            None,
        )
        subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        shares = verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not subject)
        if modal is not None or not shares:
            return modal
        verb = verb.head
    return None


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    """'It is the sense of Congress that', 'Resolved, That': a legislature speaks."""
    bodies = "|".join(sorted(WORDS.LEGISLATURES))
    return re.compile(rf"\bsense of (?:the )?(?:{bodies})\b|\bresolved,? that\b", re.IGNORECASE)


def framed(trigger: Token) -> bool:
    """Tell whether a legislature's 'sense of' or 'Resolved' frame stands shortly before."""
    text = trigger.doc.text
    return bool(_frame().search(text, max(0, trigger.idx - FRAME_REACH), trigger.sent.end_char))


def demand(trigger: Token, hit: Hit, sure: Certainty) -> tuple[Hit | None, Token, Certainty]:
    """Read 'the minister said deserters must be granted refugee status' as the speaker's demand.

    Returns the reading (None for an unofficial 'should'), who does it, and its certainty: a
    position that no one should be returned is claimed, not denied.
    """
    modal = modal_of(trigger)
    speaker = next((t for t in trigger.ancestors if t.lemma_ in REPORTING), None)
    stated = hit.category == Category.DIPLOMATIC_REQUEST_PROTEST or hit.method == "standing_law"
    if modal is None or stated:
        return hit, trigger, sure  # a request already, or a law's own 'must carry a passport'
    told = speaker is not None or sure in (Certainty.CLAIMED_BY_SOURCE, Certainty.DENIED)
    if not told:
        if modal.lower_ not in WORDS.ADVISING_MODALS:
            return hit, trigger, sure  # 'those caught must be returned': a rule in force
        if not framed(trigger):
            return None, trigger, sure  # an editorial's or an NGO's advice: no act
    nobody = grammar.done_to_nobody(trigger)  # 'none of them should be sent back'
    demand = f"demand: {hit.action}"
    direction = hit.direction  # 'must be granted status'; 'must not be handed over' spares them
    if (grammar.is_negated(trigger) or nobody) and hit.method not in NEGATION_READ:
        direction = opposite(direction)
    if sure == Certainty.DENIED and nobody:
        sure = Certainty.CLAIMED_BY_SOURCE
    reading = Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, demand, hit.keys, "demand")
    return reading, speaker or trigger, sure


def stated(trigger: Token, hit: Hit, sure: Certainty) -> Certainty:
    """A negation that a family reads as the act itself is stated, not denied.

    'The spokesperson said they are not entitled to refugee protection' refuses a status: the
    source claims it. 'denied that they were refused protection' still denies.
    """
    own = {t.lemma_.lower() for t in trigger.ancestors} & WORDS.DENYING
    if sure != Certainty.DENIED or hit.method not in NEGATION_READ or own:
        return sure
    return Certainty.CLAIMED_BY_SOURCE if not denies_a_claim(trigger) else sure
