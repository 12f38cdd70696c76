"""Corpus part 15: the spent blind sets' gold, one record per sentence of each report's body.

A blind set is written by annotators who never see the code or the corpus, scored once, and
then kept for development (README, "Evaluation sets"). Its reports are synthetic and coded to
the same conventions as the sets still to come, so once spent it is training data of the kind
the model meets at run time: whole reports, headlines, page text, most sentences no event.

Each report is cleaned and split into sentences exactly as the pipeline does; a gold quote,
resolved in the raw file as the evaluation resolves it, becomes a trigger of the sentence that
holds it (a quote in removed page furniture or across two sentences is skipped and counted).
A sentence with no gold event is a negative (`context`). A sentence that shares 80 % of its
words with a sentence of another part is left out (``diversity.near_duplicates``); of two such
sentences within part 15 the one with fewer events goes (a headline, not the lede that codes it),
or else the later. Each pair drops one sentence, so a sentence close to two others may lose both.

Only the sets named in ``SPENT`` are read, so a new blind set is never trained on by accident.
Run `make corpus-sets` (``python -m nkreports.tools.policy_model.from_sets``) to rebuild it.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from nkreports.evaluation.gold import Mention, gold_mentions
from nkreports.ingest.reports import load_task, plan
from nkreports.pipeline import load_nlp
from nkreports.schema import Article
from nkreports.tools.policy_model.convert import CORPUS_DIR, Record, Trigger, read_records
from nkreports.tools.policy_model.diversity import near_duplicates
from nkreports.truecase import parse

TESTS_DIR = Path(__file__).parents[4] / "tests"
PART = "part15"
SPENT = tuple(f"policy_blind{n}" for n in ("", *range(2, 23)))
EVENT_FIELDS = ("category", "direction", "certainty", "actor_country")


def body_offsets(article: Article) -> dict[int, int]:
    """Raw offset -> body offset of every body character that copies one raw character."""
    body, where = article.body, {}
    for i in range(len(body.text)):
        start, end = body.to_raw(i, i + 1)
        if end - start == 1:
            where.setdefault(start, i)
    return where


def report_records(
    set_name: str, article: Article, mentions: list[Mention], stats: Counter
) -> Iterator[dict]:
    """The report's sentences as corpus records, each with the gold triggers it holds."""
    doc = next(parse(load_nlp(), [article.body.text]))
    where = body_offsets(article)
    events: dict[int, list[dict]] = {}
    for mention in mentions:
        first, last = where.get(mention.start), where.get(mention.end - 1)
        if first is None or last is None:  # in removed furniture, or ends on a decoded entity
            stats["quotes not copied as they are into the body"] += 1
            continue
        sent = doc[doc.char_span(first, last + 1, alignment_mode="expand").start].sent
        if last + 1 > sent.end_char:
            stats["quotes across two sentences"] += 1
            continue
        event = {"start": first - sent.start_char, "end": last + 1 - sent.start_char}
        events.setdefault(sent.start, []).append(
            event | {k: mention.attrs[k] for k in EVENT_FIELDS}
        )
    name = f"{set_name}-{article.report_id}"
    for k, sent in enumerate(doc.sents):
        text = sent.text.rstrip()
        if not any(c.isalpha() for c in text):
            continue
        lead = len(text) - len(text.lstrip())
        triggers = [
            e | {"start": e["start"] - lead, "end": e["end"] - lead}
            for e in events.get(sent.start, [])
            if e["end"] - lead <= len(text.lstrip())  # not one the stripped text cuts
        ]
        yield {
            "id": f"{name}-{k:03d}",
            "doc": name,
            "text": text.lstrip(),
            "events": sorted(triggers, key=lambda e: (e["start"], e["end"])),
            "negative": None if triggers else "context",
            "tags": [],
            "style": "blind_set",
        }


def set_records(tests_dir: Path, set_name: str, stats: Counter) -> Iterator[dict]:
    """Every record of one spent blind set, report by report in file order."""
    root = tests_dir / set_name
    gold = pd.read_csv(root / "gold" / "policy_changes.csv", dtype=str, keep_default_na=False)
    by_report: dict[str, list[Mention]] = {}
    for mention in gold_mentions(gold, root / "reports"):
        by_report.setdefault(mention.report_id, []).append(mention)
    for task in plan(root / "reports"):
        article = load_task(task).article
        if article is None:
            raise ValueError(f"{task.path}: a blind set's report could not be read")
        stats["gold events"] += len(by_report.get(task.report_id, []))
        yield from report_records(set_name, article, by_report.get(task.report_id, []), stats)


def as_record(raw: dict) -> Record:
    """The record as ``convert`` reads it (for the near-duplicate check)."""
    triggers = tuple(Trigger(e["start"], e["end"], "") for e in raw["events"])
    return Record(raw["id"], PART, raw["text"], triggers, raw["doc"])


def build(tests_dir: Path = TESTS_DIR, corpus_dir: Path = CORPUS_DIR) -> tuple[list[dict], Counter]:
    """Part 15's records with near-duplicates left out, and the counts."""
    stats: Counter = Counter()
    earlier = [r for r in read_records(corpus_dir) if r.part != PART]
    raws = [raw for name in SPENT for raw in set_records(tests_dir, name, stats)]
    rank = {r.id: (0, 0, i) for i, r in enumerate(earlier)} | {
        r["id"]: (1, -len(r["events"]), i) for i, r in enumerate(raws)
    }
    pairs = near_duplicates(earlier + [as_record(r) for r in raws])
    dropped = {max(a, b, key=rank.__getitem__) for a, b, _ in pairs}
    kept = [raw for raw in raws if raw["id"] not in dropped]
    stats["sentences left out as near-duplicates"] = len(raws) - len(kept)
    stats["sentences"] = len(kept)
    stats["events"] = sum(len(raw["events"]) for raw in kept)
    return kept, stats


def main() -> None:
    """CLI: write corpus/part15.jsonl and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=CORPUS_DIR / f"{PART}.jsonl")
    args = parser.parse_args()
    records, stats = build()
    lines = (json.dumps(r, ensure_ascii=False) for r in records)
    args.out.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    for key, value in sorted(stats.items()):
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
