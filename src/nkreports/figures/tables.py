"""Tables as a notebook shows them: readable cells, no index, every fact row linked to its evidence.

`show(frame, table)` wraps a frame for display. Its HTML has no pandas index, no `<NA>` or `nan`,
whole numbers without `.0` and with thousands separators, short cells (dates) that never wrap,
long cells (sentences) that wrap instead of being cut off, and, when the rows are facts, the
first shown column linked to `reports/<report_id>.html#<table>-<start>`. Its plain-text form is
the same cells, for the notebook's text view.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from nkreports.analysis.links import evidence_href, hrefs

NOWRAP_CHARS = 24
STYLE = (
    "<style>table.nk{border-collapse:collapse;font-size:0.85em;margin:0.3em 0}"
    "table.nk th,table.nk td{border-bottom:1px solid #e4e4e4;padding:2px 6px;text-align:left;"
    "vertical-align:top;max-width:36em;overflow-wrap:anywhere}"
    "table.nk td.num{text-align:right}table.nk .nw{white-space:nowrap}</style>"
)


def cell(value) -> str:
    """A value as a reader should see it: no NaN or <NA>, whole floats without '.0'."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if value.is_integer() else f"{value:,.3g}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}" if abs(value) >= 10_000 else str(value)
    return str(value)


@dataclass(frozen=True)
class Table:
    """A frame to display, the columns to show, and one evidence link per row (or none)."""

    frame: pd.DataFrame
    columns: tuple[str, ...]
    links: tuple[str, ...] | None

    def _cells(self) -> list[list[str]]:
        return [[cell(v) for v in row] for row in self.frame[list(self.columns)].itertuples(False)]

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in self.columns)
        numeric = [pd.api.types.is_numeric_dtype(self.frame[c]) for c in self.columns]
        rows = []
        for i, values in enumerate(self._cells()):
            tds = []
            for j, text in enumerate(values):
                classes = " ".join(
                    filter(
                        None,
                        ["num" if numeric[j] else "", "nw" if len(text) <= NOWRAP_CHARS else ""],
                    )
                )
                shown = html.escape(text)
                if j == 0 and self.links:
                    shown = f'<a href="{html.escape(self.links[i])}">{shown or "(evidence)"}</a>'
                tds.append(
                    f'<td class="{classes}">{shown}</td>' if classes else f"<td>{shown}</td>"
                )
            rows.append("<tr>" + "".join(tds) + "</tr>")
        body = "\n".join(rows)
        table = f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>"
        return f'{STYLE}<table class="nk">\n{table}\n</table>'

    def __repr__(self) -> str:
        if self.frame.empty:
            return f"(no rows; columns: {', '.join(self.columns)})"
        cells = pd.DataFrame(self._cells(), columns=list(self.columns))
        return cells.to_string(index=False)


def row_links(frame: pd.DataFrame, table: str | None) -> tuple[str, ...] | None:
    """Evidence links of a frame's rows: to the fact when it has `start`, else to the report.

    table is a fact table's name, or "layer" when each row names its layer (the timeline).
    """
    if table is None or "report_id" not in frame:
        return None
    if "start" not in frame:
        return tuple(evidence_href(r) for r in frame["report_id"])
    return tuple(hrefs(frame, table))


def show(frame: pd.DataFrame, table: str | None = None, columns: list[str] | None = None) -> Table:
    """Display a frame for reading; rows link to their evidence when table is given.

    columns picks and orders what is shown (default: every column); the link sits on the first.
    """
    shown = tuple(columns or frame.columns)
    flat = frame.reset_index(drop=True)
    return Table(flat, shown, row_links(flat, table))
