"""Evidence: the extracted tables and the raw reports in, one HTML page per report out.

`pages` draws a report's raw text with every fact highlighted in place (one stable anchor per
fact, `#<table>-<start>`, from `nkreports.analysis.links`) and the furniture greyed and struck
through; `build` writes the pages of a whole corpus. The notebook pages and figures link here.
"""

from nkreports.evidence.build import write_pages
from nkreports.evidence.pages import report_page_html

__all__ = ["report_page_html", "write_pages"]
