"""One report's evidence page: its raw text, every fact highlighted in place, escaped.

The text shown is the raw text of the file as decoded (for a saved web page, its HTML source,
escaped), because fact offsets are raw offsets: `raw[start:end] == mention` is what a reader can
check. displaCy's span renderer is not used: facts of different tables overlap ("more than ten
years" is a date and a count, a policy phrase holds a place), and displaCy's manual span mode
needs token offsets while its entity mode refuses overlaps. Here the text is cut at every span
boundary and each piece lists the facts covering it, so overlaps of any depth draw exactly.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass

import pandas as pd

from nkreports.analysis.links import FACT_TABLES, FURNITURE, anchor
from nkreports.figures.tables import cell

# What the side table and the hover text show of each table (provenance columns come first).
ATTRIBUTES = {
    "dates": ["kind", "value", "granularity", "tense", "note"],
    "places": ["name", "kind", "country", "admin1", "note"],
    "counts": ["low", "high", "qualifier", "unit", "counted", "attributed_to", "time_ref"],
    "policy_changes": ["actor", "actor_country", "action", "category", "direction", "certainty"],
    FURNITURE: ["reason"],
}
LABELS = {
    "dates": "dates",
    "places": "places",
    "counts": "counts",
    "policy_changes": "policy changes",
    FURNITURE: "furniture (removed before extraction)",
}
STYLE = """
body { font-family: sans-serif; margin: 1.5rem; line-height: 1.45; color: #222; }
nav a { font-size: 0.9rem; }
.meta { color: #555; font-size: 0.9rem; }
.layout { display: flex; gap: 1.5rem; align-items: flex-start; }
pre.text { flex: 3; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.9rem;
  border: 1px solid #ddd; padding: 1rem; max-width: 48rem; }
aside { flex: 2; font-size: 0.8rem; min-width: 22rem; }
aside table { border-collapse: collapse; margin-bottom: 1rem; }
aside td, aside th { border-bottom: 1px solid #eee; padding: 2px 4px; text-align: left;
  vertical-align: top; }
a.fact { scroll-margin-top: 30vh; }
.t-dates { background: rgba(86, 180, 233, 0.35); }
.t-counts { box-shadow: inset 0 -0.5em rgba(230, 159, 0, 0.55); }
.t-places { border-bottom: 3px solid #009E73; }
.t-policy_changes { text-decoration: underline wavy #CC79A7; }
.t-furniture { color: #999; text-decoration: line-through; }
.key span { padding: 0 4px; margin-right: 0.6rem; }
.current { outline: 2px solid #000; background: #ffe14d; }
.problem { color: #b00020; }
"""
# Highlight every piece of the fact the address names (pieces list their facts in data-facts).
SCRIPT = """
function markTarget() {
  document.querySelectorAll(".current").forEach(e => e.classList.remove("current"));
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  document.querySelectorAll('[data-facts~="' + CSS.escape(id) + '"]')
    .forEach(e => e.classList.add("current"));
}
window.addEventListener("hashchange", markTarget);
window.addEventListener("DOMContentLoaded", markTarget);
"""


@dataclass(frozen=True)
class Mark:
    """One highlighted span of raw text: a fact or a furniture line."""

    start: int
    end: int
    table: str
    ident: str
    hover: str


def marks(tables: dict[str, pd.DataFrame]) -> list[Mark]:
    """Every fact and furniture line of one report as a mark, in raw order."""
    found = []
    for table in (*FACT_TABLES, FURNITURE):
        for row in tables.get(table, pd.DataFrame()).to_dict("records"):
            shown = "; ".join(f"{k}={cell(row[k])}" for k in ATTRIBUTES[table] if cell(row[k]))
            ident = anchor(table, row["start"])
            found.append(
                Mark(int(row["start"]), int(row["end"]), table, ident, f"{ident}: {shown}")
            )
    return sorted(found, key=lambda m: (m.start, -m.end, m.table))


def highlighted(raw: str, spans: list[Mark]) -> str:
    """The raw text, escaped, cut at every span boundary; each piece names the marks covering it."""
    cuts = sorted({0, len(raw), *(m.start for m in spans), *(m.end for m in spans)})
    cuts = [c for c in cuts if 0 <= c <= len(raw)]
    parts, anchored = [], set()
    for a, b in itertools.pairwise(cuts):
        for m in spans:
            if m.start == a and m.ident not in anchored:
                anchored.add(m.ident)
                parts.append(f'<a class="fact" id="{m.ident}"></a>')
        text = html.escape(raw[a:b])
        over = [m for m in spans if m.start <= a and b <= m.end]
        if not over:
            parts.append(text)
            continue
        classes = " ".join(sorted({f"t-{m.table}" for m in over}))
        facts = " ".join(dict.fromkeys(m.ident for m in over))
        hover = html.escape("\n".join(dict.fromkeys(m.hover for m in over)))
        parts.append(f'<span class="{classes}" data-facts="{facts}" title="{hover}">{text}</span>')
    return "".join(parts)


def side_table(table: str, rows: pd.DataFrame, raw: str) -> str:
    """The facts of one table: link to each in the text, the mention and its attributes."""
    columns = ATTRIBUTES[table]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in ["start", "mention", *columns])
    body = []
    for row in rows.sort_values("start", kind="stable").to_dict("records"):
        quoted = row.get("mention", row.get("line", ""))
        ok = raw[int(row["start"]) : int(row["end"])] == quoted
        flag = "" if ok else ' <span class="problem">(offsets do not match the text)</span>'
        ident = anchor(table, row["start"])
        cells = [f'<a href="#{ident}">{int(row["start"])}</a>', html.escape(cell(quoted)) + flag]
        cells += [html.escape(cell(row[c])) for c in columns]
        body.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return (
        f"<h3>{html.escape(LABELS[table])} ({len(rows)})</h3>\n"
        f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>"
    )


def key_line() -> str:
    """The legend: how each table is drawn."""
    items = "".join(f'<span class="t-{t}">{html.escape(LABELS[t])}</span>' for t in LABELS)
    return f'<p class="key">{items}</p>'


def report_page_html(
    report: dict, raw: str | None, tables: dict[str, pd.DataFrame], index_href: str
) -> str:
    """The whole evidence page of one report (a reports-table row, its raw text, its rows)."""
    title = report.get("title") or report["report_id"]
    meta = ", ".join(
        f"{k}: {html.escape(cell(report.get(k)))}"
        for k in ("file", "outlet", "published", "status")
        if cell(report.get(k))
    )
    problems = cell(report.get("problems"))
    if raw is None:
        text = '<p class="problem">No text to show: the file could not be read.</p>'
        side = ""
    else:
        text = f'<pre class="text">{highlighted(raw, marks(tables))}</pre>'
        side = "\n".join(
            side_table(t, tables[t], raw)
            for t in (*FACT_TABLES, FURNITURE)
            if len(tables.get(t, ()))
        )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Evidence: {html.escape(title)}</title>
<style>{STYLE}</style>
<script>{SCRIPT}</script>
</head>
<body>
<nav><a href="{html.escape(index_href)}">← all notebooks and reports</a></nav>
<h1>{html.escape(title)}</h1>
<p class="meta">report {html.escape(report["report_id"])}; {meta}</p>
{f'<p class="problem">{html.escape(problems)}</p>' if problems else ""}
<p class="meta">The raw text of the file as decoded (a web page's HTML source, escaped):
every fact is highlighted where it was read; hover for its attributes.</p>
{key_line()}
<div class="layout">
{text}
<aside>
{side}
</aside>
</div>
</body>
</html>
"""
