"""The hand-made gold annotations: quotes resolved to raw spans, matched to predicted rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd


@dataclass(frozen=True)
class Mention:
    """One gold or predicted row located in a raw report: [start, end) plus its attributes."""

    report_id: str
    start: int
    end: int
    quote: str
    attrs: dict
    reanchored: bool = False  # gold only: moved off a numbering slip (`whole_word`)


def nth_occurrence(text: str, quote: str, n: int) -> int:
    """Start of the n-th (1-based, overlapping) occurrence of quote in text."""
    at = -1
    for _ in range(n):
        at = text.find(quote, at + 1)
        if at == -1:
            raise ValueError(f"{quote!r} occurs fewer than {n} times")
    return at


def load_gold(gold_dir: Path) -> dict[str, pd.DataFrame]:
    """Every gold CSV in gold_dir as all-text frames (empty cells stay "")."""
    return {
        path.stem: pd.read_csv(path, dtype=str, keep_default_na=False)
        for path in sorted(Path(gold_dir).glob("*.csv"))
    }


def cuts_word(text: str, start: int, end: int) -> bool:
    """Whether [start, end) cuts a word: "North Korea" inside "North Koreans".

    A lower-case letter run into a capital is a missing space, not one word: "inChina".
    """
    left = text[start - 1 : start + 1] if start > 0 else ""
    inside_left = (
        left.isalnum() and len(left) == 2 and not (left[0].islower() and left[1].isupper())
    )
    inside_right = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    return inside_left or inside_right


def whole_word(text: str, quote: str, start: int, taken: set[int]) -> int:
    """Re-anchor a gold quote that cuts a word to a whole-word occurrence no other row takes.

    Such a row is a numbering slip (annotators count "North Korea" but not the one inside
    "North Koreans"): the next free whole-word occurrence after it, else the last one before.
    """
    starts, at = [], text.find(quote)
    while at != -1:
        if at not in taken and not cuts_word(text, at, at + len(quote)):
            starts.append(at)
        at = text.find(quote, at + 1)
    after = [s for s in starts if s > start]
    return after[0] if after else (starts[-1] if starts else start)


def gold_mentions(gold: pd.DataFrame, reports_dir: Path) -> list[Mention]:
    """Gold rows resolved to raw spans: quote + occurrence in `reports_dir/file`.

    A row whose occurrence cuts a word is re-anchored (`whole_word`) and flagged `reanchored`.
    """
    raws = {f: (Path(reports_dir) / f).read_text(encoding="utf-8") for f in set(gold["file"])}
    rows = gold.to_dict("records")
    starts = [nth_occurrence(raws[r["file"]], r["quote"], int(r["occurrence"])) for r in rows]
    taken = {(r["file"], r["quote"], s) for r, s in zip(rows, starts, strict=True)}
    mentions = []
    for row, start in zip(rows, starts, strict=True):
        file, quote = row["file"], row["quote"]
        moved = start
        if cuts_word(raws[file], start, start + len(quote)):
            mine = {s for f, q, s in taken if (f, q) == (file, quote)}
            moved = whole_word(raws[file], quote, start, mine)
            taken.add((file, quote, moved))
        mentions.append(
            Mention(Path(file).stem, moved, moved + len(quote), quote, row, moved != start)
        )
    return mentions


def predicted_mentions(table: pd.DataFrame | None, report_ids: set[str]) -> list[Mention]:
    """Predicted rows of the gold reports as mentions (their raw offsets are start/end)."""
    if table is None:
        return []
    rows = table[table["report_id"].isin(report_ids)].to_dict("records")
    return [Mention(r["report_id"], int(r["start"]), int(r["end"]), r["mention"], r) for r in rows]


def scored_mentions(
    gold: dict[str, pd.DataFrame],
    tables: dict[str, pd.DataFrame],
    table: str,
    reports_dir: Path,
) -> tuple[list[Mention], list[Mention]]:
    """The gold and predicted mentions one table is scored on.

    Predictions count in every report any gold file names, so a report whose gold lists no row
    of this table still has its predicted rows counted as false hits.
    """
    report_ids = {Path(f).stem for frame in gold.values() for f in frame["file"]}
    return (
        gold_mentions(gold[table], reports_dir),
        predicted_mentions(tables.get(table), report_ids),
    )


def _overlap(a: Mention, b: Mention) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(
    gold: list[Mention],
    predicted: list[Mention],
    agree: Callable[[Mention, Mention], bool] | None = None,
) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold index, predicted index) pairs.

    Largest overlap first; among equal overlaps, pairs whose attributes `agree` first (a row
    inside a clause coded twice, 'ended their practice of sending them back', pairs with the gold
    event it reads right); then gold and predicted row order. Agreement never outranks a larger
    overlap, so it cannot pull a row away from the gold span it covers most.
    """
    candidates = sorted(
        (-_overlap(g, p), not agree(g, p) if agree else False, i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(predicted)
        if g.report_id == p.report_id and _overlap(g, p) > 0
    )
    used_gold, used_pred, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_pred:
            used_gold.add(i)
            used_pred.add(j)
            pairs.append((i, j))
    return sorted(pairs)
