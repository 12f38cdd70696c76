"""Score a trained policy pipeline on held-out records: span overlap and sentence label sets.

Two measures, so the span and the sentence architectures can be compared on common ground:

- **span overlap** (spancat only): a predicted trigger is right when it overlaps a gold trigger
  with the same ``<category>/<direction>`` label; a gold trigger is found when some predicted
  trigger overlaps it with the same label. Gold triggers are the full, unclipped ones.
- **sentence level** (both): the sentence's predicted label set against its gold label set
  (spancat: the labels of its predicted spans; textcat: labels scoring ≥ the threshold). Micro
  P/R/F1 over (sentence, label) pairs, and the share of sentences whose set is exactly right
  (the empty set, "no event", included).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import spacy
from spacy.language import Language

from nkreports.tools.policy_model.convert import (
    BUILD_DIR,
    SPANS_KEY,
    Record,
    Trigger,
    read_records,
    split_ids,
)

TEXTCAT_THRESHOLD = 0.5


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 from counts (0.0 where undefined), rounded to 4 places."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "n_gold": n_gold}


def predict(nlp: Language, records: list[Record]) -> list[tuple[tuple[Trigger, ...], frozenset]]:
    """Per record: the predicted triggers (spancat) and the predicted sentence label set."""
    out = []
    for doc in nlp.pipe(r.text for r in records):
        if "spancat" in nlp.pipe_names:
            spans = tuple(
                Trigger(s.start_char, s.end_char, s.label_) for s in doc.spans.get(SPANS_KEY, [])
            )
            out.append((spans, frozenset(t.label for t in spans)))
        else:
            labels = frozenset(k for k, v in doc.cats.items() if v >= TEXTCAT_THRESHOLD)
            out.append(((), labels))
    return out


def _overlaps(a: Trigger, b: Trigger) -> bool:
    return a.label == b.label and a.start < b.end and b.start < a.end


def span_overlap_scores(records: list[Record], predicted: list[tuple[Trigger, ...]]) -> dict:
    """Span-overlap P/R/F1 per label and micro-averaged over all labels."""
    tp_pred, tp_gold, n_pred, n_gold = Counter(), Counter(), Counter(), Counter()
    for record, spans in zip(records, predicted, strict=True):
        for s in spans:
            n_pred[s.label] += 1
            tp_pred[s.label] += any(_overlaps(s, g) for g in record.triggers)
        for g in record.triggers:
            n_gold[g.label] += 1
            tp_gold[g.label] += any(_overlaps(s, g) for s in spans)
    labels = sorted(set(n_pred) | set(n_gold))
    per_label = {}
    for label in labels:
        scores = prf(tp_pred[label], n_pred[label], n_gold[label])
        scores["r"] = round(tp_gold[label] / n_gold[label], 4) if n_gold[label] else 0.0
        scores["f"] = _f(scores["p"], scores["r"])
        per_label[label] = scores
    p = sum(tp_pred.values()) / max(sum(n_pred.values()), 1)
    r = sum(tp_gold.values()) / max(sum(n_gold.values()), 1)
    micro = {"p": round(p, 4), "r": round(r, 4), "f": _f(p, r), "n_gold": sum(n_gold.values())}
    return {"micro": micro, "per_label": per_label}


def _f(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def sentence_scores(records: list[Record], predicted: list[frozenset]) -> dict:
    """Sentence-level label-set P/R/F1 (micro and per label) and exact-set accuracy."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    exact = 0
    for record, labels in zip(records, predicted, strict=True):
        exact += labels == record.labels
        for label in labels:
            n_pred[label] += 1
            tp[label] += label in record.labels
        for label in record.labels:
            n_gold[label] += 1
    per_label = {
        label: prf(tp[label], n_pred[label], n_gold[label])
        for label in sorted(set(n_pred) | set(n_gold))
    }
    micro = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {
        "micro": micro,
        "exact_set_accuracy": round(exact / len(records), 4),
        "per_label": per_label,
    }


def evaluate(nlp: Language, records: list[Record]) -> dict:
    """Both measures for one pipeline on the given records (span overlap only for spancat)."""
    predictions = predict(nlp, records)
    result = {"sentence": sentence_scores(records, [labels for _, labels in predictions])}
    if "spancat" in nlp.pipe_names:
        result["span_overlap"] = span_overlap_scores(records, [s for s, _ in predictions])
    return result


def dev_records() -> list[Record]:
    """The held-out dev records of the fixed split."""
    records = read_records()
    dev = set(split_ids(records).dev)
    return [r for r in records if r.id in dev]


def main() -> None:
    """CLI: score a pipeline directory on the held-out dev split and print the micro scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path, nargs="?", default=BUILD_DIR / "spancat" / "model-last")
    args = parser.parse_args()
    result = evaluate(spacy.load(args.model), dev_records())
    summary = {k: {"micro": v["micro"]} for k, v in result.items()}
    summary["sentence"]["exact_set_accuracy"] = result["sentence"]["exact_set_accuracy"]
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
