"""Reported numbers of people, grouped by what they count, with ranges and qualifiers kept."""

from __future__ import annotations

import re

import pandas as pd

IN_CHINA, DETAINED, REPATRIATED, IN_SOUTH, OTHER = (
    "North Koreans in China",
    "detained",
    "repatriated",
    "arrived in the South",
    "other",
)
GROUPS = (IN_CHINA, DETAINED, REPATRIATED, IN_SOUTH, OTHER)
# How a qualifier reads beside a number (counts.py's vocabulary).
QUALIFIER_WORDS = {
    "exact": "",
    "approx": "about",
    "at_least": "at least",
    "at_most": "at most",
    "more_than": "more than",
    "less_than": "less than",
    "range": "between",
    "vague": "vague",
}
ESTIMATE_COLUMNS = [
    "group",
    "counted",
    "low",
    "high",
    "qualifier",
    "mention",
    "source",
    "published",
    "time_ref",
    "report_id",
    "start",
    "sentence",
]


def repatriated(counted: str) -> bool:
    """Sent back to North Korea: "forcibly repatriated", "deported", "expelled from China"."""
    return bool(
        re.search(r"repatriat|deport|expel|sent back|returned to North Korea", counted, re.I)
    )


def detained(counted: str) -> bool:
    """Held by the authorities: "held in mainland China", "detained", "rounded up", "in custody"."""
    pattern = r"\bheld\b|detain|custody|arrest|rounded up|captur|jail|prison"
    return bool(re.search(pattern, counted, re.I))


def in_south(counted: str) -> bool:
    """Reached the South: "settled in South Korea", "defected to the South", "now South Korean"."""
    pattern = r"south kore|to the south|in the south|\bseoul\b|resettl|arriv"
    return bool(re.search(pattern, counted, re.I))


def in_china(counted: str) -> bool:
    """Living in China: "North Koreans in China", "hiding in China", "North Koreans" alone."""
    pattern = r"\bin (?:mainland |northeast(?:ern)? )?china\b|hiding|^north koreans?$"
    return bool(re.search(pattern, counted.strip(), re.I))


def counted_group(counted: str, sentence: str = "") -> str:
    """What a count of people counts; the first matching rule wins (being sent back beats held).

    A bare "North Koreans" says nothing of what happened to them, so the sentence decides when
    it speaks of sending them back: "China forcibly repatriated hundreds of North Koreans".
    """
    if re.fullmatch(r"\s*north koreans?\s*", counted, re.I) and repatriated(sentence):
        return REPATRIATED
    for group, rule in (
        (REPATRIATED, repatriated),
        (DETAINED, detained),
        (IN_SOUTH, in_south),
        (IN_CHINA, in_china),
    ):
        if rule(counted):
            return group
    return OTHER


def estimates(counts: pd.DataFrame, reports: pd.DataFrame) -> pd.DataFrame:
    """Counts of persons with their group, source (attributed speaker, else outlet) and date."""
    people = counts[counts["unit"] == "persons"]
    meta = reports.set_index("report_id")[["outlet", "published"]]
    table = people.join(meta, on="report_id")
    source = table["attributed_to"].where(table["attributed_to"] != "", table["outlet"])
    table = table.assign(
        group=pd.Categorical(
            [counted_group(c, t) for c, t in zip(table["counted"], table["sentence"], strict=True)],
            categories=GROUPS,
            ordered=True,
        ),
        source=source.fillna(""),
        published=table["published"].fillna(""),
    )
    order = ["group", "low", "high", "published", "report_id", "start"]
    return table[ESTIMATE_COLUMNS].sort_values(order, na_position="last", ignore_index=True)


def qualified(row: dict) -> str:
    """A number with its qualifier: "at least 2,000", "30,000–50,000", "vague: hundreds"."""
    low, high, qualifier = row["low"], row["high"], row["qualifier"]
    if qualifier == "vague" or (pd.isna(low) and pd.isna(high)):
        return f"vague: {row['mention']}"
    if qualifier == "range" and not pd.isna(high):
        return f"{low:,.0f}–{high:,.0f}"
    number = high if pd.isna(low) else low
    return " ".join(filter(None, [QUALIFIER_WORDS.get(qualifier, qualifier), f"{number:,.0f}"]))


def single_person(row: dict) -> bool:
    """One person exactly ("one defector"): a story's subject, not an estimate to compare."""
    high = row["high"]
    return row["qualifier"] == "exact" and row["low"] == 1 and (pd.isna(high) or high == 1)


def label(row: dict) -> str:
    """The line beside a drawn estimate: number, what it counts, when it applies, who, published.

    "about 8,000 North Korean defectors forcibly repatriated (as of August 2023) — NKDB,
    published 2023-10-16": the publication date is not the date the number applies to.
    """
    when = f" ({row['time_ref']})" if row.get("time_ref") else ""
    counted = f" {row['counted']}" if row.get("counted") else ""
    source = row["source"] or "unattributed"
    published = f"published {row['published']}" if row["published"] else "publication date unknown"
    return f"{qualified(row)}{counted}{when} — {source}, {published}"


def plotted(table: pd.DataFrame) -> pd.DataFrame:
    """Estimates that carry a number and count more than one person, labelled, low to high.

    A vague word ("hundreds") is drawn as an open lower bound from its floor (draw_high empty).
    """
    keep = (table["low"].notna() | table["high"].notna()) & ~pd.Series(
        [single_person(r) for r in table.to_dict("records")], index=table.index, dtype=bool
    )
    numbered = table[keep].reset_index(drop=True)
    labels = [label(row) for row in numbered.to_dict("records")]
    return numbered.assign(
        label=labels,
        draw_low=numbered["low"].fillna(numbered["high"]).astype("float64"),
        draw_high=numbered["high"].fillna(numbered["low"]).astype("float64"),
    )
