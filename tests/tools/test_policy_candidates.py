"""Training candidates: their labels, the classes each run learns, and how they are scored."""

from types import SimpleNamespace

import pytest
import spacy

from nkreports.tools.policy_model import candidates as cd
from nkreports.tools.policy_model import evaluate_candidates as ev
from nkreports.tools.policy_model.convert import Record, Trigger
from nkreports.tools.policy_model.train_candidates import target_classes, target_label

REPAT = "repatriation/restrictive"
ARREST = "detention_arrest/restrictive"


def test_a_candidate_only_partly_inside_a_trigger_is_none(sweep_doc):
    text = sweep_doc.text
    trigger = Trigger(text.index("sent") + 1, text.index(" after"), REPAT)
    assert cd.gold_label(sweep_doc[5], (trigger,)) == cd.NONE


@pytest.mark.parametrize(
    ("label", "target", "expected"),
    [
        (REPAT, "category", "repatriation"),
        (cd.NONE, "category", cd.NONE),
        (REPAT, "direction", "restrictive"),
        (cd.NONE, "direction", None),
    ],
)
def test_target_label(label, target, expected):
    assert target_label(label, target) == expected
    if expected is not None:
        assert expected in target_classes(target)


def test_score_at_trigger_and_sentence_level():
    text = "Police arrested 12 men and sent them back after a sweep ."
    record = Record("x-1", "x", text, (Trigger(7, 22, ARREST), Trigger(27, 41, REPAT)))
    cands = [
        cd.Candidate("x-1", 7, 15, "", "", ARREST),
        cd.Candidate("x-1", 27, 31, "", "", REPAT),
        cd.Candidate("x-1", 51, 56, "", "", cd.NONE),
    ]
    result = ev.score([record], cands, [ARREST, "repatriation/protective", ARREST])
    # three predicted events, one right; one of two gold triggers found
    assert result["trigger"]["micro"] == {"p": 0.3333, "r": 0.5, "f": 0.4, "n_gold": 2}
    assert result["sentence"]["micro"] == {"p": 0.5, "r": 0.5, "f": 0.5, "n_gold": 2}
    assert result["candidates"] == {
        "n": 3,
        "accuracy": round(1 / 3, 4),
        "gold_triggers_with_a_candidate": 2,
        "gold_triggers": 2,
    }


class FakeTextcat:
    """Stands in for a trained pipeline: the label to return per text."""

    def __init__(self, answers):
        self.answers = answers
        self.vocab = spacy.blank("en").vocab

    def pipe(self, docs, batch_size=None):
        return [SimpleNamespace(cats={self.answers[d[0].text]: 0.9, "other": 0.1}) for d in docs]


def test_predict_split_asks_direction_only_for_events():
    category = FakeTextcat({"a": "repatriation", "b": cd.NONE, "c": "border_control"})
    direction = FakeTextcat({"a": "protective", "c": "neutral"})
    assert ev.predict_split(category, direction, [("a",), ("b",), ("c",)]) == [
        "repatriation/protective",
        cd.NONE,
        "border_control/neutral",
    ]
