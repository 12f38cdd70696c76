"""Agreement of two annotators: a second coding of the policy changes scored against the gold.

A second annotator who codes the same reports from the codebook alone, never seeing the gold,
writes a table in the gold's own format (`file,quote,occurrence,…,category,direction,…`). Scored
as if its rows were extracted ones, by the same matching and the same by-event reading, it tells
how far two careful readers agree: the ceiling a target on that gold can fairly ask of the tool.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from nkreports.evaluation.events import EVENTS, gold_events
from nkreports.evaluation.gold import gold_mentions, load_gold, scored_mentions
from nkreports.evaluation.scores import Finding, TableScore, score_lines, score_table

CODED = ("category", "direction", "certainty", "actor", "actor_country", "action")


def coding_rows(coding: pd.DataFrame, reports_dir: Path) -> pd.DataFrame:
    """A gold-format coding as extracted rows: its quotes resolved to raw spans, as gold is."""
    mentions = gold_mentions(coding, reports_dir)
    rows = [
        {"report_id": m.report_id, "start": m.start, "end": m.end, "mention": m.quote}
        | {name: m.attrs.get(name, "") for name in CODED}
        for m in mentions
    ]
    return pd.DataFrame(rows, columns=["report_id", "start", "end", "mention", *CODED])


def agreement(
    coding_file: Path, reports_dir: Path, gold_dir: Path
) -> tuple[TableScore, list[Finding]]:
    """Score a second annotator's `policy_changes.csv` against the gold's policy changes."""
    try:
        coding = pd.read_csv(coding_file, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as err:
        raise ValueError(f"{coding_file}: not a CSV table ({str(err).strip()})") from err
    missing = {"file", "quote", "occurrence", "category", "direction"} - set(coding.columns)
    if missing:
        raise ValueError(f"{coding_file}: not a policy-changes coding, lacks {sorted(missing)}")
    gold = load_gold(gold_dir)
    if EVENTS not in gold:
        raise ValueError(f"{gold_dir}: no {EVENTS}.csv to compare with")
    try:
        tables = {EVENTS: coding_rows(coding, reports_dir)}
    except (ValueError, FileNotFoundError) as err:  # a quote not in its report, a file missing
        raise ValueError(f"{coding_file}: {err}") from err
    gold_rows, coded = scored_mentions(gold, tables, EVENTS, reports_dir)
    events = gold_events(gold_rows, gold_dir, reports_dir)
    score, findings = score_table(EVENTS, gold_rows, coded, events)
    return score, findings


def format_agreement(score: TableScore, findings: list[Finding]) -> str:
    """Render an agreement as `nkreports evaluate --coding` prints it: scores, then findings."""
    lines = ["A second coding scored against the gold (rows match when their quotes overlap)"]
    lines += score_lines(score)
    lines.append(f"\nFindings ({len(findings)})")
    lines += [f"  {f.kind:<9} {f.report_id}  {f.quote!r}  {f.detail}" for f in findings]
    return "\n".join(lines)
