"""The first comparison: sentence-level textcat against spancat, with a fixed seed (not shipped).

1. convert: ``corpus/*.jsonl`` → DocBins in ``build/corpus`` (fixed split, see ``convert``).
2. train: ``configs/config.cfg`` (the kept architecture) and every ``configs/compare_*.cfg`` on
   the training split, on the CPU, two runs at a time.
3. evaluate: every run on the held-out dev split (``evaluate``); the kept config is also trained
   and scored on the five CV folds of the training split.
4. record: the scores go to ``metrics.json`` beside this module. The shipped model is the
   candidate classifier of ``train_candidates``, which reuses ``package`` and ``train_run``.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import statistics
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import spacy
from thinc.api import Config

from nkreports.paths import RESOURCES
from nkreports.tools.policy_model import convert as conv
from nkreports.tools.policy_model.evaluate import evaluate

HERE = Path(__file__).parent
CONFIGS = HERE / "configs"
KEPT = CONFIGS / "config.cfg"
METRICS = HERE / "metrics.json"
PACKAGE_DIR = RESOURCES / "policy_model"
PIPELINE_FILES = ("config.cfg", "meta.json", "tokenizer", "vocab")
DECISION_METRIC = "sentence-level micro F1 of <category>/<direction> on the held-out dev split"


def model_version(configs: list[Path], corpus: list[Path]) -> str:
    """A digest of the configs and the corpus files: any edit to either changes the version."""
    digest = hashlib.sha256()
    for path in [*configs, *corpus]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def train_run(config: Path, train: Path, dev: Path, output: Path) -> float:
    """Train one pipeline with ``spacy train`` on the CPU; return the seconds taken."""
    from spacy.cli.train import train as spacy_train

    started = time.perf_counter()
    overrides = {"paths.train": str(train), "paths.dev": str(dev)}
    spacy_train(config, output, overrides=overrides, use_gpu=-1)
    return round(time.perf_counter() - started, 1)


def micro_f(result: dict) -> float:
    """The decision score: sentence-level micro F1."""
    return result["sentence"]["micro"]["f"]


def cross_validate(results: list[dict], measures: tuple[str, ...] = ()) -> dict:
    """Mean and sample sd over the folds of the micro F1 of `measures` (default: every one)."""
    summary = {}
    for measure in measures or tuple(results[0]):
        scores = [r[measure]["micro"]["f"] for r in results]
        summary[measure] = {
            "f_per_fold": scores,
            "f_mean": round(statistics.mean(scores), 4),
            "f_sd": round(statistics.stdev(scores), 4),
        }
    return summary


def portable_config(path: Path) -> None:
    """Blank the training corpus paths of a packaged config: they name this machine's build."""
    config = Config().from_disk(path, interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config.to_disk(path)


def package(model_dir: Path, version: str, out: Path) -> int:
    """Copy only the pipeline's files to ``out`` and stamp the version; return the bytes."""
    nlp = spacy.load(model_dir)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name in (*PIPELINE_FILES, *nlp.pipe_names):
        source = model_dir / name
        copy = shutil.copytree if source.is_dir() else shutil.copy2
        copy(source, out / name)
    portable_config(out / "config.cfg")
    meta = json.loads((out / "meta.json").read_text())
    # spaCy's own scores are exact-match on the dev corpus it was given; ours are in the metrics.
    meta.pop("performance", None)
    meta |= {"name": "nkreports_policy", "version": f"0.1.0+{version}"}
    (out / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return sum(p.stat().st_size for p in out.rglob("*") if p.is_file())


def run(build: Path = conv.BUILD_DIR) -> dict:
    """The whole rebuild; returns the metrics written beside the packaged model."""
    corpus_dir = build / "corpus"
    counts = conv.convert(out_dir=corpus_dir)
    records = conv.read_records()
    split = conv.split_ids(records)
    by_id = {r.id: r for r in records}
    configs = [KEPT, *sorted(CONFIGS.glob("compare_*.cfg"))]
    jobs = {c.stem: (c, corpus_dir / "train.spacy", corpus_dir / "dev.spacy") for c in configs}
    for k in range(conv.N_FOLDS):
        jobs[f"cv{k}"] = (KEPT, corpus_dir / f"cv{k}/train.spacy", corpus_dir / f"cv{k}/dev.spacy")
    with ProcessPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(train_run, *job, build / name) for name, job in jobs.items()}
        seconds = {name: f.result() for name, f in futures.items()}
    dev = [by_id[i] for i in split.dev]
    held_out = {c.stem: evaluate(spacy.load(build / c.stem / "model-last"), dev) for c in configs}
    folds = [
        evaluate(spacy.load(build / f"cv{k}" / "model-last"), [by_id[i] for i in fold])
        for k, fold in enumerate(split.folds)
    ]
    kept_wins = all(micro_f(held_out["config"]) >= micro_f(v) for v in held_out.values())
    metrics = {
        "model_version": model_version(configs, conv.corpus_files()),
        "seed": conv.SEED,
        "spacy_version": spacy.__version__,
        "kept_config": "configs/config.cfg",
        "kept_scores_best": kept_wins,
        "decision_metric": DECISION_METRIC,
        "corpus": counts,
        "held_out": held_out,
        "cross_validation": cross_validate(folds),
        "training_seconds": seconds,
    }
    METRICS.write_text(json.dumps(metrics, indent=2, sort_keys=True) + "\n")
    if not kept_wins:
        print("WARNING: a compared architecture beat configs/config.cfg on the dev split")
    return metrics


def main() -> None:
    """CLI: rebuild and print the headline numbers."""
    metrics = run()
    for name, result in metrics["held_out"].items():
        print(name, {k: v["micro"] for k, v in result.items()})
    print("cv", {k: (v["f_mean"], v["f_sd"]) for k, v in metrics["cross_validation"].items()})
    print("seconds", metrics["training_seconds"])


if __name__ == "__main__":
    main()
