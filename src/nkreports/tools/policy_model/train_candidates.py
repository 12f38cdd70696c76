"""Rebuild the candidate-trigger classifier: parse → candidates → train → evaluate → package.

1. parse every corpus sentence with the pinned model and list its candidate triggers
   (``candidates``), on the fixed split of ``convert.split_ids`` (held-out sentences stay
   held out: candidates inherit their sentence's side and CV fold).
2. train ``configs/candidates.cfg`` (one exclusive textcat, fixed seed) for each setup in
   ``SETUPS``: the joint ``<category>/<direction>`` label, or category and direction as two runs;
   the candidate marked in the whole sentence or in a window of tokens either side.
3. score every setup on the held-out split (``evaluate_candidates``); the best by trigger-level
   micro F1 is also trained and scored on the five CV folds of the training split.
4. package the best setup's pipeline(s) to ``nkreports/resources/policy_model/candidates/`` and
   write ``metrics_candidates.json`` beside this module.
"""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from nkreports.schema import Category, Direction
from nkreports.tools.policy_model import convert as conv
from nkreports.tools.policy_model import evaluate_candidates as ev
from nkreports.tools.policy_model.candidates import NONE, Candidate, candidates, parse
from nkreports.tools.policy_model.train import (
    PACKAGE_DIR,
    cross_validate,
    model_version,
    package,
    train_run,
)

HERE = Path(__file__).parent
CONFIG = HERE / "configs" / "candidates.cfg"
BUILD = conv.BUILD_DIR / "candidates"
METRICS = HERE / "metrics_candidates.json"
OUT = PACKAGE_DIR / "candidates"
TARGETS = {"joint": ("joint",), "split": ("category", "direction")}
DECISION_METRIC = "trigger-level micro F1 of <category>/<direction> on the held-out dev split"


@dataclass(frozen=True)
class Setup:
    """One way to train the candidate classifier."""

    target: str  # "joint" or "split"
    window: int | None  # tokens either side of the candidate; None = the whole sentence


SETUPS = {
    "joint_sentence": Setup("joint", None),
    "joint_window5": Setup("joint", 5),
    "split_sentence": Setup("split", None),
    "split_window5": Setup("split", 5),
}


def target_classes(target: str) -> tuple[str, ...]:
    """Every class of one run, from the codebook (so train and dev files share one label set)."""
    if target == "joint":
        return (*conv.LABELS, NONE)
    if target == "category":
        return (*(c.value for c in Category), NONE)
    return tuple(d.value for d in Direction)


def target_label(label: str, target: str) -> str | None:
    """The candidate's class for one run; None drops it (the direction run sees only events)."""
    if target == "joint":
        return label
    if label == NONE:
        return NONE if target == "category" else None
    category, direction = label.split("/")
    return category if target == "category" else direction


def write_docbin(nlp, cands: list[Candidate], target: str, path: Path) -> int:
    """One Doc per kept candidate, its class one-hot in ``doc.cats``; return the count."""
    kept = [(c, lab) for c in cands if (lab := target_label(c.label, target)) is not None]
    labels = target_classes(target)
    docs = []
    for cand, lab in kept:
        doc = nlp.make_doc(cand.text)
        doc.cats = {x: float(x == lab) for x in labels}
        docs.append(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return len(docs)


def build_candidates(records: list[conv.Record], window: int | None) -> dict[str, list[Candidate]]:
    """Every record's candidates, by record id."""
    docs = parse(r.text for r in records)
    return {r.id: candidates(doc, r, window) for r, doc in zip(records, docs, strict=True)}


def jobs_for(name: str, setup: Setup, cands: dict, train_ids, dev_ids, tag: str) -> dict:
    """Write the DocBins of one setup on one split; return the training jobs by run name."""
    nlp = conv.tokenizer()
    jobs = {}
    for target in TARGETS[setup.target]:
        run = f"{tag}/{name}/{target}"
        paths = {}
        for side, ids in (("train", train_ids), ("dev", dev_ids)):
            paths[side] = BUILD / run / f"{side}.spacy"
            write_docbin(nlp, [c for i in ids for c in cands[i]], target, paths[side])
        jobs[run] = (CONFIG, paths["train"], paths["dev"], BUILD / run / "out")
    return jobs


def train_all(jobs: dict) -> dict[str, float]:
    """Train every job on the CPU, two at a time; return the seconds of each."""
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {run: pool.submit(train_run, *job) for run, job in jobs.items()}
        return {run: f.result() for run, f in futures.items()}


def predict(setup: Setup, run_dir: Path, cands: list[Candidate]) -> list[str]:
    """One label per candidate from the trained run(s) of a setup."""
    nlps = [spacy.load(run_dir / t / "out" / "model-last") for t in TARGETS[setup.target]]
    if setup.target == "joint":
        return ev.predict_joint(nlps[0], cands)
    return ev.predict_split(nlps[0], nlps[1], cands)


def run(setups: dict[str, Setup] = SETUPS, folds: bool = True) -> dict:
    """The whole rebuild; returns the metrics also written to ``metrics_candidates.json``."""
    records = conv.read_records()
    split = conv.split_ids(records)
    by_id = {r.id: r for r in records}
    dev = [by_id[i] for i in split.dev]
    by_window = {w: build_candidates(records, w) for w in {s.window for s in setups.values()}}
    jobs = {}
    for name, setup in setups.items():
        cands = by_window[setup.window]
        jobs |= jobs_for(name, setup, cands, split.train, split.dev, "heldout")
    seconds = train_all(jobs)
    held_out = {}
    for name, setup in setups.items():
        dev_cands = [c for r in dev for c in by_window[setup.window][r.id]]
        labels = predict(setup, BUILD / "heldout" / name, dev_cands)
        held_out[name] = ev.score(dev, dev_cands, labels)
    best = max(held_out, key=lambda n: held_out[n]["trigger"]["micro"]["f"])
    setup = setups[best]
    cands = by_window[setup.window]
    metrics = {
        "model_version": model_version([CONFIG], conv.corpus_files()),
        "seed": conv.SEED,
        "spacy_version": spacy.__version__,
        "config": "configs/candidates.cfg",
        "setups": {n: {"target": s.target, "window": s.window} for n, s in setups.items()},
        "best_setup": best,
        "decision_metric": DECISION_METRIC,
        "candidates": {
            side: {
                "n": len(cs := [c for i in ids for c in cands[i]]),
                "events": sum(c.label != NONE for c in cs),
            }
            for side, ids in (("train", split.train), ("dev", split.dev))
        },
        "held_out": held_out,
    }
    if folds:
        cv_jobs = {}
        for k, fold in enumerate(split.folds):
            train_ids = [i for i in split.train if i not in set(fold)]
            cv_jobs |= jobs_for(best, setup, cands, train_ids, fold, f"cv{k}")
        seconds |= train_all(cv_jobs)
        results = []
        for k, fold in enumerate(split.folds):
            fold_records = [by_id[i] for i in fold]
            fold_cands = [c for r in fold_records for c in cands[r.id]]
            labels = predict(setup, BUILD / f"cv{k}" / best, fold_cands)
            results.append(ev.score(fold_records, fold_cands, labels))
        metrics["cross_validation"] = cross_validate(results, ("trigger", "sentence"))
    metrics["training_seconds"] = seconds
    metrics["model_bytes"] = sum(
        package(
            BUILD / "heldout" / best / t / "out" / "model-last",
            metrics["model_version"],
            {},
            OUT / t,
        )
        for t in TARGETS[setup.target]
    )
    METRICS.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    return metrics


def main() -> None:
    """CLI: rebuild and print the headline numbers."""
    metrics = run()
    for name, result in metrics["held_out"].items():
        print(name, {k: result[k]["micro"] for k in ("trigger", "sentence")})
    print("cv", metrics.get("cross_validation"))
    print("bytes", metrics["model_bytes"], "seconds", metrics["training_seconds"])


if __name__ == "__main__":
    main()
