"""Reading and writing the tables: declared dtypes, stable bytes, atomic replacement."""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from nkreports.schema import TABLES, columns, dtypes

if TYPE_CHECKING:  # pandas loads on first use: `nkreports extract` writes its tables without it
    import pandas as pd


def write_atomic(path: Path, data: bytes) -> None:
    """Write bytes to path so readers see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would make published tables private
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """CSV bytes with Unix line ends and no index: the same frame gives the same bytes."""
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _cell(dtype: str) -> Callable[[object], object]:
    """How one column's values are written, as `to_csv_bytes` writes them from a `frame`."""
    cast = {"Int64": int, "Float64": float}.get(dtype, str)

    def cell(value: object) -> object:
        missing = value is None or (isinstance(value, float) and math.isnan(value))
        if missing:
            return ""
        return value if isinstance(value, str) else cast(value)

    return cell


def records_csv(records: Iterable, record: type, *, header: bool = True) -> bytes:
    """CSV bytes of records with the declared columns, without building a DataFrame.

    Byte for byte what `to_csv_bytes(frame(records, record))` gives (a test holds them to it):
    missing values empty, integers bare, floats as Python writes them, text quoted by the csv
    module's minimal rules.
    """
    names = columns(record)
    cells = [_cell(t) for t in dtypes(record).values()]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(names)
    for r in records:
        writer.writerow([cell(getattr(r, n)) for cell, n in zip(cells, names, strict=True)])
    return out.getvalue().encode("utf-8")


def write_table(df: pd.DataFrame, name: str, out_dir: Path) -> Path:
    """Write one declared table as `<out_dir>/<name>.csv`, atomically."""
    record = TABLES[name]
    path = Path(out_dir) / f"{name}.csv"
    write_atomic(path, to_csv_bytes(df[columns(record)].astype(dtypes(record))))
    return path


def read_table(name: str, data_dir: Path) -> pd.DataFrame:
    """Read `<data_dir>/<name>.csv` back with the declared dtypes (empty text stays "")."""
    import pandas as pd

    record = TABLES[name]
    types = dtypes(record)
    text_cols = [c for c, t in types.items() if t == "string"]
    df = pd.read_csv(
        Path(data_dir) / f"{name}.csv",
        dtype={c: "string" for c in text_cols},
        keep_default_na=False,
        na_values={c: [""] for c in types if c not in text_cols},
    )
    return df[columns(record)].astype(types)
