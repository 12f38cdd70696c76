"""Candidate triggers of the corpus sentences, built exactly as the pipeline builds them.

Each sentence is parsed by the pipeline's own model (``pipeline.load_nlp``), read by the rule
families (``changes.rule_readings``), and its candidates and their feature texts come from
``facts.policy.model`` (``candidates``, ``features``): training and run time share one definition.

Labelling rule: a candidate is positive when its token lies wholly inside a gold trigger span; it
then takes that trigger's ``<category>/<direction>``. Every candidate inside the span is positive,
not only the span's syntactic head: in "asked Beijing not to send the group back" both "asked" and
"send" read as the request (the features tell the classifier which token it is looking at), and
labelling "send" ``none`` there would teach the model that "send" is never an action. Other
candidates are ``NONE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from nkreports import schema
from nkreports.facts.policy import model
from nkreports.facts.policy.changes import rule_readings
from nkreports.facts.policy.denials import denied_contents
from nkreports.pipeline import load_nlp
from nkreports.text import Body
from nkreports.tools.policy_model.convert import Record, Trigger
from nkreports.truecase import parse

NONE = model.NONE


@dataclass(frozen=True)
class Candidate:
    """One candidate trigger token of a sentence: its offsets, feature text and gold label."""

    record_id: str
    start: int  # character offsets of the token in the sentence
    end: int
    text: tuple[str, ...]  # the classifier's input words (``model.features``)
    bare: tuple[str, ...]  # the same without the rules' reading, for the ablation
    label: str  # "<category>/<direction>" or NONE


def gold_label(token: Token, triggers: Sequence[Trigger]) -> str:
    """The label of the first gold trigger that wholly contains the token, else ``NONE``."""
    end = token.idx + len(token)
    for trigger in triggers:
        if trigger.start <= token.idx and end <= trigger.end:
            return trigger.label
    return NONE


def doc_candidates(doc: Doc, record: Record) -> list[Candidate]:
    """The record's candidates from its parsed doc, as the pipeline would read them."""
    article = schema.Article(record.id, record.text, Body.whole(record.text), None)
    readings = rule_readings(doc, article, [], [])
    denied = denied_contents(readings)  # no candidate inside a denied report, as in `combine`
    return [
        Candidate(
            record.id,
            token.idx,
            token.idx + len(token),
            model.features(token, reading.row if reading else None),
            model.features(token, None),
            gold_label(token, record.triggers),
        )
        for sent in doc.sents
        for token, reading in model.candidates(sent, readings)
        if reading is not None or token.i not in denied
    ]


def record_candidates(records: Sequence[Record]) -> dict[str, list[Candidate]]:
    """Every record's candidates, by record id."""
    nlp = load_nlp()
    docs = parse(nlp, (r.text for r in records))
    return {r.id: doc_candidates(doc, r) for r, doc in zip(records, docs, strict=True)}
