"""Score the candidate-trigger classifier on held-out records: trigger level and sentence level.

In come the records, their candidates (``candidates.candidates``) and one predicted label per
candidate; out come two measures:

- **trigger level**: a predicted non-``none`` candidate is right when it lies inside a gold
  trigger with the same ``<category>/<direction>``; a gold trigger is found when some predicted
  candidate inside it has its label. Micro and per-label P/R/F1 (``evaluate.span_overlap_scores``:
  a whole token inside a span is the same test as overlapping it, since every trigger falls on
  token boundaries). Several candidates inside one trigger each count toward precision.
- **sentence level**: the set of labels predicted for a sentence's candidates against its gold
  label set (``evaluate.sentence_scores``), the measure the first, sentence-level model reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from nkreports import schema
from nkreports.facts.policy import extract_policy_changes
from nkreports.facts.policy.changes import rule_readings
from nkreports.facts.policy.model import as_doc
from nkreports.pipeline import load_nlp
from nkreports.text import Body
from nkreports.tools.policy_model.candidates import NONE, Candidate
from nkreports.tools.policy_model.convert import Record, Trigger
from nkreports.tools.policy_model.evaluate import sentence_scores, span_overlap_scores
from nkreports.truecase import parse


def argmax_labels(nlp: Language, texts: Sequence[tuple[str, ...]]) -> list[str]:
    """The top-scoring textcat label of each feature text."""
    docs = (as_doc(nlp, words) for words in texts)
    return [max(doc.cats, key=doc.cats.get) for doc in nlp.pipe(docs, batch_size=256)]


def predict_split(
    category_nlp: Language, direction_nlp: Language, texts: Sequence[tuple[str, ...]]
) -> list[str]:
    """Category (or ``none``) from one classifier, then direction from the other for events."""
    categories = argmax_labels(category_nlp, texts)
    events = [t for t, cat in zip(texts, categories, strict=True) if cat != NONE]
    directions = iter(argmax_labels(direction_nlp, events))
    return [cat if cat == NONE else f"{cat}/{next(directions)}" for cat in categories]


def pipeline_scores(records: Sequence[Record]) -> dict:
    """The pipeline's own rows on the records, span overlap + label: rules alone, rules + model."""
    nlp = load_nlp()
    rows: dict[str, list[tuple[Trigger, ...]]] = {"rules": [], "rules_and_model": []}
    for record, doc in zip(records, parse(nlp, (r.text for r in records)), strict=True):
        article = schema.Article(record.id, record.text, Body.whole(record.text), None)
        found = {
            "rules": [r.row for r in rule_readings(doc, article, [], [])],
            "rules_and_model": extract_policy_changes(doc, article, [], []),
        }
        for name, found_rows in found.items():
            rows[name].append(
                tuple(Trigger(r.start, r.end, f"{r.category}/{r.direction}") for r in found_rows)
            )
    return {name: span_overlap_scores(list(records), triggers) for name, triggers in rows.items()}


def predicted_triggers(
    records: Sequence[Record], cands: Sequence[Candidate], labels: Sequence[str]
) -> list[tuple[Trigger, ...]]:
    """Per record, its candidates predicted as events, as one-token triggers."""
    by_record: dict[str, list[Trigger]] = {r.id: [] for r in records}
    for cand, label in zip(cands, labels, strict=True):
        if label != NONE:
            by_record[cand.record_id].append(Trigger(cand.start, cand.end, label))
    return [tuple(by_record[r.id]) for r in records]


def score(records: Sequence[Record], cands: Sequence[Candidate], labels: Sequence[str]) -> dict:
    """Trigger-level and sentence-level scores, plus candidate accuracy and the recall ceiling."""
    triggers = predicted_triggers(records, cands, labels)
    reachable = sum(
        any(c.label != NONE for c in cands if c.record_id == r.id and t.start <= c.start < t.end)
        for r in records
        for t in r.triggers
    )
    n_gold = sum(len(r.triggers) for r in records)
    right = sum(c.label == p for c, p in zip(cands, labels, strict=True))
    return {
        "trigger": span_overlap_scores(list(records), triggers),
        "sentence": sentence_scores(
            list(records), [frozenset(t.label for t in ts) for ts in triggers]
        ),
        "candidates": {
            "n": len(cands),
            "accuracy": round(right / len(cands), 4),
            "gold_triggers_with_a_candidate": reachable,
            "gold_triggers": n_gold,
        },
    }
