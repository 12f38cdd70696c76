from datetime import date

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd

from nkreports.analysis import estimates, events, timeline
from nkreports.figures import comparisons, maps, plots, policy, publish
from nkreports.figures.style import unlabelled

matplotlib.use("Agg")

REPORTS = pd.DataFrame(
    {
        "report_id": ["a", "b"],
        "outlet": ["AsiaNews", "DailyNK"],
        "published": ["2023-10-16", "2011-11-11"],
        "published_source": ["text", "manifest"],
    }
)
DATES = pd.DataFrame(
    {
        "report_id": ["a", "b"],
        "start": [1, 2],
        "mention": ["Last Friday", "1950-53"],
        "kind": ["relative", "range"],
        "value": ["2023-10-13", "1950/1953"],
        "sentence": ["It happened Last Friday.", "The war of 1950-53."],
    }
)
POLICIES = pd.DataFrame(
    {
        "report_id": ["a", "b"],
        "start": [5, 9],
        "mention": ["forcibly repatriated", "has urged Beijing"],
        "sentence": ["…", "…"],
        "actor": ["China", "South Korea"],
        "actor_country": ["CN", "KR"],
        "action": ["repatriate", "urge"],
        "category": ["repatriation", "diplomatic_request_protest"],
        "direction": ["restrictive", "protective"],
        "certainty": ["reported_fact", "reported_fact"],
        "method": ["repatriation", "demand"],
        "confidence": pd.array([None, None], dtype="Float64"),
        "date": ["2023-10-13", ""],
    }
)
COUNTS = pd.DataFrame(
    {
        "report_id": ["a", "a"],
        "start": [3, 8],
        "mention": ["at least 2,000", "between 30,000 and 50,000"],
        "low": [2000.0, 30000.0],
        "high": [None, 50000.0],
        "qualifier": ["at_least", "range"],
        "unit": ["persons", "persons"],
        "counted": ["North Koreans held in China", "North Koreans"],
        "attributed_to": ["UN rapporteur", ""],
        "time_ref": ["", ""],
        "sentence": ["At least 2,000 are held.", "Between 30,000 and 50,000 live there."],
    }
)
PLACES = pd.DataFrame(
    {
        "report_id": ["a", "b"],
        "start": [4, 11],
        "sentence": ["Seoul said so.", "They crossed at Tumen."],
        "name": ["Seoul", "Tumen"],
        "kind": ["city", "city"],
        "lat": [37.566, 42.97],
        "lon": [126.98, 129.84],
        "mentions": [7, 1],
    }
)
COUNTRIES = pd.DataFrame(
    {
        "report_id": ["a"],
        "start": [0],
        "sentence": ["China acted."],
        "name": ["China"],
        "kind": ["country"],
        "lat": [35.0],
        "lon": [103.0],
        "mentions": [3],
    }
)
SCORES = pd.DataFrame(
    {"table": ["dates"] * 3, "metric": ["precision", "recall", "f1"], "value": [1.0, 0.5, 2 / 3]}
)


def figures():
    events_table = timeline.dated_events(DATES, POLICIES, None, None)
    found, _ = events.events(POLICIES, REPORTS)
    return {
        "publication": plots.publication_figure(REPORTS),
        "removed": plots.removed_figure(
            pd.DataFrame({"reason": ["byline"], "lines": [2], "report_id": ["a"], "start": [0]})
        ),
        "timeline": plots.timeline_figure(
            events_table, timeline.publications(REPORTS), timeline.coverage(REPORTS)
        ),
        "map": maps.place_map(PLACES, COUNTRIES),
        "estimates": comparisons.estimates_figure(
            estimates.plotted(estimates.estimates(COUNTS, REPORTS))
        ),
        "policy-events": policy.policy_events_figure(found),
        "policy-actors": policy.policy_actors_figure(policy.policy_actor_counts(found)),
        "scores": comparisons.scores_figure(SCORES),
    }


def test_every_figure_is_labelled():
    drawn = figures()
    problems = {name: unlabelled(fig) for name, fig in drawn.items()}
    plt.close("all")
    assert problems == {name: [] for name in drawn}


def test_timeline_breaks_the_axis_at_a_quiet_decade():
    fig = figures()["timeline"]
    plt.close("all")
    assert len(fig.axes) == 6  # 1950–53, 2011 and 2023: two gaps of over ten years
    assert fig.axes[0].get_xlim()[0] == matplotlib.dates.date2num(date(1950, 1, 1))


def test_publish_writes_png_svg_csv(tmp_path):
    data = pd.DataFrame({"reason": ["byline"], "lines": [2], "report_id": ["a"], "start": [0]})
    shown = publish(plots.removed_figure(data), "removed", data, tmp_path, "a test")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "removed.csv",
        "removed.png",
        "removed.svg",
    ]
    svg = (tmp_path / "removed.svg").read_text(encoding="utf-8")
    inline = svg[svg.index("<svg") :].replace(' target="_blank"', "")
    assert ' target="_blank"' in svg  # links open in place on the page, not in a new tab
    assert shown._repr_html_() == f'<div class="nk-figure">{inline}</div>'
    assert repr(shown) == "figure removed: PNG, SVG and CSV saved"
