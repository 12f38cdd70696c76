"""A speaker's 'must' or 'should' about an act: the speaker's demand, a request of a state.

'The minister said deserters must be granted refugee status' demands the status: category
`diplomatic_request_protest`, in the direction of what is demanded.
"""

from __future__ import annotations

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.denials import denies_a_claim
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.lexicon import REPORTING, WORDS
from nkreports.schema import Category, Certainty, Direction

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
_OPPOSITE = {
    Direction.RESTRICTIVE: Direction.PROTECTIVE,
    Direction.PROTECTIVE: Direction.RESTRICTIVE,
}


def demand(trigger: Token, hit: Hit) -> tuple[Hit, Token]:
    """Read 'the minister said deserters must be granted refugee status' as the speaker's demand."""
    modal = any(c.dep_ == "aux" and c.lower_ in WORDS.DEMAND_MODALS for c in trigger.children)
    speaker = next((t for t in trigger.ancestors if t.lemma_ in REPORTING), None)
    stated = hit.category == Category.DIPLOMATIC_REQUEST_PROTEST or hit.method == "standing_law"
    if not modal or speaker is None or stated:
        return hit, trigger  # a request already, or a law's own 'must carry a passport'

    demand = f"demand: {hit.action}"
    direction = hit.direction  # 'must be granted status'; 'must not be handed over' spares them
    if grammar.is_negated(trigger) and hit.method not in NEGATION_READ:
        direction = _OPPOSITE.get(direction, direction)
    return Hit(Category.DIPLOMATIC_REQUEST_PROTEST, direction, demand, hit.keys, "demand"), speaker


def stated(trigger: Token, hit: Hit, sure: Certainty) -> Certainty:
    """A negation that a family reads as the act itself is stated, not denied.

    'The spokesperson said they are not entitled to refugee protection' refuses a status: the
    source claims it. 'denied that they were refused protection' still denies.
    """
    own = {t.lemma_.lower() for t in trigger.ancestors} & WORDS.DENYING
    if sure != Certainty.DENIED or hit.method not in NEGATION_READ or own:
        return sure
    return Certainty.CLAIMED_BY_SOURCE if not denies_a_claim(trigger) else sure
