import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_rgba

from nkreports.analysis.events import events
from nkreports.figures import policy, unlabelled

matplotlib.use("Agg")

REPORTS = pd.DataFrame(
    {
        "report_id": ["a", "b"],
        "outlet": ["AsiaNews", "DailyNK"],
        "published": ["2023-10-16", "2024-05-14"],
    }
)


def row(start, category, certainty, method, confidence, when="2023-10-13"):
    return {
        "report_id": "a",
        "start": start,
        "mention": "repatriated",
        "sentence": "China repatriated them.",
        "actor": "China",
        "actor_country": "CN",
        "action": "repatriate",
        "category": category,
        "direction": "restrictive",
        "certainty": certainty,
        "method": method,
        "confidence": confidence,
        "date": when,
    }


RULES = [
    row(1, "repatriation", "reported_fact", "repatriation", None),
    row(2, "border_control", "rumor", "nominal", None, "2023-06/2023-08"),
]
# A firm and a rumoured event only weak model rows support, and one a strong model row supports.
MODEL = [
    row(3, "detention_arrest", "reported_fact", "model", 0.4),
    row(4, "other", "rumor", "model", 0.5, "2023-06/2023-08"),
    row(5, "family_pressure", "reported_fact", "model", 0.9),
]


def drawn(rows):
    table = pd.DataFrame(rows).astype({"confidence": "Float64"})
    found, _ = events(table, REPORTS)
    fig = policy.policy_events_figure(found)
    ax = fig.axes[0]
    # One scatter per event, in event order (no denial here, so no crosses in between).
    marks = dict(zip(found["category"], ax.collections, strict=True))
    labels = [text.get_text() for text in ax.get_legend().get_texts()]
    problems = unlabelled(fig)
    plt.close(fig)
    return marks, labels, problems, ax.lines


def test_without_low_confidence_events_the_legend_says_nothing_of_them():
    marks, labels, problems, _ = drawn([*RULES, MODEL[2]])
    assert problems == []
    assert policy.LOW_LABEL not in labels
    assert sorted(marks) == ["border_control", "family_pressure", "repatriation"]
    assert not [c for c, m in marks.items() if m.get_linestyle()[0][1]]  # no dashed edge


def test_low_confidence_events_are_faded_and_dashed_and_named_in_the_legend():
    marks, labels, problems, bars = drawn(RULES + MODEL)
    assert problems == []
    assert labels.count(policy.LOW_LABEL) == 1
    dashed = sorted(c for c, m in marks.items() if m.get_linestyle()[0][1])
    assert dashed == ["detention_arrest", "other"]
    colour = to_rgba(marks["repatriation"].get_facecolor()[0], policy.FADED)
    assert tuple(marks["detention_arrest"].get_facecolor()[0]) == pytest.approx(colour)
    assert tuple(marks["other"].get_facecolor()[0]) == pytest.approx(to_rgba("white", policy.FADED))
    assert sorted(bar.get_alpha() for bar in bars) == [0.5 * policy.FADED, 0.5]


def test_an_empty_table_draws_without_a_low_confidence_entry():
    found, _ = events(pd.DataFrame(RULES).astype({"confidence": "Float64"}).iloc[0:0], REPORTS)
    fig = policy.policy_events_figure(found)
    labels = [text.get_text() for text in fig.axes[0].get_legend().get_texts()]
    plt.close(fig)
    assert policy.LOW_LABEL not in labels
