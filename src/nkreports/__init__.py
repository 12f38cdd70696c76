"""nkreports: news reports about North Koreans in China, turned into traceable tables.

The pipeline runs one way: `ingest` reads a folder of raw reports into clean articles,
`facts` finds dates, places, counts and policy changes in them, `pipeline` runs both over a
folder (cached, in parallel or on Dask) and writes the tables, `analysis` turns the tables into
what the notebooks show, `figures` draws it, and `evaluation` scores the tables against gold.
"""

from importlib import import_module

# each public name and its module, imported on first use: `nkreports extract` then loads neither
# pandas nor the evaluation it does not run
_PUBLIC = {
    "evaluate": "nkreports.evaluation",
    "extract": "nkreports.pipeline",
    "read_table": "nkreports.tables",
    "reports_table": "nkreports.ingest",
    "write_table": "nkreports.tables",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> object:
    """The public names, imported from their modules when first asked for (PEP 562)."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'nkreports' has no attribute {name!r}")
    return getattr(import_module(_PUBLIC[name]), name)
