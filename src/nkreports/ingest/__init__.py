"""Ingest: a folder of raw report files in, one `Report` row and one clean `Article` per file out.

`files` finds and decodes the files, `manifest` reads the optional curated metadata, `markup`
maps HTML and text to lines with exact raw offsets, `datewords` holds the page-date lexicon
(months, weekdays, clock times, temperatures, full dates), `furniture` and `cleaning` tell
article lines from page furniture and find the headline, `published` picks the publication date
by evidence, and `reports` plans a folder (paths, ids, manifest rows, hashes, duplicates) and
assembles the reports and furniture tables. Nothing here uses spaCy.
"""

from nkreports.ingest.reports import load_report, load_reports, plan, reports_table

__all__ = ["load_report", "load_reports", "plan", "reports_table"]
