"""nkreports: news reports about North Koreans in China, turned into traceable tables.

The pipeline runs one way: `ingest` reads a folder of raw reports into clean articles,
`facts` finds dates, places, counts and policy changes in them, `pipeline` runs both over a
folder (cached, in parallel or on Dask) and writes the tables, `analysis` turns the tables into
what the notebooks show, `figures` draws it, and `evaluation` scores the tables against gold.
"""

from nkreports.evaluation import evaluate
from nkreports.ingest import reports_table
from nkreports.pipeline import extract
from nkreports.tables import read_table, write_table

__all__ = ["evaluate", "extract", "read_table", "reports_table", "write_table"]
