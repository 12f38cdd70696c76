"""The policy-change codebook: each category, direction and certainty value with real phrasings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nkreports.paths import RESOURCES

if TYPE_CHECKING:  # pandas loads on first use: the extraction never reads the codebook's table
    import pandas as pd

FIELDS = ("category", "direction", "certainty")


def codebook() -> pd.DataFrame:
    """Return the codebook as a table: field, value, meaning, examples (' | '-joined)."""
    import pandas as pd

    return pd.read_csv(RESOURCES / "codebook.csv", dtype="string", keep_default_na=False)


def codebook_markdown() -> str:
    """Render the codebook as a Markdown table, one row per value, examples as a bulleted cell."""
    lines = ["| field | value | meaning | example phrasings |", "| --- | --- | --- | --- |"]
    for row in codebook().itertuples(index=False):
        examples = "<br>".join(f"“{e.strip()}”" for e in row.examples.split(" | "))
        cells = (row.field, f"`{row.value}`", row.meaning, examples)
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"
