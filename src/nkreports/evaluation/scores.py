"""Score extracted tables against the hand-made gold: P/R/F1, attribute accuracy, every miss."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from nkreports.evaluation.events import EVENTS, event_scores, gold_events
from nkreports.evaluation.gold import Mention, load_gold, match, scored_mentions
from nkreports.evaluation.values import same

# Gold file per fact table, and the attributes compared on matched pairs ("strict" = all right).
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "dates": ("value",),
    "places": ("name", "country"),
    "counts": ("low", "high", "qualifier", "unit"),
    "policy_changes": ("category", "direction"),
}
PERSONS_ATTRIBUTES = ("low", "high", "qualifier")  # the target for counts of people


@dataclass(frozen=True)
class Finding:
    """One listed problem: a miss, a false hit, a wrong attribute or a wrong publication date."""

    table: str
    kind: str  # miss | false_hit | mismatch | published
    report_id: str
    quote: str
    detail: str


@dataclass(frozen=True)
class TableScore:
    """Counts and metrics of one fact table."""

    table: str
    gold: int
    predicted: int
    tp: int
    metrics: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Evaluation:
    """Scores of every fact table, the publication dates, and every finding."""

    scores: tuple[TableScore, ...]
    published_right: int  # dates read from the text that match a gold date stated in the text
    published_total: int  # reports whose text states a publication date (gold)
    findings: tuple[Finding, ...]
    published_claimed: int = 0  # dates read from the text where the gold says it states none
    gold_reanchored: int = 0  # gold rows whose occurrence cut a word (`gold.whole_word`)


def _wrong(attributes: tuple[str, ...], g: Mention, p: Mention) -> list[str]:
    return [a for a in attributes if not same(a, g.attrs.get(a), p.attrs.get(a))]


def _ratio(part: int, whole: int) -> float:
    """Divide part by whole, or give 0.0 when there is nothing to divide."""
    return part / whole if whole else 0.0


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0


def _prf(prefix: str, right: int, predicted: int, gold: int) -> list[tuple[str, float]]:
    precision, recall = _ratio(right, predicted), _ratio(right, gold)
    return [
        (f"{prefix}precision", precision),
        (f"{prefix}recall", recall),
        (f"{prefix}f1", _f1(precision, recall)),
    ]


def _show(m: Mention, attributes: tuple[str, ...]) -> str:
    return ", ".join(f"{a}={'' if pd.isna(m.attrs.get(a)) else m.attrs.get(a)}" for a in attributes)


def score_table(
    table: str,
    gold: list[Mention],
    predicted: list[Mention],
    events: tuple[list[list[tuple[int, int]]], int] | None = None,
) -> tuple[TableScore, list[Finding]]:
    """Score one table: mention P/R/F1, attribute accuracy, strict P/R/F1 (attributes right).

    With `events` (each gold row's spans, its own quote's and its event's other quotes', and
    how many other quotes were not found: `events.gold_events`), event precision and recall too.
    """
    attributes = ATTRIBUTES[table]
    pairs = match(gold, predicted, lambda g, p: not _wrong(attributes, g, p))
    wrong = {(i, j): _wrong(attributes, gold[i], predicted[j]) for i, j in pairs}
    strict = sum(not w for w in wrong.values())
    metrics = _prf("", len(pairs), len(predicted), len(gold))
    metrics.append(("attribute_accuracy", _ratio(strict, len(pairs))))
    metrics += _prf("strict_", strict, len(predicted), len(gold))
    if events is not None:
        metrics += event_scores(gold, predicted, events, lambda g, p: not _wrong(attributes, g, p))
    if table == "counts":
        persons = [i for i, g in enumerate(gold) if g.attrs.get("unit") == "persons"]
        right = {i for i, j in pairs if not _wrong(PERSONS_ATTRIBUTES, gold[i], predicted[j])}
        metrics.append(("persons_recall", _ratio(len(right.intersection(persons)), len(persons))))
    matched_gold, matched_pred = {i for i, _ in pairs}, {j for _, j in pairs}
    findings = [
        Finding(table, "miss", g.report_id, g.quote, _show(g, attributes))
        for i, g in enumerate(gold)
        if i not in matched_gold
    ]
    findings += [
        Finding(table, "false_hit", p.report_id, p.quote, _show(p, attributes))
        for j, p in enumerate(predicted)
        if j not in matched_pred
    ]
    for (i, j), attrs in wrong.items():
        g, p = gold[i], predicted[j]
        for a in attrs:
            detail = f"{a}: gold {g.attrs.get(a)!s} != predicted {p.attrs.get(a)!s} ({p.quote!r})"
            findings.append(Finding(table, "mismatch", g.report_id, g.quote, detail))
    score = TableScore(table, len(gold), len(predicted), len(pairs), tuple(metrics))
    return score, findings


def _text(value: object) -> str:
    return "" if value is None or pd.isna(value) else str(value)


def score_published(
    gold: pd.DataFrame, reports: pd.DataFrame | None
) -> tuple[int, int, int, list[Finding]]:
    """Publication dates read from the text: right ones, gold total, false claims, findings.

    Only a date the tool read from the text counts as right: one a manifest supplied is not a
    reading of the page. A date read from a page whose text states none is a false claim.
    """
    rows = [] if reports is None else reports.to_dict("records")
    predicted = {r["report_id"]: r for r in rows}
    right, total, claimed, findings = 0, 0, 0, []
    for row in gold.to_dict("records"):
        report_id = Path(row["file"]).stem
        got = predicted.get(report_id, {})
        published, source = _text(got.get("published")), _text(got.get("published_source"))
        read = published if source == "text" else ""
        if row["source"] == "text":
            total += 1
            right += read == row["published"]
            wrong = read != row["published"]
            detail = f"gold {row['published']} != read from the text {read or '(none)'}"
        else:
            wrong = bool(read)
            claimed += wrong
            detail = f"the text states no date, yet {read} was read from it"
        if wrong:
            findings.append(Finding("reports", "published", report_id, row["evidence"], detail))
    return right, total, claimed, findings


def evaluate(tables: dict[str, pd.DataFrame], reports_dir: Path, gold_dir: Path) -> Evaluation:
    """Score the tables of `nkreports extract` on the gold reports; a missing table is empty."""
    gold = load_gold(gold_dir)
    scores, findings, reanchored = [], [], 0
    for table in ATTRIBUTES:
        if table in gold:
            gold_rows, predicted = scored_mentions(gold, tables, table, reports_dir)
            events = gold_events(gold_rows, gold_dir, reports_dir) if table == EVENTS else None
            score, found = score_table(table, gold_rows, predicted, events)
            scores.append(score)
            findings += found
            reanchored += sum(m.reanchored for m in gold_rows)
    right, total, claimed, found = score_published(
        gold.get("published", pd.DataFrame()), tables.get("reports")
    )
    return Evaluation(tuple(scores), right, total, tuple(findings + found), claimed, reanchored)


def scores_frame(ev: Evaluation) -> pd.DataFrame:
    """Every score as a tidy (table, metric, value) frame, for notebooks and figures."""
    rows = []
    for s in ev.scores:
        rows += [
            (s.table, "gold", s.gold),
            (s.table, "predicted", s.predicted),
            (s.table, "tp", s.tp),
        ]
        rows += [(s.table, name, value) for name, value in s.metrics]
    rows.append(("reports", "published_accuracy", _ratio(ev.published_right, ev.published_total)))
    frame = pd.DataFrame(rows, columns=["table", "metric", "value"])
    return frame.astype({"table": "string", "metric": "string", "value": "Float64"})


_STRICT_LABEL = {
    "dates": "value right",
    "places": "name and country right",
    "counts": "low/high/qualifier/unit right",
    "policy_changes": "category and direction right",
}


def score_lines(s: TableScore) -> list[str]:
    """One table's scores as the lines `nkreports evaluate` prints."""
    m = dict(s.metrics)
    lines = [
        f"{s.table}: gold {s.gold}, predicted {s.predicted}, matched {s.tp}",
        f"  mentions: P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}",
        f"  {_STRICT_LABEL[s.table]}: {m['attribute_accuracy']:.3f} of matched;"
        f" P {m['strict_precision']:.3f}  R {m['strict_recall']:.3f}  F1 {m['strict_f1']:.3f}",
    ]
    if "event_precision" in m:
        lines.append(
            f"  by event (a row citing any quote of a coded event, gold.json):"
            f" P {m['event_precision']:.3f}  R {m['event_recall']:.3f}"
            f" ({m['event_quotes_unfound']:.0f} other quotes not found in the text)"
        )
    if "persons_recall" in m:
        lines.append(f"  persons recall, low/high/qualifier right: {m['persons_recall']:.3f}")
    return lines


def format_evaluation(ev: Evaluation) -> str:
    """Render the scores and every finding as plain text, as `nkreports evaluate` prints them."""
    lines = ["Scores against the gold (a prediction matches when its raw span overlaps)"]
    for s in ev.scores:
        lines += score_lines(s)
    lines.append(
        f"publication date read from the text: {ev.published_right} of {ev.published_total} right;"
        f" {ev.published_claimed} read where the text states none"
    )
    if ev.gold_reanchored:
        lines.append(
            f"gold rows whose occurrence cut a word, moved to the next whole-word one:"
            f" {ev.gold_reanchored}"
        )
    lines.append(f"\nFindings ({len(ev.findings)})")
    lines += [
        f"  [{f.table}] {f.kind:<9} {f.report_id}  {f.quote!r}  {f.detail}" for f in ev.findings
    ]
    return "\n".join(lines)


def evaluate_folder(reports_dir: Path, gold_dir: Path) -> Evaluation:
    """Extract a folder of reports in memory and score it against its gold annotations."""
    from nkreports.pipeline import extract

    return evaluate(extract(Path(reports_dir)), Path(reports_dir), Path(gold_dir))
