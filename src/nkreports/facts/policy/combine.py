"""Rules and model together: the rows of policy_changes.csv.

The rule families read triggers (`changes.rule_readings`) and every reading is a row (`method` its
family). The trained model (`model`) then reads every candidate, with the rules' readings among
its features.

- Where the rules are weakest it may relabel their row (`method` "model", `confidence` its
  probability) when it is at least `RELABEL_AT` sure: the catch-all family's category and
  direction, and the direction of a request whose aim the rules did not find. A catch-all row
  that says no more than 'other', 'neutral' takes its category from `VAGUE_AT`, and goes when
  the model finds no action in it with probability at least `DROP_AT`.
- It adds what the rules missed: a candidate outside every rule reading that it finds an official
  action with probability at least `ADD_AT` becomes a row of its own, unless a candidate it
  depends on already did with the same category. The rules' helpers give its mention, actor and
  certainty; a hypothetical or fear (no certainty) is left out.

The thresholds were chosen on the development reports (README, "Policy changes"): `ADD_AT` where
recall rose with precision held on the synthetic development sets; relabelling any other
family's rows, or below `RELABEL_AT`, lost more than it gained; the vague rows it relabelled
from `VAGUE_AT`, or dropped from `DROP_AT`, were all wrong as they stood.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from nkreports import schema
from nkreports.facts.policy import model
from nkreports.facts.policy.actors import resolve_actor
from nkreports.facts.policy.aims import NO_AIM_FOR_PEOPLE
from nkreports.facts.policy.changes import certainty, policy_row, rule_readings, tight_span
from nkreports.facts.policy.denials import denied_contents
from nkreports.facts.policy.grammar import Hit
from nkreports.facts.policy.imperatives import asked_by_others, opens_requests, reported_within
from nkreports.facts.policy.model import NONE, Reading, Verdict
from nkreports.facts.policy.participles import compound_head, inside_a_request
from nkreports.schema import MODEL_METHOD, Category, Direction

ADD_AT = 0.5  # the least probability at which the model's own action becomes a row
RELABEL_AT = 0.5  # the least probability at which the model relabels a rule row
VAGUE_AT = 0.3  # the same for a catch-all row that says no more than 'other', 'neutral'
DROP_AT = 0.75  # the least probability of 'no action' at which such a vague row is dropped
CATCH_ALL = "official_action"
ASKS = Category.DIPLOMATIC_REQUEST_PROTEST  # the rule family that reads a verb's lemma alone


def extract_policy_changes(
    doc: Doc,
    article: schema.Article,
    dates: list[schema.DateMention],
    places: list[schema.Place],
) -> list[schema.PolicyChange]:
    """Every reported official action in the body, with actor, category, direction and certainty."""
    readings = rule_readings(doc, article, dates, places)
    denied = denied_contents(readings)
    by_sentence: dict[int, list[Reading]] = {}
    for reading in readings:
        by_sentence.setdefault(reading.trigger.sent.start, []).append(reading)
    found = [  # the candidates whose verdict can change a row: outside every reading, every
        # denied report and every unofficial request, or the trigger of a reading the model may
        # relabel
        (sent, token, reading)
        for sent in doc.sents
        for asked in [asked_by_others(sent)]
        for token, reading in model.candidates(sent, by_sentence.get(sent.start, []))
        if (
            reading is None
            and token.i not in denied
            and (not asked or reported_within(token))
            and not opens_requests(token)
        )
        or (reading is not None and reading.trigger.i == token.i and _relabellable(reading.row))
    ]
    texts = [model.features(t, r.row if r else None) for _, t, r in found]
    verdicts = model.load_model().classify(texts)
    judged = {
        token.i: verdict
        for (_, token, reading), verdict in zip(found, verdicts, strict=True)
        if reading is not None and reading.trigger.i == token.i
    }
    readings = [
        replace(r, row=_relabelled(r.row, judged.get(r.trigger.i)))
        for r in readings
        if not _dropped(r.row, judged.get(r.trigger.i))
    ]
    rows = [r.row for r in readings]
    rows += _new_rows(article, found, verdicts, readings, (dates, places))
    return sorted(rows, key=lambda row: (row.start, row.end))


def _relabellable(row: schema.PolicyChange) -> bool:
    """Tell whether the model may relabel a rule row: the catch-all's, or an aimless request.

    A request read as asking access or figures has an aim the rules found: it stays neutral.
    """
    aimless = (
        row.category == Category.DIPLOMATIC_REQUEST_PROTEST
        and row.direction == Direction.NEUTRAL
        and not row.action.endswith(NO_AIM_FOR_PEOPLE)
    )
    return row.method == CATCH_ALL or aimless


def _vague(row: schema.PolicyChange) -> bool:
    """Tell whether a row is the catch-all's 'an official did something to people' and no more."""
    vague = (Category.OTHER, Direction.NEUTRAL)
    return row.method == CATCH_ALL and (row.category, row.direction) == vague


def _dropped(row: schema.PolicyChange, verdict: Verdict | None) -> bool:
    """Tell whether the model, surely, finds no action where the catch-all read a vague one."""
    return (
        verdict is not None
        and _vague(row)
        and verdict.category == NONE
        and verdict.confidence >= DROP_AT
    )


def _relabelled(row: schema.PolicyChange, verdict: Verdict | None) -> schema.PolicyChange:
    """A rule row the model reads otherwise, surely, where the rules are weakest.

    The catch-all family (`official_action`, which reads a verb's lemma alone) takes the model's
    category and direction (from `VAGUE_AT` when its row is only 'other', 'neutral'); a request
    whose aim the rules did not find (neutral) takes the model's direction. Every other rule row
    stays as the rules read it.
    """
    least = VAGUE_AT if _vague(row) else RELABEL_AT
    if verdict is None or verdict.category == NONE or verdict.confidence < least:
        return row
    if row.method == CATCH_ALL and (verdict.category, verdict.direction) != (
        row.category,
        row.direction,
    ):
        category, direction = Category(verdict.category), Direction(verdict.direction)
    elif (
        row.category == Category.DIPLOMATIC_REQUEST_PROTEST == verdict.category
        and row.direction == Direction.NEUTRAL != verdict.direction
    ):
        category, direction = row.category, Direction(verdict.direction)
    else:
        return row
    confidence = round(verdict.confidence, 4)
    return replace(
        row, category=category, direction=direction, method=MODEL_METHOD, confidence=confidence
    )


def _new_rows(
    article: schema.Article,
    found: list[tuple[Span, Token, Reading | None]],
    verdicts: list[Verdict],
    readings: list[Reading],
    links: tuple[list[schema.DateMention], list[schema.Place]],
) -> list[schema.PolicyChange]:
    """Rows for the model's actions outside every rule reading and under none of the same kind."""
    actions = {
        token.i: verdict
        for (_, token, reading), verdict in zip(found, verdicts, strict=True)
        if reading is None and verdict.category != NONE and verdict.confidence >= ADD_AT
    }
    ruled = {r.trigger.i: Verdict(r.row.category, r.row.direction, 1.0) for r in readings}
    rows = []
    for sent, token, _ in found:
        verdict = actions.get(token.i)
        if verdict is None or _governed(token, verdict, actions | ruled):
            continue
        asks = {i for i, v in (actions | ruled).items() if v.category == ASKS}
        asks |= {compound_head(token.doc[i]).i for i in asks}  # as `participles.without_naming`
        if inside_a_request(token, asks, set(actions | ruled)):
            continue
        sure = certainty(token)
        if sure is None:
            continue
        hit = Hit(
            Category(verdict.category),
            Direction(verdict.direction),
            token.lemma_.lower(),
            method=MODEL_METHOD,
        )
        last = next(
            (r.row for r in reversed(readings) if r.trigger.i < token.i and r.row.actor_country),
            None,
        )
        actor = resolve_actor(
            token, links[1], article, (last.actor, last.actor_country) if last else ("unknown", "")
        )
        span = tight_span(token, hit)
        rows.append(
            policy_row(article, sent, span, hit, sure, actor, links, round(verdict.confidence, 4))
        )
    return rows


def _governed(token: Token, verdict: Verdict, actions: dict[int, Verdict]) -> bool:
    """Tell whether a head of the token is itself an action of the same category.

    'held at a detention centre' is one detention, whether the rules or the model read 'held'.
    """
    return any(
        a.i in actions and actions[a.i].category == verdict.category for a in token.ancestors
    )
