"""The policy model's training side: a fixed split, codebook labels, clipping and scoring."""

import pytest
import spacy

from nkreports.schema import Category, Direction
from nkreports.tools.policy_model import convert
from nkreports.tools.policy_model.convert import Record, Trigger
from nkreports.tools.policy_model.evaluate import sentence_scores, span_overlap_scores

CODEBOOK_LABELS = {f"{c}/{d}" for c in Category for d in Direction}


@pytest.fixture(scope="module")
def records():
    return convert.read_records()


def test_split_is_deterministic_disjoint_and_complete(records):
    split = convert.split_ids(records)
    assert split == convert.split_ids(list(reversed(records)))
    assert set(split.dev).isdisjoint(split.train)
    assert sorted((*split.dev, *split.train)) == sorted(r.id for r in records)
    fold_ids = [i for fold in split.folds for i in fold]
    assert len(fold_ids) == len(set(fold_ids)) == len(split.train)
    assert len(split.folds) == convert.N_FOLDS
    dev = set(split.dev)
    for part in {r.part for r in records}:  # a fifth of each part's reports, whatever their size
        reports = {r.doc or r.id for r in records if r.part == part}
        held = {r.doc or r.id for r in records if r.part == part and r.id in dev}
        assert len(held) == round(len(reports) * convert.DEV_SHARE)
    assert 0.15 <= len(split.dev) / len(records) <= 0.25


def test_split_changes_with_the_seed(records):
    assert convert.split_ids(records, seed=1).dev != convert.split_ids(records).dev


def test_labels_come_from_the_codebook(records):
    assert set(convert.LABELS) == CODEBOOK_LABELS
    assert {t.label for r in records for t in r.triggers} <= CODEBOOK_LABELS


def test_to_doc_spans_cats_and_clipping():
    text = "Police in Yanji asked the border guards to hand the eleven women over to the North."
    start = text.index("asked")
    record = Record("x-1", "x", text, (Trigger(start, len(text) - 1, "repatriation/restrictive"),))
    stats = {"expanded": 0, "clipped": 0}
    doc = convert.to_doc(spacy.blank("en"), record, stats)
    (span,) = doc.spans[convert.SPANS_KEY]
    assert (span.text, span.label_) == (
        "asked the border guards to hand the eleven women over",
        "repatriation/restrictive",
    )
    assert stats == {"expanded": 0, "clipped": 1}
    assert doc.cats["repatriation/restrictive"] == 1.0
    assert sum(doc.cats.values()) == 1.0


def test_span_overlap_and_sentence_scores():
    gold = Record(
        "x-2",
        "x",
        "China deported them and arrested two.",
        (
            Trigger(6, 14, "repatriation/restrictive"),
            Trigger(24, 32, "detention_arrest/restrictive"),
        ),
    )
    predicted = (Trigger(0, 14, "repatriation/restrictive"), Trigger(24, 36, "other/restrictive"))
    spans = span_overlap_scores([gold], [predicted])
    assert spans["micro"] == {"p": 0.5, "r": 0.5, "f": 0.5, "n_gold": 2}
    labels = sentence_scores([gold], [frozenset(p.label for p in predicted)])
    assert labels["micro"] == {"p": 0.5, "r": 0.5, "f": 0.5, "n_gold": 2}
    assert labels["exact_set_accuracy"] == 0.0


def test_the_sentences_of_one_report_stay_on_one_side_of_the_split():
    records = [
        Record(f"r-{d:02d}-{s:02d}", "reports", "x", (), f"r-{d:02d}")
        for d in range(10)
        for s in range(5)
    ]
    split = convert.split_ids(records)
    sides = [set(split.dev), *(set(f) for f in split.folds)]
    for d in range(10):
        ids = {f"r-{d:02d}-{s:02d}" for s in range(5)}
        assert sum(ids <= side for side in sides) == 1
    assert len(split.dev) == 10


def test_a_packaged_config_names_no_build_path(tmp_path):
    from nkreports.tools.policy_model.train import portable_config

    path = tmp_path / "config.cfg"
    path.write_text('[paths]\ntrain = "/here/train.spacy"\ndev = "/here/dev.spacy"\n')
    portable_config(path)
    text = path.read_text()
    assert "/here/" not in text
    assert "train = null" in text and "dev = null" in text
