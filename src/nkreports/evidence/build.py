"""Write the evidence page of every report of a corpus, and nothing else, into one folder."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from nkreports.analysis.links import FACT_TABLES, FURNITURE
from nkreports.evidence.pages import report_page_html
from nkreports.ingest.files import read_report
from nkreports.tables import write_atomic


def raw_text(reports_dir: Path, report: dict) -> str | None:
    """The raw text of a report's file as decoded, None when it cannot be read."""
    return read_report(Path(reports_dir) / report["file"], report["report_id"]).text


def write_pages(
    tables: dict[str, pd.DataFrame], reports_dir: Path, out_dir: Path, index_href: str
) -> list[Path]:
    """One `<report_id>.html` per report in out_dir; pages of reports no longer there are removed.

    index_href is the link back to the index, relative to out_dir.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    grouped = {
        name: dict(tuple(tables[name].groupby("report_id", sort=False)))
        for name in (*FACT_TABLES, FURNITURE)
        if name in tables
    }
    written = []
    for report in tables["reports"].sort_values("report_id").to_dict("records"):
        own = {
            name: rows.get(report["report_id"], pd.DataFrame()) for name, rows in grouped.items()
        }
        page = report_page_html(report, raw_text(reports_dir, report), own, index_href)
        path = out / f"{report['report_id']}.html"
        write_atomic(path, page.encode("utf-8"))
        written.append(path)
    for stale in sorted(set(out.glob("*.html")) - set(written)):
        stale.unlink()
    return written
