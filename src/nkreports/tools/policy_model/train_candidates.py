"""Rebuild the shipped policy model: candidates → train → evaluate → package, fixed seed.

1. parse every corpus sentence with the pipeline's model and list its candidates with their
   feature texts (``candidates``), on the fixed split of ``convert.split_ids`` (held-out sentences
   stay held out: candidates inherit their sentence's side and CV fold).
2. train each setup of ``SETUPS`` on the training split: a category (or "none") classifier, then
   a direction classifier on the events, each one ``spacy train`` run.
3. score every setup on the held-out split (``evaluate_candidates``); the kept setup (``KEPT``)
   is also scored on the five CV folds of the training split.
4. package the kept setup to ``nkreports/resources/policy_model/{category,direction}``, then score
   the pipeline's own rows on the held-out sentences: the rules alone, and rules + model.
   Everything goes to ``metrics_candidates.json`` beside this module.
"""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from nkreports.facts.policy.model import TARGETS, as_doc
from nkreports.schema import Category, Direction
from nkreports.tools.policy_model import convert as conv
from nkreports.tools.policy_model import evaluate_candidates as ev
from nkreports.tools.policy_model.candidates import NONE, Candidate, record_candidates
from nkreports.tools.policy_model.train import (
    PACKAGE_DIR,
    cross_validate,
    model_version,
    package,
    train_run,
)

HERE = Path(__file__).parent
BUILD = conv.BUILD_DIR / "candidates"
METRICS = HERE / "metrics_candidates.json"
DECISION_METRIC = "trigger-level micro F1 of <category>/<direction> on the held-out dev split"


@dataclass(frozen=True)
class Setup:
    """One way to train the candidate classifier."""

    config: Path
    rule_features: bool  # the candidate text carries the rules' reading (else ``Candidate.bare``)


SETUPS = {
    "stacked": Setup(HERE / "configs" / "stacked.cfg", True),
    "without_rules": Setup(HERE / "configs" / "stacked.cfg", False),
    "stacked_ensemble": Setup(HERE / "configs" / "candidates.cfg", True),
}
KEPT = "stacked"


def target_classes(target: str) -> tuple[str, ...]:
    """Every class of one run, from the codebook (so train and dev files share one label set)."""
    if target == "category":
        return (*(c.value for c in Category), NONE)
    return tuple(d.value for d in Direction)


def target_label(label: str, target: str) -> str | None:
    """The candidate's class for one run; None drops it (the direction run sees only events)."""
    if label == NONE:
        return NONE if target == "category" else None
    category, direction = label.split("/")
    return category if target == "category" else direction


def write_docbin(nlp, cands: list[Candidate], setup: Setup, target: str, path: Path) -> int:
    """One Doc per kept candidate, its class one-hot in ``doc.cats``; return the count."""
    labels = target_classes(target)
    docs = []
    for cand in cands:
        label = target_label(cand.label, target)
        if label is None:
            continue
        doc = as_doc(nlp, cand.text if setup.rule_features else cand.bare)
        doc.cats = {x: float(x == label) for x in labels}
        docs.append(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return len(docs)


def jobs_for(name: str, cands: dict, train_ids, dev_ids, tag: str) -> dict:
    """Write the DocBins of one setup on one split; return the training jobs by run name."""
    nlp = conv.tokenizer()
    setup = SETUPS[name]
    jobs = {}
    for target in TARGETS:
        run = f"{tag}/{name}/{target}"
        paths = {}
        for side, ids in (("train", train_ids), ("dev", dev_ids)):
            paths[side] = BUILD / run / f"{side}.spacy"
            write_docbin(nlp, [c for i in ids for c in cands[i]], setup, target, paths[side])
        jobs[run] = (setup.config, paths["train"], paths["dev"], BUILD / run / "out")
    return jobs


def train_all(jobs: dict) -> dict[str, float]:
    """Train every job on the CPU, two at a time; return the seconds of each."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {run: pool.submit(train_run, *job) for run, job in jobs.items()}
        return {run: f.result() for run, f in futures.items()}


def predict(name: str, run_dir: Path, cands: list[Candidate]) -> list[str]:
    """One label per candidate from the trained category and direction runs of a setup."""
    category, direction = (spacy.load(run_dir / t / "out" / "model-last") for t in TARGETS)
    texts = [c.text if SETUPS[name].rule_features else c.bare for c in cands]
    return ev.predict_split(category, direction, texts)


def run() -> dict:
    """The whole rebuild; returns the metrics also written to ``metrics_candidates.json``."""
    records = conv.read_records()
    split = conv.split_ids(records)
    by_id = {r.id: r for r in records}
    dev = [by_id[i] for i in split.dev]
    cands = record_candidates(records)
    jobs = {}
    for name in SETUPS:
        jobs |= jobs_for(name, cands, split.train, split.dev, "heldout")
    for k, fold in enumerate(split.folds):
        train_ids = [i for i in split.train if i not in set(fold)]
        jobs |= jobs_for(KEPT, cands, train_ids, fold, f"cv{k}")
    seconds = train_all(jobs)
    dev_cands = [c for r in dev for c in cands[r.id]]
    held_out = {
        name: ev.score(dev, dev_cands, predict(name, BUILD / "heldout" / name, dev_cands))
        for name in SETUPS
    }
    folds = []
    for k, fold in enumerate(split.folds):
        fold_records = [by_id[i] for i in fold]
        fold_cands = [c for r in fold_records for c in cands[r.id]]
        labels = predict(KEPT, BUILD / f"cv{k}" / KEPT, fold_cands)
        folds.append(ev.score(fold_records, fold_cands, labels))
    configs = sorted({s.config for s in SETUPS.values()})
    metrics = {
        "model_version": model_version(configs, conv.corpus_files()),
        "seed": conv.SEED,
        "spacy_version": spacy.__version__,
        "setups": {
            n: {"config": s.config.name, "rule_features": s.rule_features}
            for n, s in SETUPS.items()
        },
        "kept_setup": KEPT,
        "decision_metric": DECISION_METRIC,
        "candidates": {
            side: {
                "n": len(cs := [c for i in ids for c in cands[i]]),
                "events": sum(c.label != NONE for c in cs),
            }
            for side, ids in (("train", split.train), ("dev", split.dev))
        },
        "held_out": held_out,
        "cross_validation": cross_validate(folds, ("trigger", "sentence")),
        "training_seconds": seconds,
    }
    metrics["model_bytes"] = sum(
        package(
            BUILD / "heldout" / KEPT / t / "out" / "model-last",
            metrics["model_version"],
            PACKAGE_DIR / t,
        )
        for t in TARGETS
    )
    metrics["pipeline_rows"] = ev.pipeline_scores(dev)
    METRICS.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return metrics


def main() -> None:
    """CLI: rebuild and print the headline numbers."""
    metrics = run()
    for name, result in metrics["held_out"].items():
        print(name, {k: result[k]["micro"] for k in ("trigger", "sentence")})
    print("pipeline rows", {k: v["micro"] for k, v in metrics["pipeline_rows"].items()})
    print("cv", metrics["cross_validation"])
    print("bytes", metrics["model_bytes"], "seconds", metrics["training_seconds"])


if __name__ == "__main__":
    main()
