"""Policy changes scored by event: a row citing any quote of a coded event is a mention of it.

A gold set may code one event with several quotes: the row's quote in `policy_changes.csv`, and
other sentences about the same event in a richer `gold.json` beside the gold folder (realdev's
`policy_events[].other_quotes`). Scored by span, a row citing one of those other quotes is a
false hit; scored by event, it is a mention of that event, right when its category and direction
are the event's. Pairing is one to one, as by span: a second row on the same event is a false
hit. `event_precision` is the share of rows paired with a gold event they read rightly,
`event_recall` the share of gold events so paired. An other quote is often a whole sentence, so
any row in it with the event's category and direction counts: more lenient than the span scores,
which stay the ones the targets are judged on. Without a `gold.json` nothing is scored this way.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from nkreports.evaluation.gold import Mention

GOLD_JSON = "gold.json"  # beside the gold folder: <set>/gold.json for <set>/gold/
EVENTS = "policy_changes"  # the table scored by event
Span = tuple[int, int]


def other_quotes(gold_dir: Path) -> dict[tuple[str, str, int], list[str]]:
    """Each event's other quotes, keyed by (report id, its table quote, its number).

    The number tells apart events of one report coded with the same quote (from 0, in order).
    Empty without a `gold.json`.
    """
    path = Path(gold_dir).parent / GOLD_JSON
    if not path.is_file():
        return {}
    found: dict[tuple[str, str, int], list[str]] = {}
    seen: Counter[tuple[str, str]] = Counter()
    for file, report in json.loads(path.read_text(encoding="utf-8")).items():
        for event in report.get("policy_events", []):
            key = (Path(file).stem, event["quote"])
            found[(*key, seen[key])] = [q["quote"] for q in event.get("other_quotes", [])]
            seen[key] += 1
    return found


def _occurrences(text: str, quote: str) -> list[Span]:
    """Every span of `quote` in `text` (an other quote carries no occurrence number)."""
    spans, at = [], text.find(quote)
    while quote and at != -1:
        spans.append((at, at + len(quote)))
        at = text.find(quote, at + 1)
    return spans


def event_spans(
    gold: list[Mention], quotes: dict[tuple[str, str, int], list[str]], raws: dict[str, str]
) -> tuple[list[list[Span]], int]:
    """Each gold row's event spans, its own quote's first, and the other quotes not found.

    An other quote not found in the raw text (spaces or quotation marks written otherwise) is
    left out and counted.
    """
    spans, unfound, seen = [], 0, Counter()
    for g in gold:
        n = seen[(g.report_id, g.quote)]
        seen[(g.report_id, g.quote)] += 1
        mine = [(g.start, g.end)]
        for quote in quotes.get((g.report_id, g.quote, n), []):
            found = _occurrences(raws.get(g.report_id, ""), quote)
            unfound += not found
            mine += found
        spans.append(mine)
    return spans, unfound


def gold_events(
    gold: list[Mention], gold_dir: Path, reports_dir: Path
) -> tuple[list[list[Span]], int] | None:
    """Each gold row's event spans and the other quotes not found (`event_spans`).

    None where no `gold.json` gives any.
    """
    quotes = other_quotes(gold_dir)
    if not quotes:
        return None
    files = {g.report_id: g.attrs["file"] for g in gold}
    raws = {r: (Path(reports_dir) / f).read_text(encoding="utf-8") for r, f in files.items()}
    return event_spans(gold, quotes, raws)


def _mentions(p: Mention, g: Mention, spans: list[Span]) -> bool:
    return p.report_id == g.report_id and any(p.start < e and s < p.end for s, e in spans)


def event_scores(
    gold: list[Mention],
    predicted: list[Mention],
    events: tuple[list[list[Span]], int],
    agree: Callable[[Mention, Mention], bool],
) -> list[tuple[str, float]]:
    """Event precision and recall: rows paired one to one with a gold event they `agree` with.

    A row on the event's own quote pairs first, then rows on its other quotes, in order.
    """
    spans, unfound = events
    candidates = sorted(
        (not _mentions(p, g, spans[i][:1]), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(predicted)
        if _mentions(p, g, spans[i]) and agree(g, p)
    )
    used_gold, used_rows = set(), set()
    for _, i, j in candidates:
        if i not in used_gold and j not in used_rows:
            used_gold.add(i)
            used_rows.add(j)
    return [
        ("event_precision", len(used_rows) / len(predicted) if predicted else 0.0),
        ("event_recall", len(used_gold) / len(gold) if gold else 0.0),
        ("event_quotes_unfound", float(unfound)),
    ]
