"""Rule families that read one verb (or noun) of the parse as an official action, one per category.

Each family takes a trigger token and returns a `Hit` (category, direction, normalised action,
the tokens the rule relied on, which widen the mention) or None; `read_action` tries them in turn.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from nkreports.facts.policy import grammar
from nkreports.facts.policy.access import asylum_access, monitors_barred, outside_convention
from nkreports.facts.policy.actors import by_officials, official_action
from nkreports.facts.policy.claims import punishment, standing_law
from nkreports.facts.policy.courts import defendant_punished
from nkreports.facts.policy.custody import detention_arrest
from nkreports.facts.policy.denials import denial, groundless, no_such_act
from nkreports.facts.policy.fines import fines
from nkreports.facts.policy.frontier import border_works, checks_made
from nkreports.facts.policy.gates import Rule, families_for
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.halts import stopped_reading
from nkreports.facts.policy.imperatives import imperative_request
from nkreports.facts.policy.informers import informers
from nkreports.facts.policy.lexicon import WORDS
from nkreports.facts.policy.moves import (
    exit_transfer_to_third_country,
    handover,
    made_to_leave,
    onward,
    returns,
    shares_files,
)
from nkreports.facts.policy.nouns import campaign, nominal
from nkreports.facts.policy.papers import a_duty, papers_conditions, papers_resumed
from nkreports.facts.policy.plans import return_readied
from nkreports.facts.policy.pledges import pledges, rations
from nkreports.facts.policy.pressure import (
    border_control,
    family_pressure,
    labeling_criminalization,
    other,
)
from nkreports.facts.policy.provisions import habitual_return, provision
from nkreports.facts.policy.registers import household_register
from nkreports.facts.policy.requests import (
    accusation,
    diplomatic_efforts,
    diplomatic_request_protest,
)
from nkreports.facts.policy.scrutiny import confined, home_visits, papers_kept, scrutiny, summoned
from nkreports.facts.policy.spells import (
    goes_back_in_batch,
    put_aboard,
    repatriation,
    time_in_custody,
)
from nkreports.facts.policy.status_claims import not_qualified, status_claim
from nkreports.facts.policy.statuses import (
    allowed_stay,
    by_state,
    child_registered,
    claim_decided,
    decided_papers,
    judged_people,
    legalised,
    status_held,
    status_objects,
)
from nkreports.facts.policy.sweeps import centres_filled, sweep
from nkreports.facts.policy.welcomes import ready_to_receive
from nkreports.schema import Category, Direction

_STATUS_VERBS = WORDS.GIVES | WORDS.TAKES | WORDS.RENEWS  # verbs that give or take a status


def residency_legal_status(verb: Token) -> Hit | None:
    """Catch a legal status given, taken, required or recognised.

    Phrasings:
        - 'issuing temporary residency permits'
        - 'offers an amnesty'
        - 'will receive a residence card'
        - 'revoked their hukou'
        - 'must register with police'
        - 'does not recognize defectors who cross as refugees'
        - 'treated as illegal migrants'
        - 'allowed to move freely'
    """
    lemma = grammar.lemma_of(verb)
    status: list[Token] = []  # a status named as an object, read only for the verbs that take one
    if lemma in _STATUS_VERBS or lemma in WORDS.RECOGNISES - WORDS.JUDGES:
        status = status_objects(verb)
    if not status and lemma in _STATUS_VERBS:
        status = decided_papers(verb)  # 'Exit permits refused by the exit-entry bureau'
    given_to = [p for h in [verb, *status] for p in grammar.pobjs(h, {"to"})]  # 'to no one'
    none = any(
        d.dep_ == "det" and d.lower_ == "no" for t in status[:1] + given_to for d in t.children
    ) or any(t.lower_ in {"nobody", "none"} for t in given_to)  # 'to none of the applicants'
    if lemma == "receive":  # 'received no residence papers'; not 'received no card'
        none = none and bool(grammar.own_words(status[0]) & WORDS.STANDING)
    promised = lemma != "receive" or grammar.nested_pobjs(verb, {"from"}) or grammar.will(verb)
    if status and lemma in _STATUS_VERBS and (promised or none) and by_state(verb):
        refused = grammar.refused(verb)
        negated = grammar.is_negated(verb) or grammar.stopped(verb) or refused or none
        stopped = _no_longer(verb)  # 'no longer renews their visas'
        restrictive = negated or stopped or lemma in WORDS.TAKES
        if stopped and lemma in WORDS.TAKES and not (negated or refused):
            restrictive = False  # 'no longer refuses them permits'
        negated = negated or stopped
        exits = grammar.lemmas(status[0]) & WORDS.EXITS  # 'refused to issue them exit permits'
        action = f"{'not ' if negated else ''}{lemma} {grammar.phrase(status[0])}"
        direction = Direction.RESTRICTIVE if restrictive else Direction.PROTECTIVE
        if lemma in WORDS.RENEWS and not negated and a_duty(verb):
            direction = Direction.NEUTRAL  # 'must be renewed every year': a duty; 'renewed them'
        category = (
            Category.EXIT_TRANSFER_TO_THIRD_COUNTRY if exits else Category.RESIDENCY_LEGAL_STATUS
        )
        return Hit(category, direction, action, tuple(status))
    if lemma in WORDS.REQUIRES and (registers := grammar.xcomps_in(verb, WORDS.REGISTERS)):
        action = f"require to {grammar.lemma_of(registers[0])}"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, Direction.NEUTRAL, action, tuple(registers))
    named = [c for c in verb.children if c.dep_ == "dobj"]  # not "lists its goods as imports"
    refused = grammar.refused(verb)  # 'refuses to recognise them as refugees'
    recognises = lemma in WORDS.RECOGNISES or (lemma in WORDS.DESCRIBES and by_officials(verb))
    if lemma in WORDS.JUDGES and not judged_people(verb):
        return None  # 'prosecuted the drunk driver as a repeat offender', an NGO's 'deals with'
    acts = any(grammar.lemma_of(n) in WORDS.ACTS_JUDGED for n in named)  # 'treats crossing as'
    if recognises and (status or not named or acts or any(map(grammar.is_group, named))):
        roles = [
            r
            for o in [verb, *grammar.objects(verb)]
            for r in o.subtree
            if r.dep_ == "pobj" and grammar.lemma_of(r.head) == "as" and r.i > verb.i
        ]
        roles = [r for r in roles if grammar.own_words(r) & WORDS.ROLES]  # not 'the richest man'
        if roles or status:
            role = (roles or status)[0]
            if refused and not by_officials(verb.head):
                return None  # 'the club refuses to recognise him as captain'
            # 'stopped treating them as refugees'; not 'refused to stop treating them as'
            stopped = grammar.stopped(verb) and not grammar.refused(verb.head)
            negated = grammar.is_negated(verb) or refused or stopped
            ours = grammar.lemma_of(role) in WORDS.NATIONALS and grammar.lemmas(role) & WORDS.OWNED
            unlawful = grammar.own_words(role) & WORDS.UNLAWFUL  # not 'as illegal residents'
            protected = grammar.own_words(role) & WORDS.PROTECTED_ROLES and not unlawful
            good = bool(protected or ours) != negated
            prefix = f"{'not ' if negated else ''}{lemma}{' as' if roles else ''}"
            direction = Direction.PROTECTIVE if good else Direction.RESTRICTIVE
            action = f"{prefix} {grammar.phrase(role)}"
            things = [c for c in verb.children if c.dep_ == "nsubjpass" and not grammar.is_group(c)]
            if grammar.own_words(role) & (WORDS.LABELS | WORDS.CRIMES) - {"illegal"}:  # 'traitors'
                if any(grammar.lemma_of(t) not in WORDS.ACTS_JUDGED for t in things):
                    return None  # 'the case was handled as a crime'
                return Hit(Category.LABELING_CRIMINALIZATION, direction, action, (role,))
            return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, (role,))
    unrecognised = lemma in {"recognise", "recognize"} and (grammar.is_negated(verb) or refused)
    unrecognised = unrecognised and grammar.affects_group(verb)
    if unrecognised and by_officials(verb.head if refused else verb):
        # 'China does not recognize North Korean defectors' (as refugees, left unsaid)
        return Hit.restrictive(Category.RESIDENCY_LEGAL_STATUS, f"not {lemma} them")
    if lemma in WORDS.ALLOWS and (stay := allowed_stay(verb)) and by_officials(verb):
        negated = grammar.is_negated(verb)
        direction = Direction.RESTRICTIVE if negated else Direction.PROTECTIVE
        action = f"{'not ' if negated else ''}allow to {grammar.lemma_of(stay[0])}"
        return Hit(Category.RESIDENCY_LEGAL_STATUS, direction, action, tuple(stay))
    if (hit := claim_decided(verb)) is not None:  # 'rejected her asylum claim'
        return hit
    if lemma == "accept" and grammar.affects_group(verb):
        return Hit.protective(Category.RESIDENCY_LEGAL_STATUS, "accept defectors")
    return None


RULES: tuple[Rule, ...] = (
    denial,
    groundless,
    punishment,
    onward,
    handover,
    shares_files,
    made_to_leave,
    returns,
    exit_transfer_to_third_country,
    repatriation,
    put_aboard,
    goes_back_in_batch,
    status_held,
    detention_arrest,
    time_in_custody,
    defendant_punished,
    sweep,
    centres_filled,
    household_register,
    child_registered,
    legalised,
    outside_convention,
    asylum_access,
    monitors_barred,
    residency_legal_status,
    papers_conditions,  # 'her temporary papers were cancelled', 'must be carried at all times'
    papers_resumed,  # 'resumed processing work permits'
    accusation,
    campaign,
    labeling_criminalization,
    status_claim,
    not_qualified,
    no_such_act,
    standing_law,
    provision,
    habitual_return,
    return_readied,
    border_control,
    border_works,
    checks_made,
    diplomatic_request_protest,
    diplomatic_efforts,
    pledges,
    rations,
    family_pressure,
    informers,
    fines,
    other,
    scrutiny,
    home_visits,
    papers_kept,
    summoned,
    confined,
    ready_to_receive,
    official_action,
)


def read_action(token: Token) -> Hit | None:
    """Return the first rule family's reading of `token` as an official action."""
    hit = _first_reading(token)
    return stopped_reading(token, hit) if hit else None


def _first_reading(token: Token) -> Hit | None:
    """The first rule family's reading of `token`, with that family's name as its method."""
    if hit := imperative_request(token):  # '(b) Halt the returns', whatever its tag
        return replace(hit, method=imperative_request.__name__)
    if token.pos_ == "NOUN":
        hit = nominal(token)
        return replace(hit, method=nominal.__name__) if hit else None
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    rules = families_for(RULES, grammar.lemma_of(token))
    return next((replace(hit, method=r.__name__) for r in rules if (hit := r(token))), None)


def _no_longer(verb: Token) -> bool:
    """Tell whether the verb is said to have stopped: 'no longer renews their visas'."""
    return any(
        c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in verb.children
    )
