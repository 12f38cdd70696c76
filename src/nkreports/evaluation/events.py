"""Policy changes scored by event: a row citing any quote of a coded event is a mention of it.

A gold set may code one event with several quotes: the row's quote in `policy_changes.csv`, and
other sentences about the same event in a richer `gold.json` beside the gold folder (realdev's
`policy_events[].other_quotes`). Scored by span, a row citing one of those other quotes is a
false hit; scored by event, it is a mention of that event, right when its category and direction
are the event's. `event_precision` is the share of rows that mention some gold event rightly;
`event_recall` the share of gold events some row mentions rightly. Without a `gold.json` there
are no other quotes and nothing is scored this way.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from nkreports.evaluation.gold import Mention

GOLD_JSON = "gold.json"  # beside the gold folder: <set>/gold.json for <set>/gold/
EVENTS = "policy_changes"  # the table scored by event
Span = tuple[int, int]


def other_quotes(gold_dir: Path) -> dict[tuple[str, str], list[str]]:
    """Each event's other quotes, keyed by (report id, its table quote); empty without a file."""
    path = Path(gold_dir).parent / GOLD_JSON
    if not path.is_file():
        return {}
    reports = json.loads(path.read_text(encoding="utf-8"))
    return {
        (Path(file).stem, event["quote"]): [q["quote"] for q in event.get("other_quotes", [])]
        for file, report in reports.items()
        for event in report.get("policy_events", [])
    }


def _occurrences(text: str, quote: str) -> list[Span]:
    """Every span of `quote` in `text` (an other quote carries no occurrence number)."""
    spans, at = [], text.find(quote)
    while quote and at != -1:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return spans


def event_spans(
    gold: list[Mention], quotes: dict[tuple[str, str], list[str]], raws: dict[str, str]
) -> list[list[Span]]:
    """For each gold row, the raw spans of its event: its own quote's, then its other quotes'."""
    return [
        [(g.start, g.end)]
        + [
            span
            for quote in quotes.get((g.report_id, g.quote), [])
            for span in _occurrences(raws.get(g.report_id, ""), quote)
        ]
        for g in gold
    ]


def gold_events(gold: list[Mention], gold_dir: Path, reports_dir: Path) -> list[list[Span]] | None:
    """Each gold row's event spans (`event_spans`), or None where no `gold.json` gives any."""
    quotes = other_quotes(gold_dir)
    if not quotes:
        return None
    raws = {
        Path(f).stem: f.read_text(encoding="utf-8")
        for f in Path(reports_dir).iterdir()
        if Path(f).stem in {g.report_id for g in gold}
    }
    return event_spans(gold, quotes, raws)


def _mentions(p: Mention, g: Mention, spans: list[Span]) -> bool:
    return p.report_id == g.report_id and any(p.start < e and s < p.end for s, e in spans)


def event_scores(
    gold: list[Mention],
    predicted: list[Mention],
    spans: list[list[Span]],
    agree: Callable[[Mention, Mention], bool],
) -> list[tuple[str, float]]:
    """Event precision and recall: rows that mention a gold event and `agree` with it."""
    right = [
        (i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(predicted)
        if _mentions(p, g, spans[i]) and agree(g, p)
    ]
    found, rows = {i for i, _ in right}, {j for _, j in right}
    return [
        ("event_precision", len(rows) / len(predicted) if predicted else 0.0),
        ("event_recall", len(found) / len(gold) if gold else 0.0),
    ]
